import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/pipeline/context';

describe('extract context: clauses and lazy jieba words', () => {
  const text = '昂仁县位于日喀则市西部，平均海拔4500米。\n卡嘎镇的青稞，今年丰收';
  const ctx = makeContext({ text });

  it('starts a clause after every newline, 。 and ，', () => {
    expect(ctx.clauseStart(0)).toBe(0);
    expect(ctx.clauseStart(text.indexOf('，'))).toBe(0); // the separator ends its clause
    const second = text.indexOf('平均');
    expect(ctx.clauseStart(second)).toBe(second);
    expect(ctx.clauseStart(text.indexOf('4500'))).toBe(second);
    expect(ctx.clauseStart(text.indexOf('卡嘎'))).toBe(text.indexOf('\n') + 1);
    expect(ctx.clauseStart(text.length - 1)).toBe(text.indexOf('今年'));
  });

  it('gives words that never cross a clause start, and the same words asked clause by clause', () => {
    const all = ctx.tokens();
    for (const token of all) expect(ctx.clauseStart(token.start)).toBe(ctx.clauseStart(token.end - 1));
    expect(all.map((t) => t.word).join('')).toBe(text);
    const fresh = makeContext({ text });
    const second = text.indexOf('平均');
    const clause = fresh.tokensWithin(second, text.indexOf('\n'));
    expect(clause.map((t) => t.word)).toEqual(all.filter((t) => t.start >= second && t.end <= text.indexOf('\n')).map((t) => t.word));
    expect(fresh.isWordBoundary(text.indexOf('日喀则市'))).toBe(true);
    expect(fresh.isWordBoundary(text.indexOf('喀则市'))).toBe(false);
  });
});
