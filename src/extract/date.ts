import type { ExtractorModule } from './types';

// Placeholder: the date extractor is being written under issue 3; until then it finds nothing.
export const dateExtractor: ExtractorModule = {
  type: 'date',
  ruleFiles: [],
  create: () => ({ extract: () => [] }),
};
