import { describe, expect, it } from 'vitest';
import type { InputDocument } from '../../src/input/types';
import { Pipeline } from '../../src/pipeline/process';

function document(text: string): InputDocument {
  return { kind: 'document', doc: 'x.txt', text, source: { path: 'x.txt', bytes: text.length, sha256: 'a'.repeat(64), encoding: 'utf-8' } };
}

// GUIDELINES: `text` is the surface string as written; values are normalized.
describe('a mention\'s text is what the article wrote', () => {
  const pipeline = Pipeline.create({ types: ['money', 'percent', 'place'], referenceDate: '2020' });

  it('keeps full-width digits and traditional characters, with normalized values', () => {
    const record = pipeline.process(document('山東省投资１２０億元，增长７７％。'));
    const byType = new Map(record.mentions.map((m) => [m.type, m]));
    expect(byType.get('money')).toMatchObject({ text: '１２０億元', value: 12_000_000_000 });
    expect(byType.get('percent')).toMatchObject({ text: '７７％', value: 77 });
    expect(byType.get('place')).toMatchObject({ text: '山東省', name: '山东省', code: '370000' });
  });

  it('leaves out the line break of a sentence broken across lines', () => {
    const record = pipeline.process(document('援藏资金共投入12\n亿元，用于建设。'));
    expect(record.mentions.filter((m) => m.type === 'money').map((m) => m.text)).toEqual(['12亿元']);
  });
});

describe("a document's title", () => {
  const pipeline = Pipeline.create({ types: ['money'], referenceDate: '2020' });

  it('is the first line, or the headline under a bare site name and a breadcrumb', () => {
    expect(pipeline.process(document('某县新建学校三所\n该县今年投资1亿元。')).title).toBe('某县新建学校三所');
    const crawled = pipeline.process(document('某某网\n首页 > 新闻 > 地方\n某县新建学校三所\n该县今年投资1亿元。'));
    expect(crawled.title).toBe('某县新建学校三所');
    expect(pipeline.process(document("---\ntitle: '某县新建学校三所'\n---\n该县今年投资1亿元。")).title).toBe('某县新建学校三所');
    expect(pipeline.process(document('<title>某县新建学校三所</title>\n该县今年投资1亿元。')).title).toBe('某县新建学校三所');
    expect(pipeline.process(document('<tr id="a1"></tr>\n某县新建学校三所\n该县今年投资1亿元。')).title).toBe('某县新建学校三所');
  });
});
