// NetworkCommands: sources in the library, their secrets in the keychain, fetch with per-day results.
#include "networkcommands.h"

#include "library/library.h"
#include "network/fetchtask.h"
#include "network/secretstore.h"
#include "network/sourceurl.h"

#include <QCommandLineParser>
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

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int badUsage(const QString &message)
{
    print(stderr, QStringLiteral("paperboy: %1 %2\n").arg(message, NetworkCommands::tr("(see paperboy --help)")));
    return 2;
}

int fail(const QString &message)
{
    print(stderr, QStringLiteral("paperboy: %1\n").arg(message));
    return 1;
}

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

int addSource(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption kind(QStringLiteral("kind"), NetworkCommands::tr("digest (default) or hf."), QStringLiteral("KIND"),
                                  QStringLiteral("digest"));
    const QCommandLineOption token(QStringLiteral("token-from-stdin"),
                                   NetworkCommands::tr("Read the source's token (or password, with --user) from standard input "
                                                       "and keep it in the system keychain."));
    const QCommandLineOption user(QStringLiteral("user"), NetworkCommands::tr("Basic authentication as NAME (the password from --token-from-stdin)."),
                                  QStringLiteral("NAME"));
    p.addOptions({kind, token, user});
    if (!p.parse(QStringList{QStringLiteral("sources add")} + args))
        return badUsage(p.errorText());
    if (p.positionalArguments().size() != 2)
        return badUsage(NetworkCommands::tr("sources add needs a NAME and a URL"));
    Source source;
    source.name = p.positionalArguments().at(0).trimmed();
    source.url = p.positionalArguments().at(1);
    if (source.name.isEmpty() || source.name.startsWith(u'-'))
        return badUsage(NetworkCommands::tr("'%1' is not a source name").arg(source.name));
    if (!Source::kindFromName(p.value(kind), &source.kind))
        return badUsage(NetworkCommands::tr("--kind takes digest or hf"));
    if (p.isSet(user) && !p.isSet(token))
        return badUsage(NetworkCommands::tr("--user needs the password from --token-from-stdin"));
    if (const Status s = SourceUrl::normalize(source.kind, &source.url); !s)
        return fail(s.message());
    if (library.network().source(source.name))
        return fail(NetworkCommands::tr("there is a source named %1 already").arg(source.name));

    SecretStore secrets;
    if (p.isSet(token)) {
        const QByteArray secret = readSecretFromStdin();
        if (secret.isEmpty())
            return fail(NetworkCommands::tr("no token on standard input"));
        source.auth = p.isSet(user) ? Source::Auth::Basic : Source::Auth::Bearer;
        source.username = p.value(user);
        const SecretResult r = secrets.writeAndWait(SecretStore::keyForSource(source.name), secret);
        if (!r.ok())
            return fail(NetworkCommands::tr("the source was not added and its secret not stored: %1").arg(r.message));
    }
    if (const Status s = library.network().addSource(source); !s) {
        if (source.auth != Source::Auth::None)
            secrets.removeAndWait(SecretStore::keyForSource(source.name));
        return fail(s.message());
    }
    print(stdout, NetworkCommands::tr("added source %1 (%2): %3").arg(source.name, Source::kindName(source.kind), source.url) + u'\n');
    if (source.auth != Source::Auth::None)
        print(stdout, NetworkCommands::tr("its secret is in the system keychain") + u'\n');
    return 0;
}

int listSources(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), NetworkCommands::tr("Print a JSON array."));
    p.addOption(json);
    if (!p.parse(QStringList{QStringLiteral("sources list")} + args))
        return badUsage(p.errorText());
    const QList<Source> sources = library.network().sources();
    if (p.isSet(json)) {
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
        print(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (sources.isEmpty())
        print(stdout, NetworkCommands::tr("no sources (add one with: paperboy sources add NAME URL)") + u'\n');
    // One source a line, tab-separated: name, kind, URL, state, last refresh, credential.
    for (const Source &s : sources)
        print(stdout, QStringList{s.name, Source::kindName(s.kind), s.url,
                                  s.enabled ? NetworkCommands::tr("enabled") : NetworkCommands::tr("disabled"),
                                  dayText(s.lastRefresh), Source::authName(s.auth)}.join(u'\t') + u'\n');
    return 0;
}

int removeSource(Library &library, const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return badUsage(NetworkCommands::tr("sources remove needs one NAME"));
    const auto source = library.network().source(args.first());
    if (!source)
        return fail(NetworkCommands::tr("there is no source named %1").arg(args.first()));
    if (const Status s = library.network().removeSource(source->name); !s)
        return fail(s.message());
    print(stdout, NetworkCommands::tr("removed source %1").arg(source->name) + u'\n');
    if (source->auth != Source::Auth::None) {
        SecretStore secrets;
        const SecretResult r = secrets.removeAndWait(SecretStore::keyForSource(source->name));
        if (!r.ok())
            return fail(NetworkCommands::tr("its secret could not be removed from the keychain: %1").arg(r.message));
    }
    return 0;
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
    case FetchDayResult::Outcome::Unchanged:
        return r.note.isEmpty() ? NetworkCommands::tr("unchanged") : NetworkCommands::tr("unchanged (%1)").arg(r.note);
    case FetchDayResult::Outcome::Failed:
        break;
    }
    return NetworkCommands::tr("failed: %1 [%2]").arg(r.error.message(), r.error.key());
}

QString outcomeKey(const FetchDayResult &r)
{
    switch (r.outcome) {
    case FetchDayResult::Outcome::Imported:
        return QStringLiteral("imported");
    case FetchDayResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case FetchDayResult::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

int NetworkCommands::runSources(Library &library, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1StringView("add"))
        return addSource(library, args.mid(1));
    if (sub == QLatin1StringView("list"))
        return listSources(library, args.mid(1));
    if (sub == QLatin1StringView("remove"))
        return removeSource(library, args.mid(1));
    return badUsage(tr("sources takes add, list or remove"));
}

int NetworkCommands::runFetch(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption source(QStringLiteral("source"), tr("Only this source (repeatable); default: every enabled one."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day (default: 13 days before --to)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last day (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the results as a JSON array."));
    p.addOptions({source, from, to, json});
    if (!p.parse(QStringList{QStringLiteral("fetch")} + args))
        return badUsage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return badUsage(tr("fetch takes no argument '%1'").arg(p.positionalArguments().first()));
    QDate range[2];
    const QCommandLineOption *options[2] = {&from, &to};
    for (int i = 0; i < 2; ++i) {
        if (!p.isSet(*options[i]))
            continue;
        range[i] = QDate::fromString(p.value(*options[i]), Qt::ISODate);
        if (!range[i].isValid())
            return badUsage(tr("not a date: '%1' (use YYYY-MM-DD)").arg(p.value(*options[i])));
    }
    if (range[0].isValid() && !range[1].isValid())
        range[1] = std::min(QDate::currentDate(), range[0].addDays(FetchTask::DefaultDays - 1));

    FetchTask task(&library);
    task.setSources(p.values(source));
    task.setRange(range[0], range[1]);
    QEventLoop loop;
    QObject::connect(&task, &FetchTask::finished, &loop, &QEventLoop::quit);
    if (const Status s = task.start(); !s)
        return fail(s.message());
    if (task.isRunning())
        loop.exec();

    QList<FetchDayResult> results = task.results();
    std::sort(results.begin(), results.end(), [](const FetchDayResult &a, const FetchDayResult &b) {
        return a.source != b.source ? a.source < b.source : a.day < b.day;
    });
    if (p.isSet(json)) {
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
        print(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        int counts[3] = {0, 0, 0};
        for (const FetchDayResult &r : results) {
            ++counts[int(r.outcome)];
            print(stdout, QStringLiteral("%1 %2: %3\n").arg(r.source, r.day.toString(Qt::ISODate), outcomeText(r)));
        }
        print(stdout, tr("%1 days: %2 fetched, %3 unchanged, %4 failed")
                              .arg(results.size())
                              .arg(counts[int(FetchDayResult::Outcome::Imported)])
                              .arg(counts[int(FetchDayResult::Outcome::Unchanged)])
                              .arg(counts[int(FetchDayResult::Outcome::Failed)])
                          + u'\n');
    }
    return task.allSucceeded() ? 0 : 1;
}

} // namespace Paperboy::App
