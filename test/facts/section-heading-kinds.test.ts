import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A project notice's section heading names a project with its year ((一)某县2023年…项目), and its
// numbered items (1、… 2、…) give the amounts: they take the heading's year (GUIDELINES, facts), in
// invented sentences.

describe('numbered items under a dated section heading', () => {
  it('an amount of an item takes the year of its section heading, past undated items', () => {
    const facts = factsOf('公示\n(一)某县2023年饮水安全项目(东乡)\n1、建设地点:东乡三个村。\n2、投资规模:总投资860万元。', '2023-05-01');
    expect(facts.map((f) => f.when)).toEqual(['2023']);
  });

  it('each section its own year', () => {
    const facts = factsOf('公示\n(一)某县2022年饮水安全项目(东乡)\n1、投资规模:总投资500万元。\n(二)某县2023年饮水安全项目(西乡)\n1、投资规模:总投资700万元。', '2023-05-01');
    expect(facts.map((f) => f.when)).toEqual(['2022', '2023']);
  });

  it('an item not under a numbered section heading takes nothing from a line above', () => {
    const facts = factsOf('公示\n某县2023年饮水安全项目情况如下。\n项目说明见附件。\n1、投资规模:总投资860万元。', '2023-05-01');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });
});
