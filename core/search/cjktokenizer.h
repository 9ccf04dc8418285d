// The "paperboy" FTS5 tokenizer: bigrams for Hangul/CJK runs, case-folded words for everything else.
#pragma once

#include "common/status.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace Paperboy::Core {

// The tokens of one text, worked out ahead (an import does it on its parsing thread) so that the
// index, when it is given that text, replays them instead of scanning the text itself
// (CjkTokenizer::expect). Bigrams are read from the text (one that bridges white space from its two
// characters); only case-folded words keep bytes of their own.
class PreparedTokens
{
public:
    // text must outlive the tokens and stay where it is (a QByteArray that is not changed).
    static PreparedTokens of(const QByteArray &text);

    const char *text() const { return m_text; }
    int size() const { return m_size; }
    qsizetype count() const { return qsizetype(m_tokens.size()); }
    // The distinct words (tokens that are not Hangul/CJK bigrams) among them, added to *words.
    void addWordsTo(QList<QByteArray> *words, QSet<QByteArray> *seen) const;

    // Calls sink(token, length, start, end) for each token in order; stops when it returns false.
    template<typename Sink>
    bool replay(Sink &&sink) const
    {
        char bridge[8];
        for (const Token &t : m_tokens) {
            if (!sink(bytesOf(t, bridge), int(t.length), int(t.start), int(t.end)))
                return false;
        }
        return true;
    }

private:
    static constexpr std::uint32_t FromText = 0xFFFFFFFF; // the token is its span of the text
    static constexpr std::uint32_t Bridge = 0xFFFFFFFE;   // the first and last character of its span
    struct Token {
        std::uint32_t start, end; // byte offsets in the text
        std::uint32_t from;       // offset of its bytes in m_bytes, FromText or Bridge
        std::uint32_t length : 31;
        std::uint32_t word : 1;
    };
    // The token's bytes; a bridging bigram is put together in bridge (8 bytes).
    const char *bytesOf(const Token &t, char *bridge) const
    {
        if (t.from == FromText)
            return m_text + t.start;
        if (t.from != Bridge)
            return m_bytes.data() + t.from;
        const auto lead = static_cast<unsigned char>(m_text[t.start]);
        const std::uint32_t first = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; // a CJK character is never ASCII
        for (std::uint32_t i = 0; i < first; ++i)
            bridge[i] = m_text[t.start + i];
        for (std::uint32_t i = first; i < t.length; ++i)
            bridge[i] = m_text[t.end - (t.length - i)];
        return bridge;
    }
    const char *m_text = nullptr;
    int m_size = 0;
    std::vector<Token> m_tokens;
    std::string m_bytes;
};

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

    // Until the next call, the index on db tokenizes a document text that is one of these (the same
    // address and size) by replaying its prepared tokens, and does not note its words: the caller
    // gives them with noteWords(). Empty: every text is scanned again. The tokens must outlive the
    // statement that inserts the texts.
    static void expect(sqlite3 *db, std::vector<const PreparedTokens *> tokens);
    // Counts these words as given to the index on db, for takeNewWords().
    static void noteWords(sqlite3 *db, const QList<QByteArray> &words);
};

} // namespace Paperboy::Core

#include "cjktokenizer_impl.h"

