/**
 * Event-data codes of a call, for researchers who join our records with event datasets:
 *
 * - CAMEO (Conflict and Mediation Event Observations) code 041, "Discuss by telephone". CAMEO
 *   has no separate code for video calls or for announced calls: they get 041 too, and
 *   `ploverMode` tells them apart.
 * - PLOVER (the successor of CAMEO) event type CONSULT, with its `mode`. PLOVER's own modes
 *   include "phone"; "video" and "planned" are our extensions, named after our call kinds.
 * - The actors: each participant's name and country / body code (ISO 3166-1 alpha-2, or "UN",
 *   "EU"…). When the article says who placed the call, that participant is the CAMEO source
 *   actor ("source") and the others are targets ("target"); otherwise no role is given.
 *
 * These codes are computed, never stored: the JSON export adds them to each call (`eventCodes`)
 * and the import drops them (see validate.ts: only known fields are read).
 */
import type { CallKind } from '../summarize/types';
import type { SavedCall } from '../store/types';
import { initiatorIndex, participantName } from './format';

/** CAMEO 041: Discuss by telephone. */
export const CAMEO_DISCUSS_BY_TELEPHONE = '041';
/** PLOVER event type for consultations (meetings, calls, visits). */
export const PLOVER_CONSULT = 'CONSULT';

export type ActorRole = 'source' | 'target';

export interface EventActor {
  name: string;
  /** ISO 3166-1 alpha-2 code, or an international body's code ("UN"); null when unknown. */
  country: string | null;
  /** CAMEO dyad role; only present when the article says who placed the call. */
  role?: ActorRole;
}

export interface EventCodes {
  cameo: typeof CAMEO_DISCUSS_BY_TELEPHONE;
  plover: typeof PLOVER_CONSULT;
  ploverMode: CallKind;
  actors: EventActor[];
}

/** The event codes of a call. */
export function eventCodesOf(call: Pick<SavedCall, 'kind' | 'participants' | 'initiator'>): EventCodes {
  const source = initiatorIndex(call);
  return {
    cameo: CAMEO_DISCUSS_BY_TELEPHONE,
    plover: PLOVER_CONSULT,
    ploverMode: call.kind,
    actors: call.participants.map((p, i) => ({
      name: participantName(p),
      country: p.country,
      ...(source >= 0 ? { role: i === source ? ('source' as const) : ('target' as const) } : {}),
    })),
  };
}
