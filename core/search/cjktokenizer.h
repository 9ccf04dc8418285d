// The "paperboy" FTS5 tokenizer: bigrams for Hangul/CJK runs, case-folded words for everything else.
#pragma once

#include "common/status.h"

#include <QByteArray>
#include <QList>

#include <functional>

struct sqlite3;

namespace Paperboy::Core {

// Korean has no spaces between a noun and its particle ("모델이", "모델을"). Like Lucene's CJK bigram
// analysis this emits overlapping two-character tokens for runs of Hangul, Han, Hiragana and
// Katakana (a lone character becomes one token), so "모델" finds "모델이". Everything else is split
// like unicode61: runs of letters, digits and marks, case-folded.
//
//   "모델이 강화 학습을"  ->  모델 델이 강화 학습 학을              (Rules::Runs)
//   "Diffusion-LM v2"    ->  diffusion lm v2
//
// Compounds are written both joined and apart ("강화학습", "강화 학습"). The index (schema 9,
// tokenize = 'paperboy 2') keeps each run's own bigrams, and a search for a joined word also asks
// for its spaced forms (SearchQuery::withSpacings). Libraries before schema 9 indexed with
// Rules::Bridged (tokenize = 'paperboy'), which also emits the bigram bridging the white space
// between two runs ("모델이 강화" -> ... 이강 ...); it stays available so that their index can be
// read and upgraded (why the bridges went: docs/PERFORMANCE.md, import, fourth round).
class CjkTokenizer
{
public:
    enum class Rules {
        Bridged, // 'paperboy': bigrams also across white space between runs (schema 2 to 8)
        Runs, // 'paperboy 2': bigrams within runs only
    };
    // token, byte offsets [start, end) in text.
    using Sink = std::function<void(const QByteArray &token, int start, int end)>;

    static void tokenize(const char *text, int size, const Sink &sink, Rules rules = Rules::Runs);

    // The same without allocating: sink(const char *token, int length, int start, int end, bool word),
    // word: the token is a word, not a Hangul/CJK bigram or character.
    // Returns false as soon as sink does; the index calls this for every token it stores.
    template<typename RawSink>
    static bool tokenizeRaw(const char *text, int size, RawSink &&sink, Rules rules = Rules::Runs);

    // Registers the tokenizer as "paperboy" on a connection (through fts5_api). Its one argument
    // picks the rules: none for Rules::Bridged, "2" for Rules::Runs.
    static Status registerWith(sqlite3 *db);

    // The words (tokens that are not CJK bigrams), and the bigrams that end a Hangul/CJK run
    // ("로봇" of "로봇은"), the index was given on a connection that were not taken before: the
    // library keeps them in its vocabulary table (search_terms), from which a word is expanded to the
    // words containing it and a lone syllable to the runs ending with it. After a rollback on the connection every word counts as new again,
    // so nothing a rolled-back transaction took goes missing.
    static QList<QByteArray> takeNewWords(sqlite3 *db);
};

} // namespace Paperboy::Core

#include "cjktokenizer_impl.h"
