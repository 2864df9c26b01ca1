import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Company names longer than the usual reach, contractors paid under a contract, and sums of what was
// signed (GUIDELINES, facts; NOTES 21: signing totals have no giver), in invented sentences.

describe('long company names', () => {
  it('a company name a little longer than the reach runs back to its name break', () => {
    const facts = factsOf('标题\n在昨天举行的捐赠仪式上，金凤凰山房地产开发集团有限公司通过区慈善总会捐赠设立2亿元的助学基金。');
    expect(facts[0]!.who).toEqual(['金凤凰山房地产开发集团有限公司']);
  });

  it('but not back past another company’s name (某公司董事长…代表公司)', () => {
    const facts = factsOf('标题\n仪式上，恒丰公司董事长助理王某某代表公司向学校捐赠200万元。');
    expect(facts[0]!.who.join()).not.toContain('恒丰公司董事长');
  });
});

describe('contractors', () => {
  it('companies named after 与 in a contract are paid, neither they nor a place in their names give', () => {
    const facts = factsOf('标题\n经批准，市政府许可与华信工程咨询有限公司/宏达建筑及设计师有限公司香港分公司订立提供监理服务的合同，金额为900万元。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('a company signing a contract before 与 still gives what it invests', () => {
    const facts = factsOf('标题\n甲方建设集团有限公司与县政府签订合同，投资900万元建设农贸市场。');
    expect(facts[0]!.who).toEqual(['甲方建设集团有限公司']);
  });
});

describe('sums of what was signed', () => {
  it('金额总计 after a signing verb has no giver, though companies are named before it', () => {
    const facts = factsOf('标题\n今年以来，东方电气集团、华菱钢铁集团等9家企业先后表达投资意向，与我市签订合作项目7个，金额合计86亿元。');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('what is no part of a name', () => {
  it('a short name after 以下简称 stands for the name written before it', () => {
    const facts = factsOf('标题\n“鲁南春晖助学基金”(以下简称基金)设立于2012年，截至2022年底，该基金已累计列支8000余万元，用于资助困难学生。');
    expect(facts[0]!.who).toEqual(['鲁南春晖助学基金']);
  });

  it('a signing verb ends no name: the company that signs gives', () => {
    const facts = factsOf('标题\n东岳置业集团有限公司决定继续与县慈善总会续约签订基金捐赠合同，设定基金母本金额为5000万元。');
    expect(facts[0]!.who).toEqual(['东岳置业集团有限公司']);
  });

  it('a person from a county (某县人士) makes the county neither giver nor where', () => {
    const facts = factsOf('标题\n昨天，温县人士、旅美河南同乡会会长李某某在向河南捐助建设学校协议书上签名，捐助款总额将达3000万元。');
    expect(facts[0]!.who).toEqual([]);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['河南省']);
  });
});

describe('a company named in a breakdown', () => {
  it('其中包括某某有限公司…: the name starts after the breakdown word', () => {
    const facts = factsOf('标题\n据介绍，县慈善会此次共筹集到95万元的救灾物资，其中包括湖北远航制药有限公司30万元药品，武汉光谷商会10万元物资等。');
    expect(facts.find((f) => f.text === '30万元')!.who).toEqual(["湖北远航制药有限公司"]);
  });
});

describe('a clause opening on the signing', () => {
  it('…，签约协议资金近…: what was signed has no giver though the sentence names one', () => {
    const facts = factsOf('标题\n五年来，福建省累计投入帮扶资金8.2亿元，实施项目120个，签约协议资金近60亿元。');
    expect(facts.find((f) => f.text === '8.2亿元')!.who).toEqual(['福建省']);
    expect(facts.find((f) => f.text === '60亿元')!.who).toEqual([]);
  });

  it('签约项目投资… still has its investor (a giving verb after the signing)', () => {
    const facts = factsOf('标题\n会上，福建省某某集团签约项目投资12亿元。');
    expect(facts[0]!.who).not.toEqual([]);
  });
});
