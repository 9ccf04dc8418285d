// SyncCommands: set up, run and show the sync from the command line.
#include "synccommands.h"

#include "common/terminaltext.h"
#include "invocation.h"
#include "library/library.h"
#include "network/secretstore.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Paperboy::App {

using namespace Paperboy::Core;

namespace {

bool needsPassword(const QString &remote)
{
    return remote.startsWith(QLatin1StringView("https://")) || remote.startsWith(QLatin1StringView("http://"));
}

QJsonObject statusObject(const SyncStatus &s)
{
    return QJsonObject{{QStringLiteral("configured"), s.configured},
                       {QStringLiteral("dir"), s.dir},
                       {QStringLiteral("remote"), s.remote},
                       {QStringLiteral("device"), s.device},
                       {QStringLiteral("last_sync"), s.lastSyncAt.isValid() ? s.lastSyncAt.toString(Qt::ISODateWithMs) : QString()},
                       {QStringLiteral("last_commit"), s.lastCommit},
                       {QStringLiteral("pending"), s.pending},
                       {QStringLiteral("last_error"), s.lastError}};
}

} // namespace

int SyncCommands::init(Invocation &inv)
{
    if (inv.arguments().size() != 1)
        return inv.badUsage(tr("sync init takes one folder"));
    const QString remote = inv.value("remote");
    const bool token = inv.isSet("token-from-stdin");
    if (token && !needsPassword(remote))
        return inv.badUsage(tr("--token-from-stdin is for an https remote (ssh uses the ssh agent)"));
    Library &library = *inv.library();
    SyncEngine engine(library);
    if (const Status s = engine.init(inv.arguments().first(), remote, inv.value("name")); !s)
        return inv.fail(s.message());
    if (token) {
        QFile in;
        const QByteArray secret = in.open(stdin, QIODevice::ReadOnly) ? in.readAll().trimmed() : QByteArray();
        if (secret.isEmpty())
            return inv.fail(tr("no token on standard input"));
        SecretStore secrets;
        if (const SecretResult w = secrets.writeAndWait(SyncEngine::secretKey(), secret); !w.ok())
            return inv.fail(tr("cannot keep the token in the keychain: %1").arg(w.message));
        library.syncState().setValue(QStringLiteral("user"), inv.value("user"));
    }
    const SyncStatus s = engine.status();
    inv.out() << tr("sync repository: %1").arg(TerminalText::escaped(s.dir)) << "\n";
    if (!s.remote.isEmpty())
        inv.out() << tr("remote: %1").arg(TerminalText::escaped(s.remote)) << "\n";
    inv.out() << tr("this machine: %1").arg(TerminalText::escaped(s.device)) << "\n";
    return 0;
}

int SyncCommands::sync(Invocation &inv)
{
    if (!inv.arguments().isEmpty())
        return inv.badUsage(tr("sync takes no argument '%1'").arg(inv.arguments().first()));
    Library &library = *inv.library();
    SyncEngine engine(library);
    SyncOptions options;
    options.dryRun = inv.isSet("dry-run");
    options.device = inv.value("name");
    const SyncStatus before = engine.status();
    if (needsPassword(before.remote)) {
        SecretStore secrets;
        const SecretResult read = secrets.readAndWait(SyncEngine::secretKey());
        if (read.ok()) {
            options.secret = read.secret;
            options.user = library.syncState().value(QStringLiteral("user")).toUtf8();
        }
    }
    const SyncResult r = engine.sync(options);
    if (inv.isSet("json")) {
        QJsonObject o{{QStringLiteral("outcome"),
                       r.ok()                                            ? QStringLiteral("ok")
                           : r.outcome == SyncResult::Outcome::NotPushed ? QStringLiteral("not-sent")
                                                                         : QStringLiteral("failed")},
                      {QStringLiteral("sent"), r.written},
                      {QStringLiteral("received"), r.received},
                      {QStringLiteral("conflicts"), r.conflicts},
                      {QStringLiteral("pushed"), r.pushed},
                      {QStringLiteral("commit"), r.commit},
                      {QStringLiteral("message"), r.message}};
        inv.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (r.ok() || r.outcome == SyncResult::Outcome::NotPushed) {
        if (options.dryRun)
            inv.out() << tr("would send %1 files and change %2 papers here").arg(r.written).arg(r.received) << "\n";
        else if (r.outcome == SyncResult::Outcome::UpToDate)
            inv.out() << tr("up to date") << "\n";
        else
            inv.out() << tr("sent %1 files, received %2 papers").arg(r.written).arg(r.received) << "\n";
        if (r.conflicts > 0)
            inv.out() << tr("%1 notes were edited on both machines: the other version is kept as the note's conflict copy").arg(r.conflicts) << "\n";
    }
    for (const QString &w : r.warnings)
        inv.err() << "paperboy: " << TerminalText::escaped(w) << "\n";
    if (r.outcome == SyncResult::Outcome::NotPushed) {
        inv.err() << "paperboy: " << TerminalText::escaped(r.message) << "\n";
        return 3;
    }
    if (!r.ok())
        return inv.fail(r.message);
    return 0;
}

int SyncCommands::status(Invocation &inv)
{
    if (!inv.arguments().isEmpty())
        return inv.badUsage(tr("sync status takes no argument '%1'").arg(inv.arguments().first()));
    const SyncStatus s = SyncEngine(*inv.library()).status();
    if (inv.isSet("json")) {
        inv.out() << QString::fromUtf8(QJsonDocument(statusObject(s)).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (!s.configured) {
        inv.out() << tr("not set up: paperboy sync init DIR [--remote URL]") << "\n";
        return 0;
    }
    inv.out() << tr("sync repository: %1").arg(TerminalText::escaped(s.dir)) << "\n"
              << tr("remote: %1").arg(s.remote.isEmpty() ? tr("none") : TerminalText::escaped(s.remote)) << "\n"
              << tr("this machine: %1").arg(TerminalText::escaped(s.device)) << "\n"
              << tr("last sync: %1").arg(s.lastSyncAt.isValid() ? s.lastSyncAt.toLocalTime().toString(Qt::ISODate) : tr("never")) << "\n"
              << tr("pending changes: %1").arg(s.pending) << "\n";
    if (!s.lastError.isEmpty())
        inv.out() << tr("last error: %1").arg(TerminalText::escaped(s.lastError)) << "\n";
    return 0;
}

} // namespace Paperboy::App
