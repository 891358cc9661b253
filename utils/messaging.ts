import { browser } from 'wxt/browser';
import type { ReplyTo, Request } from '../lib/messages';

/** Attempts and pause for a message the background did not receive (its worker was stopping or starting). */
const SEND_ATTEMPTS = 4;
const RETRY_PAUSE_MS = 250;

/**
 * Send a message to the background and get its reply. An MV3 service worker can be in the middle
 * of stopping when a page speaks to it; the message then fails ("Receiving end does not exist"),
 * so it is sent again a few times before giving up. Returns null when the extension is gone.
 */
export async function sendToBackground<R extends Request>(message: R): Promise<ReplyTo<R> | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(message)) as ReplyTo<R> | undefined;
      if (reply) return reply;
    } catch {
      // retried below
    }
    if (attempt >= SEND_ATTEMPTS || !browser.runtime?.id) return null;
    await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS * attempt));
  }
}
