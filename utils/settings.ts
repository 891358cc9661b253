import { storage } from '#imports';
import { DEFAULT_SITES } from './sites';

/** The reader's settings, in the extension's local storage (never synced anywhere). */
export interface Settings {
  /** Save every call article read (on by default); otherwise the popup offers a save button. */
  autoSave: boolean;
  /** Highlight the call's facts in the page (on by default). */
  highlight: boolean;
  /** Sites switched on besides vov.vn and cafef.vn. */
  enabledSites: string[];
  /** Sites where the reader turned highlighting off from the page. */
  highlightOffSites: string[];
  /** The reader hid the in-page card on these sites. */
  cardHiddenSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  autoSave: true,
  highlight: true,
  enabledSites: [],
  highlightOffSites: [],
  cardHiddenSites: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** Sites the content script runs on: the defaults and the ones switched on. */
export function activeSites(s: Settings): string[] {
  return [...DEFAULT_SITES, ...s.enabledSites];
}
