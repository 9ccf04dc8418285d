// Catalog: the reader's queries over days, entries and sections.
#include "library/catalog.h"

#include "library/database.h"
#include "library/library.h"
#include "library/sql.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Paperboy::Core {

namespace {

// An entry the day's unread count and n count: not muted, and new on the day or updated (not a
// paper an earlier day listed with the same summary: entries.seen = 1). Stored flags (MuteRules,
// PaperMemory), so every count stays one plain query.
const QString kCountsAsNew = QStringLiteral("NOT e.muted AND e.seen <> 1 AND NOT EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)");

// The reader's days over all_days(date), with their counts, newest first.
const QString kReaderDays = QStringLiteral("SELECT a.date, (SELECT count(*) FROM entries e WHERE e.day = a.date AND e.shown), "
                                           "  (SELECT count(*) FROM entries e WHERE e.day = a.date AND e.shown AND %1), "
                                           "  (SELECT count(*) FROM paper_listings l WHERE l.day = a.date "
                                           "     AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.arxiv_id = l.arxiv_id)), "
                                           "  (SELECT count(*) FROM entries e WHERE e.day = a.date AND e.shown AND e.muted) "
                                           "FROM all_days a ORDER BY a.date DESC")
                                .arg(kCountsAsNew);

QList<DayInfo> readDays(QSqlQuery &q)
{
    QList<DayInfo> out;
    while (q.next()) {
        DayInfo d;
        d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        d.paperCount = q.value(1).toInt();
        d.unreadCount = q.value(2).toInt();
        d.withoutDigest = q.value(3).toInt();
        d.mutedCount = q.value(4).toInt();
        out.append(d);
    }
    return out;
}

} // namespace

bool Catalog::isEmpty() const
{
    QSqlQuery q(m_db.sql());
    return !(q.exec(QStringLiteral("SELECT 1 FROM days LIMIT 1")) && q.next());
}

QList<DayInfo> Catalog::days() const
{
    return days(0, -1);
}

QList<DayInfo> Catalog::days(int offset, int limit) const
{
    // Counted per day through the (day, arxiv_id) index: a window costs its own days, not the library.
    QList<DayInfo> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.date, (SELECT count(*) FROM entries e WHERE e.day = d.date AND e.shown), "
                             "  (SELECT count(*) FROM entries e WHERE e.day = d.date AND e.shown AND %1), "
                             "  (SELECT count(*) FROM entries e WHERE e.day = d.date AND e.shown AND e.muted) "
                             "FROM days d ORDER BY d.date DESC LIMIT ? OFFSET ?")
                  .arg(kCountsAsNew));
    Sql::exec(q, {limit, std::max(0, offset)});
    while (q.next()) {
        DayInfo d{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(), q.value(2).toInt()};
        d.mutedCount = q.value(3).toInt();
        out.append(d);
    }
    return out;
}

int Catalog::dayCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM days")) && q.next() ? q.value(0).toInt() : 0;
}

QList<PaperListing> Catalog::listings(const QString &where, const QVariantList &binds) const
{
    QList<PaperListing> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.day_position, e.title, "
                             "  EXISTS(SELECT 1 FROM stars s WHERE s.arxiv_id = e.arxiv_id), "
                             "  EXISTS(SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id), "
                             "  (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                             "       WHERE pt.arxiv_id = e.arxiv_id ORDER BY t.name)), "
                             "  (SELECT group_concat(kind, ',') FROM (SELECT kind FROM sections WHERE entry_id = e.id ORDER BY ordinal)), "
                             "  EXISTS(SELECT 1 FROM notes n WHERE n.arxiv_id = e.arxiv_id AND n.markdown <> ''), "
                             "  (SELECT count(*) FROM highlights h WHERE h.arxiv_id = e.arxiv_id), "
                             "  EXISTS(SELECT 1 FROM compare_marks m WHERE m.arxiv_id = e.arxiv_id), "
                             "  (SELECT group_concat(name, char(31)) FROM (SELECT p.name FROM entries x JOIN digests g ON g.id = x.digest_id "
                             "       JOIN publishers p ON p.id = g.publisher_id WHERE x.day = e.day AND x.arxiv_id = e.arxiv_id "
                             "       ORDER BY x.shown DESC, p.rank, p.id)), "
                             "  e.muted, e.seen, (SELECT min(x.day) FROM entries x WHERE x.arxiv_id = e.arxiv_id), "
                             "  EXISTS(SELECT 1 FROM later l WHERE l.arxiv_id = e.arxiv_id) "
                             "FROM entries e WHERE ")
              + where);
    Sql::exec(q, binds);
    while (q.next()) {
        PaperListing p;
        p.arxivId = q.value(0).toString();
        p.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        p.position = q.value(2).toInt();
        p.title = q.value(3).toString();
        p.starred = q.value(4).toBool();
        p.read = q.value(5).toBool();
        const QString tags = q.value(6).toString();
        if (!tags.isEmpty())
            p.tags = tags.split(QChar(31));
        const QString kinds = q.value(7).toString();
        if (!kinds.isEmpty())
            p.sectionKinds = kinds.split(u',');
        p.hasNote = q.value(8).toBool();
        p.highlightCount = q.value(9).toInt();
        p.marked = q.value(10).toBool();
        const QString publishers = q.value(11).toString();
        if (!publishers.isEmpty())
            p.publishers = publishers.split(QChar(31));
        p.muted = q.value(12).toBool();
        p.seen = PaperListing::Seen(std::clamp(q.value(13).toInt(), 0, 2));
        p.firstSeen = QDate::fromString(q.value(14).toString(), Qt::ISODate);
        p.later = q.value(15).toBool();
        out.append(p);
    }
    return out;
}

QList<PaperListing> Catalog::papersOfDay(const QDate &day) const
{
    return listings(QStringLiteral("e.day = ? AND e.shown ORDER BY e.day_position"), {Sql::dayKey(day)});
}

QList<PaperListing> Catalog::papersOfDay(const QDate &day, const QStringList &arxivIds) const
{
    return listings(QStringLiteral("e.day = ? AND e.shown AND e.arxiv_id IN (SELECT value FROM json_each(?)) ORDER BY e.day_position"),
                    {Sql::dayKey(day), Sql::jsonArray(arxivIds)});
}

QList<PaperListing> Catalog::papersNamed(const QStringList &arxivIds) const
{
    const QList<PaperListing> found = listings(QStringLiteral("e.shown AND e.arxiv_id IN (SELECT value FROM json_each(?)) "
                                                              "AND e.day = (SELECT max(x.day) FROM entries x WHERE x.arxiv_id = e.arxiv_id AND x.shown)"),
                                               {Sql::jsonArray(arxivIds)});
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < found.size(); ++i)
        at.insert(found.at(i).arxivId, i);
    QList<PaperListing> out;
    for (const QString &id : arxivIds)
        if (const auto it = at.constFind(id); it != at.cend()) {
            out << found.at(*it);
            at.erase(it); // each once
        }
    return out;
}

QHash<QString, QList<SectionHeading>> Catalog::sectionsOfDay(const QDate &day) const
{
    QHash<QString, QList<SectionHeading>> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.arxiv_id, s.kind, s.number, s.title, p.id, p.name, s.ordinal FROM entries e JOIN sections s ON s.entry_id = e.id "
                             "JOIN digests g ON g.id = e.digest_id JOIN publishers p ON p.id = g.publisher_id "
                             "WHERE e.day = ? ORDER BY e.day_position, e.shown DESC, p.rank, p.id, s.ordinal"));
    if (Sql::exec(q, {Sql::dayKey(day)}))
        while (q.next())
            out[q.value(0).toString()].append(
                {q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toInt()});
    return out;
}

std::optional<PaperDetail> Catalog::paper(const QString &arxivId, const QDate &day, qint64 publisherId) const
{
    const QList<PaperListing> found = day.isValid() ? listings(QStringLiteral("e.arxiv_id = ? AND e.day = ? AND e.shown"), {arxivId, Sql::dayKey(day)})
                                                    : listings(QStringLiteral("e.arxiv_id = ? AND e.shown ORDER BY e.day DESC LIMIT 1"), {arxivId});
    if (found.isEmpty())
        return std::nullopt;
    PaperDetail detail;
    detail.listing = found.first();
    // Every summary of the paper on the day, the shown one first; the one asked for, else that.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.link, e.summary, p.id, p.name, e.authors, e.votes, e.title FROM entries e "
                             "JOIN digests g ON g.id = e.digest_id JOIN publishers p ON p.id = g.publisher_id "
                             "WHERE e.arxiv_id = ? AND e.day = ? ORDER BY e.shown DESC, p.rank, p.id"));
    if (!Sql::exec(q, {arxivId, Sql::dayKey(detail.listing.day)}))
        return std::nullopt;
    qlonglong entry = -1;
    QString authors;
    QVariant votes;
    while (q.next()) {
        const SummaryRef ref{q.value(3).toLongLong(), q.value(4).toString()};
        detail.summaries.append(ref);
        if (entry < 0 || ref.publisherId == publisherId) {
            entry = q.value(0).toLongLong();
            detail.link = q.value(1).toString();
            detail.summaryMarkdown = q.value(2).toString();
            detail.summary = ref;
            authors = q.value(5).toString();
            votes = q.value(6);
            if (!q.value(7).toString().isEmpty())
                detail.listing.title = q.value(7).toString();
        }
    }
    if (entry < 0)
        return std::nullopt;
    QSqlQuery s(m_db.sql());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT kind, number, title, markdown, body, markdown_from, markdown_length FROM sections "
                             "WHERE entry_id = ? ORDER BY ordinal"));
    Sql::exec(s, {entry});
    while (s.next()) {
        Section section;
        sectionKindFromName(s.value(0).toString(), &section.kind);
        section.number = s.value(1).toInt();
        section.title = s.value(2).toString();
        const qsizetype from = s.value(5).isNull() ? -1 : s.value(5).toLongLong(), length = s.value(6).toLongLong();
        if (from >= 0 && length >= 0 && from + length <= detail.summaryMarkdown.size()) {
            section.markdown = detail.summaryMarkdown.sliced(from, length);
            section.markdownFrom = from;
        } else {
            section.markdown = s.value(3).toString(); // imported before schema 8
        }
        section.body = s.value(4).toString();
        detail.sections.append(section);
    }
    detail.meta = m_lib.network().paperMeta(arxivId);
    // What the digest itself says (the log layout's authors and votes) when nothing was fetched.
    if (!detail.meta && (!authors.isEmpty() || !votes.isNull())) {
        PaperMeta meta;
        meta.arxivId = arxivId;
        meta.title = detail.listing.title;
        meta.authors = Sql::listFromJson(authors);
        meta.upvotes = votes.isNull() ? 0 : votes.toInt();
        meta.hasDigest = true;
        detail.meta = meta;
    }
    return detail;
}

std::optional<PaperListing> Catalog::nextUnread(const QDate &day, int position) const
{
    const QString unread = kCountsAsNew; // muted papers and those seen before with the same summary are skipped
    const QString key = Sql::dayKey(day);
    auto found = listings(unread
                              + QStringLiteral(" AND e.shown AND ((e.day = ? AND e.day_position > ?) OR e.day < ?) "
                                               "ORDER BY e.day DESC, e.day_position LIMIT 1"),
                          {key, position, key});
    if (found.isEmpty())
        found = listings(unread + QStringLiteral(" AND e.shown ORDER BY e.day DESC, e.day_position LIMIT 1"), {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PaperListing> Catalog::papersBetween(const QDate &from, const QDate &to) const
{
    QStringList where{QStringLiteral("e.shown")};
    QVariantList binds;
    if (from.isValid()) {
        where << QStringLiteral("e.day >= ?");
        binds << Sql::dayKey(from);
    }
    if (to.isValid()) {
        where << QStringLiteral("e.day <= ?");
        binds << Sql::dayKey(to);
    }
    QList<PaperListing> out;
    QSet<QString> seen;
    for (PaperListing &p : listings(where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY e.day DESC, e.day_position"), binds)) {
        if (seen.contains(p.arxivId))
            continue;
        seen.insert(p.arxivId);
        out.append(std::move(p));
    }
    return out;
}

QList<QDate> Catalog::daysOf(const QString &arxivId) const
{
    QList<QDate> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT day FROM entries WHERE arxiv_id = ? AND shown ORDER BY day DESC"));
    Sql::exec(q, {arxivId});
    while (q.next())
        out << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return out;
}

bool Catalog::hasDay(const QDate &day) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM days WHERE date = ?"));
    return Sql::exec(q, {Sql::dayKey(day)}) && q.next();
}

QList<DayInfo> Catalog::readerDays(int offset, int limit) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH all_days(date) AS (SELECT date FROM days UNION SELECT day FROM paper_listings) ") + kReaderDays
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    if (!Sql::exec(q, {limit, std::max(0, offset)}))
        return {};
    return readDays(q);
}

QList<DayInfo> Catalog::readerDaysOf(const QStringList &arxivIds) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH ids(id) AS (SELECT value FROM json_each(?)), "
                             "all_days(date) AS (SELECT day FROM entries WHERE arxiv_id IN ids "
                             "UNION SELECT day FROM paper_listings WHERE arxiv_id IN ids) ")
              + kReaderDays);
    if (!Sql::exec(q, {Sql::jsonArray(arxivIds)}))
        return {};
    return readDays(q);
}

int Catalog::countListed(const QStringList &arxivIds) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT value FROM json_each(?)) j "
                             "WHERE EXISTS (SELECT 1 FROM entries e WHERE e.arxiv_id = j.value)"));
    return Sql::exec(q, {Sql::jsonArray(arxivIds)}) && q.next() ? q.value(0).toInt() : 0;
}

int Catalog::readerDayCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM (SELECT date FROM days UNION SELECT day FROM paper_listings)")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Paperboy::Core
