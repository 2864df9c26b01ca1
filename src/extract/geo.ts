import type { ExtractorModule } from './types';

// Placeholder: the geo extractor is being written under issue 4; until then it finds nothing.
export const geoExtractor: ExtractorModule = {
  type: 'geo',
  ruleFiles: [],
  create: () => ({ extract: () => [] }),
};
