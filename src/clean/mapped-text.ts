// Text that remembers where each of its characters came from in the original
// input. Every cleaning step produces a new MappedText, so any span of the
// cleaned text can be carried back to the original (the offset map).

import { UnitClass } from '../util/unit-class';

const TRIMMED = new UnitClass(/[\s\u3000\u00a0\ufeff]/);

export class MappedText {
  private constructor(
    readonly text: string,
    /** For each UTF-16 index of `text`, the original index where the character starts. */
    private readonly origStart: Int32Array,
    /** ... and the original index just past it. */
    private readonly origEnd: Int32Array,
  ) {}

  static fromOriginal(text: string): MappedText {
    const start = new Int32Array(text.length);
    const end = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      start[i] = i;
      end[i] = i + 1;
    }
    return new MappedText(text, start, end);
  }

  /** Text inserted by cleaning (a joining newline): it maps to a zero-width point. */
  static inserted(text: string, at: number): MappedText {
    return new MappedText(text, new Int32Array(text.length).fill(at), new Int32Array(text.length).fill(at));
  }

  static concat(parts: readonly MappedText[]): MappedText {
    const text = parts.map((p) => p.text).join('');
    const start = new Int32Array(text.length);
    const end = new Int32Array(text.length);
    let at = 0;
    for (const part of parts) {
      start.set(part.origStart, at);
      end.set(part.origEnd, at);
      at += part.text.length;
    }
    return new MappedText(text, start, end);
  }

  /** Joins parts with a separator that maps to the end of the part before it. */
  static join(parts: readonly MappedText[], separator: string): MappedText {
    // Written straight into the joined maps: no pair of one-unit arrays per separator (one per paragraph).
    const text = parts.map((p) => p.text).join(separator);
    const start = new Int32Array(text.length);
    const end = new Int32Array(text.length);
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i > 0) {
        const point = parts[i - 1]!.originalEnd();
        start.fill(point, at, at + separator.length);
        end.fill(point, at, at + separator.length);
        at += separator.length;
      }
      start.set(part.origStart, at);
      end.set(part.origEnd, at);
      at += part.text.length;
    }
    return new MappedText(text, start, end);
  }

  get length(): number {
    return this.text.length;
  }

  /** The maps are never written after construction, so a slice shares them (views, no copies). */
  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.origStart.subarray(start, end), this.origEnd.subarray(start, end));
  }

  trim(): MappedText {
    const { text } = this;
    let start = 0;
    while (start < text.length && TRIMMED.at(text, start)) start++;
    if (start === text.length) return this.slice(0, 0);
    let end = text.length;
    while (TRIMMED.at(text, end - 1)) end--;
    return start === 0 && end === text.length ? this : this.slice(start, end);
  }

  /**
   * Replaces characters one for one (same UTF-16 length per replaced unit), keeping
   * the map. Only the single units `candidates` (a global RegExp) matches are
   * offered to `replace`, which returns the new character or undefined to keep it.
   */
  mapChars(
    candidates: RegExp,
    replace: (ch: string, index: number, text: string) => string | undefined,
  ): { result: MappedText; changed: number } {
    const { text } = this;
    let changed = 0;
    let out = '';
    let copied = 0;
    // exec on the shared global regex, from the start: matchAll would copy the regex for every line.
    candidates.lastIndex = 0;
    for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
      if (match[0] === '') {
        candidates.lastIndex++; // a pattern that can match nothing must still move on, and offers no character
        continue;
      }
      const i = match.index;
      const ch = text[i]!;
      const next = replace(ch, i, text);
      if (next === undefined || next === ch || next.length !== 1) continue;
      out += text.slice(copied, i) + next;
      copied = i + 1;
      changed++;
    }
    if (changed === 0) return { result: this, changed };
    return { result: new MappedText(out + text.slice(copied), this.origStart, this.origEnd), changed };
  }

  /**
   * Replaces the whole text with one of the same length (a converter's output),
   * keeping the map; counts the characters that differ.
   */
  withSameLengthText(converted: string): { result: MappedText; changed: number } {
    if (converted.length !== this.text.length) return { result: this, changed: 0 };
    let changed = 0;
    for (let i = 0; i < converted.length; i++) if (converted[i] !== this.text[i]) changed++;
    return { result: new MappedText(converted, this.origStart, this.origEnd), changed };
  }

  /** Original span [start, end) of the cleaned span [start, end). */
  originalSpan(start: number, end: number): { start: number; end: number } {
    if (this.text.length === 0) return { start: 0, end: 0 };
    const s = Math.min(Math.max(start, 0), this.text.length - 1);
    const e = Math.min(Math.max(end, s + 1), this.text.length);
    return { start: this.origStart[s]!, end: Math.max(this.origEnd[e - 1]!, this.origStart[s]!) };
  }

  /**
   * What the original says behind the cleaned span [start, end): its characters
   * as written (full-width, traditional), less what cleaning dropped between
   * them (the line break of a joined sentence, a markup tag).
   */
  writtenText(original: string, start: number, end: number): string {
    const from = Math.max(start, 0);
    const to = Math.min(end, this.text.length);
    // Most mentions map one character to one, in a row: the original's slice is the answer.
    if (from < to && this.mapsOneToOne(from, to)) return original.slice(this.origStart[from]!, this.origStart[from]! + (to - from));
    let written = '';
    let copiedTo = -1;
    for (let i = from; i < to; i++) {
      const from = Math.max(this.origStart[i]!, copiedTo);
      const to = this.origEnd[i]!;
      if (to <= from) continue;
      // One character for one (width, traditional); an entity or escape read as one character stays as read.
      written += to - from === 1 ? original[from] : this.text[i];
      copiedTo = to;
    }
    return written;
  }

  /** Each cleaned character of [from, to) stands for the one original character right after the previous one's. */
  private mapsOneToOne(from: number, to: number): boolean {
    const offset = this.origStart[from]! - from;
    for (let i = from; i < to; i++) {
      if (this.origStart[i] !== offset + i || this.origEnd[i] !== offset + i + 1) return false;
    }
    return true;
  }

  originalStart(): number {
    return this.text.length > 0 ? this.origStart[0]! : 0;
  }

  originalEnd(): number {
    return this.text.length > 0 ? this.origEnd[this.text.length - 1]! : 0;
  }
}
