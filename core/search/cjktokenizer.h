// The "paperboy" FTS5 tokenizer: bigrams for Hangul/CJK runs, case-folded words for everything else.
#pragma once

#include "common/status.h"

#include <QByteArray>
#include <QList>

#include <functional>

struct sqlite3;

namespace Paperboy::Core {

// Korean has no spaces between a noun and its particle ("모델이", "모델을"), and compounds are written
// both joined and apart ("강화학습", "강화 학습"). Like Lucene's CJK bigram analysis this emits
// overlapping two-character tokens for runs of Hangul, Han, Hiragana and Katakana (a lone character
// becomes one token), so "모델" finds "모델이". Two CJK runs separated only by white space also get
// the bigram that bridges the space, so "강화학습" and "강화 학습" index the same bigrams.
// Everything else is split like unicode61: runs of letters, digits and marks, case-folded.
//
//   "모델이 강화 학습을"  ->  모델 델이 이강 강화 화학 학습 학을
//   "Diffusion-LM v2"    ->  diffusion lm v2
class CjkTokenizer
{
public:
    // token, byte offsets [start, end) in text.
    using Sink = std::function<void(const QByteArray &token, int start, int end)>;

    static void tokenize(const char *text, int size, const Sink &sink);

    // The same without allocating: sink(const char *token, int length, int start, int end, bool word),
    // word: the token is a word, not a Hangul/CJK bigram or character.
    // Returns false as soon as sink does; the index calls this for every token it stores.
    template<typename RawSink>
    static bool tokenizeRaw(const char *text, int size, RawSink &&sink);

    // Registers the tokenizer as "paperboy" on a connection (through fts5_api).
    static Status registerWith(sqlite3 *db);

    // The words (tokens that are not CJK bigrams) the index was given on a connection that were not
    // taken before: the library keeps them in its vocabulary table (search_terms), from which a
    // prefix search is expanded. After a rollback on the connection every word counts as new again,
    // so nothing a rolled-back transaction took goes missing.
    static QList<QByteArray> takeNewWords(sqlite3 *db);
};

} // namespace Paperboy::Core

#include "cjktokenizer_impl.h"

