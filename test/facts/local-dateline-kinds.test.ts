import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A local paper's dateline names no day (本报某市讯（记者某某）…): the place opening the paragraph
// is where the paper files from, not where the money goes (GUIDELINES, facts: where), unless the
// text names it again (a county paper's own county). Invented sentences.

const pathsOf = (text: string) => factsOf(text, '').map((f) => f.where.map((p) => p.path));

describe('a dateline with no day (本报某市讯)', () => {
  it('is no destination of a province-wide fund', () => {
    expect(pathsOf('本报昆明讯（记者李明）8月3日，记者从省财政厅获悉，近日云南下达农村公路养护资金5.6亿元，用于全省道路养护。')).toEqual([['云南省']]);
  });

  it('nor lends its city to the breakdown that follows', () => {
    const paths = pathsOf('本报昆明讯（记者李明）近日云南下达农村公路养护资金5.6亿元。\n其中，县道项目40个，总投资2.1亿元；乡道项目60个，总投资1.3亿元。');
    expect(paths).toEqual([['云南省'], ['云南省'], ['云南省']]);
  });

  it('a county paper names its county again: the county stays the destination', () => {
    expect(pathsOf('宾川讯 今年以来，宾川县投入1200万元改造农村道路。')).toEqual([['云南省/大理白族自治州/宾川县']]);
  });

  it('a place before 讯 deep in a paragraph opens no dateline (改造广西电网): the rule reads only openings', () => {
    expect(pathsOf('标题\n记者从某公司获悉，今年该公司投入8000万元改造广西电网。')).toEqual([['广西壮族自治区']]);
  });
});

// 区 ends both an autonomous region and a district in it: a district paper's 该区 is the district.
describe('an own word of level 区 in an autonomous region', () => {
  it('该区 after the district and the region named after it is the district', () => {
    expect(pathsOf('青秀讯 今年以来，青秀区财政局围绕乡村风貌提升活动推进道路硬化，宣传广西乡村建设经验。该区今年安排资金2100万元硬化村级道路。')).toEqual([
      ['广西壮族自治区/南宁市/青秀区'],
    ]);
  });

  it('全区 of a region naming no district is the region', () => {
    expect(pathsOf('标题\n近日，自治区财政厅下达资金3亿元，用于全区村屯道路建设。广西今年将继续推进村屯道路硬化。')).toEqual([['广西壮族自治区']]);
  });
});

// A sentence naming its place only by an own word (该区) hands that place on to the next sentence
// naming none (GUIDELINES, facts: where inherited from the previous sentence). Invented sentences.
describe('a place named by an own word, carried to the next sentence', () => {
  it('该区 of one sentence goes on in the next (到…已完成投资)', () => {
    expect(
      pathsOf('青秀讯 今年以来，青秀区财政局围绕乡村风貌提升活动推进道路硬化，宣传广西乡村建设经验。该区今年安排资金2100万元硬化村级道路。到10月底，已完成投资1800万元。'),
    ).toEqual([['广西壮族自治区/南宁市/青秀区'], ['广西壮族自治区/南宁市/青秀区']]);
  });

  it('an own word as the base of a comparison (比全省平均水平) hands no province on', () => {
    const paths = pathsOf('弥勒市政府工作报告\n过去一年，弥勒市农村居民收入稳步提高。农村居民人均可支配收入比全省平均水平多2600元；全年固定资产投资突破80亿元。');
    expect(paths[1]).toEqual(['云南省/红河哈尼族彝族自治州/弥勒市']);
  });
});
