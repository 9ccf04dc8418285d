// The library's full-text search: queries, prefix expansion over the vocabulary, and index upkeep.
#pragma once

#include "library/librarytypes.h"
#include "library/store.h"
#include "search/searchquery.h"

#include <QByteArray>
#include <QHash>
#include <QVariantList>

#include <array>
#include <vector>

namespace Paperboy::Core {

class SearchQuery;

class SearchIndex : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    SearchIndex(Library &library, Database &db)
        : Store(library, db)
    {
    }

    enum class Order {
        Relevance, // bm25 with the title weighing most and adjacent words rewarded
        Newest, // the newest day first, a day's papers in their order
    };
    // Results, one per paper, at most limit of them. A larger limit gives the same first results
    // and more after them (the window loads results page by page so).
    QList<SearchHit> search(const SearchQuery &query, int limit = 50, QString *error = nullptr, Order order = Order::Relevance) const;
    // How many papers the search finds in all (each once, as search lists them).
    int count(const SearchQuery &query, QString *error = nullptr) const;
    // The query with every spelling the index can hold (SearchQuery::withSpacings), a long compound
    // broken only where the index has the two characters side by side: what search and the mute
    // rules ask the index.
    SearchQuery spelled(const SearchQuery &query) const;

    // --- Upkeep, for the stores that change what the index holds ---------------------------------
    // A digest entry's values for the index's columns title .. other (the note comes from the
    // library) as UTF-8: the same values search_docs gives (so a later 'delete' through the view
    // removes exactly these tokens), taken from memory instead of read back through the view.
    struct Row {
        static constexpr int Columns = 9;
        std::array<QByteArray, Columns> columns; // null: SQL NULL
        QByteArray authors; // the authors column (JSON array), null when the digest names none
    };
    // Adds a digest's entries just stored (rows in position order, their ids from firstId on),
    // with the papers' notes.
    bool indexDigest(const Digest &digest, qlonglong firstId, const std::vector<Row> &rows);
    // Keeps the index in step with entries: call with the old text still in place, change it,
    // call again. where selects entries (e.g. "day = ?").
    bool unindexEntries(const QString &where, const QVariantList &binds);
    bool indexEntries(const QString &where, const QVariantList &binds);
    // Turns the index's merging of segments as it writes them (FTS5's automerge) on or off.
    bool setMerging(bool on);
    // Entries were added or removed: the counts search keeps are stale.
    void entriesChanged() { m_entryCount = -1; }

private:
    // The query as the index is asked: spellings and words within words filled in (the MATCH
    // expression, empty when only filters are left), and the filters on entries e with their values.
    struct Plan {
        SearchQuery query;
        QString match;
        QStringList filters;
        QVariantList binds;
    };
    Plan plan(const SearchQuery &typed) const;
    // Adds the words the index was just given to the vocabulary (search_terms).
    bool storeNewWords();
    // A word finds the words that contain it, as a reader of Zotero or a file manager expects
    // ("video" finds QuickVideo and videos, "llm" finds MLLMs): "\"video\"" -> ("\"quickvideo\"
    // OR \"video\" OR \"videos\"") from the vocabulary, and a prefix ("\"diffus\"*") the same.
    // FTS5 reads the lists of an OR lazily in rowid order, where its own prefix search first merges
    // every list with the prefix. More than MaxWordsPerTerm words: those that start with it, or
    // else FTS5's prefix search. A lone Hangul/CJK character also finds the runs that end with it
    // ("봇" finds 로봇, which the index holds as the bigram 로봇 only): "\"봇\"*" -> ("\"봇\"* OR
    // \"로봇\" OR …"), unless more than MaxEndingsPerCharacter bigrams end with it (a particle such
    // as 이). Phrases and longer Hangul/CJK text come back unchanged.
    QString expandWord(const QString &term) const;
    QString withEndings(const QString &term, const QByteArray &character) const;
    static constexpr int MaxWordsPerTerm = 16;
    static constexpr int MaxEndingsPerCharacter = 64;
    // search_terms, read once and again when it changed (here, or on another connection): its
    // words, and its run-ending bigrams by their last character.
    struct Vocabulary {
        QList<QByteArray> words;
        QHash<QByteArray, QList<QByteArray>> endings;
    };
    const Vocabulary &vocabulary() const;
    // True when every word of the query occurs in more than half of the newest entries.
    bool allTermsCommon(const SearchQuery &query) const;

    mutable int m_entryCount = -1;
    mutable Vocabulary m_vocabulary;
    mutable bool m_vocabularyRead = false;
    mutable qint64 m_vocabularyVersion = -1;
    mutable qint64 m_sampleFloor = 0; // first entry id of the newest ones allTermsCommon samples
};

} // namespace Paperboy::Core
