/**
 * A one-character pattern (/[，。；]/, /\p{Script=Han}/u) asked of single
 * characters of a text, answered by UTF-16 unit: `text[i]` makes a new
 * string for every Chinese character read, and a regex test on it costs far
 * more than the answer. Each unit's answer is read from the pattern once
 * (the pattern tested on that one character, so the answers are the
 * pattern's own) and kept in a table of the units asked about.
 */
export class UnitClass {
  /** 0: not asked yet; 1: no; 2: yes. */
  private readonly answers = new Uint8Array(0x10000);

  constructor(private readonly pattern: RegExp) {
    // A global or sticky pattern's test() depends on its lastIndex: it has no one answer per unit.
    if (pattern.global || pattern.sticky) throw new Error(`UnitClass needs a pattern without g or y: /${pattern.source}/${pattern.flags}`);
  }

  /** pattern.test(text[index]), without the string; past either end of the text as test(undefined) answers. */
  at(text: string, index: number): boolean {
    const unit = text.charCodeAt(index);
    if (unit !== unit) return this.pattern.test(text[index]!);
    let answer = this.answers[unit]!;
    if (answer === 0) this.answers[unit] = answer = this.pattern.test(String.fromCharCode(unit)) ? 2 : 1;
    return answer === 2;
  }
}
