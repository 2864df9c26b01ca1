import { MappedText } from './mapped-text';

// Mirror sites and some reprints gloss characters with their pinyin in
// brackets: 长(zhǎng)江, 鄱阳(yáng)湖, 發(fā)展. A reader skips them; left in,
// they cut names (长江, 阳新县) and numbers apart. A gloss is a bracketed run
// of Latin letters with at least one tone mark, right after a Chinese
// character: plain Latin in brackets (GDP, PM2.5) is text and stays.

const GLOSS = /(?<=[\u3400-\u9fff])[(（]([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,8})[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

/** The line without its pinyin glosses, and how many were removed. */
export function stripPinyinGlosses(line: MappedText): { line: MappedText; removed: number } {
  if (!line.text.includes('(') && !line.text.includes('（')) return { line, removed: 0 };
  const kept: MappedText[] = [];
  let from = 0;
  let removed = 0;
  for (const match of line.text.matchAll(GLOSS)) {
    if (!TONE_MARK.test(match[1]!)) continue;
    kept.push(line.slice(from, match.index));
    from = match.index! + match[0].length;
    removed++;
  }
  if (removed === 0) return { line, removed: 0 };
  kept.push(line.slice(from));
  return { line: MappedText.concat(kept), removed };
}
