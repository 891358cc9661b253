/**
 * Reading a large JSON object a piece at a time: `EnvelopeReader` takes the text in chunks (as a
 * file is decoded) and gives the same value as JSON.parse of the whole text, without ever holding
 * the whole text or parsing it in one task. Made for the export envelope (a few short members and
 * three long arrays of records: 80 MB for 10,000 calls, where one JSON.parse blocks the page for
 * ~0.5-1 s and a file of 50,000 calls approaches the longest string the engine can hold).
 *
 * How: a small scanner follows the top-level object (keys, colons, commas) and, in arrays that are
 * member values, the elements; every other value ("piece": a key, a member value that is not an
 * array, an array element) is cut out and given to JSON.parse. Strings are skipped with indexOf,
 * so the scanner touches few characters itself. Whitespace and layout are free: any formatting of
 * such an object is read, not just ours.
 *
 * Written here rather than taken from a streaming JSON library: @streamparser/json (0.0.26), which
 * tokenises every character in JavaScript, read a 10,000-call export 5-7 times slower (12-19 s
 * against 2.4-2.7 s in Node), weighs 6.0 KB gzip against 1.2 KB, and its errors give no position
 * ("Unexpected STRING in state COMMA"), where the fallback below gives the line and column.
 *
 * Anything the scanner does not expect (not an object at the top, a missing comma, a piece
 * JSON.parse refuses, an early end) throws `NotSplittable`: the caller then reads the text the
 * plain way (JSON.parse of everything), which also finds the line and column of a syntax error.
 */

/** The text is not a JSON object of the expected shape (or not JSON at all): read it whole. */
export class NotSplittable extends Error {
  constructor(reason: string) {
    super(`not splittable: ${reason}`);
    this.name = 'NotSplittable';
  }
}

/** What the scanner expects next, outside a piece. */
type State = 'start' | 'firstKey' | 'key' | 'colon' | 'value' | 'afterValue' | 'firstElement' | 'element' | 'afterElement' | 'done';
/** The role of the piece being read. */
type Role = 'key' | 'value' | 'element';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export interface EnvelopeReaderOptions {
  /**
   * Called for every element of an array member before it is parsed. Return false to leave it
   * unparsed (the array then holds `undefined` in its place): counting absurd files costs no parse.
   */
  parseElement?: (arrayKey: string, index: number) => boolean;
}

export class EnvelopeReader {
  /** Members of the top-level object, in the order JSON.parse gives them. */
  private readonly members = new Map<string, unknown>();
  private buf = '';
  /** Next character to scan, in `buf`. */
  private pos = 0;
  private state: State = 'start';
  /** Start of the piece being read in `buf`, or -1. */
  private pieceStart = -1;
  private role: Role = 'key';
  /** The piece is a string (ends at its closing quote), a container (ends at depth 0) or a scalar. */
  private kind: 'string' | 'container' | 'scalar' = 'string';
  private depth = 0;
  private inString = false;
  /** First character of the current string's content, in `buf` (for counting backslashes). */
  private stringStart = 0;
  private key = '';
  private array: unknown[] | null = null;
  /** True once anything but whitespace has been seen. */
  private started = false;

  constructor(private readonly options: EnvelopeReaderOptions = {}) {}

  /** Read the next chunk of the text. Throws NotSplittable (see the top of this file). */
  push(chunk: string): void {
    const keep = this.pieceStart >= 0 ? this.pieceStart : this.pos;
    if (keep > 0) {
      this.buf = this.buf.slice(keep);
      this.pos -= keep;
      this.stringStart -= keep;
      if (this.pieceStart >= 0) this.pieceStart -= keep;
    }
    this.buf += chunk;
    this.scan();
  }

  /** The value of the whole text; throws NotSplittable when it is incomplete or not an object. */
  end(): Record<string, unknown> | null {
    if (this.pieceStart >= 0 && this.kind === 'scalar') this.finishPiece(this.buf.length);
    if (!this.started) return null;
    if (this.state !== 'done' || this.pieceStart >= 0) throw new NotSplittable('unexpected end');
    // fromEntries defines own properties, as JSON.parse does (a "__proto__" key stays a plain key).
    return Object.fromEntries(this.members);
  }

  private scan(): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = this.pos;
    while (pos < n) {
      if (this.inString) {
        const q = buf.indexOf('"', pos);
        if (q < 0) {
          pos = n;
          break;
        }
        let backslashes = 0;
        for (let b = q - 1; b >= this.stringStart && buf.charCodeAt(b) === BACKSLASH; b--) backslashes++;
        pos = q + 1;
        if (backslashes % 2 === 1) continue;
        this.inString = false;
        if (this.kind === 'string') {
          this.pos = pos;
          this.finishPiece(pos);
        }
        continue;
      }
      const c = buf.charCodeAt(pos);
      if (this.pieceStart >= 0) {
        if (this.kind === 'container') {
          if (c === QUOTE) {
            this.inString = true;
            this.stringStart = pos + 1;
          } else if (c === 0x7b || c === 0x5b) this.depth++;
          else if (c === 0x7d || c === 0x5d) {
            if (--this.depth === 0) {
              this.pos = pos + 1;
              this.finishPiece(pos + 1);
            }
          }
          pos++;
        } else {
          // A number or a literal ends at the first character that cannot be part of it.
          if (isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d) {
            this.pos = pos;
            this.finishPiece(pos);
            continue;
          }
          pos++;
        }
        continue;
      }
      if (isSpace(c)) {
        pos++;
        continue;
      }
      this.started = true;
      switch (this.state) {
        case 'start':
          if (c !== 0x7b) throw new NotSplittable('not an object');
          this.state = 'firstKey';
          pos++;
          break;
        case 'firstKey':
        case 'key':
          if (c === 0x7d && this.state === 'firstKey') {
            this.state = 'done';
            pos++;
          } else if (c === QUOTE) pos = this.startPiece('key', pos);
          else throw new NotSplittable('expected a key');
          break;
        case 'colon':
          if (c !== 0x3a) throw new NotSplittable('expected a colon');
          this.state = 'value';
          pos++;
          break;
        case 'value':
          if (c === 0x5b) {
            this.array = [];
            this.members.set(this.key, this.array);
            this.state = 'firstElement';
            pos++;
          } else pos = this.startPiece('value', pos);
          break;
        case 'afterValue':
          if (c === 0x2c) this.state = 'key';
          else if (c === 0x7d) this.state = 'done';
          else throw new NotSplittable('expected a comma or the end of the object');
          pos++;
          break;
        case 'firstElement':
        case 'element':
          if (c === 0x5d && this.state === 'firstElement') {
            this.state = 'afterValue';
            pos++;
          } else pos = this.startPiece('element', pos);
          break;
        case 'afterElement':
          if (c === 0x2c) this.state = 'element';
          else if (c === 0x5d) this.state = 'afterValue';
          else throw new NotSplittable('expected a comma or the end of an array');
          pos++;
          break;
        case 'done':
          throw new NotSplittable('text after the object');
      }
    }
    this.pos = pos;
  }

  /** Start a piece at `pos`; returns the next position to scan. */
  private startPiece(role: Role, pos: number): number {
    this.role = role;
    this.pieceStart = pos;
    const c = this.buf.charCodeAt(pos);
    if (c === QUOTE) {
      this.kind = 'string';
      this.inString = true;
      this.stringStart = pos + 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (role === 'key') throw new NotSplittable('expected a key');
      this.kind = 'container';
      this.depth = 1;
    } else {
      if (role === 'key') throw new NotSplittable('expected a key');
      this.kind = 'scalar';
    }
    return pos + 1;
  }

  /** The piece ends at `end` (exclusive): parse it and move on. */
  private finishPiece(end: number): void {
    const text = this.buf.slice(this.pieceStart, end);
    this.pieceStart = -1;
    if (this.role === 'element') {
      const array = this.array!;
      if (this.options.parseElement && !this.options.parseElement(this.key, array.length)) array.push(undefined);
      else array.push(parse(text));
      this.state = 'afterElement';
    } else if (this.role === 'key') {
      const key = parse(text);
      if (typeof key !== 'string') throw new NotSplittable('expected a key');
      this.key = key;
      this.state = 'colon';
    } else {
      this.members.set(this.key, parse(text));
      this.state = 'afterValue';
    }
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotSplittable('invalid piece');
  }
}
