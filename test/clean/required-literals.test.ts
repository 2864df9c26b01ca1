import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBoilerplateRules, matchBoilerplate } from '../../src/clean/boilerplate';
import { LineUnits, requiredLiterals } from '../../src/clean/required-literals';
import { RuleSet } from '../../src/rules/loader';

describe('requiredLiterals', () => {
  it('reads a run of literal characters as one literal, and a group of words as alternatives', () => {
    expect(requiredLiterals(/^.{0,8}(?:声明|公告)与本站无关$/u)).toEqual([['声明', '公告'], ['与本站无关']]);
  });

  it('drops what may be absent: optional atoms, zero-repeat atoms and negative lookarounds', () => {
    expect(requiredLiterals(/^(?:下载)?客户端(?!吧)(?<!啊)x*$/u)).toEqual([['客户端']]);
  });

  it('requires what a positive lookaround needs: it reads the line, though it consumes nothing', () => {
    expect(requiredLiterals(/^客户端(?=看新闻)$/u)).toEqual([['客户端'], ['看新闻']]);
    expect(requiredLiterals(/^(?=.*(?:首页|频道))(?<=甲)/u)).toEqual([['首页', '频道'], ['甲']]);
  });

  it('reads \\s as the set of characters it matches, alone or in a class', () => {
    const [alone] = requiredLiterals(/^甲\s乙$/u).filter((set) => set.length > 1);
    expect(new Set(alone)).toEqual(new Set([...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((c) => /\s/u.test(c))));
    expect(requiredLiterals(/^(?:[\s·]+甲){2}$/u)[0]).toContain('·');
    expect(requiredLiterals(/^(?:[\s·]+甲){2}$/u)[0]).toContain('\u3000');
  });

  it('ends a run at a repeated character, whose next character need not follow it', () => {
    expect(requiredLiterals(/^甲乙+丙$/u)).toEqual([['甲乙'], ['丙']]);
  });

  it('reads a small class of plain characters as one-character alternatives, and nothing of a negated class or a range', () => {
    expect(requiredLiterals(/^[:：]标题/u)).toEqual([[':', '：'], ['标题']]);
    expect(requiredLiterals(/^[^:：]+$/u)).toEqual([]);
    expect(requiredLiterals(/^[a-c]$/u)).toEqual([]);
  });

  it('takes from each branch of an alternation its most telling set, and nothing where one branch requires nothing', () => {
    expect(requiredLiterals(/^(?:甲\s*乙丙|丁)$/u)).toEqual([['乙丙', '丁']]);
    expect(requiredLiterals(/^(?:甲|\d+)$/u)).toEqual([]);
  });

  it('reads escapes of punctuation and code units as the characters they stand for', () => {
    expect(requiredLiterals(/^\[\u7f16\u8f91\]/u)).toEqual([['[编辑]']]);
  });

  it('requires nothing of a pattern it does not read (case-insensitive, unknown escapes)', () => {
    expect(requiredLiterals(/^版权/iu)).toEqual([]);
    expect(requiredLiterals(new RegExp('^\\cJ版权'))).toEqual([]);
  });
});

describe('LineUnits', () => {
  it('holds a literal whose units the line all holds, and forgets the line once cleared', () => {
    const units = new LineUnits();
    units.mark('本文来源：某某网');
    expect(units.mayHold([['来源', '出处'], ['网']])).toBe(true);
    expect(units.mayHold([['出处']])).toBe(false);
    units.clear();
    expect(units.mayHold([['来源']])).toBe(false);
  });
});

describe('boilerplate rules with their required literals', () => {
  const rules = loadBoilerplateRules(RuleSet.withUserDir());
  const fixtureSets = ['articles', 'dev/articles', 'holdout/articles', 'fresh/articles', 'html'];
  for (let n = 2; n <= 16; n++) fixtureSets.push(`fresh${n}/articles`);

  /** Every trimmed line of the open fixture sets. */
  function fixtureLines(): string[] {
    const lines: string[] = [];
    for (const set of fixtureSets) {
      const dir = path.join(__dirname, '..', '..', 'fixtures', set);
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir)) {
        const full = path.join(dir, file);
        if (!fs.statSync(full).isFile()) continue;
        for (const line of fs.readFileSync(full, 'utf8').split(/\r?\n/)) if (line.trim() !== '') lines.push(line.trim());
      }
    }
    return lines;
  }

  it('never skips a rule on a line it matches', () => {
    const units = new LineUnits();
    const required = rules.map((rule) => requiredLiterals(rule.pattern));
    let matched = 0;
    for (const line of fixtureLines()) {
      units.mark(line);
      rules.forEach((rule, k) => {
        if (!rule.pattern.test(line)) return;
        matched++;
        expect(units.mayHold(required[k]!), `${rule.pattern.source} on ${line}`).toBe(true);
      });
      units.clear();
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('finds the first matching rule, as trying every rule in order does', () => {
    for (const line of [...fixtureLines(), '责任编辑：某某', '扫码下载客户端', '首页 > 新闻 > 正文', '版权所有 © 某某网', '普通的一句正文，说的是别的事。']) {
      expect(matchBoilerplate(line, rules)).toBe(rules.find((rule) => rule.pattern.test(line)));
    }
  });
});
