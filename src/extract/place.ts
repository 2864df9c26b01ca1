import type { ExtractorModule } from './types';

// Placeholder: the place extractor is being written under issue 4; until then it finds nothing.
export const placeExtractor: ExtractorModule = {
  type: 'place',
  ruleFiles: [],
  create: () => ({ extract: () => [] }),
};
