import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/clean/mapped-text';

describe('MappedText (the offset map)', () => {
  it('maps a slice back to where it came from', () => {
    const original = '标题\n\n正文投资1.32亿元。';
    const body = MappedText.fromOriginal(original).slice(4);
    const at = body.text.indexOf('1.32亿元');
    const span = body.originalSpan(at, at + '1.32亿元'.length);
    expect(original.slice(span.start, span.end)).toBe('1.32亿元');
  });

  it('keeps the map through joins: a span across the join covers both halves in the original', () => {
    const original = '今年是落实山\n\n东援藏规划的一年';
    const whole = MappedText.fromOriginal(original);
    const first = whole.slice(0, 6);
    const second = whole.slice(8);
    const joined = MappedText.concat([first, second]);
    expect(joined.text).toBe('今年是落实山东援藏规划的一年');
    const at = joined.text.indexOf('山东');
    const span = joined.originalSpan(at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('山\n\n东');
  });

  it('maps an inserted separator to a zero-width point after the part before it', () => {
    const whole = MappedText.fromOriginal('甲乙  丙丁');
    const joined = MappedText.join([whole.slice(0, 2), whole.slice(4)], '\n');
    expect(joined.text).toBe('甲乙\n丙丁');
    expect(joined.originalSpan(3, 5)).toEqual({ start: 4, end: 6 });
  });

  it('keeps the map when characters are replaced one for one', () => {
    const { result, changed } = MappedText.fromOriginal('投资１２０亿元，１项').mapChars(/[０-９]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    );
    expect(result.text).toBe('投资120亿元，1项');
    expect(changed).toBe(4);
    expect(result.originalSpan(2, 5)).toEqual({ start: 2, end: 5 });
    expect(result.originalSpan(9, 10)).toEqual({ start: 9, end: 10 });
    // Candidates the callback keeps, and text without any, come back unchanged.
    const kept = MappedText.fromOriginal('１２亿元').mapChars(/[０-９]/g, () => undefined);
    expect(kept).toEqual({ result: expect.objectContaining({ text: '１２亿元' }), changed: 0 });
  });

  it('trims whitespace, including ideographic spaces, keeping the map', () => {
    const trimmed = MappedText.fromOriginal('\u3000 正文 \t').trim();
    expect(trimmed.text).toBe('正文');
    expect(trimmed.originalStart()).toBe(2);
    expect(MappedText.fromOriginal('   ').trim().text).toBe('');
  });
  it('gives the original characters behind a cleaned span, less what cleaning dropped', () => {
    const original = '投资１２\n０億元';
    const parts = MappedText.fromOriginal(original);
    const joined = MappedText.concat([parts.slice(0, 4), parts.slice(5)]);
    const { result } = joined.mapChars(/[０-９億]/g, (ch) => (ch === '億' ? '亿' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
    expect(result.text).toBe('投资120亿元');
    expect(result.writtenText(original, 2, 7)).toBe('１２０億元');
    // A character cleaning inserted has no original: it is left out.
    const withInserted = MappedText.concat([MappedText.fromOriginal('甲&amp;乙').slice(0, 1), MappedText.inserted('&', 1), MappedText.fromOriginal('甲&amp;乙').slice(6)]);
    expect(withInserted.text).toBe('甲&乙');
    expect(withInserted.writtenText('甲&amp;乙', 0, 3)).toBe('甲乙');
  });
});
