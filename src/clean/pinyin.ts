import { MappedText } from './mapped-text';

// Mirror sites and some reprints gloss characters with their pinyin in
// brackets: 长(zhǎng)江, 鄱阳(yáng)湖, 發(fā)展. A reader skips them; left in,
// they cut names (长江, 阳新县) and numbers apart. A gloss is a bracketed run
// of Latin letters with at least one tone mark, right after a Chinese
// character: plain Latin in brackets (GDP, PM2.5) is text and stays. Some
// pages write the syllables without tones (蕲(qi)春(chun)): a lower-case
// pinyin syllable counts where the line glosses two characters at least.

// A crawl may repeat a gloss (重(zhong)(zhong)庆): one right after another gloss is a gloss too.
const GLOSS = /(?<=[\u3400-\u9fff](?:[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,8}[)）])*)[(（]([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,8})[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

/** A pinyin syllable written without its tone: an initial (or none) and a final. */
const TONELESS_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$/;

/** Glosses a line needs before toneless syllables count as glosses (一个(a) is no habit of glossing). */
const MIN_TONELESS_GLOSSES = 2;

/** The line without its pinyin glosses, and how many were removed. */
export function stripPinyinGlosses(line: MappedText): { line: MappedText; removed: number } {
  if (!line.text.includes('(') && !line.text.includes('（')) return { line, removed: 0 };
  const matches = [...line.text.matchAll(GLOSS)];
  const isGloss = (syllables: string) => TONE_MARK.test(syllables) || (syllables.length >= 2 && TONELESS_SYLLABLE.test(syllables));
  const glossed = matches.filter((match) => isGloss(match[1]!));
  const tonelessCount = glossed.length >= MIN_TONELESS_GLOSSES;
  const kept: MappedText[] = [];
  let from = 0;
  let removed = 0;
  for (const match of glossed) {
    if (!TONE_MARK.test(match[1]!) && !tonelessCount) continue;
    kept.push(line.slice(from, match.index));
    from = match.index! + match[0].length;
    removed++;
  }
  if (removed === 0) return { line, removed: 0 };
  kept.push(line.slice(from));
  return { line: MappedText.concat(kept), removed };
}
