/**
 * Leaders' names in the UI's language: the English name of a leader the press writes in
 * Sino-Vietnamese ("Tập Cận Bình" → "Xi Jinping"). Pure: a small generated table (./english.ts),
 * not the gazetteer, so that the popup can load it with its first render.
 */
import { ENGLISH_NAMES } from './english';

const byId = new Map(ENGLISH_NAMES.map(([id, name, english]) => [id, { name, english }]));

/** The English name of a leader (by gazetteer id) whose name the press writes differently, else null. */
export function englishName(leaderId: string | null | undefined): string | null {
  return (leaderId && byId.get(leaderId)?.english) || null;
}

/** Every leader with an English name of its own: the press's name and the English one. */
export function namePairs(): ReadonlyArray<{ name: string; english: string }> {
  return [...byId.values()];
}
