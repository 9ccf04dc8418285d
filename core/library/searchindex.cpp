// SearchIndex: the FTS5 index (search_fts), its vocabulary (search_terms) and the queries over it.
#include "library/searchindex.h"

#include "library/database.h"
#include "library/sql.h"
#include "library/statement.h"
#include "search/cjktokenizer.h"
#include "search/searchquery.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace Paperboy::Core {

namespace {

// Weights in column order: title, the seven section kinds, other, note; then, bound, the term of
// each phrase (SearchQuery::phraseTerms).
const QString kRank = QStringLiteral("paperboy_rank(search_fts, 4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0, ?)");

const QString kSearchColumns = QStringLiteral("title, motivation, contributions, method, experiments, results, limitations, future_work, other, note, authors");

} // namespace

QString SearchHit::snippetWith(const QString &open, const QString &close) const
{
    QString s = snippet;
    s.replace(MatchStart, open);
    s.replace(MatchEnd, close);
    return s;
}

bool SearchIndex::unindexEntries(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO search_fts(search_fts, rowid, %1) SELECT 'delete', id, %1 FROM search_docs "
                             "WHERE id IN (SELECT id FROM entries WHERE %2)")
                  .arg(kSearchColumns, where));
    return Sql::exec(q, binds);
}

bool SearchIndex::indexDigest(const Digest &digest, qlonglong firstId, const std::vector<Row> &rows)
{
    QHash<QString, QString> notes;
    {
        QSqlQuery n(m_db.sql());
        n.prepare(QStringLiteral("SELECT arxiv_id, markdown FROM notes WHERE arxiv_id IN (SELECT arxiv_id FROM entries WHERE day = ?)"));
        Sql::exec(n, {Sql::dayKey(digest.date)});
        while (n.next())
            notes.insert(n.value(0).toString(), n.value(1).toString());
    }
    Statement insert(m_db.handle(),
                     "INSERT INTO search_fts(rowid, title, motivation, contributions, method, experiments, "
                     "results, limitations, future_work, other, note, authors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const Row &row : rows) {
        const Paper &p = digest.papers.at(position);
        insert.bind(1, firstId + position++);
        for (int c = 0; c < Row::Columns; ++c) {
            if (row.columns[size_t(c)].isNull())
                insert.bindNull(c + 2);
            else
                insert.bindTerminatedUtf8(c + 2, row.columns[size_t(c)]); // parsed texts have no NUL
        }
        const auto note = notes.constFind(p.arxivId);
        if (note == notes.cend())
            insert.bindNull(Row::Columns + 2);
        else
            insert.bind(Row::Columns + 2, *note);
        if (row.authors.isNull())
            insert.bindNull(Row::Columns + 3);
        else
            insert.bindUtf8(Row::Columns + 3, row.authors);
        if (!insert.exec())
            return false;
    }
    return storeNewWords();
}

bool SearchIndex::indexEntries(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO search_fts(rowid, %1) SELECT id, %1 FROM search_docs "
                             "WHERE id IN (SELECT id FROM entries WHERE %2)")
                  .arg(kSearchColumns, where));
    return Sql::exec(q, binds) && storeNewWords();
}

bool SearchIndex::storeNewWords()
{
    const QList<QByteArray> words = CjkTokenizer::takeNewWords(m_db.handle());
    if (words.isEmpty())
        return true;
    m_vocabularyRead = false;
    Statement insert(m_db.handle(), "INSERT OR IGNORE INTO search_terms(term) VALUES (?)");
    for (const QByteArray &word : words)
        if (!insert.bindUtf8(1, word).exec())
            return false;
    return true;
}

const SearchIndex::Vocabulary &SearchIndex::vocabulary() const
{
    // Words come from this connection (storeNewWords empties the copy) or from another one that
    // committed since the copy was read (data_version moves).
    QSqlQuery q(m_db.sql());
    const qint64 version = q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    if (m_vocabularyRead && version == m_vocabularyVersion)
        return m_vocabulary;
    m_vocabulary = {};
    if (q.exec(QStringLiteral("SELECT term FROM search_terms")))
        while (q.next()) {
            const QByteArray term = q.value(0).toString().toUtf8();
            const auto *p = reinterpret_cast<const unsigned char *>(term.constData());
            int first = 0;
            if (term.isEmpty() || !TokenizerDetail::isCjk(decodeUtf8(p, p + term.size(), &first))) {
                m_vocabulary.words << term;
                continue;
            }
            // A run-ending bigram: filed under its last character.
            m_vocabulary.endings[term.mid(first)] << term;
        }
    m_vocabularyRead = true;
    m_vocabularyVersion = version;
    return m_vocabulary;
}

QString SearchIndex::expandWord(const QString &term) const
{
    // Only a single word, with or without a trailing * ("\"video\"", "\"diffus\"*"); phrases and
    // Hangul/CJK text stay as they are.
    const bool prefix = term.endsWith(QLatin1StringView("\"*"));
    if (!term.startsWith(u'"') || term.size() < 3 || !(prefix || term.endsWith(u'"')))
        return term;
    const QString inner = term.mid(1, term.size() - (prefix ? 3 : 2));
    if (inner.contains(u'"'))
        return term;
    const QByteArray utf8 = inner.toUtf8();
    QList<QByteArray> tokens;
    bool allWords = true;
    CjkTokenizer::tokenizeRaw(utf8.constData(), int(utf8.size()), [&](const char *t, int n, int, int, bool word) {
        tokens << QByteArray(t, n);
        allWords = allWords && word;
        return true;
    });
    if (tokens.size() == 1 && !allWords)
        return withEndings(term, tokens.first());
    if (tokens.size() != 1 || !allWords)
        return term;
    const QByteArray &word = tokens.first();
    const QList<QByteArray> &words = vocabulary().words;
    if (words.isEmpty())
        return term; // no vocabulary (a library being upgraded): the word, or FTS5's own prefix search
    QList<QByteArray> containing, starting;
    for (const QByteArray &w : words) {
        if (!w.contains(word))
            continue;
        containing << w;
        if (w.startsWith(word))
            starting << w;
    }
    const auto orList = [](QList<QByteArray> list) {
        std::sort(list.begin(), list.end());
        QStringList alternatives;
        for (const QByteArray &w : std::as_const(list))
            alternatives << SearchQuery::quote(QString::fromUtf8(w));
        return alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(QLatin1StringView(" OR ")) + u')';
    };
    if (containing.isEmpty())
        return SearchQuery::quote(QString::fromUtf8(word)); // matches nothing; the query stays valid
    if (containing.size() <= MaxWordsPerTerm)
        return orList(containing);
    if (starting.size() <= MaxWordsPerTerm && !starting.isEmpty())
        return orList(starting);
    return SearchQuery::quote(QString::fromUtf8(word)) + u'*';
}

QString SearchIndex::withEndings(const QString &term, const QByteArray &character) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(character.constData());
    int length = 0;
    if (character.isEmpty() || decodeUtf8(p, p + character.size(), &length) == 0xFFFD || length != character.size())
        return term; // a bigram (the index has it as it is) or something odd
    QList<QByteArray> endings = vocabulary().endings.value(character);
    if (endings.isEmpty() || endings.size() > MaxEndingsPerCharacter)
        return term;
    std::sort(endings.begin(), endings.end());
    QStringList alternatives{term};
    for (const QByteArray &bigram : std::as_const(endings))
        alternatives << SearchQuery::quote(QString::fromUtf8(bigram));
    return u'(' + alternatives.join(QLatin1StringView(" OR ")) + u')';
}

SearchQuery SearchIndex::spelled(const SearchQuery &query) const
{
    // Whether the index has two characters side by side in a run: a long compound's spellings break
    // where it has not.
    QSqlQuery pair(m_db.sql());
    bool pairPrepared = false;
    const auto joinable = [&pair, &pairPrepared](char32_t a, char32_t b) {
        if (!std::exchange(pairPrepared, true)) {
            pair.setForwardOnly(true);
            pair.prepare(QStringLiteral("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1"));
        }
        const char32_t both[2] = {a, b};
        const bool found = Sql::exec(pair, {SearchQuery::quote(QString::fromUcs4(both, 2))}) && pair.next();
        pair.finish();
        return found;
    };
    return query.withSpacings(joinable);
}

SearchIndex::Plan SearchIndex::plan(const SearchQuery &typed) const
{
    // A joined Korean compound also asks for its spaced forms (the index has no bigrams across
    // white space), and a prefix word becomes the words of the vocabulary it stands for (see
    // expandWord).
    Plan p;
    p.query = spelled(typed.withProximity());
    SearchQuery &query = p.query;
    for (QString &term : query.terms)
        term = expandWord(term);
    for (QString &term : query.excluded)
        term = expandWord(term);
    QStringList &filters = p.filters;
    QVariantList &binds = p.binds;
    p.match = query.matchExpression();
    const QString &match = p.match;
    if (!query.ids.isEmpty() || !query.idPrefixes.isEmpty()) {
        QStringList any;
        if (!query.ids.isEmpty())
            any << QStringLiteral("e.arxiv_id IN (%1)").arg(QStringList(query.ids.size(), QStringLiteral("?")).join(u','));
        for (const auto &id : query.ids)
            binds << id;
        for (const auto &start : query.idPrefixes) {
            any << QStringLiteral("e.arxiv_id GLOB ?"); // digits and a dot: nothing GLOB would read as a pattern
            binds << start + u'*';
        }
        filters << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    for (const QString &tag : query.tags) {
        filters << QStringLiteral("EXISTS (SELECT 1 FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                                  "WHERE pt.arxiv_id = e.arxiv_id AND t.name = ?)");
        binds << tag;
    }
    if (query.starredOnly)
        filters << QStringLiteral("EXISTS (SELECT 1 FROM stars s WHERE s.arxiv_id = e.arxiv_id)");
    if (query.unreadOnly)
        filters << QStringLiteral("NOT EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)");
    if (query.readOnly)
        filters << QStringLiteral("EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)");
    if (query.laterOnly)
        filters << QStringLiteral("EXISTS (SELECT 1 FROM later l WHERE l.arxiv_id = e.arxiv_id)");
    if (query.from.isValid()) {
        filters << QStringLiteral("e.day >= ?");
        binds << Sql::dayKey(query.from);
    }
    if (query.to.isValid()) {
        filters << QStringLiteral("e.day <= ?");
        binds << Sql::dayKey(query.to);
    }
    if (query.section && match.isEmpty())
        filters << QStringLiteral("EXISTS (SELECT 1 FROM sections s WHERE s.entry_id = e.id AND s.kind = ?)"), binds << sectionKindName(*query.section);

    return p;
}

namespace {
// A snippet as text: the index holds the summary's Markdown, whose emphasis and code marks
// ("**보상 모델**", "`GRPO`") would show as such in a list of results.
QString plainSnippet(QString snippet)
{
    snippet.remove(QStringLiteral("**"));
    snippet.remove(QStringLiteral("__"));
    snippet.remove(u'`');
    return snippet.simplified();
}

// "2505.16938 OR 강화학습" as its two halves: the ids alone, and the words alone.
std::pair<SearchQuery, SearchQuery> splitIdsOred(const SearchQuery &typed)
{
    SearchQuery byId = typed, byWords = typed;
    byId.terms.clear();
    byId.orBefore.clear();
    byId.excluded.clear();
    byId.idsOred = byWords.idsOred = false;
    byWords.ids.clear();
    byWords.idPrefixes.clear();
    return {byId, byWords};
}
} // namespace

QList<SearchHit> SearchIndex::search(const SearchQuery &typed, int limit, QString *error, Order order) const
{
    QList<SearchHit> hits;
    if (typed.isEmpty())
        return hits;
    // "2505.16938 OR 강화학습": the papers the ids name, then those the words find, each once.
    if (typed.idsOred && !typed.terms.isEmpty()) {
        const auto [byId, byWords] = splitIdsOred(typed);
        hits = search(byId, limit, error, order);
        QSet<QString> seen;
        for (const SearchHit &h : std::as_const(hits))
            seen.insert(h.arxivId);
        for (const SearchHit &h : search(byWords, limit, error, order))
            if (hits.size() < limit && !seen.contains(h.arxivId))
                hits << h;
        // Newest first: the two lists merged by day (within a day, the papers named first).
        if (order == Order::Newest)
            std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.day > b.day; });
        return hits;
    }
    Plan planned = plan(typed);
    const SearchQuery &query = planned.query;
    const QString &match = planned.match;
    const QStringList &filters = planned.filters;
    const QVariantList &binds = planned.binds;

    // A paper on several days is one result: fetch a few more rows than asked, keep each paper once.
    const int fetch = limit + 16;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QString snippet = QStringLiteral("snippet(search_fts, -1, char(2), char(3), '…', 14)");
    bool snippetsInline = false;
    // Words found in most papers: the papers with them in the title first (see below), then the rest.
    QStringList commonPasses;
    if (!match.isEmpty() && order == Order::Relevance && allTermsCommon(query)) {
        commonPasses << match;
        if (!query.section) {
            SearchQuery positive = query;
            positive.excluded.clear();
            commonPasses.prepend(QStringLiteral("({title} : %1) AND (%2)").arg(positive.matchExpression(), match));
        }
    }
    if (!commonPasses.isEmpty()) {
        // bm25 cannot rank words found in most papers (their idf is clamped to ~0): those with the
        // words in the title, newest first, then the others newest first, which the index answers
        // from its rowid order without scoring every match. The rows come in the order asked for,
        // so snippet() runs for the rows kept only, in the same query.
        snippetsInline = true;
        q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, m.id, 0, m.snippet FROM "
                                 "(SELECT f.rowid AS id, %3 AS snippet FROM search_fts f%1 WHERE search_fts MATCH ?%2 "
                                 "ORDER BY f.rowid DESC LIMIT ?) m "
                                 "JOIN entries e ON e.id = m.id ORDER BY m.id DESC")
                      .arg(filters.isEmpty() ? QString() : QStringLiteral(" JOIN entries e ON e.id = f.rowid"),
                           filters.isEmpty() ? QString() : QStringLiteral(" AND ") + filters.join(QStringLiteral(" AND ")), snippet));
    } else if (!match.isEmpty() && order == Order::Newest) {
        // Newest day first, a day's papers in their order: every match is sorted (no scoring).
        q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, f.rowid, 0 FROM search_fts f JOIN entries e ON e.id = f.rowid "
                                 "WHERE search_fts MATCH ?%1 ORDER BY e.day DESC, e.position LIMIT ?")
                      .arg(filters.isEmpty() ? QString() : QStringLiteral(" AND ") + filters.join(QStringLiteral(" AND "))));
        q.addBindValue(match);
    } else if (!match.isEmpty()) {
        // Rank inside the FTS table alone and join only the rows kept; filters (rare) go on the join.
        if (filters.isEmpty())
            q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, m.id, m.rank FROM "
                                     "(SELECT rowid AS id, %1 AS rank FROM search_fts WHERE search_fts MATCH ? ORDER BY 2, 1 DESC LIMIT ?) m "
                                     "JOIN entries e ON e.id = m.id ORDER BY m.rank, m.id DESC")
                          .arg(kRank));
        else
            q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, m.id, m.rank FROM "
                                     "(SELECT f.rowid AS id, %1 AS rank FROM search_fts f JOIN entries e ON e.id = f.rowid "
                                     " WHERE search_fts MATCH ? AND %2 ORDER BY 2, 1 DESC LIMIT ?) m "
                                     "JOIN entries e ON e.id = m.id ORDER BY m.rank, m.id DESC")
                          .arg(kRank, filters.join(QStringLiteral(" AND "))));
        q.addBindValue(query.phraseTerms());
        q.addBindValue(match);
    } else {
        // Filters alone: the newest day first, or the order the query asks for (is:later alone is
        // the queue's order); a paper's rows come newest day first, so it is listed at that day.
        QString orderBy = QStringLiteral("e.day DESC, e.position");
        const auto sort = query.sort == SearchQuery::Sort::Default && query.laterOnly ? SearchQuery::Sort::Queue : query.sort;
        if (sort == SearchQuery::Sort::Queue)
            orderBy = QStringLiteral("(SELECT l.position FROM later l WHERE l.arxiv_id = e.arxiv_id) IS NULL, "
                                     "(SELECT l.position FROM later l WHERE l.arxiv_id = e.arxiv_id), ") + orderBy;
        else if (sort == SearchQuery::Sort::LastRead)
            // The reader's history (events, schema 12): when it was last read.
            orderBy = QStringLiteral("(SELECT max(v.at) FROM events v WHERE v.arxiv_id = e.arxiv_id AND v.kind = 'read') IS NULL, "
                                     "(SELECT max(v.at) FROM events v WHERE v.arxiv_id = e.arxiv_id AND v.kind = 'read') DESC, ") + orderBy;
        q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, e.id, 0 FROM entries e WHERE %1 "
                                 "ORDER BY %2 LIMIT ?")
                      .arg(filters.join(QStringLiteral(" AND ")), orderBy));
    }
    QSet<QString> seen;
    QList<qlonglong> rowids;
    // One pass, or for common words two: the title's matches, then every match (those already
    // listed skipped).
    for (qsizetype pass = 0; pass < std::max<qsizetype>(1, commonPasses.size()) && hits.size() < limit; ++pass) {
        if (!commonPasses.isEmpty())
            q.addBindValue(commonPasses.at(pass));
        for (const auto &b : binds)
            q.addBindValue(b);
        q.addBindValue(fetch + int(hits.size()));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().databaseText();
            return hits;
        }
        while (q.next() && hits.size() < limit) {
            const QString id = q.value(0).toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            hits.append({id, QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                         snippetsInline ? plainSnippet(q.value(5).toString()) : QString(), q.value(4).toDouble()});
            rowids.append(q.value(3).toLongLong());
        }
        q.finish();
    }
    // Snippets only for what is shown: snippet() over every match would cost more than the ranking.
    // One query for all of them: each MATCH sets the query up again, and for a prefix ("model*")
    // that means merging the lists of every word with the prefix. The index only walks the rowid
    // range of the hits; the unary + keeps "rowid IN" out of the index (it would run one MATCH per
    // value), so SQLite filters the rows and calls snippet() only for the hits.
    if (!match.isEmpty() && !snippetsInline && !rowids.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(rowids.cbegin(), rowids.cend());
        QStringList list;
        for (qlonglong id : rowids)
            list << QString::number(id);
        QSqlQuery s(m_db.sql());
        s.setForwardOnly(true);
        s.prepare(QStringLiteral("SELECT rowid, %2 FROM search_fts "
                                 "WHERE search_fts MATCH ? AND rowid >= ? AND rowid <= ? AND +rowid IN (%1)")
                      .arg(list.join(u','), snippet));
        QHash<qlonglong, QString> snippets;
        if (Sql::exec(s, {match, *lo, *hi}))
            while (s.next())
                snippets.insert(s.value(0).toLongLong(), plainSnippet(s.value(1).toString()));
        s.finish();
        for (int i = 0; i < hits.size(); ++i)
            hits[i].snippet = snippets.value(rowids.at(i));
    }
    return hits;
}

int SearchIndex::count(const SearchQuery &typed, QString *error) const
{
    if (typed.isEmpty())
        return 0;
    if (typed.idsOred && !typed.terms.isEmpty()) {
        // The papers the ids name, and those the words find that are not among them.
        const auto [byId, byWords] = splitIdsOred(typed);
        SearchQuery both = byWords;
        both.ids = byId.ids;
        both.idPrefixes = byId.idPrefixes;
        return count(byId, error) + count(byWords, error) - count(both, error);
    }
    const Plan p = plan(typed);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QString where = p.filters.join(QStringLiteral(" AND "));
    if (p.match.isEmpty())
        q.prepare(QStringLiteral("SELECT count(DISTINCT e.arxiv_id) FROM entries e WHERE %1").arg(where));
    else
        q.prepare(QStringLiteral("SELECT count(DISTINCT e.arxiv_id) FROM search_fts f JOIN entries e ON e.id = f.rowid WHERE search_fts MATCH ?%1")
                      .arg(where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
    if (!p.match.isEmpty())
        q.addBindValue(p.match);
    for (const auto &b : p.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().databaseText();
        return 0;
    }
    return q.value(0).toInt();
}

bool SearchIndex::allTermsCommon(const SearchQuery &query) const
{
    // Whether a word is in most papers is judged on the newest entries (ids grow with the day): a
    // count over the whole library would read every match of the word, which is what this check
    // exists to avoid. FTS5 seeks straight to the sample's first rowid.
    constexpr int Sample = 2000;
    if (m_entryCount < 0) {
        QSqlQuery c(m_db.sql());
        m_entryCount = c.exec(QStringLiteral("SELECT count(*) FROM entries")) && c.next() ? c.value(0).toInt() : 0;
        c.finish();
        m_sampleFloor = 0;
        if (m_entryCount > Sample && c.exec(QStringLiteral("SELECT id FROM entries ORDER BY id DESC LIMIT 1 OFFSET %1").arg(Sample - 1)) && c.next())
            m_sampleFloor = c.value(0).toLongLong();
    }
    if (m_entryCount < 200 || query.terms.isEmpty())
        return false; // small libraries rank everything; it is cheap there
    for (qsizetype i = 0; i < query.terms.size(); ++i)
        if (query.orBefore.at(i))
            return false;
    const qint64 sampled = std::min(m_entryCount, Sample);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?"));
    for (const QString &term : query.terms) {
        const QString expr = query.section ? QStringLiteral("{%1} : %2").arg(sectionKindName(*query.section), term) : term;
        if (!Sql::exec(q, {expr, m_sampleFloor}) || !q.next() || q.value(0).toLongLong() * 2 <= sampled)
            return false;
        q.finish();
    }
    return true;
}

bool SearchIndex::setMerging(bool on)
{
    QSqlQuery q(m_db.sql());
    // 4 is FTS5's default.
    return q.exec(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', %1)").arg(on ? 4 : 0));
}

} // namespace Paperboy::Core
