import * as path from 'node:path';
import * as nodejieba from 'nodejieba';

// Which native jieba the tokenize stage calls. zhextract's own binding
// (native/jieba.cc, built at install) runs nodejieba's cppjieba with
// nodejieba's dictionaries, but without the TextRank extractor that
// nodejieba's load() always builds: start-up 0.3 s shorter and 110 MB less
// per process and worker. Both give the same words and tags; nodejieba's
// binding is the fallback when the build failed (no compiler at install).

export interface JiebaBinding {
  /** 'zhextract' (the lean binding) or 'nodejieba' (the fallback). */
  readonly name: string;
  /** One loaded dictionary serves every thread of the process (the lean binding); nodejieba loads one per thread. */
  readonly sharedAcrossThreads: boolean;
  load(idfDict: string): void;
  /**
   * jieba's words of `text` as their lengths in UTF-16 code units (they add
   * up to text.length), written to `out`; returns how many words there are.
   * When that exceeds out.length nothing is written: call again with a larger array.
   */
  cutLengths(text: string, hmm: boolean, out: Uint32Array): number;
  tag(text: string): Array<{ word: string; tag: string }>;
  insertWord(word: string, tag: string): boolean;
}

interface NativeJieba {
  load(dict: string, hmmModel: string, userDict: string, idf: string, stopWords: string): boolean;
  cutLengths(text: string, hmm: boolean, out: Uint32Array): number;
  tag(text: string): Array<{ word: string; tag: string }>;
  insertWord(word: string, tag: string): boolean;
  /** Absent from builds older than the call (the addon is rebuilt at install). */
  tuneAllocator?(mmapThresholdBytes: number, arenaMax: number): boolean;
}

/** nodejieba's dictionary paths (exported by its index.js, not by its typings). */
interface DictionaryPaths {
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
}

const NATIVE_PATH = path.resolve(__dirname, '..', '..', 'build', 'Release', 'zhextract_jieba.node');

/** ZHEXTRACT_JIEBA=nodejieba selects nodejieba's binding (to compare the two). */
export function chooseBinding(env: NodeJS.ProcessEnv = process.env): JiebaBinding {
  if (env.ZHEXTRACT_JIEBA !== 'nodejieba') {
    const native = loadNative();
    if (native) return leanBinding(native);
  }
  return nodejiebaBinding();
}

/**
 * Sets glibc malloc's mmap threshold and arena count for the whole process
 * (src/parallel/allocator.ts says why); false where the addon is not built,
 * predates the call, or the C library is not glibc.
 */
export function tuneNativeAllocator(mmapThresholdBytes: number, arenaMax: number): boolean {
  return loadNative()?.tuneAllocator?.(mmapThresholdBytes, arenaMax) ?? false;
}

function loadNative(): NativeJieba | undefined {
  try {
    return require(NATIVE_PATH) as NativeJieba;
  } catch {
    return undefined; // not built, or built for another Node: nodejieba's binding serves
  }
}

function leanBinding(native: NativeJieba): JiebaBinding {
  return {
    name: 'zhextract',
    sharedAcrossThreads: true,
    load: (idfDict) => {
      const dicts = nodejieba as unknown as DictionaryPaths;
      native.load(dicts.DEFAULT_DICT, dicts.DEFAULT_HMM_DICT, dicts.DEFAULT_USER_DICT, idfDict, dicts.DEFAULT_STOP_WORD_DICT);
    },
    cutLengths: (text, hmm, out) => native.cutLengths(text, hmm, out),
    tag: (text) => native.tag(text),
    insertWord: (word, tag) => native.insertWord(word, tag),
  };
}

function nodejiebaBinding(): JiebaBinding {
  return {
    name: 'nodejieba',
    sharedAcrossThreads: false,
    load: (idfDict) => {
      nodejieba.load({ idfDict });
    },
    cutLengths: (text, hmm, out) => {
      // jieba's words are the text's own characters (a lone surrogate comes back as one U+FFFD).
      const words = nodejieba.cut(text, hmm);
      if (words.length <= out.length) words.forEach((word, i) => (out[i] = word.length));
      return words.length;
    },
    tag: (text) => nodejieba.tag(text),
    insertWord: (word, tag) => nodejieba.insertWord(word, tag),
  };
}
