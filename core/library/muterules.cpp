// MuteRules: the rules (mute_rules) and the flag they keep in entries (muted), through the search index.
#include "library/muterules.h"

#include "library/database.h"
#include "library/library.h"
#include "library/publishers.h"
#include "library/sql.h"
#include "search/searchquery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace Paperboy::Core {

namespace {

// What a rule searches: the paper's own words (title, sections, the authors a digest names), not
// the reader's note, which the index also holds.
const QString kColumns = QStringLiteral("{title motivation contributions method experiments results limitations future_work other authors}");

// Whether a muted flag may be set: a starred paper is never muted.
const QString kNotStarred = QStringLiteral("NOT EXISTS (SELECT 1 FROM stars s WHERE s.arxiv_id = e.arxiv_id)");

} // namespace

QString MuteRules::normalized(const QString &phrase)
{
    QString text = phrase;
    text.remove(u'"');
    return text.simplified();
}

QList<MuteRule> MuteRules::rules() const
{
    QList<MuteRule> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, phrase, created_at FROM mute_rules ORDER BY created_at, id")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), Sql::utcFrom(q.value(2)), 0});
    q.finish();
    // The papers each hides: those it matches of the muted ones (another rule may match them too).
    q.prepare(QStringLiteral("SELECT count(DISTINCT e.arxiv_id) FROM search_fts f JOIN entries e ON e.id = f.rowid "
                             "WHERE search_fts MATCH ? AND e.shown AND e.muted"));
    for (MuteRule &rule : out) {
        const QString match = matchExpression(rule.phrase);
        if (!match.isEmpty() && Sql::exec(q, {match}) && q.next())
            rule.papers = q.value(0).toInt();
        q.finish();
    }
    return out;
}

QStringList MuteRules::phrases() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT phrase FROM mute_rules ORDER BY created_at, id")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool MuteRules::hasRules() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM mute_rules LIMIT 1")) && q.next();
}

QString MuteRules::matchExpression(const QString &phrase) const
{
    const QString text = normalized(phrase);
    if (text.isEmpty())
        return {};
    // As the search asks the index (SearchIndex::spelled).
    const SearchQuery query = m_lib.searchIndex().spelled(SearchQuery::parse(SearchQuery::quote(text)));
    const QString match = query.matchExpression();
    return match.isEmpty() ? QString() : kColumns + QStringLiteral(" : (") + match + u')';
}

QString MuteRules::rulesExpression(const QStringList &phrases) const
{
    QStringList any;
    for (const QString &phrase : phrases)
        if (const QString match = matchExpression(phrase); !match.isEmpty())
            any << u'(' + match + u')';
    return any.join(QStringLiteral(" OR "));
}

Status MuteRules::add(const QString &phrase)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString text = normalized(phrase);
    if (text.size() > SearchQuery::MaxWordLength)
        return Status::failure(tr("a mute rule has at most %1 characters").arg(SearchQuery::MaxWordLength));
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return Status::failure(tr("a mute rule needs a word"));
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO mute_rules(phrase, created_at) VALUES (?, ?) ON CONFLICT(phrase) DO NOTHING"));
    if (!Sql::exec(q, {text, Sql::now()})) {
        const QString why = q.lastError().text();
        m_db.sql().rollback();
        return writeFailure(why);
    }
    if (q.numRowsAffected() == 0) {
        m_db.sql().rollback();
        return Status::failure(tr("“%1” is already a mute rule").arg(text));
    }
    // One statement: what the new rule matches, unless muted already or starred.
    q.prepare(QStringLiteral("UPDATE entries SET muted = 1 WHERE muted = 0 AND id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?) "
                             "AND NOT EXISTS (SELECT 1 FROM stars s WHERE s.arxiv_id = entries.arxiv_id)"));
    if (!Sql::exec(q, {match}) || !m_db.sql().commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : m_db.sql().lastError().text();
        m_db.sql().rollback();
        return writeFailure(why);
    }
    Q_EMIT m_lib.daysChanged();
    return Status::success();
}

Status MuteRules::remove(const QString &phrase)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString text = normalized(phrase);
    QStringList others = phrases();
    bool found = false;
    for (qsizetype i = others.size() - 1; i >= 0; --i)
        if (others.at(i).compare(text, Qt::CaseInsensitive) == 0) {
            others.removeAt(i);
            found = true;
        }
    if (!found)
        return Status::failure(tr("“%1” is not a mute rule").arg(text));
    const QString rest = rulesExpression(others);
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM mute_rules WHERE phrase = ?"));
    bool ok = Sql::exec(q, {text});
    // One statement: the muted entries no other rule matches.
    if (ok && rest.isEmpty()) {
        ok = q.exec(QStringLiteral("UPDATE entries SET muted = 0 WHERE muted"));
    } else if (ok) {
        q.prepare(QStringLiteral("UPDATE entries SET muted = 0 WHERE muted AND id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"));
        ok = Sql::exec(q, {rest});
    }
    if (!ok || !m_db.sql().commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : m_db.sql().lastError().text();
        m_db.sql().rollback();
        return writeFailure(why);
    }
    Q_EMIT m_lib.daysChanged();
    return Status::success();
}

bool MuteRules::applyToDay(const QDate &day)
{
    // New entries are stored unmuted, and without rules nothing is muted anywhere.
    if (!hasRules())
        return true;
    const QString match = rulesExpression(phrases());
    if (match.isEmpty())
        return true;
    // A day's entries are a range of ids (Publishers::entryId), and so of the index's rowids.
    const qlonglong first = Publishers::entryId(day, 0, 0), last = Publishers::entryId(day, Publishers::MaxDigestsPerDay, 0) - 1;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE entries SET muted = m.muted FROM ("
                             "  SELECT e.id, (e.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?) AND %1) AS muted "
                             "  FROM entries e WHERE e.id BETWEEN ? AND ?) m "
                             "WHERE entries.id = m.id AND entries.muted <> m.muted")
                  .arg(kNotStarred));
    return Sql::exec(q, {match, first, last, first, last});
}

bool MuteRules::applyToPapers(const QStringList &arxivIds)
{
    if (arxivIds.isEmpty() || !hasRules())
        return true;
    const QString match = rulesExpression(phrases());
    if (match.isEmpty())
        return true;
    // A few entries: each looked up in the index by its rowid.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE entries SET muted = m.muted FROM ("
                             "  SELECT e.id, (%1 AND EXISTS (SELECT 1 FROM search_fts f WHERE search_fts MATCH ? AND f.rowid = e.id)) AS muted "
                             "  FROM entries e WHERE e.arxiv_id IN (SELECT value FROM json_each(?))) m "
                             "WHERE entries.id = m.id AND entries.muted <> m.muted")
                  .arg(kNotStarred));
    return Sql::exec(q, {match, Sql::jsonArray(arxivIds)});
}

} // namespace Paperboy::Core
