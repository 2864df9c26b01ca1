// What a line must hold for a pattern to match it: the literal words a
// boilerplate pattern cannot match without (版权所有, 主办|承办). A line holding
// no literal of one of a rule's sets is not tried against that rule: most
// article lines are rejected by a few bit reads instead of a run of the regex.
// The reading is conservative: whatever it does not understand requires
// nothing, so a rule is never skipped on a line it would match.

/**
 * Sets of literals, all of which a match needs one literal of (a conjunction
 * of alternatives). Empty: nothing is required (the pattern is always tried).
 */
export type Requirement = string[][];

/** Most characters of a bracket class read as alternatives ([:：], [|｜], [\s·]). */
const MAX_CLASS_CHARS = 32;

/** What \s matches in a JavaScript regex: every one of them, or a line holding whitespace might be skipped. */
const WHITESPACE: readonly string[] = [
  ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)),
];

/** The literals any match of `pattern` holds (see Requirement). */
export function requiredLiterals(pattern: RegExp): Requirement {
  // Case-insensitive or extended syntax is not read: such a pattern requires nothing.
  if (/[^gsuyd]/.test(pattern.flags)) return [];
  try {
    const reader = new PatternReader(pattern.source);
    const requirement = reader.alternation();
    return reader.atEnd() ? requirement : [];
  } catch {
    return [];
  }
}

/** The sets in the order a line is best asked about: the most telling first (most lines fail there). */
export function mostTellingFirst(requirement: Requirement): Requirement {
  return [...requirement].sort((a, b) => shortestLength(b) - shortestLength(a));
}

function shortestLength(set: readonly string[]): number {
  return Math.min(...set.map((literal) => literal.length));
}

/** The set an alternation's branch stands for: the one whose shortest literal is longest (the most telling). */
function bestSet(requirement: Requirement): string[] | undefined {
  let best: string[] | undefined;
  let bestLength = 0;
  for (const set of requirement) {
    const shortest = shortestLength(set);
    if (shortest > bestLength) {
      best = set;
      bestLength = shortest;
    }
  }
  return best;
}

class Unreadable extends Error {}

/** A reader of JavaScript regex source (the 'u' syntax), keeping only what a match must hold. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.at === this.source.length;
  }

  /** Branches joined by |: each branch's best set, united; nothing where a branch requires nothing. */
  alternation(): Requirement {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const union: string[] = [];
    for (const branch of branches) {
      const set = bestSet(branch);
      if (!set) return [];
      for (const literal of set) if (!union.includes(literal)) union.push(literal);
    }
    return [union];
  }

  /** Atoms in a row: runs of literal characters read once each become one literal (版权所有). */
  private sequence(): Requirement {
    const requirement: Requirement = [];
    let run = '';
    const flush = () => {
      if (run !== '') requirement.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.literal !== undefined && min >= 1) {
        run += atom.literal;
        // Repeated, the character is no longer followed by the next one: the run ends with it.
        if (max !== 1) flush();
        continue;
      }
      flush();
      if (min >= 1) for (const set of atom.requirement) requirement.push(set);
    }
    flush();
    return requirement;
  }

  private quantifier(): { min: number; max: number } {
    const c = this.source[this.at];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) throw new Unreadable();
      this.at += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    } else {
      return { min, max };
    }
    if (this.source[this.at] === '?') this.at++;
    return { min, max };
  }

  /** One atom: a literal character, or what a group or class requires. */
  private atom(): { literal?: string; requirement: Requirement } {
    const c = this.source[this.at]!;
    if (c === '(') return { requirement: this.group() };
    if (c === '[') return { requirement: this.bracketClass() };
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$' || c === '.') {
      this.at++;
      return { requirement: [] };
    }
    if ('*+?{}]'.includes(c)) throw new Unreadable();
    const literal = String.fromCodePoint(this.source.codePointAt(this.at)!);
    this.at += literal.length;
    return { literal, requirement: [] };
  }

  private group(): Requirement {
    this.at++;
    let negative = false;
    if (this.source[this.at] === '?') {
      const rest = this.source.slice(this.at);
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=')) this.at += 2;
      else if (rest.startsWith('?!')) (this.at += 2), (negative = true);
      else if (rest.startsWith('?<=')) this.at += 3;
      else if (rest.startsWith('?<!')) (this.at += 3), (negative = true);
      else if (rest.startsWith('?<')) {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) throw new Unreadable();
        this.at = close + 1;
      } else throw new Unreadable();
    }
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unreadable();
    this.at++;
    // A positive lookaround reads the line as a group does, though it consumes nothing: what it needs, the line
    // holds (^(?=(?:甲\s+){5,})). A negative one holds what the line must not: nothing is required of it.
    return negative ? [] : inner;
  }

  /** A class of a few plain characters ([:：]) is a set of one-character literals; any other requires nothing. */
  private bracketClass(): Requirement {
    this.at++;
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const chars: string[] = [];
    let plain = !negated;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const c = this.source[this.at]!;
      if (c === '\\') {
        const escaped = this.escape();
        if (escaped.chars) chars.push(...escaped.chars);
        else if (escaped.literal === undefined) plain = false;
        else chars.push(escaped.literal);
        continue;
      }
      if (c === '-' && chars.length > 0 && this.source[this.at + 1] !== ']') plain = false; // a range
      const literal = String.fromCodePoint(this.source.codePointAt(this.at)!);
      this.at += literal.length;
      chars.push(literal);
    }
    if (this.source[this.at] !== ']') throw new Unreadable();
    this.at++;
    return plain && chars.length > 0 && chars.length <= MAX_CLASS_CHARS ? [chars] : [];
  }

  /** An escape: a literal character (\., \u3000), or a class or assertion that requires nothing. */
  private escape(): { literal?: string; chars?: readonly string[]; requirement: Requirement } {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new Unreadable();
    const none = { requirement: [] };
    // \s is one of a known few characters: a set of them, alone or in a class ([\s·]+ between menu items).
    if (next === 's') {
      this.at += 2;
      return { chars: WHITESPACE, requirement: [[...WHITESPACE]] };
    }
    if ('dDSwWbB'.includes(next)) {
      this.at += 2;
      return none;
    }
    if (next === 'p' || next === 'P' || next === 'k') {
      const close = this.source.indexOf(next === 'k' ? '>' : '}', this.at);
      if (close < 0) throw new Unreadable();
      this.at = close + 1;
      return none;
    }
    if (/[1-9]/.test(next)) {
      this.at += 2;
      while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
      return none;
    }
    const control: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (control[next] !== undefined) {
      this.at += 2;
      return { literal: control[next], requirement: [] };
    }
    if (next === 'u' && this.source[this.at + 2] === '{') {
      const close = this.source.indexOf('}', this.at);
      if (close < 0) throw new Unreadable();
      const literal = String.fromCodePoint(parseInt(this.source.slice(this.at + 3, close), 16));
      this.at = close + 1;
      return { literal, requirement: [] };
    }
    if (next === 'u' || next === 'x') {
      const digits = next === 'u' ? 4 : 2;
      const hex = this.source.slice(this.at + 2, this.at + 2 + digits);
      if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) throw new Unreadable();
      this.at += 2 + digits;
      return { literal: String.fromCharCode(parseInt(hex, 16)), requirement: [] };
    }
    // Any other letter or digit escape (\c, \q) is not read; a punctuation mark escaped is itself.
    if (/[A-Za-z0-9]/.test(next)) throw new Unreadable();
    const literal = String.fromCodePoint(this.source.codePointAt(this.at + 1)!);
    this.at += 1 + literal.length;
    return { literal, requirement: [] };
  }
}

/**
 * The UTF-16 units of one line, as bits (8 kB, reused): marked, asked about
 * for every rule, then cleared unit by unit (no table is refilled per line).
 */
export class LineUnits {
  private readonly words = new Uint32Array(0x10000 >>> 5);
  private line = '';

  mark(line: string): void {
    this.line = line;
    for (let i = 0; i < line.length; i++) {
      const unit = line.charCodeAt(i);
      this.words[unit >>> 5]! |= 1 << (unit & 31);
    }
  }

  clear(): void {
    const { line } = this;
    for (let i = 0; i < line.length; i++) this.words[line.charCodeAt(i) >>> 5] = 0;
    this.line = '';
  }

  /** Every set has a literal whose units the line all holds (a line holding the literal holds its units). */
  mayHold(requirement: Requirement): boolean {
    for (let k = 0; k < requirement.length; k++) {
      const set = requirement[k]!;
      let held = false;
      for (let j = 0; j < set.length && !held; j++) held = this.holdsUnits(set[j]!);
      if (!held) return false;
    }
    return true;
  }

  private holdsUnits(literal: string): boolean {
    for (let i = 0; i < literal.length; i++) {
      const unit = literal.charCodeAt(i);
      if ((this.words[unit >>> 5]! & (1 << (unit & 31))) === 0) return false;
    }
    return true;
  }
}
