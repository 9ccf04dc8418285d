// UserDataBackup: a snapshot of the reader's data in a few queries, written with QSaveFile on a worker.
#include "userdatabackup.h"

#include "common/atomicfile.h"
#include "common/regularfile.h"
#include "library/library.h"
#include "library/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <paperboy/version.h>

namespace Paperboy::Core {

UserDataBackup::UserDataBackup(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_path(pathFor(library->path()))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMsecs);
    connect(m_timer, &QTimer::timeout, this, &UserDataBackup::startWrite);
    connect(library, &Library::papersChanged, this, &UserDataBackup::changed);
    connect(library, &Library::tagsChanged, this, &UserDataBackup::changed);
    connect(library, &Library::marksChanged, this, &UserDataBackup::changed);
    connect(library, &Library::daysChanged, this, &UserDataBackup::changed);
    connect(library, &Library::sourcesChanged, this, &UserDataBackup::changed);
    connect(library, &Library::comparisonsChanged, this, &UserDataBackup::changed);
    // A library with data but no backup yet (made before backups existed) gets one soon.
    if (!library->isReadOnly() && !QFile::exists(m_path) && !library->catalog().isEmpty())
        changed();
}

UserDataBackup::~UserDataBackup()
{
    flush();
}

QString UserDataBackup::pathFor(const QString &libraryPath)
{
    return libraryPath + QStringLiteral(".userdata.json");
}

void UserDataBackup::changed()
{
    if (m_library->isReadOnly())
        return;
    m_dirty = true;
    ++m_generation;
    m_timer->start();
}

void UserDataBackup::startWrite()
{
    if (m_worker || !m_dirty)
        return; // finishWrite schedules the next one
    const QString libraryPath = m_library->path();
    if (libraryPath == QLatin1StringView(":memory:")) {
        flush(); // no second connection can see it
        return;
    }
    m_workerGeneration = m_generation;
    const QString path = m_path;
    const std::function<void()> beforeSave = m_beforeSave;
    m_worker = QThread::create([this, libraryPath, path, beforeSave] {
        Status status;
        {
            Library reader; // its own connection, made and closed on this thread
            status = reader.open(libraryPath);
            if (status)
                status = write(reader, path, beforeSave);
        }
        m_workerStatus = status;
        QMetaObject::invokeMethod(this, &UserDataBackup::finishWrite, Qt::QueuedConnection);
    });
    m_worker->start();
}

void UserDataBackup::finishWrite()
{
    if (!m_worker)
        return; // flush() took the result already
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_lastStatus = m_workerStatus;
    const bool changedMeanwhile = m_generation != m_workerGeneration;
    if (m_lastStatus && !changedMeanwhile)
        m_dirty = false;
    Q_EMIT written(m_lastStatus.ok(), m_lastStatus.message());
    // A failed write is tried again with the next change (or at close), not in a loop.
    if (m_dirty && changedMeanwhile)
        m_timer->start();
}

Status UserDataBackup::flush()
{
    m_timer->stop();
    finishWrite(); // waits for a running write
    m_timer->stop();
    if (!m_dirty)
        return Status::success();
    m_lastStatus = write(*m_library, m_path);
    if (m_lastStatus)
        m_dirty = false;
    Q_EMIT written(m_lastStatus.ok(), m_lastStatus.message());
    return m_lastStatus;
}

Status UserDataBackup::write(Library &library, const QString &path)
{
    return write(library, path, {});
}

Status UserDataBackup::write(Library &library, const QString &path, const std::function<void()> &beforeSave)
{
    QSqlDatabase db = library.database().sql();
    QString failure;
    const auto query = [&](const QString &sql) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql) && failure.isEmpty())
            failure = q.lastError().text();
        return q;
    };
    // One read transaction: the snapshot is consistent even while another connection writes.
    const bool inTransaction = db.transaction();

    QJsonArray tags;
    for (QSqlQuery q = query(QStringLiteral("SELECT name, color FROM tags ORDER BY name")); q.next();)
        tags.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()}, {QStringLiteral("color"), q.value(1).toString()}});

    QMap<QString, QJsonObject> papers; // by id, so the file is sorted and diffs stay small
    const auto paper = [&](const QString &id) -> QJsonObject & {
        QJsonObject &o = papers[id];
        if (o.isEmpty())
            o = QJsonObject{{QStringLiteral("arxiv_id"), id}, {QStringLiteral("starred"), false}, {QStringLiteral("read"), false}};
        return o;
    };
    for (QSqlQuery q = query(QStringLiteral("SELECT arxiv_id, starred_at FROM stars")); q.next();) {
        QJsonObject &o = paper(q.value(0).toString());
        o.insert(QStringLiteral("starred"), true);
        o.insert(QStringLiteral("starred_at"), q.value(1).toString());
    }
    for (QSqlQuery q = query(QStringLiteral("SELECT arxiv_id, read_at FROM read_state")); q.next();) {
        QJsonObject &o = paper(q.value(0).toString());
        o.insert(QStringLiteral("read"), true);
        o.insert(QStringLiteral("read_at"), q.value(1).toString());
    }
    {
        int place = 0;
        for (QSqlQuery q = query(QStringLiteral("SELECT arxiv_id, added_at FROM later ORDER BY position")); q.next(); ++place) {
            QJsonObject &o = paper(q.value(0).toString());
            o.insert(QStringLiteral("later"), true);
            o.insert(QStringLiteral("later_at"), q.value(1).toString());
            o.insert(QStringLiteral("later_position"), place);
        }
    }
    // Saved searches, mute rules and what the reader did (schema 12): not per paper.
    QJsonArray smartLists, muteRules, events;
    for (QSqlQuery q = query(QStringLiteral("SELECT name, query FROM smart_lists ORDER BY position, id")); q.next();)
        smartLists.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()}, {QStringLiteral("query"), q.value(1).toString()}});
    for (QSqlQuery q = query(QStringLiteral("SELECT phrase FROM mute_rules ORDER BY id")); q.next();)
        muteRules.append(q.value(0).toString());
    for (QSqlQuery q = query(QStringLiteral("SELECT at, arxiv_id, kind, day FROM events ORDER BY at, id")); q.next();)
        events.append(QJsonObject{{QStringLiteral("at"), q.value(0).toString()},
                                  {QStringLiteral("arxiv_id"), q.value(1).toString()},
                                  {QStringLiteral("kind"), q.value(2).toString()},
                                  {QStringLiteral("day"), q.value(3).toString()}});
    for (QSqlQuery q = query(QStringLiteral("SELECT arxiv_id, markdown, updated_at FROM notes WHERE markdown <> ''")); q.next();)
        paper(q.value(0).toString())
            .insert(QStringLiteral("note"),
                    QJsonObject{{QStringLiteral("markdown"), q.value(1).toString()}, {QStringLiteral("updated_at"), q.value(2).toString()}});
    {
        QMap<QString, QJsonArray> byPaper;
        for (QSqlQuery q = query(QStringLiteral("SELECT pt.arxiv_id, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                                                "ORDER BY pt.arxiv_id, t.name"));
             q.next();)
            byPaper[q.value(0).toString()].append(q.value(1).toString());
        for (auto it = byPaper.cbegin(); it != byPaper.cend(); ++it)
            paper(it.key()).insert(QStringLiteral("tags"), *it);
    }
    {
        QMap<QString, QJsonArray> byPaper;
        for (QSqlQuery q = query(QStringLiteral("SELECT arxiv_id, section_kind, exact, prefix, suffix, position, color, comment, created_at "
                                                "FROM highlights ORDER BY arxiv_id, position, id"));
             q.next();)
            byPaper[q.value(0).toString()].append(QJsonObject{
                {QStringLiteral("section"), q.value(1).toString()},
                {QStringLiteral("exact"), q.value(2).toString()},
                {QStringLiteral("prefix"), q.value(3).toString()},
                {QStringLiteral("suffix"), q.value(4).toString()},
                {QStringLiteral("position"), q.value(5).toInt()},
                {QStringLiteral("color"), q.value(6).toString()},
                {QStringLiteral("comment"), q.value(7).toString()},
                {QStringLiteral("created_at"), q.value(8).toString()},
            });
        for (auto it = byPaper.cbegin(); it != byPaper.cend(); ++it)
            paper(it.key()).insert(QStringLiteral("highlights"), *it);
    }
    QJsonArray marks;
    for (QSqlQuery q = query(QStringLiteral("SELECT arxiv_id FROM compare_marks ORDER BY marked_at, rowid")); q.next();) {
        marks.append(q.value(0).toString());
        paper(q.value(0).toString());
    }
    // Titles and links let a rebuilt library name papers whose digest is gone.
    for (QSqlQuery q = query(QStringLiteral("SELECT arxiv_id, title, link FROM papers")); q.next();) {
        const auto it = papers.find(q.value(0).toString());
        if (it == papers.end())
            continue;
        it->insert(QStringLiteral("title"), q.value(1).toString());
        it->insert(QStringLiteral("link"), q.value(2).toString());
    }
    QJsonArray sources;
    for (QSqlQuery q = query(QStringLiteral("SELECT source FROM days WHERE source <> '' ORDER BY date")); q.next();)
        sources.append(q.value(0).toString());
    // Network sources without their secrets (those are in the keychain, under the source's name).
    QJsonArray networkSources;
    for (QSqlQuery q = query(QStringLiteral("SELECT name, kind, url, enabled, auth, username FROM sources ORDER BY name")); q.next();)
        networkSources.append(QJsonObject{
            {QStringLiteral("name"), q.value(0).toString()},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("url"), q.value(2).toString()},
            {QStringLiteral("enabled"), q.value(3).toBool()},
            {QStringLiteral("auth"), q.value(4).toString()},
            {QStringLiteral("username"), q.value(5).toString()},
        });
    QJsonArray comparisons;
    for (QSqlQuery q = query(QStringLiteral("SELECT name, papers, sections, saved_at FROM comparisons ORDER BY name")); q.next();)
        comparisons.append(QJsonObject{
            {QStringLiteral("name"), q.value(0).toString()},
            {QStringLiteral("papers"), QJsonArray::fromStringList(q.value(1).toString().split(u',', Qt::SkipEmptyParts))},
            {QStringLiteral("sections"), QJsonArray::fromStringList(q.value(2).toString().split(u',', Qt::SkipEmptyParts))},
            {QStringLiteral("saved_at"), q.value(3).toString()},
        });
    if (inTransaction)
        db.commit();
    if (!failure.isEmpty())
        return Status::failure(tr("cannot read the library for its backup: %1").arg(failure));

    QJsonArray paperList;
    for (const QJsonObject &o : std::as_const(papers))
        paperList.append(o);
    const QJsonObject root{
        {QStringLiteral("format"), QString(NotesJson::FormatName)},
        {QStringLiteral("version"), NotesJson::Version},
        {QStringLiteral("generator"), QStringLiteral("Paperboy " PAPERBOY_VERSION)},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("scope"), QStringLiteral("automatic backup of %1").arg(library.path())},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("papers"), paperList},
        {QStringLiteral("marks"), marks},
        {QStringLiteral("digest_sources"), sources},
        {QStringLiteral("sources"), networkSources},
        {QStringLiteral("comparisons"), comparisons},
        {QStringLiteral("smart_lists"), smartLists},
        {QStringLiteral("mute_rules"), muteRules},
        {QStringLiteral("events"), events},
    };
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (beforeSave)
        beforeSave();
    AtomicFile::Failure notWritten;
    if (!AtomicFile::write(path, json, AtomicFile::Links::Follow, &notWritten))
        return Status::failure(tr("cannot write the backup %1: %2").arg(path, notWritten.reason));
    return Status::success();
}

Status UserDataBackup::read(const QString &path, Contents *contents)
{
    // The limit of a notes file (NotesJson::importFile): the backup is one in a longer form.
    const RegularFile file = readRegularFile(path, qint64(512) * 1024 * 1024);
    if (!file.ok())
        return Status::failure(tr("cannot read %1: %2").arg(path, file.message));
    const QByteArray &json = file.content;
    Contents c;
    if (Status s = NotesJson::read(json, &c.archive); !s)
        return Status::failure(tr("%1: %2").arg(path, s.message()));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &v : root.value(QStringLiteral("marks")).toArray())
        c.marks << v.toString();
    for (const QJsonValue &v : root.value(QStringLiteral("digest_sources")).toArray())
        c.digestSources << v.toString();
    // Files written before sources and comparisons were kept have neither key: both stay empty.
    for (const QJsonValue &v : root.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        Source source;
        source.name = o.value(QStringLiteral("name")).toString();
        source.url = o.value(QStringLiteral("url")).toString();
        if (source.name.trimmed().isEmpty() || source.url.isEmpty() || !Source::kindFromName(o.value(QStringLiteral("kind")).toString(), &source.kind))
            continue;
        source.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        source.auth = Source::authFromName(o.value(QStringLiteral("auth")).toString());
        source.username = o.value(QStringLiteral("username")).toString();
        c.sources << source;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("comparisons")).toArray()) {
        const QJsonObject o = v.toObject();
        Comparison comparison;
        comparison.name = o.value(QStringLiteral("name")).toString().trimmed();
        for (const QJsonValue &id : o.value(QStringLiteral("papers")).toArray())
            if (!id.toString().isEmpty())
                comparison.papers << id.toString();
        for (const QJsonValue &kind : o.value(QStringLiteral("sections")).toArray())
            if (!kind.toString().isEmpty())
                comparison.sections << kind.toString();
        if (comparison.name.isEmpty() || comparison.papers.isEmpty())
            continue;
        c.comparisons << comparison;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("smart_lists")).toArray()) {
        const QJsonObject o = v.toObject();
        const SmartList list{0, o.value(QStringLiteral("name")).toString().simplified(), o.value(QStringLiteral("query")).toString().trimmed()};
        if (!list.name.isEmpty() && !list.query.isEmpty())
            c.smartLists << list;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("mute_rules")).toArray())
        if (const QString phrase = v.toString().simplified(); !phrase.isEmpty())
            c.muteRules << phrase;
    for (const QJsonValue &v : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        ReadingEvent e;
        e.at = Sql::utcFrom(o.value(QStringLiteral("at")).toString());
        e.arxivId = o.value(QStringLiteral("arxiv_id")).toString();
        const auto kind = History::kindFromName(o.value(QStringLiteral("kind")).toString());
        e.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
        if (!e.at.isValid() || e.arxivId.isEmpty() || !kind)
            continue;
        e.kind = *kind;
        c.events << e;
    }
    c.writtenAt = QDateTime::fromString(root.value(QStringLiteral("exported_at")).toString(), Qt::ISODateWithMs);
    *contents = c;
    return Status::success();
}

} // namespace Paperboy::Core
