import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the project: seeds and real saved pages. Tests that need it say so when it is absent. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const HAS_SHARED = existsSync(`${SHARED}seeds`) && existsSync(`${SHARED}fixtures/real-pages`);
export const sharedMissing = `../shared is absent (expected at ${SHARED}): tests that read the seeds and real pages are skipped`;

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const readFixture = (path: string) => readFileSync(FIXTURES + path, 'utf8');
export const readShared = (path: string) => readFileSync(SHARED + path, 'utf8');
