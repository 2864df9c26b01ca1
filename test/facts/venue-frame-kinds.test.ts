import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Signings held elsewhere (GUIDELINES notes 15: venues are not where): a frame opened by 在 and the
// venue places and closed by 上, 中 or 后 before a signing word, in invented sentences.

const whereOf = (text: string) => factsOf(`定西市安定区招商引资成效明显\n${text}`).map((f) => f.where.map((w) => w.path));

describe('signings listed by the cities where they were held', () => {
  it('places of a frame closed by 后 or 上 before the signing are venues, the article subject is where', () => {
    const where = whereOf('安定区今年外出招商成效明显。其中，在杭州、宁波等地考察洽谈后，签订合作协议项目5个，签约额20亿元；在广州的招商推介会上签订协议项目3个，签约额8亿元。');
    expect(where).toEqual([['甘肃省/定西市/安定区'], ['甘肃省/定西市/安定区']]);
  });

  it('a list after 在 with an item the gazetteer lacks is still a venue list', () => {
    const where = whereOf('安定区今年外出招商成效明显。其中，在西安、某某、银川等地的专题招商活动中，签订框架协议4个，签约金额6亿元。');
    expect(where).toEqual([['甘肃省/定西市/安定区']]);
  });

  it('a project to be built in a place named after 在 is where, with no signing', () => {
    const where = whereOf('某集团计划在安定区香泉镇建设中药材加工厂，总投资2亿元。');
    expect(where).toEqual([['甘肃省/定西市/安定区/香泉镇']]);
  });
});
