/**
 * The gate's reasons for turning a page down (./gate.ts). A module of its own, without the gate's tables, because
 * the popup says them in the UI's words (components/Popup.tsx) and must not load the vocabulary to do so.
 */
export const GATE_NO_CALL_WORDS = 'no call words in title, description, opening or address';
export const GATE_NOT_DIPLOMATIC = 'scam, phone or sports news';
