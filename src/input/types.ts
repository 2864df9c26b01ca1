import type { SourceInfo } from '../model/mention';

/** One article read and decoded by the input stage. */
export interface InputDocument {
  kind: 'document';
  /** Path relative to the input root (or the name given for stdin). */
  doc: string;
  /** The decoded text the offsets of every mention refer to. */
  text: string;
  source: SourceInfo;
  /** `published` from a sidecar <article>.meta.json, when there is one. */
  published?: string;
  /** The page's address (`url` of a JSON Lines record or a sidecar): its path may date the article. */
  url?: string;
}

/** An input that could not be read; the run goes on with the others. */
export interface InputFailure {
  kind: 'failure';
  path: string;
  cause: string;
}

export type InputItem = InputDocument | InputFailure;
