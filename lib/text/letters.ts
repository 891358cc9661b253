/**
 * Letter and digit tests on code points, without Unicode regular expressions in the blocks
 * Vietnamese is written in. Building a `\p{L}` class costs about a millisecond in every fresh
 * page (the content script's gate runs in one on every page), and testing one through a regular
 * expression per character is slow in a loop; the Latin blocks are recognised by their code
 * points, other characters by a class built on first need. tests/unit/gate-fast.test.ts checks
 * both against the expressions on every code point.
 */

let nonLatinWordChar: RegExp | null = null;
let nonLatinLetter: RegExp | null = null;

/** Letter or not for the Latin blocks; null elsewhere (the caller asks the Unicode class). */
function isLatinLetter(cp: number): boolean | null {
  if (cp < 0) return false;
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if (cp >= 0x1e00 && cp <= 0x1eff) return true;
  return null;
}

/** `[\p{L}\p{N}]` for a code point (-1: none, false). */
export function isWordChar(cp: number): boolean {
  if (cp >= 48 && cp <= 57) return true;
  return isLatinLetter(cp) ?? (nonLatinWordChar ??= /[\p{L}\p{N}]/u).test(String.fromCodePoint(cp));
}

/** `\p{L}` for a code point (-1: none, false). */
export function isLetter(cp: number): boolean {
  return isLatinLetter(cp) ?? (nonLatinLetter ??= /\p{L}/u).test(String.fromCodePoint(cp));
}
