/**
 * Test seam for the command line (tests/unit/cli-hostile.test.ts), loaded into its reader thread
 * through DIEN_DAM_EXTRACT_IMPORT: a page whose markup holds `data-late-failure` makes its DOM fail
 * later, outside any call — a rejected promise, an exception thrown from a timer, as happy-dom's own
 * loaders fail — or never finish ("hang"), so that the test can check each becomes that file's error
 * line and the batch goes on.
 */
import { Document } from 'happy-dom';

const write = Document.prototype.write;
Document.prototype.write = function (this: Document, html: string) {
  write.call(this, html);
  if (html.includes('data-late-failure="rejection"')) void Promise.reject(new Error('late failure: a rejection from the DOM'));
  if (html.includes('data-late-failure="exception"'))
    setTimeout(() => {
      throw new Error('late failure: an exception from the DOM');
    }, 1);
  if (html.includes('data-late-failure="hang"')) for (;;);
};
