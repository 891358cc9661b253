/**
 * Where a JSON text is broken, and why, for the import's error message ("Dòng 3, cột 15: JSON
 * không hợp lệ (thiếu dấu phẩy …)").
 *
 * JSON.parse's messages differ between engines and often give no position (V8: "Unexpected
 * token '}', … is not valid JSON"), so after JSON.parse has failed, this small scanner walks
 * the text by the grammar of RFC 8259 and stops at the first character that cannot be there.
 * It only runs on broken files, so it favours clarity over speed. Iterative (an explicit stack),
 * so deeply nested input cannot overflow the call stack.
 */

export interface JsonSyntaxProblem {
  /** Offset (UTF-16 code units) of the first offending character; text.length at an early end. */
  offset: number;
  /** What is wrong, in Vietnamese. */
  detail: string;
}

const DETAIL = {
  end: 'tệp kết thúc giữa chừng',
  unexpected: (ch: string) => `ký tự không mong đợi “${ch}”`,
  commaOrClose: (close: string) => `thiếu dấu phẩy hoặc “${close}”`,
  colon: 'thiếu dấu hai chấm sau tên trường',
  key: 'tên trường phải nằm trong dấu ngoặc kép',
  unclosedString: 'chuỗi chưa được đóng',
  control: 'ký tự điều khiển trong chuỗi',
  escape: 'ký tự thoát (\\) không hợp lệ',
  number: 'số không hợp lệ',
  trailing: 'có nội dung thừa sau dữ liệu JSON',
} as const;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** What the scanner expects next. */
type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'afterValue';

/** The first syntax error of a JSON text, or null when the grammar accepts it. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const stack: Array<'{' | '['> = [];
  let state: State = 'value';
  let i = 0;
  const fail = (detail: string, at = i): JsonSyntaxProblem => ({ offset: at, detail });
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** Scan a string starting at text[i] === '"'; returns a problem or null (i after the quote). */
  const scanString = (): JsonSyntaxProblem | null => {
    i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) return fail(DETAIL.unclosedString, text.length);
        if (next === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) return fail(DETAIL.escape);
          i += 6;
        } else if (SIMPLE_ESCAPES.has(next)) i += 2;
        else return fail(DETAIL.escape);
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) return fail(DETAIL.control);
      i++;
    }
    return fail(DETAIL.unclosedString, text.length);
  };

  for (;;) {
    skipWhitespace();
    if (i >= text.length) return stack.length || state !== 'afterValue' ? fail(DETAIL.end, text.length) : null;
    const ch = text[i]!;
    const top = stack[stack.length - 1];

    if (state === 'afterValue') {
      if (!top) return fail(DETAIL.trailing);
      const close = top === '{' ? '}' : ']';
      if (ch === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (ch === close) {
        i++;
        stack.pop();
      } else return fail(DETAIL.commaOrClose(close));
      continue;
    }

    if (state === 'key' || state === 'keyOrClose') {
      if (ch === '}' && state === 'keyOrClose') {
        i++;
        stack.pop();
        state = 'afterValue';
        continue;
      }
      if (ch !== '"') return fail(DETAIL.key);
      const problem = scanString();
      if (problem) return problem;
      skipWhitespace();
      if (i >= text.length) return fail(DETAIL.end, text.length);
      if (text[i] !== ':') return fail(DETAIL.colon);
      i++;
      state = 'value';
      continue;
    }

    // state: value or valueOrClose
    if (ch === ']' && state === 'valueOrClose') {
      i++;
      stack.pop();
      state = 'afterValue';
    } else if (ch === '{') {
      i++;
      stack.push('{');
      state = 'keyOrClose';
    } else if (ch === '[') {
      i++;
      stack.push('[');
      state = 'valueOrClose';
    } else if (ch === '"') {
      const problem = scanString();
      if (problem) return problem;
      state = 'afterValue';
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return fail(DETAIL.number);
      i += m[0].length;
      // "01", "1.", "1e": the number ended early and a digit or sign follows.
      if (i < text.length && /[\d.eE+-]/.test(text[i]!)) return fail(DETAIL.number);
      state = 'afterValue';
    } else {
      const literal = LITERALS.find((l) => text.startsWith(l, i));
      if (!literal) return fail(DETAIL.unexpected(String.fromCodePoint(text.codePointAt(i)!)));
      i += literal.length;
      state = 'afterValue';
    }
  }
}

/** 1-based line and column of an offset (lines end at LF, CRLF or CR). */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
