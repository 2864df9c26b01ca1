/**
 * Word boundaries that need no jieba: jieba never joins a Chinese character
 * to the punctuation or space next to it (、 after 拉萨, “ before 西藏;
 * checked on every fixture and case text), so such a position is a
 * boundary. Segmentation is the most expensive call of the pipeline; this
 * answers the boundary questions at list commas, quotes and line starts.
 */
export function isSeparatorBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  // ASCII letters and digits may join punctuation (1.5, U.S.): only a non-ASCII neighbour is decided here.
  return (isSeparator(before) && after >= 0x80) || (isSeparator(after) && before >= 0x80);
}

/** Punctuation and spaces: ASCII other than letters and digits, general and CJK punctuation, full-width punctuation. */
function isSeparator(unit: number): boolean {
  if (unit < 0x80) return !((unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a));
  return (
    (unit >= 0x2000 && unit <= 0x206f) || // general punctuation: “ ” — …
    (unit >= 0x3000 && unit <= 0x303f) || // CJK punctuation: 、。《》「」【】
    (unit >= 0xff01 && unit <= 0xff0f) || // full-width ！＂＃…／
    (unit >= 0xff1a && unit <= 0xff20) || // full-width ：；＜＝＞？＠
    (unit >= 0xff3b && unit <= 0xff40) ||
    (unit >= 0xff5b && unit <= 0xff65)
  );
}
