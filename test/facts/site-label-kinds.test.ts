import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 二、建设地点：某县某镇、某镇: a project document's label line names where its project is built;
// an amount naming no place of its own takes that site before the document's subject (GUIDELINES:
// the most specific place). Invented texts.

const whereOf = (text: string) => factsOf(text, '2023-05-01').map((f) => f.where.map((p) => p.path));

const REPLY = [
  '宾川县发展和改革局关于宾川县蔬菜基地项目的批复',
  '宾川县农业农村局：',
  '一、原则同意宾川县蔬菜基地项目可行性研究报告。',
  '二、建设地点：宾川县平川镇、金牛镇等2个乡镇。',
  '三、估算总投资：项目总投资300万元，资金来源为上级专项资金。',
].join('\n');

describe("a project's site named by a label line", () => {
  it('an amount naming no place takes the site, not the county named most', () => {
    expect(whereOf(REPLY)).toEqual([['云南省/大理白族自治州/宾川县/平川镇', '云南省/大理白族自治州/宾川县/金牛镇']]);
  });

  it('an amount naming its own place keeps it', () => {
    expect(whereOf(`${REPLY}\n四、另安排祥云县配套资金50万元。`)[1]).toEqual(['云南省/大理白族自治州/祥云县']);
  });

  it('not a place after another label (通讯地址 is no site)', () => {
    const text = REPLY.replace('建设地点', '通讯地址');
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州/宾川县']]);
  });
});
