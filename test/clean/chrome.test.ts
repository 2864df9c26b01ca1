import { describe, expect, it } from 'vitest';
import { loadBoilerplateRules, matchBoilerplate } from '../../src/clean/boilerplate';
import { cleanText } from '../../src/clean/index';
import { MappedText } from '../../src/clean/mapped-text';
import { dropMenuBlocks, MENU_BLOCK_LINES } from '../../src/clean/menu-blocks';
import { RuleSet } from '../../src/rules/loader';

// Page chrome of crawled news pages (navigation, breadcrumbs, page tools, site
// headers and footers) is dropped; article sentences with the same words stay.
// Every example here is written for the test, not taken from a page.

const rules = loadBoilerplateRules(RuleSet.withUserDir());
const reasonOf = (line: string) => matchBoilerplate(line, rules)?.reason;
const clean = (lines: string[]) => cleanText(lines.join('\n'), rules);
const expectKept = (lines: string[]) => {
  for (const line of lines) expect(reasonOf(line), line).toBeUndefined();
};
const expectDropped = (cases: Array<[string, RegExp]>) => {
  for (const [line, reason] of cases) expect(reasonOf(line), line).toMatch(reason);
};

describe('breadcrumbs', () => {
  it('drops a breadcrumb after its "you are here" label, with > or >> marks, or two items led by the site', () => {
    expectDropped([
      ['当前位置：首页 > 本地要闻', /breadcrumb/],
      ['您现在的位置: 某某网', /breadcrumb/],
      ['当前位置 > 走进某州', /breadcrumb/],
      ['首页>> 新闻中心>> 县区动态', /breadcrumb/],
      ['某某新闻网 甘肃>社会', /breadcrumb/],
      ['四川 > 要闻', /breadcrumb/],
    ]);
  });

  it('keeps sentences and comparisons with a > mark or a position', () => {
    expectKept([
      '今年收入 > 去年收入',
      '江西 > 湖南',
      '当前位置偏远的村庄，道路建设投资达3000万元。',
      '该县所在位置处于两省交界，交通便利。',
    ]);
  });
});

describe('site headers, footers and profiles', () => {
  it('drops a welcome line, the portal\'s name, who runs the site and its registration', () => {
    expectDropped([
      ['欢迎访问某省农业信息网！', /welcome/],
      ['某某自治区人民政府门户网站', /portal/],
      ['主办单位：某某县人民政府办公室', /runs the site/],
      ['技术支持：某某信息科技有限公司', /runs the site/],
      ['主办：某市人民政府 承办：某市大数据中心', /runs the site/],
      ['网站标识码：0000000000 某公网安备00000000000000号', /registration/],
      ['某某网是由中共某某市委宣传部主办的综合性新闻网站，是某某市的重点新闻网站。', /site profile/],
      ['国家某某委员会主管 某某报社主办', /masthead/],
    ]);
  });

  it('keeps article sentences about welcomes, portals, organisers and support', () => {
    expectKept([
      '欢迎来到高原小城，游客们说。',
      '欢迎广大市民积极参与。',
      '该县政府门户网站全年发布信息1.2万条。',
      '本次活动由某市文旅局主办，某县人民政府承办，吸引游客3万人次。',
      '省财政给予技术支持资金300万元。',
      '某某网记者从县发改局获悉，项目由县城投公司承办，总投资2亿元。',
    ]);
  });
});

describe('page tools, share bars, counters and QR prompts', () => {
  it.each([
    '【打印本页】【关闭窗口】',
    '[ 打印 ] [ 关闭 ]',
    '【字体：大 中 小】',
    '字号：',
    '大中小',
    '分享到：',
    '分享到： 微信 微博 QQ空间',
    '浏览次数：1024',
    '2048次浏览',
    '扫一扫在手机打开当前页',
  ])('drops "%s"', (line) => {
    expect(reasonOf(line)).toBeDefined();
  });

  it('keeps article sentences that print, close, share, browse or scan', () => {
    expectKept([
      '工厂去年关闭后，村里新建了合作社。',
      '分享经验的村干部说，全村年收入增加80万元。',
      '网页浏览量同比增长35%。',
      '扫一扫二维码，就能查到这批苹果来自哪个果园。',
      '游客扫一扫就能付款，景区年收入增加120万元。',
    ]);
  });
});

describe('navigation bars between spaces', () => {
  it('drops six or more short link labels between spaces when a site word is among them', () => {
    expect(reasonOf('网站首页 政务公开 办事服务 互动交流 走进某县 专题专栏')).toMatch(/navigation bar/);
    expect(reasonOf('某省政府网 某市政府网 English 市人大 市政协 市纪委')).toMatch(/navigation bar/);
  });

  it("drops the site's list of city sub-sites, under its label or between spaces", () => {
    expect(reasonOf('城市分站：北京 上海 广州 深圳 成都 武汉 西安')).toMatch(/sub-sites/);
    expect(reasonOf('切换城市')).toMatch(/sub-sites/);
    expect(reasonOf('北京站 上海站 广州站 深圳站 成都站 武汉站')).toMatch(/navigation bar/);
  });

  it('keeps a sentence about popular cities and a list of cities in a sentence', () => {
    expect(reasonOf('热门城市：三亚、成都酒店入住率上升30%')).toBeUndefined();
    expect(reasonOf('北京 上海 广州 深圳 成都 武汉')).toBeUndefined();
  });

  it('drops a weather widget under its label, keeps a weather sentence', () => {
    expect(reasonOf('今日天气：多云 18℃~26℃')).toMatch(/weather/);
    expect(reasonOf('天气预报：')).toMatch(/weather/);
    expect(reasonOf('据天气预报，明天全市多云，气温18℃至26℃。')).toBeUndefined();
    expect(reasonOf('今日天气晴好，游客达2万人次。')).toBeUndefined();
  });

  it('keeps a byline of many names, a list of people, OCR spaces and short headlines', () => {
    expectKept([
      '某某日报记者 张明 王丽 李强 赵刚 陈静 刘洋',
      '出席会议的有 张明 王丽 李强 赵刚 陈静 刘洋',
      '三 十 个 百 分 点',
      '山海同心 援建新城 谱写新篇',
    ]);
  });
});

describe('page end', () => {
  it('ends the article at a "copyright belongs to" notice in its second half', () => {
    const body = ['某县今年投入资金2亿元改造老旧小区。', '改造涉及居民3000户，年底完工。', '县住建局表示将加强质量监管。'];
    const cleaned = clean([...body, '（本文版权归某某广播电视台所有，转载请注明出处）', '责任编辑：某某', '某市新建学校5所']);
    expect(cleaned.text).toContain('县住建局');
    expect(cleaned.text).not.toContain('学校5所');
  });

  it('ends the article at a link to the previous or next story', () => {
    const body = ['某镇投资500万元修建村道。', '道路全长12公里，惠及群众8000人。', '镇政府表示项目年内完工。'];
    const cleaned = clean([...body, '上一篇：某县新增就业岗位2万个', '下一篇：某市举办农产品展销会']);
    expect(cleaned.text).toContain('镇政府');
    expect(cleaned.text).not.toContain('2万个');
  });

  it('keeps sentences about copyright ownership and previous chapters', () => {
    expect(matchBoilerplate('合同约定，成果版权归双方共同所有。', rules)).toBeUndefined();
    expect(matchBoilerplate('上一篇章讲到，该县曾是贫困县。', rules)).toBeUndefined();
    expect(matchBoilerplate('【下一篇】某县新增就业岗位2万个', rules)?.endsPage).toBe(true);
    expect(matchBoilerplate('回顾上一篇报道中提到的项目，如今已投入使用。', rules)).toBeUndefined();
  });
});

describe('a list of regions between spaces', () => {
  const rules = loadBoilerplateRules(RuleSet.withUserDir());
  it("drops a site's regional channels, with or without their label", () => {
    expect(matchBoilerplate('地方: 河北 山西 内蒙古 辽宁 吉林 江苏 浙江 安徽 福建 江西 山东', rules)?.reason).toMatch(/list of regions/);
    expect(matchBoilerplate('河北 山西 内蒙古 辽宁 吉林 江苏 浙江 安徽 福建 江西', rules)?.reason).toMatch(/list of regions/);
  });

  it('keeps a short list, a table row with figures and a sentence', () => {
    expect(matchBoilerplate('河北 山西 辽宁 吉林 江苏', rules)).toBeUndefined();
    expect(matchBoilerplate('地区 河北 山西 辽宁 吉林 江苏 浙江 安徽 福建 江西 1200', rules)).toBeUndefined();
    expect(matchBoilerplate('河北、山西、辽宁、吉林、江苏、浙江、安徽、福建、江西、山东等省份参加。', rules)).toBeUndefined();
  });
});

describe('dropMenuBlocks', () => {
  const lines = (...texts: string[]) => texts.map((text) => MappedText.fromOriginal(text));
  const menu = ['首页', '新闻', '政务公开', '某市概况', '某市年鉴', '办事服务', '互动交流', '联系我们'];

  it(`drops a run of ${MENU_BLOCK_LINES} or more short link lines`, () => {
    const result = dropMenuBlocks(lines(...menu, '某局表示，今年共向500家企业发放补贴2亿元。'));
    expect(result.dropped.map((line) => line.text)).toEqual(menu);
    expect(result.kept.map((line) => line.text)).toEqual(['某局表示，今年共向500家企业发放补贴2亿元。']);
  });

  it('keeps short runs: a headline, a dateline, a short poem or list, lines with figures', () => {
    const short = ['近日', '农业农村部公布', '试点名单', '某区某镇', '获批资金', '一期工程', '首批村庄'];
    expect(dropMenuBlocks(lines(...short, '资金共4000万元。')).dropped).toEqual([]);
    const withFigures = ['第1名', '第2名', '第3名', '第4名', '第5名', '第6名', '第7名', '第8名', '第9名'];
    expect(dropMenuBlocks(lines(...withFigures)).dropped).toEqual([]);
    const sentences = ['山高。', '水长。', '路远。', '人勤。', '春早。', '花开。', '果香。', '年丰。'];
    expect(dropMenuBlocks(lines(...sentences)).dropped).toEqual([]);
  });

  it('keeps a run of short lines between two lines of article text: a table laid out one cell a line', () => {
    const column = ['地区', '甲市', '乙市', '丙县', '丁县', '戊区', '己区', '庚县', '辛县'];
    const result = dropMenuBlocks(lines('各地投入资金如下，单位万元。', ...column, '以上资金均已拨付到位。'));
    expect(result.dropped).toEqual([]);
    const below = dropMenuBlocks(lines('某局表示，今年共发放补贴2亿元。', ...menu));
    expect(below.dropped.map((line) => line.text)).toEqual(menu);
  });

  it('keeps the article from being joined onto the menu above it', () => {
    const cleaned = clean([...menu, '某局表示，今年共向500家企业发放补贴', '2亿元，较去年增加一成。']);
    expect(cleaned.text).toBe('某局表示，今年共向500家企业发放补贴2亿元，较去年增加一成。');
    expect(cleaned.report.filter((entry) => /site menu/.test(entry.reason))).toHaveLength(menu.length);
  });
});

describe('site banner', () => {
  const notice = ['某某县人民政府', '关于做好春耕生产的通知', '各乡镇：今年全县安排春耕资金800万元，请抓好落实。'];

  it("drops a government site's name on the page's first line", () => {
    const cleaned = clean(notice);
    expect(cleaned.text).not.toContain('某某县人民政府');
    expect(cleaned.report[0]?.reason).toMatch(/banner/);
  });

  it('keeps the same name as a signature, inside a line, or as the whole text', () => {
    const signed = clean([...notice.slice(1), '某某县人民政府', '2024年3月1日']);
    expect(signed.text).toContain('某某县人民政府');
    expect(clean(['某某县人民政府关于做好春耕生产的通知', notice[2]!]).text).toContain('某某县人民政府关于');
    expect(clean(['某某县人民政府']).text).toBe('某某县人民政府');
  });
});
