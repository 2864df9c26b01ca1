import type { MappedText } from './mapped-text';

/**
 * Drops every paragraph that repeats an earlier one word for word (after
 * trimming): OCR and page layout repeat caption blocks, and a repeated
 * figure must not count twice.
 */
export function dropRepeatedParagraphs(paragraphs: readonly MappedText[]): { kept: MappedText[]; dropped: MappedText[] } {
  const seen = new Set<string>();
  const kept: MappedText[] = [];
  const dropped: MappedText[] = [];
  for (const paragraph of paragraphs) {
    const key = paragraph.text.replace(/\s+/g, '');
    if (seen.has(key)) {
      dropped.push(paragraph);
    } else {
      seen.add(key);
      kept.push(paragraph);
    }
  }
  return { kept, dropped };
}
