import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Givers that are people's bodies and members' associations, and individuals who give
// (GUIDELINES, facts: associations by name as written; individuals and unnamed groups [];
// donor places are not where), in invented sentences.

const whoOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.who);
const whereOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.where.map((w) => w.path));

describe("people's bodies and members' associations", () => {
  it('a returned overseas Chinese federation gives by its name, and its province is not where', () => {
    const text = '活动期间，江西省侨联向赣州市于都县捐赠价值50万元的物资。';
    expect(whoOf(text)).toEqual([['江西省侨联']]);
    expect(whereOf(text)).toEqual([['江西省/赣州市/于都县']]);
  });

  it('a promotion association opened by a province gives by its name, not as the province', () => {
    expect(whoOf('湖南省青年企业家促进会向龙山县捐赠30万元。')).toEqual([['湖南省青年企业家促进会']]);
  });

  it('a branch of a chamber named after a city gives by its name; the city of the branch is not where', () => {
    const text = '12月5日，县商会长沙分会会长一行来到石门村，现场捐赠帮扶资金8万元。王某对县商会长沙分会的帮扶表示感谢。';
    expect(whoOf(text)).toEqual([['县商会长沙分会']]);
    expect(whereOf(text)).toEqual([[]]);
  });

  it('the person acting for a body is no part of its name', () => {
    expect(whoOf('活动期间，王某某代表江西省侨联向于都县捐赠价值50万元的物资。')).toEqual([['江西省侨联']]);
  });

  it('a hall of a meeting named after a city is no body', () => {
    expect(whoOf('在长治分会场，襄垣县与一家企业签约，投资5亿元。')).toEqual([[]]);
  });
});

describe('individuals who give', () => {
  it('a gentleman giving to a charity named after 向 gives as an individual, even under the title of an association', () => {
    expect(whoOf('捐赠仪式上，广东梅州同乡会会长李明达先生向梅州市慈善总会捐赠5万元。')).toEqual([[]]);
  });

  it('the places in the name of the association a donor heads are not where the money goes', () => {
    const text = '捐赠仪式在梅州市举行，台湾梅州同乡会会长李明达先生向梅州市慈善总会捐赠5万元。';
    expect(whereOf(text)).toEqual([['广东省/梅州市']]);
    expect(whoOf(text)).toEqual([[]]);
  });

  it('a charity named after its city still receives in that city', () => {
    expect(whereOf('华兴集团向梅州市红十字会捐赠5万元。')).toEqual([['广东省/梅州市']]);
  });

  it('the head of an association signing a donation gives as an individual, not the association', () => {
    expect(whoOf('昨天，旅美浙江同乡会会长李某某在向浙江捐助建设学校协议书上签名，捐助款总额将达3000万元。')).toEqual([[]]);
  });

  it('a head acting for the company (代表公司) hands over what the company gives', () => {
    expect(whoOf('华腾公司董事长助理王某某代表公司向县慈善总会移交200万元捐赠支票。')).toEqual([['华腾公司']]);
  });

  it('the city council of civil affairs is no townsperson', () => {
    expect(whoOf('日前，梅州市民政局拨付救助资金120万元，用于平远县受灾群众生活救助。')).toEqual([['广东省/梅州市']]);
  });

  it('an organisation listed with an alumnus before 向 still gives', () => {
    expect(whoOf('今天上午，华腾控股集团及王志明校友向东海大学整体捐赠7亿元。')).toEqual([['华腾控股集团']]);
  });

  it('a townsman giving is an individual: the company of the sentence before is not carried', () => {
    expect(whoOf('河源市华兴集团向平远县捐赠200万元。一位不愿留名的李姓市民捐款50万元。')).toEqual([['河源市华兴集团'], []]);
  });

  it('aid cadres who invest act for their team, not as individuals', () => {
    expect(whoOf('十年来，天津市先后派出援青干部120名，累计投入对口支援资金8亿元。')).toEqual([['天津市']]);
  });
});

describe('unnamed groups in a list of givers', () => {
  it('all walks of society giving in their own clause are unnamed; the province of the clauses before keeps its shares', () => {
    expect(whoOf('10年来，浙江省级财政援助资金2亿元，结对市县援助3亿元，社会各界捐助折款1亿元，用于支持当地产业。')).toEqual([
      ['浙江省'],
      ['浙江省'],
      [],
    ]);
  });
});

describe('the event the sentence before dates', () => {
  const whenOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.when);

  it('此次 and 本次 speak of the signing dated just before', () => {
    expect(whenOf('3月8日上午，宁远县举行重大项目集中签约仪式。此次集中签约项目共20个，总投资120亿元。本次签约的项目中，工业项目12个，总投资80亿元。')).toEqual([
      '2023-03-08',
      '2023-03-08',
    ]);
  });

  it('a yearly figure once the works run (年创税收) takes no carried date', () => {
    expect(whenOf('3月8日上午，宁远县举行重大项目集中签约仪式。此次签约项目共20个，总投资120亿元，预计全部建成达产后可年创税收3亿元。')).toEqual([
      '2023-03-08',
      null,
    ]);
  });

  it('without 此次 an undated sentence after a dated event carries no date', () => {
    expect(whenOf('3月8日上午，宁远县举行重大项目集中签约仪式。签约项目共20个，总投资120亿元。')).toEqual([null]);
  });
});

describe('funds named by their levels', () => {
  it('a central fund with the words of its full name between 中央 and the amount is given by 中央', () => {
    expect(whoOf('省财政厅日前下达补助资金30亿元。其中，安排中央衔接资金6亿元支持易地扶贫搬迁后续扶持。')[1]).toEqual(['中央']);
  });

  it('central and provincial levels joined before one fund name both give', () => {
    expect(whoOf('近日，湖南省财政厅提前下达2024年中央和省级财政衔接推进乡村振兴补助资金150亿元。')).toEqual([['中央', '湖南省']]);
  });

  it('each source of a fund list is given by its level', () => {
    expect(whoOf('2022年宁远县安排财政专项扶贫资金8000万元。其中，中央及省级财政扶贫发展资金1200万元，市级财政专项扶贫资金600万元。').slice(1)).toEqual([
      ['中央', '湖南省'],
      ['湖南省/永州市'],
    ]);
  });

  it("in aid from another province, a fund named by its level alone is the giver's province", () => {
    expect(whoOf('长沙市、株洲市对口支援山南市。12年来，共筹措援藏专项资金4亿元，其中省级财政2.15亿元，用于基础设施建设。')[1]).toEqual(['湖南省']);
  });

  it("one fund's name gives its own amount only: the next sentence's amount is not carried 中央", () => {
    expect(whoOf('省财政厅日前下达补助资金30亿元。其中，安排中央衔接资金6亿元支持易地扶贫搬迁后续扶持。安排易地扶贫搬迁还本付息资金8亿元，支持融资偿还。')).toEqual([
      [],
      ['中央'],
      [],
    ]);
  });

  it('a class of provincial projects is no provincial fund', () => {
    expect(whoOf('湖南省省级重点项目投资5亿元。')).toEqual([[]]);
  });
});
