// Publishers: places, their SQL function, the reader's preference and the arrangement of a day.
#include "library/publishers.h"

#include "library/database.h"
#include "library/library.h"
#include "library/papermemory.h"
#include "library/sql.h"

#include <sqlite3.h>

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Paperboy::Core {

namespace {

// A folder a log keeps its days in: "2025", "05", "09" (digits only, at most four).
bool isDateFolder(QStringView name)
{
    if (name.isEmpty() || name.size() > 4)
        return false;
    for (const QChar c : name)
        if (!c.isDigit())
            return false;
    return true;
}

// The path without its last part (the file) and without the date folders above it.
QString withoutDateFolders(QString path)
{
    qsizetype slash = path.lastIndexOf(u'/');
    path.truncate(std::max<qsizetype>(0, slash));
    while ((slash = path.lastIndexOf(u'/')) >= 0 && isDateFolder(QStringView(path).sliced(slash + 1)))
        path.truncate(slash);
    return path;
}

void publisherFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto text = [&](int i) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(argv[i])) : QString();
    };
    const PublisherPlace place = PublisherPlace::of(text(0));
    const QByteArray out = (argc > 1 && text(1) == QLatin1StringView("name") ? place.name : place.key).toUtf8();
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

PublisherPlace PublisherPlace::of(const QString &source)
{
    PublisherPlace place;
    const QUrl url(source);
    if (source.contains(QLatin1StringView("://")) && url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1) {
        QUrl dir = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        dir.setPath(withoutDateFolders(dir.path()));
        place.key = dir.toString();
        const QString last = dir.path().section(u'/', -1);
        place.name = last.isEmpty() ? dir.host() : last;
        return place;
    }
    const QString path = source.startsWith(u':') ? source : QFileInfo(source).absoluteFilePath();
    place.key = withoutDateFolders(path);
    if (place.key.isEmpty())
        place.key = QStringLiteral("/");
    place.name = place.key.section(u'/', -1);
    if (place.name.isEmpty())
        place.name = place.key;
    return place;
}

Status PublisherPlace::registerWith(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function(db, "paperboy_publisher", 1, flags, nullptr, publisherFunction, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function(db, "paperboy_publisher", 2, flags, nullptr, publisherFunction, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    return Status::success();
}

QList<PublisherInfo> Publishers::all() const
{
    QList<PublisherInfo> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.key, p.name, p.rank, (SELECT count(*) FROM digests d WHERE d.publisher_id = p.id) "
                               "FROM publishers p ORDER BY p.rank, p.id")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

std::optional<PublisherInfo> Publishers::find(const QString &nameOrKey) const
{
    const QList<PublisherInfo> every = all();
    for (const PublisherInfo &p : every)
        if (p.key == nameOrKey)
            return p;
    for (const PublisherInfo &p : every)
        if (p.name.compare(nameOrKey, Qt::CaseInsensitive) == 0)
            return p;
    bool isId = false;
    const qint64 id = nameOrKey.toLongLong(&isId);
    for (const PublisherInfo &p : every)
        if (isId && p.id == id)
            return p;
    return std::nullopt;
}

std::optional<qint64> Publishers::idFor(const QString &source, const QString &name)
{
    const PublisherPlace place = PublisherPlace::of(source);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM publishers WHERE key = ?"));
    if (Sql::exec(q, {place.key}) && q.next())
        return q.value(0).toLongLong();
    // A new publisher comes after those there are: the reader's preference is kept.
    q.prepare(QStringLiteral("INSERT INTO publishers(key, name, rank) VALUES (?, ?, (SELECT coalesce(max(rank), 0) FROM publishers))"));
    if (!Sql::exec(q, {place.key, name.isEmpty() ? place.name : name}))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

Status Publishers::prefer(qint64 id)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (Status s = beginWrite(); !s)
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE publishers SET rank = (SELECT min(rank) FROM publishers) - 1 WHERE id = ?"));
    const QString days = QStringLiteral("day IN (SELECT day FROM digests WHERE publisher_id = ?)");
    // Other summaries are shown: whether a paper's listing repeats the day before's changes too.
    const bool ok = Sql::exec(q, {id}) && q.numRowsAffected() == 1 && arrangeDays(days, {id}) && PaperMemory::rememberPapersOf(m_db.sql(), days, {id});
    if (!ok || !m_db.sql().commit()) {
        const QString why = q.lastError().text();
        m_db.sql().rollback();
        return writeFailure(why.isEmpty() ? tr("no such publisher") : why);
    }
    Q_EMIT m_lib.daysChanged();
    return Status::success();
}

Status Publishers::rename(qint64 id, const QString &name)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (name.trimmed().isEmpty())
        return Status::failure(tr("a publisher needs a name"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE publishers SET name = ? WHERE id = ?"));
    if (!Sql::exec(q, {name.trimmed(), id}))
        return writeFailure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("no such publisher"));
    Q_EMIT m_lib.daysChanged();
    return Status::success();
}

bool Publishers::arrangeDay(const QString &dayKey)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM digests WHERE day = ?"));
    if (!Sql::exec(q, {dayKey}) || !q.next())
        return false;
    if (q.value(0).toInt() <= 1) {
        // One digest (or none left): its own order, every entry shown.
        q.prepare(QStringLiteral("UPDATE entries SET shown = 1, day_position = position WHERE day = ? AND (shown <> 1 OR day_position <> position)"));
        return Sql::exec(q, {dayKey});
    }
    return arrangeDays(QStringLiteral("day = ?"), {dayKey});
}

bool Publishers::arrangeDays(const QString &where, const QVariantList &binds)
{
    // Each paper shows the entry of the preferred publisher (rank, then the older publisher); the
    // day lists the shown entries by (their publisher's preference, their position), and every
    // entry of a paper takes the place of the shown one.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("WITH ranked AS ("
                             "  SELECT e.id, e.day, e.arxiv_id, e.position, p.rank, p.id AS pid, "
                             "         row_number() OVER (PARTITION BY e.day, e.arxiv_id ORDER BY p.rank, p.id) AS choice "
                             "  FROM entries e JOIN digests g ON g.id = e.digest_id JOIN publishers p ON p.id = g.publisher_id "
                             "  WHERE e.%1), "
                             "placed AS ("
                             "  SELECT id, day, arxiv_id, row_number() OVER (PARTITION BY day ORDER BY rank, pid, position) - 1 AS place "
                             "  FROM ranked WHERE choice = 1) "
                             "UPDATE entries SET shown = (entries.id = placed.id), day_position = placed.place "
                             "FROM placed WHERE placed.day = entries.day AND placed.arxiv_id = entries.arxiv_id")
                  .arg(where));
    return Sql::exec(q, binds);
}

} // namespace Paperboy::Core
