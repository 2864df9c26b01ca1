import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Gifts for a disaster spread over many provinces, the headline naming none (GUIDELINES: where the money
// goes; an amount whose places are not named borrows none named for another amount), in invented sentences.

const TEXT = [
  '侨胞踊跃捐款赈灾',
  '南方冰冻灾害牵动人心，侨胞已捐款逾500万元。',
  '侨联目前已筹得120万元，主要用于购买棉被。',
  '某救助会筹得80万元，决定在湖南、贵州和江西省外，将救援扩展至广西。',
  '救助会扩展救援至广西',
  '另一商会捐出60万元。',
].join('\n');

describe('a disaster spread over provinces', () => {
  it('amounts past the opening lines naming no place stay without one', () => {
    const where = factsOf(TEXT).map((f) => f.where.map((w) => w.path));
    expect(where[1]).toEqual([]);
    expect(where[3]).toEqual([]);
  });

  it('a text about one province still lends it to its amounts', () => {
    const where = factsOf('湖南冰冻灾害救助\n湖南遭遇冰冻灾害。侨胞已捐款逾500万元。').map((f) => f.where.map((w) => w.path));
    expect(where[0]).toEqual(['湖南省']);
  });
});
