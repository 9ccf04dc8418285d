// Similarity: more like this, from the search index's terms and document counts.
#include "library/similarity.h"

#include "library/database.h"
#include "library/sql.h"
#include "search/cjktokenizer.h"
#include "search/stopwords.h"
#include "search/searchquery.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Paperboy::Core {

namespace {

// The index's text columns: what a paper says, not the reader's note or the authors.
const QString kTextColumns = QStringLiteral("title, motivation, contributions, method, experiments, results, limitations, future_work, other");
constexpr int kTextColumnCount = 9;
// Title counts twice; note and authors not at all (the MATCH is restricted to the text columns).
const QString kRank = QStringLiteral("bm25(search_fts, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0)");
// A term in more than this share of the entries says nothing about a paper.
constexpr double kCommonShare = 0.2;
// The query's terms together match at most about this many entries: bm25 scores every match.
constexpr qint64 kPostingBudget = 5000;
// Entries of the sample with a term from which its count is estimated instead of counted.
constexpr int kEstimateFrom = 3;
constexpr int kMaxShownTerms = 8;

struct Token {
    QByteArray text;
    int start = 0;
    int end = 0;
    bool word = true;
};

QList<Token> tokens(const QByteArray &text)
{
    QList<Token> out;
    CjkTokenizer::tokenizeRaw(text.constData(), int(text.size()), [&out](const char *t, int n, int start, int end, bool word) {
        out.append({QByteArray(t, n), start, end, word});
        return true;
    });
    return out;
}

// One-character terms, numbers and English function words: no topic in them.
bool meaningful(const QByteArray &token)
{
    if (QString::fromUtf8(token).size() < 2 || StopWords::isFunctionWord(token))
        return false;
    return !std::all_of(token.cbegin(), token.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

QByteArray joinedText(const QSqlQuery &q, int first)
{
    QByteArray text;
    for (int c = 0; c < kTextColumnCount; ++c) {
        const QString part = q.value(first + c).toString();
        if (part.isEmpty())
            continue;
        if (!text.isEmpty())
            text += '\n';
        text += part.toUtf8();
    }
    return text;
}

} // namespace

bool Similarity::ensureVocab() const
{
    // Every time: the connection may have been opened again (a temp table goes with it).
    QSqlQuery q(m_db.sql());
    m_vocabReady = q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.similarity_vocab USING fts5vocab(main, search_fts, row)"));
    return m_vocabReady;
}

void Similarity::refreshSample(qint64 entries, qint64 lastId) const
{
    if (entries == m_sampleEntries && lastId == m_sampleLastId)
        return;
    m_sampleEntries = entries;
    m_sampleLastId = lastId;
    m_sampleDf.clear();
    m_sampled = 0;
    if (entries < SampleFrom)
        return;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM search_docs WHERE id >= ?").arg(kTextColumns));
    if (!Sql::exec(q, {lastId - SampleSize + 1}))
        return;
    QSet<QByteArray> seen;
    while (q.next()) {
        const QByteArray text = joinedText(q, 0);
        seen.clear();
        CjkTokenizer::tokenizeRaw(text.constData(), int(text.size()), [&seen](const char *t, int n, int, int, bool) {
            seen.insert(QByteArray(t, n));
            return true;
        });
        for (const QByteArray &term : std::as_const(seen))
            ++m_sampleDf[term];
        ++m_sampled;
    }
}

bool Similarity::source(const QString &arxivId, Source *out, QString *error) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, %1 FROM search_docs WHERE id = "
                             "(SELECT id FROM entries WHERE arxiv_id = ? ORDER BY shown DESC, day DESC LIMIT 1)")
                  .arg(kTextColumns));
    if (!Sql::exec(q, {arxivId}) || !q.next()) {
        if (error)
            *error = q.lastError().isValid() && q.lastError().type() != QSqlError::NoError ? q.lastError().databaseText()
                                                                                          : tr("No paper %1 in the library.").arg(arxivId);
        return false;
    }
    out->entryId = q.value(0).toLongLong();
    out->text = joinedText(q, 1);
    return true;
}

QList<Similarity::Term> Similarity::distinctiveTerms(const Source &source) const
{
    QHash<QByteArray, int> tf;
    for (const Token &t : tokens(source.text))
        if (meaningful(t.text))
            ++tf[t.text];
    if (tf.isEmpty() || !ensureVocab())
        return {};

    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    qint64 entries = 0, lastId = 0;
    if (q.exec(QStringLiteral("SELECT count(*), max(id) FROM entries")) && q.next()) {
        entries = q.value(0).toLongLong();
        lastId = q.value(1).toLongLong();
    }
    q.finish();
    refreshSample(entries, lastId);
    // The paper's own entries (it may be on several days, by several publishers) match it alone.
    q.prepare(QStringLiteral("SELECT count(*) FROM entries WHERE arxiv_id = (SELECT arxiv_id FROM entries WHERE id = ?)"));
    const qint64 own = Sql::exec(q, {source.entryId}) && q.next() ? q.value(0).toLongLong() : 1;
    q.finish();
    if (entries <= own)
        return {};

    // Document counts, all in one statement (fts5vocab answers term = ? for each value of IN).
    QStringList marks;
    QVariantList binds;
    // Terms the sample finds in more entries than the query may match are left out uncounted; those
    // it finds in a few entries or more have their count estimated from it; the rare rest (short
    // lists) are counted.
    const double budgetShare = std::min(kCommonShare, double(kPostingBudget) / double(entries));
    QHash<QByteArray, qint64> dfs;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        if (m_sampled > 0) {
            const int inSample = m_sampleDf.value(it.key());
            if (double(inSample) > budgetShare * double(m_sampled))
                continue;
            if (inSample >= kEstimateFrom) {
                dfs.insert(it.key(), qint64(double(inSample) / double(m_sampled) * double(entries)));
                continue;
            }
        }
        marks << QStringLiteral("?");
        binds << QString::fromUtf8(it.key());
    }
    if (!marks.isEmpty()) {
        q.prepare(QStringLiteral("SELECT term, doc FROM temp.similarity_vocab WHERE term IN (%1)").arg(marks.join(u',')));
        if (!Sql::exec(q, binds))
            return {};
        while (q.next())
            dfs.insert(q.value(0).toString().toUtf8(), q.value(1).toLongLong());
        q.finish();
    }
    QList<Term> terms;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        const qint64 df = dfs.value(it.key());
        if (df <= own || double(df) > kCommonShare * double(entries))
            continue;
        const double idf = std::log(double(entries) / double(df));
        terms.append({it.key(), (1.0 + std::log(double(it.value()))) * idf, df});
    }
    std::sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.token < b.token;
    });
    // The best terms, as long as the entries they match stay within the budget.
    QList<Term> chosen;
    qint64 postings = 0;
    for (const Term &t : std::as_const(terms)) {
        if (chosen.size() >= MaxTerms)
            break;
        if (postings + t.df > kPostingBudget)
            continue;
        postings += t.df;
        chosen << t;
    }
    return chosen;
}

QStringList Similarity::queryTerms(const QString &arxivId, QString *error) const
{
    Source s;
    if (!source(arxivId, &s, error))
        return {};
    QStringList out;
    for (const Term &t : distinctiveTerms(s))
        out << QString::fromUtf8(t.token);
    return out;
}

QList<SimilarPaper> Similarity::similar(const QString &arxivId, int limit, QString *error) const
{
    if (error)
        error->clear();
    QList<SimilarPaper> out;
    Source src;
    if (limit <= 0 || !source(arxivId.trimmed(), &src, error))
        return out;
    const QList<Term> terms = distinctiveTerms(src);
    if (terms.isEmpty())
        return out;
    QHash<QByteArray, double> weights;
    QStringList quoted;
    for (const Term &t : terms) {
        weights.insert(t.token, t.weight);
        quoted << SearchQuery::quote(QString::fromUtf8(t.token));
    }
    const QString match = QStringLiteral("{%1} : (%2)").arg(QString(kTextColumns).remove(u','), quoted.join(QStringLiteral(" OR ")));

    // Ranked inside the index, then joined: the paper's own entries and other publishers' copies
    // take rows, so a few more are fetched than asked for.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.arxiv_id, m.id, m.rank, e.title, "
                             "(SELECT max(x.day) FROM entries x WHERE x.arxiv_id = e.arxiv_id AND x.shown) FROM "
                             "(SELECT rowid AS id, %1 AS rank FROM search_fts WHERE search_fts MATCH ? ORDER BY 2, 1 DESC LIMIT ?) m "
                             "JOIN entries e ON e.id = m.id ORDER BY m.rank, m.id DESC")
                  .arg(kRank));
    if (!Sql::exec(q, {match, 2 * limit + 32})) {
        if (error)
            *error = q.lastError().databaseText();
        return out;
    }
    const QString ownId = arxivId.trimmed();
    double selfRank = 0;
    QSet<QString> seen;
    // A title listed already, or the paper's own: the same paper under another id (a library of
    // copied digests has such), listed once at most and never beside itself.
    QSet<QString> titles;
    {
        QSqlQuery t(m_db.sql());
        t.prepare(QStringLiteral("SELECT title FROM entries WHERE id = ?"));
        if (Sql::exec(t, {src.entryId}) && t.next())
            titles.insert(t.value(0).toString().simplified().toCaseFolded());
    }
    QList<qlonglong> rowids;
    QList<double> ranks;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const double rank = q.value(2).toDouble();
        if (id == ownId) {
            selfRank = std::min(selfRank, rank);
            continue;
        }
        const QString title = q.value(3).toString().simplified().toCaseFolded();
        if (out.size() >= limit || seen.contains(id) || (!title.isEmpty() && titles.contains(title)))
            continue;
        seen.insert(id);
        titles.insert(title);
        SimilarPaper p;
        p.arxivId = id;
        p.day = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        p.title = q.value(3).toString();
        out << p;
        rowids << q.value(1).toLongLong();
        ranks << rank;
    }
    q.finish();
    if (out.isEmpty())
        return out;
    // bm25 is negative, lower better. The score: how near the paper itself comes with the same query
    // (itself: 1), else relative to the best result.
    const double top = selfRank < 0 ? selfRank : ranks.first();
    for (int i = 0; i < out.size(); ++i)
        out[i].score = top < 0 ? std::clamp(ranks.at(i) / top, 0.0, 1.0) : 0.0;

    // The shared terms: each result's text split as the index splits it.
    QStringList list;
    for (qlonglong id : std::as_const(rowids))
        list << QString::number(id);
    QHash<qlonglong, QByteArray> texts;
    if (q.exec(QStringLiteral("SELECT id, %1 FROM search_docs WHERE id IN (%2)").arg(kTextColumns, list.join(u','))))
        while (q.next())
            texts.insert(q.value(0).toLongLong(), joinedText(q, 1));
    q.finish();
    const QList<Token> own = tokens(src.text);
    for (int i = 0; i < out.size(); ++i) {
        const QByteArray &text = texts.value(rowids.at(i));
        QSet<QByteArray> shared;
        for (const Token &t : tokens(text))
            if (weights.contains(t.text))
                shared.insert(t.text);
        // Words as they are; Hangul/CJK bigrams the paper has side by side joined into the run they
        // come from, when the result has that run too, else each bigram alone.
        QList<std::pair<double, QString>> shown;
        QSet<QString> names;
        const auto add = [&](const QByteArray &term, double weight) {
            const QString name = QString::fromUtf8(term);
            if (!names.contains(name)) {
                names.insert(name);
                shown.append({weight, name});
            }
        };
        for (int k = 0; k < own.size(); ++k) {
            const Token &t = own.at(k);
            if (!shared.contains(t.text))
                continue;
            if (t.word) {
                add(t.text, weights.value(t.text));
                continue;
            }
            int last = k;
            double weight = weights.value(t.text);
            while (last + 1 < own.size() && !own.at(last + 1).word && own.at(last + 1).start < own.at(last).end
                   && shared.contains(own.at(last + 1).text)) {
                ++last;
                weight = std::max(weight, weights.value(own.at(last).text));
            }
            const QByteArray run = src.text.mid(t.start, own.at(last).end - t.start);
            if (last > k && text.contains(run)) {
                add(run, weight);
            } else {
                for (int j = k; j <= last; ++j)
                    add(own.at(j).text, weights.value(own.at(j).text));
            }
            k = last;
        }
        std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[weight, name] : std::as_const(shown)) {
            Q_UNUSED(weight)
            const bool within = std::any_of(shown.cbegin(), shown.cend(), [&name](const auto &o) {
                return o.second != name && o.second.contains(name);
            });
            if (!within && out[i].terms.size() < kMaxShownTerms)
                out[i].terms << name;
        }
    }
    return out;
}

} // namespace Paperboy::Core
