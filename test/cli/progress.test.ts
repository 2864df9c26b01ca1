import { describe, expect, it } from 'vitest';
import { estimateEta } from '../../src/cli/progress';

describe('the progress bar’s ETA', () => {
  it('is unknown until a few documents and seconds after the first one', () => {
    expect(estimateEta(1, 1000, 0)).toBeNaN();
    expect(estimateEta(4, 1000, 5)).toBeNaN();
    expect(estimateEta(50, 1000, 1)).toBeNaN();
  });

  it('comes from the pace after the first document, so start-up does not inflate it', () => {
    // 101 documents done 2 s after the first: 20 ms each, 899 left.
    expect(estimateEta(101, 1000, 2)).toBeCloseTo(17.98, 2);
    expect(estimateEta(1000, 1000, 20)).toBe(0);
  });
});
