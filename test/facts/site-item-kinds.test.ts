import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A notice of several projects, each with its own labelled site (GUIDELINES, facts: where is the most
// specific place the money goes to), in invented sentences.

describe('each project of a notice takes its own site', () => {
  it('建设范围：… before each project’s amount: the villages of that project, not the first one’s', () => {
    const facts = factsOf(
      '礼县2024年农田建设项目公示\n(一)东片项目\n1、建设范围:项目区涉及礼县石桥镇王坪村、田坪村,共2个行政村。\n2、投资规模:项目总投资1200万元。\n(二)西片项目\n1、建设范围:项目区涉及礼县马河乡郭河村、胡集村,共2个行政村。\n2、投资规模:项目总投资900万元。',
    );
    expect(facts[0]!.where.map((w) => w.path.split('/').pop())).toEqual(['王坪村', '田坪村']);
    expect(facts[1]!.where.map((w) => w.path.split('/').pop())).toEqual(['郭河村', '胡集村']);
  });

  it('an amount before any site label still takes the first site', () => {
    const facts = factsOf('礼县农田建设项目公示\n项目总投资1200万元。\n建设地点:礼县石桥镇王坪村。');
    expect(facts[0]!.where.map((w) => w.path.split('/').pop())).toEqual(['王坪村']);
  });
});
