// What a reader types into search, parsed into an FTS5 expression and filters.
#pragma once

#include "digest/sectionkind.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Paperboy::Core {

// Syntax (every part optional, in any order):
//   모델 diffus*          words must all occur; a trailing * searches by prefix
//   "강화 학습"            a phrase
//   rlhf OR dpo          either word (AND is the default; OR, NOT and AND in capitals are operators)
//   -survey, NOT survey  without this word
//   2505.16265           that paper, exactly (arXiv ids never go through full-text search);
//   2505.169             the papers whose id starts so; "2505.16938 OR 강화학습": either
// Decomposed Hangul is composed and full-width ASCII folded first; a word of punctuation alone
// ("-", "/", "—") is ignored.
//   tag:reading          filters: tag:NAME, section:KIND (results, limitations, ...), is:starred,
//   is:unread            is:read, is:later (in the reading queue), from:YYYY-MM-DD, to:YYYY-MM-DD
//   sort:read            without words: the papers last read first (sort:later: the queue's order,
//                        which is:later alone also gives); with words the window's order applies
// Examples:
//   "모델 section:results"     -> match '{results} : ("모델")'
//   "Diffus* -survey"          -> match '("diffus"*) NOT "survey"'
//   "2505.16265"               -> no match expression, ids = [2505.16265]
// Words are quoted before they reach FTS5, so no input can make a syntax error there. A lone
// Hangul/Han character becomes a prefix search (the index holds bigrams).
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    // A word as an FTS5 string: "word", with inner quotes doubled.
    static QString quote(const QString &word);

    // The FTS5 MATCH expression, empty when the query has no words.
    QString matchExpression() const;

    // The query as the search index (schema 9) needs it: each term whose Hangul/CJK text has three
    // or more characters, taken together across white space, becomes the OR of its spellings, so
    // that "강화학습" also finds "강화 학습" and "강화 학습" (quoted) also finds "강화학습". The index
    // keeps only the bigrams inside each run (see CjkTokenizer), so each spacing is its own phrase.
    // The spellings are: joined, the reader's own spacing, and every split into parts of two or more
    // characters, fewest breaks first, at most MaxSpellings per term:
    //   "강화학습"        -> ("강화학습" OR "강화 학습")
    //   "\"강화 학습\""  -> ("강화학습" OR "강화 학습")
    //   "\"학습\"*"      -> "학습"*  (unchanged)
    // joinable(a, b), when given, says whether the index has the two characters side by side in a
    // run (the bigram "ab"); where it has not, every spelling breaks there, so that a long compound
    // ("다중모달대형언어모델") spends its MaxSpellings on spellings that can occur.
    using Joinable = std::function<bool(char32_t, char32_t)>;
    SearchQuery withSpacings(const Joinable &joinable = {}) const;

    // With `together` set when the query is two to six plain words joined by AND (no OR, no
    // prefix, no phrase): "보상 모델" -> ("보상" AND "모델") OR "보상 모델". Call before withSpacings.
    SearchQuery withProximity() const;

    // For the ranking function (see RankFunction): the term each phrase of matchExpression()
    // belongs to, in order, space-separated; -1 for the excluded ones. "(\"a b\" OR \"ab\") \"c\"" -> "0 0 1".
    QString phraseTerms() const;

    // The FTS5 strings of an expression of ours, unquoted: "(\"강화학습\" OR \"강화 학습\"*)" ->
    // [강화학습, 강화 학습].
    static QStringList strings(const QString &expression);
    static QString spellings(const QString &term, const Joinable &joinable = {});
    static constexpr int MaxSpellings = 16;
    // Longer queries are cut (with a message in errors): FTS5's work grows with every word.
    static constexpr int MaxWords = 32;
    static constexpr int MaxWordLength = 200;
    bool isEmpty() const;

    QStringList terms; // positive words and phrases as FTS5 strings, e.g. "\"모델\"" or "\"diffus\"*"
    QList<bool> orBefore; // orBefore[i]: terms[i] is joined to terms[i-1] with OR
    QStringList excluded; // FTS5 strings
    // Words typed side by side, as one phrase (withProximity): an alternative that matches nothing
    // more (it implies every word) but ranks papers that have the words together higher.
    QString together;
    QStringList ids; // arXiv ids
    QStringList idPrefixes; // starts of arXiv ids ("2505.169")
    bool idsOred = false; // an id was joined to the words with OR: papers with the id or the words
    QStringList tags;
    std::optional<SectionKind> section;
    bool starredOnly = false;
    bool unreadOnly = false;
    bool readOnly = false;
    bool laterOnly = false;
    // The order of a query without words (SearchIndex::search): the newest day first unless one of these.
    // Default: by day, except is:later alone, which keeps the queue's order.
    enum class Sort { Default, Day, LastRead, Queue };
    Sort sort = Sort::Default;
    QDate from;
    QDate to;
    QStringList errors; // unknown filters, bad dates: shown to the user, the rest still searches
};

} // namespace Paperboy::Core
