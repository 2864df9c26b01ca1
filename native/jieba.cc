// zhextract's jieba binding: cut, tag and insertWord of nodejieba's cppjieba,
// with nodejieba's dictionaries, built at install (binding.gyp). nodejieba's
// own load() also builds a TextRank keyword extractor, a second copy of the
// 349,000-word dictionary trie: about 0.3 s and 150 MB per process and per
// worker thread that zhextract never uses. This binding builds only the
// segmenter, once per process (std::shared_mutex: C++17, binding.gyp).
// src/tokenize/binding.ts falls back to nodejieba when it is absent.
#include <napi.h>

#include <algorithm>
#include <atomic>
#include <bitset>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

// cppjieba's DictTrie with a faster start-up (see the file), before Jieba.hpp includes its own.
#include "cppjieba-dict-trie.hpp"
#include "cppjieba/Jieba.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// One segmenter per set of dictionary paths, shared by the main thread and
// every worker thread: loaded once, and never freed (freeing its millions of
// small allocations took 0.1 s at every exit and worker termination; the end
// of the process returns the memory at once). Cutting and tagging only read
// it, so any number of threads do them at the same time; adding a word
// takes it for that thread alone (SharedJieba, below).

// Private members of cppjieba reached through an explicit template
// instantiation (access checks do not apply to its arguments): the
// dictionary's trie, so that LengthSegment can walk it itself.
template <typename Tag, typename Tag::type Member>
struct Exposed {
  friend typename Tag::type Get(Tag) { return Member; }
};
struct TrieOfDict {
  using type = cppjieba::Trie* cppjieba::DictTrie::*;
  friend type Get(TrieOfDict);
};
struct RootOfTrie {
  using type = cppjieba::TrieNode* cppjieba::Trie::*;
  friend type Get(RootOfTrie);
};
template struct Exposed<TrieOfDict, &cppjieba::DictTrie::trie_>;
template struct Exposed<RootOfTrie, &cppjieba::Trie::root_>;

// Buffers one thread reuses from clause to clause (cppjieba allocates a DAG
// node of ~300 bytes per character and several vectors per call: that and
// their freeing were a third of segmentation's instructions). Reached once
// per call and passed down: each thread_local access in a shared library is
// a function call.
// A dictionary word found at `start`, `level` characters after its first.
struct Candidate {
  uint32_t start;
  uint32_t level;
  double weight;
};

struct CutScratch {
  std::vector<double> weights;
  std::vector<uint32_t> lengths;
  std::vector<cppjieba::WordRange> dictWords;
  std::vector<char16_t> units;
  std::vector<cppjieba::RuneStr> runes;  // not cppjieba's RuneStrArray, whose clear() frees its memory
  std::vector<cppjieba::WordRange> words;
  std::vector<uint32_t> nodes;
  std::vector<uint32_t> active;
  std::vector<double> alone;
  std::vector<Candidate> candidates;
  std::vector<Candidate> sorted;
  std::vector<uint32_t> firstFound;
  std::vector<double> hmmWeights;
  std::vector<uint8_t> hmmPaths;
  std::vector<uint8_t> hmmStates;
};

thread_local CutScratch threadScratch;

// jieba's own segmenter, reached below its string interface: cutLengths
// gives it the text's code points and reads back where words end, so no
// UTF-8 copy of the text and no string per word is made (both are what
// Jieba::Cut spends much of its time on for a short clause). It shares the
// dictionary trie (user words included) and HMM model of `jieba`, and its
// separators are the default ones Jieba's own segmenter uses.
//
// It computes MixSegment::Cut(begin, end, words, hmm = true) the same way -
// the most probable path through the dictionary's words (ties to the
// shorter word, as MPSegment's strict comparison gives), then the HMM over
// each run of single characters that are not user words - but walks the
// trie once per position into two flat arrays instead of building
// cppjieba's DAG, and walks its own flat copy of the trie (FlatNode, built
// once at the first cut and kept in step by insertWord), with the first level as a table.
// test/tokenize/jieba.test.ts checks it word for word against nodejieba.
class LengthSegment : public cppjieba::MixSegment {
 public:
  LengthSegment(const cppjieba::DictTrie* trie, const cppjieba::HMMModel* model)
      : cppjieba::MixSegment(trie, model), dict_(trie), model_(model), emitRows_(kFirstLevelSize, 1), firstLevel_(kFirstLevelSize, 0) {
    BuildEmitTable();
    for (cppjieba::Rune rune : symbols_) {
      if (rune < kFirstLevelSize) separators_.set(rune);
    }
    for (cppjieba::Rune rune = 0; rune < kFirstLevelSize; rune++) {
      if (dict_->IsUserDictSingleChineseWord(rune)) userSingles_.set(rune);
    }
  }

  // The flat trie is built at the first cut, after the words the pipeline
  // adds at its start (a word added before it is read from cppjieba's trie
  // like the dictionary's own, in place; one added later goes to
  // extraChildren_).
  bool Built() const { return built_.load(std::memory_order_acquire); }

  // Callers hold the write lock.
  void Build() {
    if (Built()) return;
    BuildFlatTrie();
#if defined(__GLIBC__)
    malloc_trim(0);  // the arrays' outgrown buffers go back to the system
#endif
    built_.store(true, std::memory_order_release);
  }

  bool IsSeparator(cppjieba::Rune rune) const { return rune < kFirstLevelSize ? separators_.test(rune) : symbols_.count(rune) > 0; }

  // After a word was added to cppjieba's dictionary (InsertUserWord): the flat
  // trie takes its path and the weight cppjieba's trie now holds for it (a
  // word added again keeps the last one, as cppjieba's InsertNode does).
  // Nodes new to the trie go to the end, their parent marked as having
  // children outside its block (extraChildren_). Callers hold the write lock.
  void WordAdded(const cppjieba::RuneStrArray& runes) {
    if (runes.empty() || !Built()) return;
    const cppjieba::TrieNode* source = Root();
    uint32_t node = 0;
    for (size_t i = 0; i < runes.size(); i++) {
      const cppjieba::Rune rune = runes[i].rune;
      source = source == nullptr ? nullptr : SlowChild(source, rune);
      uint32_t child = Child(node, rune);
      if (child == 0) {
        child = static_cast<uint32_t>(nodes_.size());
        nodes_.push_back(FlatNode{0, 0, 0});
        runes_.push_back(rune);
        AddExtraChild(node, rune, child);
      }
      node = child;
    }
    if (source != nullptr && source->ptValue != nullptr) SetWeight(node, source->ptValue->weight);
  }

  void CutWithHmm(const cppjieba::RuneStr* begin, const cppjieba::RuneStr* end, std::vector<cppjieba::WordRange>* words,
                  CutScratch& scratch) const {
    std::vector<cppjieba::WordRange>& dictWords = scratch.dictWords;
    dictWords.clear();
    CutByDictionary(begin, end, &dictWords, scratch);
    for (size_t i = 0; i < dictWords.size(); i++) {
      if (!IsHmmCharacter(dictWords[i])) {
        words->push_back(dictWords[i]);
        continue;
      }
      size_t j = i;
      while (j < dictWords.size() && IsHmmCharacter(dictWords[j])) j++;
      HmmCut(dictWords[i].left, dictWords[j - 1].left + 1, words, scratch);
      i = j - 1;
    }
  }

  // MPSegment::Cut: the most probable path through the dictionary's words.
  void CutByDictionary(const cppjieba::RuneStr* begin, const cppjieba::RuneStr* end, std::vector<cppjieba::WordRange>* words,
                       CutScratch& scratch) const {
    const size_t n = end - begin;
    if (scratch.weights.size() < n + 1) scratch.weights.resize(n + 1);
    if (scratch.lengths.size() < n) scratch.lengths.resize(n);
    double* weights = scratch.weights.data();
    uint32_t* lengths = scratch.lengths.data();
    const double minWeight = dict_->GetMinWeight();
    const FlatNode* nodes = nodes_.data();
    const uint32_t* runes = runes_.data();
    // The dictionary's words starting at each position, found level by level
    // for all positions at once: the trie is cold in the cache, and one
    // position's walk is a chain of dependent misses, while the positions'
    // walks are independent; so each level first asks for the memory every
    // walk will read, then reads it.
    if (scratch.nodes.size() < n) scratch.nodes.resize(n);
    if (scratch.active.size() < n) scratch.active.resize(n);
    if (scratch.alone.size() < n) scratch.alone.resize(n);
    uint32_t* at = scratch.nodes.data();
    uint32_t* active = scratch.active.data();
    double* alone = scratch.alone.data();
    std::vector<Candidate>& found = scratch.candidates;
    found.clear();
    for (size_t i = 0; i < n; i++) {
      if (begin[i].rune < kFirstLevelSize) __builtin_prefetch(&firstLevel_[begin[i].rune]);
    }
    for (size_t i = 0; i < n; i++) {
      at[i] = FirstLevel(begin[i].rune);
      __builtin_prefetch(&nodes[at[i]]);
    }
    size_t live = 0;
    for (size_t i = 0; i < n; i++) {
      const uint32_t node = at[i];
      // The character alone is always a candidate, a word or not.
      alone[i] = node != 0 && nodes[node].word != 0 ? WeightOf(node) : minWeight;
      if (node != 0 && i + 1 < n) {
        active[live++] = static_cast<uint32_t>(i);
        __builtin_prefetch(runes + (nodes[node].firstChild & ~kExtraChildren));
      }
    }
    for (size_t level = 1; live > 0 && level + 1 <= cppjieba::MAX_WORD_LENGTH; level++) {
      size_t kept = 0;
      for (size_t k = 0; k < live; k++) {
        const uint32_t i = active[k];
        const uint32_t node = Child(at[i], begin[i + level].rune);
        at[i] = node;
        if (node == 0) continue;
        __builtin_prefetch(&nodes[node]);
        active[kept++] = i;
      }
      live = kept;
      kept = 0;
      for (size_t k = 0; k < live; k++) {
        const uint32_t i = active[k];
        const FlatNode& flat = nodes[at[i]];
        if (flat.word != 0) found.push_back(Candidate{i, static_cast<uint32_t>(level), WeightOf(at[i])});
        if (i + level + 1 < n) {
          active[kept++] = i;
          __builtin_prefetch(runes + (flat.firstChild & ~kExtraChildren));
        }
      }
      live = kept;
    }
    // Each position's words in order of length (the levels came in that order): a stable sort by position.
    if (scratch.firstFound.size() < n + 1) scratch.firstFound.resize(n + 1);
    uint32_t* firstFound = scratch.firstFound.data();
    std::fill(firstFound, firstFound + n + 1, 0);
    for (const Candidate& candidate : found) firstFound[candidate.start + 1]++;
    for (size_t i = 0; i < n; i++) firstFound[i + 1] += firstFound[i];
    if (scratch.sorted.size() < found.size()) scratch.sorted.resize(found.size());
    Candidate* sorted = scratch.sorted.data();
    for (const Candidate& candidate : found) sorted[firstFound[candidate.start]++] = candidate;
    // firstFound[i] now ends position i's words; they start where position i - 1's end (0 for the first).
    for (size_t i = n; i-- > 0;) {
      double best = cppjieba::MIN_DOUBLE;
      uint32_t bestLength = 1;
      Consider(i, i, n, alone[i], weights, &best, &bestLength);
      for (uint32_t c = i == 0 ? 0 : firstFound[i - 1]; c < firstFound[i]; c++) {
        Consider(i, i + sorted[c].level, n, sorted[c].weight, weights, &best, &bestLength);
      }
      weights[i] = best;
      lengths[i] = bestLength;
    }
    for (size_t i = 0; i < n; i += lengths[i]) words->push_back(cppjieba::WordRange(begin + i, begin + i + lengths[i] - 1));
  }

 private:
  static constexpr cppjieba::Rune kFirstLevelSize = 0x10000;  // the Basic Multilingual Plane: 256 kB of node numbers

  // The dictionary's trie laid out flat (what the segmenter reads for every
  // character; cppjieba's own trie is a hash map per node, four dependent
  // cache misses a step, and the dictionary is cold in the cache between
  // clauses): node 0 is the root; a node's children are consecutive nodes
  // [firstChild, firstChild + count), their characters in runes_ at the same
  // numbers, ascending; blocks are laid out depth first, so a word's path
  // lies close together. A node is 8 bytes: a word's weight is a number in
  // weights_ (the dictionary has about 5,000 distinct ones). Children that
  // do not fit the block (a word added later, a block over 65,535) are in
  // extraChildren_, their parent marked; so are weights past 65,534.
  struct FlatNode {
    uint32_t firstChild;  // the high bit: the node has children in extraChildren_
    uint16_t count;       // children in the block
    uint16_t word;        // 0: no word ends here; kWeightElsewhere: its weight is in extraWeights_; else weights_[word - 1]
  };
  static constexpr uint32_t kExtraChildren = 1u << 31;
  static constexpr uint16_t kWeightElsewhere = 0xFFFF;

  void BuildFlatTrie() {
    nodes_.push_back(FlatNode{0, 0, 0});
    runes_.push_back(0);
    // Flat nodes whose children are still to be laid out, with cppjieba's node of each.
    std::vector<std::pair<uint32_t, const cppjieba::TrieNode*>> stack{{0, Root()}};
    std::vector<std::pair<cppjieba::Rune, const cppjieba::TrieNode*>> children;
    while (!stack.empty()) {
      const uint32_t node = stack.back().first;
      const cppjieba::TrieNode* source = stack.back().second;
      stack.pop_back();
      if (source->ptValue != nullptr) SetWeight(node, source->ptValue->weight);
      if (source->next == nullptr || source->next->empty()) continue;
      children.assign(source->next->begin(), source->next->end());
      std::sort(children.begin(), children.end(),
                [](const std::pair<cppjieba::Rune, const cppjieba::TrieNode*>& a, const std::pair<cppjieba::Rune, const cppjieba::TrieNode*>& b) {
                  return a.first < b.first;
                });
      const uint32_t first = static_cast<uint32_t>(nodes_.size());
      const size_t inBlock = std::min<size_t>(children.size(), 0xFFFF);
      nodes_[node].firstChild = first;
      nodes_[node].count = static_cast<uint16_t>(inBlock);
      for (size_t k = 0; k < children.size(); k++) {
        const uint32_t child = static_cast<uint32_t>(nodes_.size());
        nodes_.push_back(FlatNode{0, 0, 0});
        runes_.push_back(children[k].first);
        if (k >= inBlock) AddExtraChild(node, children[k].first, child);
        if (node == 0 && children[k].first < kFirstLevelSize) firstLevel_[children[k].first] = child;
      }
      // Depth first: the first child's block comes next.
      for (size_t k = children.size(); k-- > 0;) stack.emplace_back(first + static_cast<uint32_t>(k), children[k].second);
    }
  }

  void AddExtraChild(uint32_t node, cppjieba::Rune rune, uint32_t child) {
    nodes_[node].firstChild |= kExtraChildren;
    extraChildren_[ExtraKey(node, rune)] = child;
    if (node == 0 && rune < kFirstLevelSize) firstLevel_[rune] = child;
  }

  void SetWeight(uint32_t node, double weight) {
    auto known = weightNumbers_.find(weight);
    if (known == weightNumbers_.end() && weights_.size() < kWeightElsewhere - 1) {
      weights_.push_back(weight);
      known = weightNumbers_.emplace(weight, static_cast<uint16_t>(weights_.size())).first;
    }
    if (known != weightNumbers_.end()) {
      nodes_[node].word = known->second;
    } else {
      nodes_[node].word = kWeightElsewhere;
      extraWeights_[node] = weight;
    }
  }

  double WeightOf(uint32_t node) const {
    const uint16_t word = nodes_[node].word;
    return word != kWeightElsewhere ? weights_[word - 1] : extraWeights_.find(node)->second;
  }

  // The child of `node` for `rune`; 0 when there is none.
  uint32_t Child(uint32_t node, cppjieba::Rune rune) const {
    const FlatNode& flat = nodes_[node];
    const uint32_t firstChild = flat.firstChild & ~kExtraChildren;
    const uint32_t count = flat.count;
    if (count > 0) {
      const uint32_t* first = runes_.data() + firstChild;
      const uint32_t* last = first + count;
      const uint32_t* found = count <= 8 ? std::find(first, last, rune) : std::lower_bound(first, last, rune);
      if (found != last && *found == rune) return firstChild + static_cast<uint32_t>(found - first);
    }
    if ((flat.firstChild & kExtraChildren) == 0) return 0;
    auto extra = extraChildren_.find(ExtraKey(node, rune));
    return extra == extraChildren_.end() ? 0 : extra->second;
  }

  static uint64_t ExtraKey(uint32_t node, cppjieba::Rune rune) { return (static_cast<uint64_t>(node) << 32) | rune; }

  uint32_t FirstLevel(cppjieba::Rune rune) const { return rune < kFirstLevelSize ? firstLevel_[rune] : Child(0, rune); }

  // HMMSegment::Cut(begin, end, words): a letter or number run (ASCII) is a
  // word; each run of other characters is cut by the HMM's Viterbi path.
  void HmmCut(const cppjieba::RuneStr* begin, const cppjieba::RuneStr* end, std::vector<cppjieba::WordRange>* words,
              CutScratch& scratch) const {
    const cppjieba::RuneStr* left = begin;
    const cppjieba::RuneStr* right = begin;
    while (right != end) {
      if (right->rune < 0x80) {
        if (left != right) Viterbi(left, right, words, scratch);
        left = right;
        right = LetterRun(left, end);
        if (right == left) right = NumberRun(left, end);
        if (right == left) right++;
        words->push_back(cppjieba::WordRange(left, right - 1));
        left = right;
      } else {
        right++;
      }
    }
    if (left != right) Viterbi(left, right, words, scratch);
  }

  // HMMSegment's SequentialLetterRule: a letter, then letters and digits.
  static const cppjieba::RuneStr* LetterRun(const cppjieba::RuneStr* begin, const cppjieba::RuneStr* end) {
    auto letter = [](cppjieba::Rune x) { return ('a' <= x && x <= 'z') || ('A' <= x && x <= 'Z'); };
    if (!letter(begin->rune)) return begin;
    for (begin++; begin != end && (letter(begin->rune) || ('0' <= begin->rune && begin->rune <= '9')); begin++) {
    }
    return begin;
  }

  // HMMSegment's NumbersRule: a digit, then digits and dots.
  static const cppjieba::RuneStr* NumberRun(const cppjieba::RuneStr* begin, const cppjieba::RuneStr* end) {
    if (!('0' <= begin->rune && begin->rune <= '9')) return begin;
    for (begin++; begin != end && (('0' <= begin->rune && begin->rune <= '9') || begin->rune == '.'); begin++) {
    }
    return begin;
  }

  // HMMSegment's InternalCut and Viterbi, with the same sums in the same
  // order; the emission probabilities are read from one flat row per
  // character (cppjieba looks each up in one hash map per state).
  void Viterbi(const cppjieba::RuneStr* begin, const cppjieba::RuneStr* end, std::vector<cppjieba::WordRange>* words,
               CutScratch& scratch) const {
    constexpr size_t Y = cppjieba::HMMModel::STATUS_SUM;
    const size_t X = end - begin;
    if (scratch.hmmWeights.size() < X * Y) scratch.hmmWeights.resize(X * Y);
    if (scratch.hmmPaths.size() < X * Y) scratch.hmmPaths.resize(X * Y);
    double* weight = scratch.hmmWeights.data();
    uint8_t* path = scratch.hmmPaths.data();  // a state, or kNoState before the first character
    double emit[Y];
    EmitOf(begin->rune, emit);
    for (size_t y = 0; y < Y; y++) {
      weight[0 + y * X] = model_->startProb[y] + emit[y];
      path[0 + y * X] = kNoState;
    }
    for (size_t x = 1; x < X; x++) {
      EmitOf((begin + x)->rune, emit);
      for (size_t y = 0; y < Y; y++) {
        const size_t now = x + y * X;
        double best = cppjieba::MIN_DOUBLE;
        uint8_t from = cppjieba::HMMModel::E;
        for (size_t preY = 0; preY < Y; preY++) {
          const double value = weight[x - 1 + preY * X] + model_->transProb[preY][y] + emit[y];
          if (value > best) {
            best = value;
            from = static_cast<uint8_t>(preY);
          }
        }
        weight[now] = best;
        path[now] = from;
      }
    }
    const double endE = weight[X - 1 + cppjieba::HMMModel::E * X];
    const double endS = weight[X - 1 + cppjieba::HMMModel::S * X];
    size_t state = endE >= endS ? cppjieba::HMMModel::E : cppjieba::HMMModel::S;
    // The states, last to first, into weight's first X slots (their weights are read no more).
    std::vector<uint8_t>& states = scratch.hmmStates;
    if (states.size() < X) states.resize(X);
    for (size_t x = X; x-- > 0;) {
      states[x] = static_cast<uint8_t>(state);
      state = path[x + state * X];
    }
    const cppjieba::RuneStr* left = begin;
    for (size_t i = 0; i < X; i++) {
      if (states[i] % 2) {  // E or S ends a word
        words->push_back(cppjieba::WordRange(left, begin + i));
        left = begin + i + 1;
      }
    }
  }

  static constexpr uint8_t kNoState = 0xFF;

  // The four states' emission probabilities of a character (MIN_DOUBLE where a state's map lacks it, as GetEmitProb gives).
  void EmitOf(cppjieba::Rune rune, double* emit) const {
    const uint16_t row = rune < kFirstLevelSize ? emitRows_[rune] : 0;
    if (row != 0) {
      const double* values = &emitValues_[row * cppjieba::HMMModel::STATUS_SUM];
      for (size_t y = 0; y < cppjieba::HMMModel::STATUS_SUM; y++) emit[y] = values[y];
      return;
    }
    for (size_t y = 0; y < cppjieba::HMMModel::STATUS_SUM; y++) emit[y] = model_->GetEmitProb(model_->emitProbVec[y], rune, cppjieba::MIN_DOUBLE);
  }

  // Row 0: read the maps (a character past the table); row 1: in no map; then one row per character the maps hold.
  void BuildEmitTable() {
    constexpr size_t Y = cppjieba::HMMModel::STATUS_SUM;
    emitValues_.assign(2 * Y, cppjieba::MIN_DOUBLE);
    for (size_t y = 0; y < Y; y++) {
      for (const auto& entry : *model_->emitProbVec[y]) {
        const cppjieba::Rune rune = entry.first;
        if (rune >= kFirstLevelSize || emitRows_[rune] != 1) continue;
        const size_t row = emitValues_.size() / Y;
        if (row > 0xFFFF) {
          emitRows_[rune] = 0;
          continue;
        }
        emitRows_[rune] = static_cast<uint16_t>(row);
        for (size_t z = 0; z < Y; z++) emitValues_.push_back(model_->GetEmitProb(model_->emitProbVec[z], rune, cppjieba::MIN_DOUBLE));
      }
    }
  }

  // A single character the dictionary did not join, and no user word of one character.
  bool IsHmmCharacter(const cppjieba::WordRange& word) const {
    if (word.left != word.right) return false;
    const cppjieba::Rune rune = word.left->rune;
    return rune < kFirstLevelSize ? !userSingles_.test(rune) : !dict_->IsUserDictSingleChineseWord(rune);
  }

  // The word [i, j] against the best path from i found so far (sums in MPSegment's order, for equal doubles).
  static void Consider(size_t i, size_t j, size_t n, double weight, const double* weights, double* best, uint32_t* bestLength) {
    double value = 0.0;
    if (j + 1 < n) value += weights[j + 1];
    value += weight;
    if (value > *best) {
      *best = value;
      *bestLength = static_cast<uint32_t>(j - i + 1);
    }
  }

  const cppjieba::TrieNode* Root() const { return (dict_->*Get(TrieOfDict()))->*Get(RootOfTrie()); }

  static const cppjieba::TrieNode* SlowChild(const cppjieba::TrieNode* node, cppjieba::Rune rune) {
    if (node->next == nullptr) return nullptr;
    auto found = node->next->find(rune);
    return found == node->next->end() ? nullptr : found->second;
  }

  const cppjieba::DictTrie* dict_;
  const cppjieba::HMMModel* model_;
  std::vector<uint16_t> emitRows_;
  std::vector<double> emitValues_;
  std::atomic<bool> built_{false};
  std::vector<FlatNode> nodes_;
  std::vector<uint32_t> runes_;
  std::vector<uint32_t> firstLevel_;
  std::unordered_map<uint64_t, uint32_t> extraChildren_;
  std::vector<double> weights_;
  std::unordered_map<double, uint16_t> weightNumbers_;  // weights_'s numbers, while building and adding words
  std::unordered_map<uint32_t, double> extraWeights_;
  std::bitset<kFirstLevelSize> separators_;
  std::bitset<kFirstLevelSize> userSingles_;
};

struct SharedJieba {
  SharedJieba(const std::string (&paths)[5])
      : jieba(paths[0], paths[1], paths[2], paths[3], paths[4]), segment(jieba.GetDictTrie(), jieba.GetHMMModel()) {}

  cppjieba::Jieba jieba;
  LengthSegment segment;
  std::shared_mutex lock;
  // Words added so far: cppjieba stores a word added twice twice.
  std::unordered_set<std::string> userWords;
};

SharedJieba* SharedJiebaFor(const std::string (&paths)[5]) {
  static std::mutex registryLock;
  static auto* registry = new std::map<std::string, SharedJieba*>();  // lives as long as its segmenters
  std::string key;
  for (const std::string& path : paths) key += path + '\n';
  // Held while loading: a second thread asking for the same dictionaries waits and shares them.
  std::lock_guard<std::mutex> guard(registryLock);
  SharedJieba*& shared = (*registry)[key];
  if (shared == nullptr) shared = new SharedJieba(paths);
  return shared;
}

class JiebaBinding : public Napi::Addon<JiebaBinding> {
 public:
  JiebaBinding(Napi::Env env, Napi::Object exports) {
    DefineAddon(exports, {
        InstanceMethod("load", &JiebaBinding::Load),
        InstanceMethod("cut", &JiebaBinding::Cut),
        InstanceMethod("cutLengths", &JiebaBinding::CutLengths),
        InstanceMethod("tag", &JiebaBinding::Tag),
        InstanceMethod("insertWord", &JiebaBinding::InsertWord),
        InstanceMethod("tuneAllocator", &JiebaBinding::TuneAllocator),
    });
  }

 private:
  // tuneAllocator(mmapThresholdBytes, arenaMax): glibc malloc settings for a
  // long run with a worker thread (see src/tokenize/allocator.ts for why).
  // Returns false, changing nothing, where the C library is not glibc.
  Napi::Value TuneAllocator(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsNumber()) {
      Napi::TypeError::New(env, "tuneAllocator(mmapThresholdBytes, arenaMax)").ThrowAsJavaScriptException();
      return env.Null();
    }
#if defined(__GLIBC__)
    const int threshold = info[0].As<Napi::Number>().Int32Value();
    const int arenas = info[1].As<Napi::Number>().Int32Value();
    bool done = true;
    if (threshold > 0) done = mallopt(M_MMAP_THRESHOLD, threshold) == 1 && done;
    if (arenas > 0) done = mallopt(M_ARENA_MAX, arenas) == 1 && done;
    return Napi::Boolean::New(env, done);
#else
    return Napi::Boolean::New(env, false);
#endif
  }

  // load(dict, hmmModel, userDict, idf, stopWords): each a file path.
  Napi::Value Load(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() != 5) return ThrowType(env, "load takes five dictionary paths");
    std::string paths[5];
    for (size_t i = 0; i < 5; i++) {
      if (!info[i].IsString()) return ThrowType(env, "dictionary paths must be strings");
      paths[i] = info[i].As<Napi::String>().Utf8Value();
    }
    shared_ = SharedJiebaFor(paths);
    return Napi::Boolean::New(env, true);
  }

  // cut(sentence, hmm): the words, as nodejieba.cut returns them.
  Napi::Value Cut(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string sentence;
    if (!Sentence(info, &sentence)) return env.Undefined();
    bool hmm = info.Length() > 1 && info[1].ToBoolean().Value();
    std::vector<std::string> words;
    {
      std::shared_lock<std::shared_mutex> reading(shared_->lock);
      shared_->jieba.Cut(sentence, words, hmm);
    }
    Napi::Array out = Napi::Array::New(env, words.size());
    for (size_t i = 0; i < words.size(); i++) out.Set(i, Napi::String::New(env, words[i]));
    return out;
  }

  // cutLengths(sentence, hmm, out): the words as their lengths in UTF-16 code
  // units, the unit JavaScript strings are indexed in, written to the
  // Uint32Array `out`; returns the number of words (when it exceeds
  // out.length, nothing is written: call again with a larger array). The
  // caller slices the words it reads from its own text, so no string is
  // made per word, and reusing `out` allocates nothing per call.
  Napi::Value CutLengths(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    CutScratch& scratch = threadScratch;
    std::vector<cppjieba::RuneStr>& runes = scratch.runes;
    if (!SentenceRunes(info, &runes, &scratch.units)) return env.Undefined();
    // One N-API call for the output array's type, size and memory.
    napi_typedarray_type type;
    size_t capacity = 0;
    void* data = nullptr;
    if (info.Length() < 3 || napi_get_typedarray_info(env, info[2], &type, &capacity, &data, nullptr, nullptr) != napi_ok ||
        type != napi_uint32_array) {
      return ThrowType(env, "cutLengths needs a Uint32Array to write to");
    }
    bool hmm = info[1].ToBoolean().Value();
    std::vector<cppjieba::WordRange>& words = scratch.words;
    words.clear();
    if (!shared_->segment.Built()) {
      std::unique_lock<std::shared_mutex> writing(shared_->lock);
      shared_->segment.Build();
    }
    {
      std::shared_lock<std::shared_mutex> reading(shared_->lock);
      CutRanges(shared_->segment, runes.data(), runes.data() + runes.size(), hmm, &words, scratch);
    }
    if (words.size() <= capacity) {
      uint32_t* lengths = static_cast<uint32_t*>(data);
      for (size_t i = 0; i < words.size(); i++) lengths[i] = Utf16Length(words[i]);
    }
    return Napi::Number::New(env, static_cast<double>(words.size()));
  }

  // What MixSegment::Cut(sentence, words, hmm) does between decoding the text
  // and making the words' strings: the text is cut into ranges at the
  // separators (each separator a range of its own, as cppjieba's PreFilter
  // does), and each range is segmented.
  static void CutRanges(const LengthSegment& segment, const cppjieba::RuneStr* first, const cppjieba::RuneStr* last, bool hmm,
                        std::vector<cppjieba::WordRange>* words, CutScratch& scratch) {
    const cppjieba::RuneStr* cursor = first;
    while (cursor != last) {
      const cppjieba::RuneStr* begin = cursor;
      while (cursor != last) {
        if (segment.IsSeparator(cursor->rune)) {
          if (begin == cursor) ++cursor;
          break;
        }
        ++cursor;
      }
      if (hmm) {
        segment.CutWithHmm(begin, cursor, words, scratch);
      } else {
        segment.CutByDictionary(begin, cursor, words, scratch);
      }
    }
  }

  // A word's length in UTF-16 code units: one per code point, two past U+FFFF.
  static uint32_t Utf16Length(const cppjieba::WordRange& word) {
    uint32_t units = 0;
    for (auto rune = word.left; rune <= word.right; ++rune) units += rune->rune > 0xFFFF ? 2 : 1;
    return units;
  }

  // The first argument's code points, read from its UTF-16 units as V8's
  // UTF-8 conversion (what cut and tag get) reads them: a surrogate pair is
  // one code point, a lone surrogate becomes U+FFFD. Only the runes matter to
  // the segmenter; their byte offsets are never read on this path.
  bool SentenceRunes(const Napi::CallbackInfo& info, std::vector<cppjieba::RuneStr>* runes, std::vector<char16_t>* unitBuffer) {
    if (!HasSentence(info)) return false;
    Napi::Env env = info.Env();
    size_t count = 0;
    napi_get_value_string_utf16(env, info[0], nullptr, 0, &count);
    std::vector<char16_t>& units = *unitBuffer;
    if (units.size() < count + 1) units.resize(count + 1);
    napi_get_value_string_utf16(env, info[0], units.data(), count + 1, &count);
    runes->clear();
    runes->reserve(count);
    for (size_t i = 0; i < count; i++) {
      uint32_t unit = units[i];
      cppjieba::Rune rune = unit;
      if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < count && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
        rune = 0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00);
        i++;
      } else if (unit >= 0xD800 && unit <= 0xDFFF) {
        rune = 0xFFFD;
      }
      runes->push_back(cppjieba::RuneStr(rune, 0, 0));
    }
    return true;
  }

  // tag(sentence): [{word, tag}], as nodejieba.tag returns them.
  Napi::Value Tag(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string sentence;
    if (!Sentence(info, &sentence)) return env.Undefined();
    std::vector<std::pair<std::string, std::string>> tagged;
    {
      std::shared_lock<std::shared_mutex> reading(shared_->lock);
      shared_->jieba.Tag(sentence, tagged);
    }
    Napi::Array out = Napi::Array::New(env, tagged.size());
    for (size_t i = 0; i < tagged.size(); i++) {
      Napi::Object pair = Napi::Object::New(env);
      pair.Set("word", Napi::String::New(env, tagged[i].first));
      pair.Set("tag", Napi::String::New(env, tagged[i].second));
      out.Set(i, pair);
    }
    return out;
  }

  // insertWord(word, tag): true when jieba took the word (or had it already:
  // a word keeps the tag it was first added with, as tokenize/jieba.ts keeps
  // it, for every thread of the process).
  Napi::Value InsertWord(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string word;
    if (!Sentence(info, &word)) return env.Undefined();
    std::string tag = info.Length() > 1 && info[1].IsString() ? info[1].As<Napi::String>().Utf8Value() : "x";
    std::unique_lock<std::shared_mutex> writing(shared_->lock);
    if (shared_->userWords.count(word) > 0) return Napi::Boolean::New(env, true);
    bool taken = shared_->jieba.InsertUserWord(word, tag);
    if (taken) {
      shared_->userWords.insert(word);
      cppjieba::RuneStrArray runes;
      if (cppjieba::DecodeUTF8RunesInString(word, runes)) shared_->segment.WordAdded(runes);
    }
    return Napi::Boolean::New(env, taken);
  }

  // The first argument as UTF-8; false (with a JS exception pending) when it
  // is not a string or no dictionary is loaded.
  bool Sentence(const Napi::CallbackInfo& info, std::string* out) {
    if (!HasSentence(info)) return false;
    *out = info[0].As<Napi::String>().Utf8Value();
    return true;
  }

  // A dictionary is loaded and the first argument is a string; otherwise a
  // JS exception is left pending and the answer is false.
  bool HasSentence(const Napi::CallbackInfo& info) {
    if (shared_ == nullptr) {
      Napi::Error::New(info.Env(), "jieba: load() must be called first").ThrowAsJavaScriptException();
      return false;
    }
    if (info.Length() < 1 || !info[0].IsString()) {
      Napi::TypeError::New(info.Env(), "jieba: the first argument must be a string").ThrowAsJavaScriptException();
      return false;
    }
    return true;
  }

  static Napi::Value ThrowType(Napi::Env env, const char* message) {
    Napi::TypeError::New(env, std::string("jieba: ") + message).ThrowAsJavaScriptException();
    return env.Undefined();
  }

  SharedJieba* shared_ = nullptr;
};

}  // namespace

NODE_API_ADDON(JiebaBinding)
