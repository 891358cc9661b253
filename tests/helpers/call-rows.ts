/**
 * Pieces of the synthetic call rows that tests and the benchmark's generator write into export
 * files. No Node API: tests/bench/page/generate.ts is bundled into a browser page.
 */
import type { CallEvidence } from '../../lib/summarize/types';
import type { SavedCall } from '../../lib/store/types';

/** The evidence of a call that cites no sentence. */
export const NO_EVIDENCE: CallEvidence = { kind: null, eventDate: null, participants: [], initiator: null, ordinal: null, topics: {}, agreements: [], earlierCalls: [] };

type DerivedKeys = Pick<SavedCall, 'participantKeys' | 'countryKeys' | 'pairKeys' | 'countryPairKeys' | 'topicKeys' | 'searchTokens' | 'relatedKeys'>;

/** A call's derived keys as a file may carry them, empty: the import computes them again. Fresh arrays each time. */
export function uncomputedKeys(): DerivedKeys {
  return { participantKeys: [], countryKeys: [], pairKeys: [], countryPairKeys: [], topicKeys: [], searchTokens: [], relatedKeys: [] };
}
