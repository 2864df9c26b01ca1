import { describe, expect, it } from 'vitest';
import { loadBoilerplateRules, matchBoilerplate } from '../../src/clean/boilerplate';
import { dropRepeatedParagraphs } from '../../src/clean/dedupe';
import { cleanText } from '../../src/clean/index';
import { isBrokenParagraph, joinBrokenSentences, looksLikeCaption } from '../../src/clean/join-breaks';
import { MappedText } from '../../src/clean/mapped-text';
import { stripMarkup } from '../../src/clean/markup';
import { normalizeNumeralMarks, normalizePunctuation, normalizeWidth, toSimplifiedChinese } from '../../src/clean/normalize';
import { RuleSet } from '../../src/rules/loader';

const mapped = (text: string) => MappedText.fromOriginal(text);
const lines = (...texts: string[]) => texts.map(mapped);

describe('normalizeWidth', () => {
  it('turns full-width digits, Latin letters and ％ into ASCII', () => {
    const { result, changed } = normalizeWidth(mapped('投资１２０亿元，ＧＤＰ增长８．５％'));
    expect(result.text).toBe('投资120亿元，GDP增长8.5%');
    expect(changed).toBe(10);
  });

  it('leaves full-width Chinese punctuation alone', () => {
    expect(normalizeWidth(mapped('你好，世界（一）')).result.text).toBe('你好，世界（一）');
  });
});

describe('normalizeNumeralMarks', () => {
  it('reads a hyphenation point between numerals as a decimal point, and a Latin O between Chinese numerals as 〇', () => {
    const { result, changed } = normalizeNumeralMarks(MappedText.fromOriginal('四百七十六‧六亿元，12‧5%，五百O七亿元'));
    expect(result.text).toBe('四百七十六点六亿元，12.5%，五百〇七亿元');
    expect(changed).toBe(3);
  });

  it('leaves the marks between anything else', () => {
    const text = '约翰‧甘迺迪，第3‧章，COVID，十O，O五';
    expect(normalizeNumeralMarks(MappedText.fromOriginal(text))).toEqual({ result: expect.objectContaining({ text }), changed: 0 });
  });
});

describe('normalizePunctuation', () => {
  it('turns half-width punctuation between Chinese characters into full-width', () => {
    expect(normalizePunctuation(mapped('青藏高原西南部,珠峰脚下,格桑花开')).result.text).toBe('青藏高原西南部，珠峰脚下，格桑花开');
    expect(normalizePunctuation(mapped('占比87.8%;民生类项目')).result.text).toBe('占比87.8%；民生类项目');
  });

  it('keeps punctuation in numbers and Latin text', () => {
    expect(normalizePunctuation(mapped('共12,000人; see: a,b')).result.text).toBe('共12,000人; see: a,b');
  });
});

describe('toSimplifiedChinese', () => {
  it('turns stray traditional characters into simplified ones', () => {
    const { result, changed } = toSimplifiedChinese(mapped('一輪輪举措，中小學生，医疗设备和技術改革'));
    expect(result.text).toBe('一轮轮举措，中小学生，医疗设备和技术改革');
    expect(changed).toBe(4);
  });

  it('does not touch simplified text', () => {
    const text = '著名的乾隆年间，援藏干部只有发展';
    expect(toSimplifiedChinese(mapped(text))).toMatchObject({ changed: 0 });
  });
});

describe('boilerplate rules', () => {
  const rules = loadBoilerplateRules(RuleSet.withUserDir());
  it.each(['扫码关注西藏商报、快搜西藏', '大众新闻客户端', '大众日报 微信', 'A04/05', '本版图片为资料图片'])('drops "%s"', (line) => {
    expect(matchBoilerplate(line, rules)).toBeDefined();
  });

  it('drops a site navigation bar: five or more short items between bars, no figures', () => {
    expect(matchBoilerplate('首页 | 要闻 | 成都 | 重庆 | 西安 | 专题', rules)?.reason).toMatch(/navigation bar/);
    expect(matchBoilerplate('网站地图｜联系我们｜关于本站｜招聘信息｜法律声明', rules)?.reason).toMatch(/navigation bar/);
    // A table's header naming a money unit in brackets heads rows of amounts: no navigation.
    expect(matchBoilerplate('序号 | 乡镇 | 项目 | 补助资金（万元） | 备注 |', rules)).toBeUndefined();
  });

  it('drops a site footer: contact fields, copyright and registration lines', () => {
    expect(matchBoilerplate('地 址：某省某市某县某镇人民路18号', rules)?.reason).toMatch(/contact footer/);
    expect(matchBoilerplate('电话:0000-12345678  传真:0000-12345679', rules)?.reason).toMatch(/contact footer/);
    expect(matchBoilerplate('某某日报社版权所有 未经授权禁止转载', rules)?.reason).toMatch(/copyright/);
    expect(matchBoilerplate('Copyright © 2001-2019 某某网 All Rights Reserved', rules)?.reason).toMatch(/copyright/);
    expect(matchBoilerplate('某ICP备12345678号-1 某公网安备 00000000000000号', rules)?.reason).toMatch(/registration/);
  });

  it('keeps body sentences that speak of an address, a phone line or copyright', () => {
    expect(matchBoilerplate('项目地址：某县某镇，总投资1.2亿元。', rules)).toBeUndefined();
    expect(matchBoilerplate('群众可拨打电话：12345反映问题，该县共受理诉求3200余件，办结率98%，群众满意度持续提升，政务服务热线成为连接党委政府和群众的桥梁。', rules)).toBeUndefined();
    expect(matchBoilerplate('该县加强版权保护，全年查处侵权案件12起。', rules)).toBeUndefined();
  });

  it('keeps table rows with figures, short lists and sentences that contain a bar', () => {
    expect(matchBoilerplate('地区 | 投资额（万元） | 2022年 | 2023年 | 增长', rules)).toBeUndefined();
    expect(matchBoilerplate('成都 | 120 | 135 | 150 | 12.5%', rules)).toBeUndefined();
    expect(matchBoilerplate('首页 | 新闻 | 正文', rules)).toBeUndefined();
    expect(matchBoilerplate('本次活动由成都、重庆两地联合举办|图为活动现场，游客们在广场上合影留念|摄影：张三|编辑：李四|审核：王五', rules)).toBeUndefined();
  });

  it("names the rule that matched, and works with a user's pattern that cannot be joined to the others", () => {
    const userRules = [
      { pattern: /^(..)\1$/u, reason: 'a doubled pair' },
      { pattern: /^广告$/u, reason: 'an ad' },
    ];
    expect(matchBoilerplate('哈哈哈哈', userRules)?.reason).toBe('a doubled pair');
    expect(matchBoilerplate('广告', userRules)?.reason).toBe('an ad');
    expect(matchBoilerplate('哈哈哈', userRules)).toBeUndefined();
    expect(matchBoilerplate('本版图片为资料图片', rules)?.reason).toBe(rules.find((r) => r.pattern.test('本版图片为资料图片'))?.reason);
  });

  it('ends the article at a related-news heading in its second half, with the list under it', () => {
    const body = ['某县今年投资1亿元建设学校。', '项目明年完工，可容纳学生1200名。', '县教育局表示将加快进度。'];
    const cleaned = cleanText([...body, '相关链接', '· 邻县投资5亿元建设新区', '· 某市新增就业3万人'].join('\n'), loadBoilerplateRules(RuleSet.withUserDir()));
    expect(cleaned.text).toContain('县教育局');
    expect(cleaned.text).not.toContain('5亿元');
    expect(cleaned.counts.boilerplateLines).toBe(3);
  });

  it('drops a breadcrumb of three or more items, keeps a sentence with one > mark', () => {
    expect(matchBoilerplate('某某网 > 援助 > 资讯', rules)?.reason).toMatch(/breadcrumb/);
    expect(matchBoilerplate('首页 › 新闻中心 › 本地新闻 › 正文', rules)?.reason).toMatch(/breadcrumb/);
    expect(matchBoilerplate('今年收入 > 去年收入', rules)).toBeUndefined();
  });

  it('drops an SEO spam line injected into crawled pages, keeps a sentence about film markets', () => {
    expect(matchBoilerplate('国产精品在线观看，日韩高清视频，欧美午夜影院，亚洲一区二区', rules)?.reason).toMatch(/SEO spam/);
    expect(matchBoilerplate('久久视频_成人影院免费_国产高清在线观看_麻豆精品 ?', rules)?.reason).toMatch(/SEO spam/);
    expect(matchBoilerplate('国产电视剧在亚洲和欧美市场的在线视频平台上播放量增长，精品内容受到欢迎。', rules)).toBeUndefined();
    expect(matchBoilerplate('亚洲、欧美、日韩等地区游客增多，国产高清视频设备出口增长', rules)).toBeUndefined();
  });

  it('keeps article sentences that mention an app or a paper', () => {
    expect(matchBoilerplate('记者通过微信联系到了当地的村干部，了解了项目进展情况。', rules)).toBeUndefined();
    expect(matchBoilerplate('大众日报淄博融媒体中心记者 孙良栋', rules)).toBeUndefined();
  });
});

describe('stripMarkup', () => {
  it('removes markdown heading marks and list bullets, keeping caption marks', () => {
    expect(stripMarkup(mapped('# 共筑幸福路 阔步向未来')).line.text).toBe('共筑幸福路 阔步向未来');
    expect(stripMarkup(mapped('- ①4月3日，山东第十批援藏干部人才')).line.text).toBe('①4月3日，山东第十批援藏干部人才');
    expect(stripMarkup(mapped('▲由吉林援建的温室大棚。')).stripped).toBe(false);
  });
});

describe('dropRepeatedParagraphs', () => {
  it('keeps the first copy of a repeated caption block and drops the rest', () => {
    const caption = '▲由吉林援建的定结县江嘎镇次多村温室大棚。';
    const { kept, dropped } = dropRepeatedParagraphs(lines('正文第一段。', caption, '正文第二段。', caption, ` ${caption}`));
    expect(kept.map((p) => p.text)).toEqual(['正文第一段。', caption, '正文第二段。']);
    expect(dropped).toHaveLength(2);
  });

  it('keeps a related-news title once where the list prints it numbered and then bare; a decimal split by OCR stays', () => {
    const title = '某市财委会通过公务员加薪3%';
    const { kept, dropped } = dropRepeatedParagraphs(lines('正文。', `8. ${title}`, title, '1小时前', '3. 5亿元投向民生', '5亿元投向民生'));
    expect(kept.map((p) => p.text)).toEqual(['正文。', `8. ${title}`, '1小时前', '3. 5亿元投向民生', '5亿元投向民生']);
    expect(dropped).toHaveLength(1);
  });

  it('keeps a crawled page\'s headline once: front matter title, heading, 原标题 line', () => {
    const headline = '全省外贸同比增长17.1%，拉动增长9.6个百分点';
    const { kept, dropped } = dropRepeatedParagraphs(
      lines(`title: '${headline}'`, 'date: 2021-09-18', headline, `<p>　　原标题：${headline}</p>`, '<p>正文第一段。</p>'),
    );
    expect(kept.map((p) => p.text)).toEqual([`title: '${headline}'`, 'date: 2021-09-18', '<p>正文第一段。</p>']);
    expect(dropped.map((d) => d.reason)).toEqual(['repeats the headline', 'repeats the headline']);
  });

  it('keeps a page title\'s headline once: <title> with the site\'s name, a link to the page, <h1>', () => {
    const headline = '全区45个投资亿元以上重点项目集中开工';
    const { kept } = dropRepeatedParagraphs(
      lines(
        `<title>${headline}- 【某某采购网】</title>`,
        `<a href="/view/1.jsp" title="${headline}">${headline}</a>`,
        `<h1>${headline}</h1>`,
        `<p><strong>今年${headline}</strong></p>`,
      ),
    );
    expect(kept.map((p) => p.text)).toEqual([`<title>${headline}- 【某某采购网】</title>`, `<p><strong>今年${headline}</strong></p>`]);
  });

  it('compares only headlines: a body paragraph repeated in other markup stays, and so does a short heading', () => {
    const { kept } = dropRepeatedParagraphs(lines('<td>100万元</td>', '<td class="b">100万元</td>', '<h1>概况</h1>', '概况'));
    expect(kept).toHaveLength(4);
  });
});

describe('joinBrokenSentences', () => {
  it('joins a sentence broken across lines (山 / 东援藏)', () => {
    const { paragraphs, joins } = joinBrokenSentences(
      lines('一茬接着一茬干。2023年是落实山', '东援藏“十四五”规划承上启下的关键之年。'),
    );
    expect(paragraphs.map((p) => p.text)).toEqual(['一茬接着一茬干。2023年是落实山东援藏“十四五”规划承上启下的关键之年。']);
    expect(joins).toHaveLength(1);
  });

  it('does not join a line without inner punctuation: it may be a headline', () => {
    const input = lines('淄博市第九批援藏工作组创造昂仁品质打响淄博品牌', '青藏高原西南部，珠峰脚下，格桑花开，彩旗舞动。');
    expect(joinBrokenSentences(input).paragraphs).toHaveLength(2);
  });

  it('joins body text broken around photo captions, moving the captions after it', () => {
    const { paragraphs, joins } = joinBrokenSentences(
      lines(
        '一方面，工作组通过壮大产业规模，推进全面脱贫与乡村振',
        '工作组在亚木乡小学项目现场调研。',
        '鲁藏百村幸福家园项目布玛村',
        '兴有效衔接。以“一村一品”方式培植特色产业，设立产业引导资金，重点扶持藏香生产和藏鸡养殖。',
      ),
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      '一方面，工作组通过壮大产业规模，推进全面脱贫与乡村振兴有效衔接。以“一村一品”方式培植特色产业，设立产业引导资金，重点扶持藏香生产和藏鸡养殖。',
      '工作组在亚木乡小学项目现场调研。',
      '鲁藏百村幸福家园项目布玛村',
    ]);
    expect(joins).toEqual([expect.objectContaining({ captionsMoved: 2 })]);
  });

  it('does not join finished sentences or headlines', () => {
    const input = lines('党建为先', '在谱写援藏新篇章中树立“长春形象”', '对口援藏，是党中央赋予长春的光荣使命。', '站在前人的肩膀上，第八批援藏工作如何开创新局？');
    expect(joinBrokenSentences(input).paragraphs.map((p) => p.text)).toEqual(input.map((p) => p.text));
  });

  it('never joins a moved caption back onto the sentence it was moved out of', () => {
    // Found by the offsets fuzz property: 四千 + the moved 八百万元 read as one amount
    // whose original characters run backwards.
    const { paragraphs } = joinBrokenSentences(lines('，投资', '八百万元', '拉萨市四千'));
    expect(paragraphs.map((p) => p.text)).toEqual(['，投资拉萨市四千', '八百万元']);
  });

  it('does not fuse a number cut at a line end with a date that opens the next line', () => {
    const input = lines('全市平均降水量达九十', '八月，多个乡镇再次出现强降雨。');
    expect(joinBrokenSentences(input).paragraphs).toHaveLength(2);
    const arabic = lines('当天最大风速达到2', '9月3日，台风减弱为热带风暴。');
    expect(joinBrokenSentences(arabic).paragraphs).toHaveLength(2);
    // A number broken inside a sentence is still joined.
    const broken = lines('项目位于新区，总投资为3', '6亿元，分两期建设。');
    expect(joinBrokenSentences(broken).paragraphs.map((p) => p.text)).toEqual(['项目位于新区，总投资为36亿元，分两期建设。']);
  });

  it('does not join a labelled headline (某社某地5月3日电 题：…) onto the story\'s first line: its commas are a headline\'s', () => {
    const input = lines('某新闻社拉萨5月3日电 题：山海相连，一路同行', '作者 某某', '五月的某某县，草木返青。');
    expect(joinBrokenSentences(input).paragraphs.map((p) => p.text)).toEqual(input.map((p) => p.text));
    expect(isBrokenParagraph('原标题：援建项目落地，群众受益')).toBe(false);
    // A body line with a question's colon (问题：…) cut at its end is still broken.
    expect(isBrokenParagraph('存在的主要问题：资金到位慢，项目')).toBe(true);
  });

  it('does not join a year opening the next line onto a number ending a line (a telephone number, then a date)', () => {
    const input = lines('联系人：某某，联系电话：0971-8610459', '2018年11月1日');
    expect(joinBrokenSentences(input).paragraphs).toHaveLength(2);
  });

  it('does not take a numbered heading (一、资金来源, （二）, 3.) for a broken sentence: its number mark is no clause mark', () => {
    for (const heading of ['一、资金来源', '（二）项目安排', '3.资金用途']) {
      const input = lines(heading, '全县共安排资金500万元，用于道路建设。');
      expect(joinBrokenSentences(input).paragraphs.map((p) => p.text)).toEqual(input.map((p) => p.text));
    }
    // A numbered item that is itself a sentence cut at the line end is still joined.
    const broken = lines('一、全县共安排资金500万元，用于', '道路建设。');
    expect(joinBrokenSentences(broken).paragraphs.map((p) => p.text)).toEqual(['一、全县共安排资金500万元，用于道路建设。']);
  });

  it('does not join the rows of a table of amounts: a thousands comma is not a clause mark', () => {
    const input = lines('2021年 $12,400,000.00', '2022年 $8,250,000.00', '2023年 $1,000,000.00');
    expect(joinBrokenSentences(input).paragraphs).toHaveLength(3);
    expect(isBrokenParagraph('其中2021年支付12,400,000元，2022年支付')).toBe(true);
  });

  it('tells broken body text and captions apart', () => {
    expect(isBrokenParagraph('坚持以人民为中心的发展思想，扎实推进民生援藏，长春市委、市')).toBe(true);
    expect(isBrokenParagraph('续接使命担当 情洒雪域高原')).toBe(false);
    expect(looksLikeCaption('《深化对口援藏战略合作框架协议》签约仪式现场。')).toBe(true);
    expect(looksLikeCaption('疫情防控期间，长春市委、市政府向定结县援助专项资金200万元和价值200万元的医疗物资')).toBe(false);
  });
});
