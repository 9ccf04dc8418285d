// NetworkCommands: sources in the library, their secrets in the keychain, fetch with per-day results.
#include "networkcommands.h"

#include "invocation.h"
#include "library/library.h"
#include "network/fetchtask.h"
#include "network/secretstore.h"
#include "network/sourceurl.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Paperboy::App {

using namespace Paperboy::Core;

namespace {

QString dayText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : NetworkCommands::tr("never");
}

// The token is read as bytes and goes to the keychain only; a trailing newline (echo) is dropped.
QByteArray readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll().trimmed();
}

QString outcomeText(const FetchDayResult &r)
{
    switch (r.outcome) {
    case FetchDayResult::Outcome::Imported:
        if (r.kind == Source::Kind::HuggingFace && r.withoutDigest > 0)
            return NetworkCommands::tr("stored %1 papers (%2 without a digest)").arg(r.papers).arg(r.withoutDigest);
        if (r.kind == Source::Kind::HuggingFace)
            return NetworkCommands::tr("stored %1 papers").arg(r.papers);
        return NetworkCommands::tr("imported %1 papers").arg(r.papers);
    case FetchDayResult::Outcome::Unchanged: return r.note.isEmpty() ? NetworkCommands::tr("unchanged") : NetworkCommands::tr("unchanged (%1)").arg(r.note);
    case FetchDayResult::Outcome::Failed: break;
    }
    return NetworkCommands::tr("failed: %1 [%2]").arg(r.error.message(), r.error.key());
}

QString outcomeKey(const FetchDayResult &r)
{
    switch (r.outcome) {
    case FetchDayResult::Outcome::Imported: return QStringLiteral("imported");
    case FetchDayResult::Outcome::Unchanged: return QStringLiteral("unchanged");
    case FetchDayResult::Outcome::Failed: break;
    }
    return QStringLiteral("failed");
}

} // namespace

int NetworkCommands::addSource(Invocation &inv)
{
    Library &library = *inv.library();
    if (inv.arguments().size() != 2)
        return inv.badUsage(tr("sources add needs a NAME and a URL"));
    Source source;
    source.name = inv.arguments().at(0).trimmed();
    source.url = inv.arguments().at(1);
    if (source.name.isEmpty() || source.name.startsWith(u'-'))
        return inv.badUsage(tr("'%1' is not a source name").arg(source.name));
    if (!Source::kindFromName(inv.value("kind"), &source.kind))
        return inv.badUsage(tr("--kind takes digest or hf"));
    const bool token = inv.isSet("token-from-stdin");
    if (inv.isSet("user") && !token)
        return inv.badUsage(tr("--user needs the password from --token-from-stdin"));
    if (const Status s = SourceUrl::normalize(source.kind, &source.url); !s)
        return inv.fail(s.message());
    if (library.network().source(source.name))
        return inv.fail(tr("there is a source named %1 already").arg(source.name));

    SecretStore secrets;
    if (token) {
        const QByteArray secret = readSecretFromStdin();
        if (secret.isEmpty())
            return inv.fail(tr("no token on standard input"));
        source.auth = inv.isSet("user") ? Source::Auth::Basic : Source::Auth::Bearer;
        source.username = inv.value("user");
        const SecretResult r = secrets.writeAndWait(SecretStore::keyForSource(source.name), secret);
        if (!r.ok())
            return inv.fail(tr("the source was not added and its secret not stored: %1").arg(r.message));
    }
    if (const Status s = library.network().addSource(source); !s) {
        if (source.auth != Source::Auth::None)
            secrets.removeAndWait(SecretStore::keyForSource(source.name));
        return inv.fail(s.message());
    }
    inv.out() << tr("added source %1 (%2): %3").arg(source.name, Source::kindName(source.kind), source.url) << '\n';
    if (source.auth != Source::Auth::None)
        inv.out() << tr("its secret is in the system keychain") << '\n';
    return 0;
}

int NetworkCommands::listSources(Invocation &inv)
{
    const QList<Source> sources = inv.library()->network().sources();
    if (inv.isSet("json")) {
        QJsonArray array;
        for (const Source &s : sources)
            array.append(QJsonObject{
                {QStringLiteral("name"), s.name},
                {QStringLiteral("kind"), Source::kindName(s.kind)},
                {QStringLiteral("url"), s.url},
                {QStringLiteral("enabled"), s.enabled},
                {QStringLiteral("last_refresh"), s.lastRefresh.isValid() ? QJsonValue(s.lastRefresh.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("auth"), Source::authName(s.auth)},
            });
        inv.printJson(array);
        return 0;
    }
    if (sources.isEmpty())
        inv.out() << tr("no sources (add one with: paperboy sources add NAME URL)") << '\n';
    // One source a line, tab-separated: name, kind, URL, state, last refresh, credential.
    for (const Source &s : sources)
        inv.out() << QStringList{s.name,
                                 Source::kindName(s.kind),
                                 s.url,
                                 s.enabled ? tr("enabled") : tr("disabled"),
                                 dayText(s.lastRefresh),
                                 Source::authName(s.auth)}
                         .join(u'\t')
                  << '\n';
    return 0;
}

int NetworkCommands::removeSource(Invocation &inv)
{
    if (inv.arguments().size() != 1)
        return inv.badUsage(tr("sources remove needs one NAME"));
    Library &library = *inv.library();
    const QString name = inv.arguments().first();
    const auto source = library.network().source(name);
    if (!source)
        return inv.fail(tr("there is no source named %1").arg(name));
    if (const Status s = library.network().removeSource(source->name); !s)
        return inv.fail(s.message());
    inv.out() << tr("removed source %1").arg(source->name) << '\n';
    if (source->auth != Source::Auth::None) {
        SecretStore secrets;
        const SecretResult r = secrets.removeAndWait(SecretStore::keyForSource(source->name));
        if (!r.ok())
            return inv.fail(tr("its secret could not be removed from the keychain: %1").arg(r.message));
    }
    return 0;
}

int NetworkCommands::fetch(Invocation &inv)
{
    if (!inv.arguments().isEmpty())
        return inv.badUsage(tr("fetch takes no argument '%1'").arg(inv.arguments().first()));
    FetchTask task(inv.library());
    task.setSources(inv.values("source"));
    // Without --from or --to, the window's Refresh range (FetchTask::defaultRange).
    task.setRange(inv.date("from"), inv.date("to"));
    QEventLoop loop;
    QObject::connect(&task, &FetchTask::finished, &loop, &QEventLoop::quit);
    if (const Status s = task.start(); !s)
        return inv.fail(s.message());
    if (task.isRunning())
        loop.exec();

    QList<FetchDayResult> results = task.results();
    std::sort(results.begin(), results.end(),
              [](const FetchDayResult &a, const FetchDayResult &b) { return a.source != b.source ? a.source < b.source : a.day < b.day; });
    if (inv.isSet("json")) {
        QJsonArray array;
        for (const FetchDayResult &r : results)
            array.append(QJsonObject{
                {QStringLiteral("source"), r.source},
                {QStringLiteral("date"), r.day.toString(Qt::ISODate)},
                {QStringLiteral("outcome"), outcomeKey(r)},
                {QStringLiteral("papers"), r.papers},
                {QStringLiteral("without_digest"), r.withoutDigest},
                {QStringLiteral("url"), r.url},
                {QStringLiteral("error"), r.ok() ? QJsonValue() : QJsonValue(r.error.key())},
                {QStringLiteral("message"), r.ok() ? r.note : r.error.message()},
            });
        inv.printJson(array);
    } else {
        int counts[3] = {0, 0, 0};
        for (const FetchDayResult &r : results) {
            ++counts[int(r.outcome)];
            inv.out() << QStringLiteral("%1 %2: %3\n").arg(r.source, r.day.toString(Qt::ISODate), outcomeText(r));
        }
        inv.out() << tr("%1 days: %2 fetched, %3 unchanged, %4 failed")
                         .arg(results.size())
                         .arg(counts[int(FetchDayResult::Outcome::Imported)])
                         .arg(counts[int(FetchDayResult::Outcome::Unchanged)])
                         .arg(counts[int(FetchDayResult::Outcome::Failed)])
                  << '\n';
    }
    return task.allSucceeded() ? 0 : 1;
}

} // namespace Paperboy::App
