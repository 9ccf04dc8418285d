// Library: opens the file and owns the stores; each store holds the SQL of its concern.
#include "library/library.h"

#include <sqlite3.h>

#include <QSqlQuery>
#include <QStandardPaths>

namespace Paperboy::Core {

Library::Library(QObject *parent)
    : QObject(parent)
{
}

Library::~Library() = default;

QString Library::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Library::defaultPath()
{
    const QString env = qEnvironmentVariable("PAPERBOY_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

Status Library::open(const QString &path, Database::Check check)
{
    Status opened = m_db.open(path, -1, check);
    if (opened && !m_db.isReadOnly()) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("SELECT v FROM search_fts_config WHERE k = 'automerge'")) && q.next() && q.value(0).toInt() == 0) {
            q.finish();
            m_searchIndex.setMerging(true); // an import was cut short (see DigestImporter::importPaths)
        }
    }
    return opened;
}

QString Library::writeNotice() const
{
    if (m_db.isReadOnly())
        return tr("The library is open read-only (%1): changes cannot be saved.").arg(m_db.readOnlyReason());
    if (m_db.wasLockedAtOpen())
        return tr("Another program was writing to the library when it opened: changes wait until it is done.");
    return {};
}

void Library::notifyExternalChange()
{
    m_searchIndex.entriesChanged();
    Q_EMIT daysChanged();
}

void Library::notifyExternalUserDataChange(const QStringList &arxivIds, bool tags)
{
    if (tags)
        Q_EMIT tagsChanged();
    if (!arxivIds.isEmpty()) {
        // Read again, not set from the flags: which way each changed is not known here.
        Q_EMIT papersChanged(arxivIds, Change::Tags | Change::Note | Change::Highlights | Change::Later);
        Q_EMIT queueChanged();
        Q_EMIT historyChanged();
    }
}

} // namespace Paperboy::Core
