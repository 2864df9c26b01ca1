import { sentenceStartBefore } from './sentences';

/** Verbs of flowing into (rules/geo-locatives.tsv flow) and the words of water one needs before it (flow-water). */
export interface FlowWords {
  verbs: readonly string[];
  water: readonly string[];
}

/**
 * 汉江水…流入黑河: a verb of flowing into ends at `at`, and the sentence before it names water flowing
 * (水, 江水, 来水): the name after it is a river's, as after a river word. 游客流入丽江 names the city.
 */
export function flowsFromWater(text: string, at: number, flow: FlowWords): boolean {
  const verb = flow.verbs.find((word) => at >= word.length && text.startsWith(word, at - word.length));
  if (verb === undefined) return false;
  const before = text.slice(sentenceStartBefore(text, at - verb.length), at - verb.length);
  return flow.water.some((word) => before.includes(word));
}
