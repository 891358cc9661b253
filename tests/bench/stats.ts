/** Small statistics and formatting helpers of the benchmarks. */

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const max = (values: readonly number[]) => (values.length ? Math.max(...values) : NaN);
export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Milliseconds, with the precision that means something at that size. */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v < 1) return `${v.toFixed(2)} ms`;
  if (v < 10) return `${v.toFixed(1)} ms`;
  return `${Math.round(v).toLocaleString('en-US')} ms`;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');
export const int = (v: number) => Math.round(v).toLocaleString('en-US');

/** ✅ / ❌ for a budget. */
export const verdict = (ok: boolean) => (ok ? '✅ holds' : '❌ missed');

/** Run `fn` `runs` times (after `warmup` unrecorded runs), returning each run's value. */
export async function repeat<T>(runs: number, fn: (i: number) => Promise<T> | T, warmup = 0): Promise<T[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: T[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn(i));
  return out;
}

/** A markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
