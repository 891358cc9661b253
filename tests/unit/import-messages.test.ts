import { describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/export/validate';
import { generateCollection } from '../bench/page/generate';

/**
 * The import's messages for what is wrong inside a record, one a field, each with its path in
 * the file: the record schemas (valibot) say what is wrong, lib/export/messages.ts says it in
 * Vietnamese. (export-import.test.ts covers the top-level ones, syntax, references and duplicates.)
 */
const envelope = () => structuredClone(generateCollection(6, ['Hai bên trao đổi về quan hệ song phương.'], 4)) as unknown as {
  articles: Record<string, unknown>[];
  calls: Record<string, any>[];
  notes: Record<string, unknown>[];
};
const errorsOf = (env: unknown, limits = {}) => {
  const result = parseImport(JSON.stringify(env), { limits });
  return result.ok ? [] : result.errors;
};

describe('import messages inside records', () => {
  it('names nested fields, lists and maps by their path', () => {
    const env = envelope();
    env.calls[0]!.participants[1].name = 7;
    env.calls[0]!.earlierCalls = [{ date: '2022-3-2', expression: 'hôm qua' }, { datePartial: '03-02', expression: 'x' }, { date: null }];
    env.calls[1]!.evidence.topics = { kinh_te: 5 };
    env.calls[1]!.ordinal = 1.5;
    env.calls[2]!.articleIds = [0, 'a'];
    env.calls[2]!.evidence = [];
    env.articles[0]!.urlKey = '   ';
    env.articles[1] = 'bài báo' as never;
    env.notes[0] = { id: 1, text: 'x' };
    expect(errorsOf(env)).toEqual([
      'articles[0].urlKey không được để trống',
      'articles[1] phải là một đối tượng',
      'calls[0].participants[1].name phải là một chuỗi hoặc null',
      'calls[0].earlierCalls[0].date phải là ngày dạng YYYY-MM-DD',
      'calls[0].earlierCalls[1].datePartial phải là ngày dạng --MM-DD',
      'calls[0].earlierCalls[2].expression bị thiếu',
      'calls[1].ordinal phải là một số nguyên hoặc null',
      'calls[1].evidence.topics.kinh_te phải là một chuỗi',
      'calls[2].evidence phải là một đối tượng',
      'calls[2].articleIds[0] phải là một số nguyên dương',
      'calls[2].articleIds[1] phải là một số nguyên dương',
      'notes[0].callId bị thiếu',
      'notes[0].updatedAt bị thiếu',
    ]);
  });

  it('measures strings and lists against the limits, a list before its items, and counts what it does not list', () => {
    const env = envelope();
    env.calls[0]!.topics = Array.from({ length: 4 }, () => 42);
    env.calls[1]!.callKey = 'k'.repeat(21);
    env.calls[2]!.updatedAt = 'hôm qua, rất lâu rồi';
    const errors = errorsOf(env, { maxListLength: 3, maxStringLength: 20, maxErrors: 10_000 });
    expect(errors).toContain('calls[0].topics quá dài (4 phần tử, tối đa 3)');
    expect(errors).toContain('calls[1].callKey quá dài (21 ký tự, tối đa 20)');
    expect(errors).toContain('calls[2].updatedAt phải là thời điểm ISO 8601 (ví dụ 2026-11-22T03:00:00.000Z)');
    expect(errors.filter((e) => e.startsWith('calls[0].topics'))).toHaveLength(1);
    expect(errorsOf(env, { maxErrors: 2 }).at(-1)).toMatch(/^… và [\d.]+ lỗi khác\.$/);
  });

  it('reads left-out optional fields as the store writes them, and drops unknown ones', () => {
    const env = envelope();
    const call = env.calls[0]!;
    delete call.eventKey;
    delete call.evidence.topics;
    call.evidence.agreements = null;
    call.eventCodes = { cameo: '041' };
    delete env.articles[0]!.lead;
    const result = parseImport(JSON.stringify(env));
    if (!result.ok) throw new Error(result.errors.join(' / '));
    const read = result.data.calls.find((c) => c.id === call.id)!;
    expect(read.eventKey).toBeNull();
    expect(read.evidence.topics).toEqual({});
    expect(read.evidence.agreements).toEqual([]);
    expect('eventCodes' in read).toBe(false);
    expect(result.data.articles.find((a) => a.id === env.articles[0]!.id)!.lead).toBe('');
  });
});
