import { describe, expect, it } from 'vitest';
import type { InputDocument } from '../../src/input/types';
import { Pipeline } from '../../src/pipeline/process';

// An editor line is dropped as chrome before extraction, but the posting time
// on it dates a text that names no day of its own.

const pipeline = Pipeline.create({ facts: false });
const documentOf = (text: string): InputDocument => ({
  kind: 'document',
  doc: 'posted.txt',
  text,
  source: { path: 'posted.txt', bytes: text.length, sha256: '0'.repeat(64), encoding: 'utf-8' },
});
const story = '昨天，县里召开防汛工作会议，部署8月上旬的防汛工作。';

describe('the posting time on a dropped editor line', () => {
  it('dates a text that names no day, and its 昨天 with it', () => {
    const record = pipeline.process(documentOf(`${story}\n责任编辑：王明 2023-08-02 10:15`));
    expect(record.referenceDate).toBe('2023-08-02');
    expect(record.referenceDateSource).toBe('inferred');
    expect(record.mentions.filter((m) => m.type === 'date').map((m) => [m.text, (m as { value: string }).value])).toContainEqual(['昨天', '2023-08-01']);
  });

  it('yields to a dateline in the text', () => {
    const record = pipeline.process(documentOf(`2023-07-30 09:00 来源：新华网\n${story}\n责任编辑：王明 2023-08-02 10:15`));
    expect(record.referenceDate).toBe('2023-07-30');
  });

  it('does not date a text to a year before one the text states', () => {
    const record = pipeline.process(documentOf(`2024年，${story}\n责任编辑：王明 2023-08-02 10:15`));
    expect(record.referenceDate).toBe('2024');
  });

  it('is not read from a list of related headlines', () => {
    const list = ['- 西宁开通新航线2022-05-01 09:00', '- 兰州新区项目开工2022-04-30 08:30', '- 银川举办书展2022-04-29 10:00'];
    const record = pipeline.process(documentOf([story, '相关新闻', ...list].join('\n')));
    expect(record.referenceDate).toBeNull();
  });
});
