export { normalizeText, matchKey, foldKey, isCapitalized, looksVietnamese } from './vietnamese';
export { NUMBER_WORDS } from './number-words';
export { ACADEMIC_DEGREES, splitSentences, type Sentence } from './sentences';
export { tokenize, adjacent, PhraseIndex, phraseSet, type Token, type PhraseMatch } from './tokens';
