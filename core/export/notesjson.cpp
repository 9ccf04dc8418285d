// NotesJson: the versioned JSON schema of docs/NOTES-JSON.md, both directions.
#include "notesjson.h"

#include "common/atomicfile.h"
#include "common/regularfile.h"
#include "digest/arxivid.h"

#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

#include <paperboy/version.h>

#include <algorithm>

namespace Paperboy::Core {

namespace {

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Timestamps are ISO 8601; a missing or unreadable one is "unknown" (invalid), never an error. One
// later than now (beyond the clock skew allowed) is not believed either: unknown, and counted in
// *future. (Taken as now, a note dated 9999 would still win over the reader's note at every import.)
QDateTime timeOf(const QJsonValue &v, int *future)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid() && t > QDateTime::currentDateTimeUtc().addSecs(NotesJson::MaxClockSkewSecs)) {
        ++*future;
        return {};
    }
    return t;
}

// The line each paper's "arxiv_id" key is on, in the order of the papers (for messages). A key
// written inside a string has an escaped quote before its colon, so it is not counted.
QList<int> arxivIdLines(const QByteArray &json)
{
    static const QRegularExpression key(QStringLiteral(R"("arxiv_id"\s*:)"));
    QList<int> lines;
    const QString text = QString::fromUtf8(json);
    int line = 1;
    qsizetype counted = 0;
    for (auto it = key.globalMatch(text); it.hasNext();) {
        const qsizetype at = it.next().capturedStart();
        line += int(QStringView(text).sliced(counted, at - counted).count(u'\n'));
        counted = at;
        lines << line;
    }
    return lines;
}

// Text from a file, safe to print in one line of a message: controls and quotes shown, long cut.
QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text.left(60))
        out += (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
            : QString(c);
    return u'“' + out + (text.size() > 60 ? QStringLiteral("…") : QString()) + u'”';
}

QString summaryOf(const ExportPaper &p, const ExportOptions &o)
{
    if (o.summaries == ExportOptions::Summaries::Full)
        return p.summaryMarkdown;
    if (o.summaries == ExportOptions::Summaries::None)
        return {};
    QStringList parts;
    for (const Section &s : p.sections) {
        const bool marked
            = std::any_of(p.highlights.cbegin(), p.highlights.cend(), [&](const Highlight &h) { return h.sectionKind == sectionKindName(s.kind); });
        if (marked)
            parts << s.markdown.trimmed();
    }
    if (p.sections.isEmpty() && !p.highlights.isEmpty())
        return p.summaryMarkdown;
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

QByteArray NotesJson::write(const ExportSet &set, const ExportOptions &o)
{
    QJsonArray tags;
    if (o.includeTags)
        for (const ExportTag &t : set.tags)
            tags.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("color"), t.color}});
    QJsonArray papers;
    for (const ExportPaper &p : set.papers) {
        QJsonArray days;
        for (const QDate &d : p.days)
            days.append(d.toString(Qt::ISODate));
        QJsonObject paper{
            {QStringLiteral("arxiv_id"), p.arxivId}, {QStringLiteral("title"), p.title}, {QStringLiteral("link"), p.link},
            {QStringLiteral("url"), p.arxivUrl()},   {QStringLiteral("days"), days},     {QStringLiteral("starred"), p.starred},
            {QStringLiteral("read"), p.read},
        };
        if (!p.publishers.isEmpty()) {
            paper.insert(QStringLiteral("publisher"), p.publisher);
            paper.insert(QStringLiteral("publishers"), QJsonArray::fromStringList(p.publishers));
        }
        if (p.starred)
            paper.insert(QStringLiteral("starred_at"), stamp(p.starredAt));
        if (p.read)
            paper.insert(QStringLiteral("read_at"), stamp(p.readAt));
        if (p.laterAt.isValid()) {
            paper.insert(QStringLiteral("later"), true);
            paper.insert(QStringLiteral("later_at"), stamp(p.laterAt));
            paper.insert(QStringLiteral("later_position"), p.laterPosition);
        }
        if (o.includeTags)
            paper.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.tags));
        if (o.includeNotes && !p.note.isEmpty())
            paper.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("markdown"), p.note}, {QStringLiteral("updated_at"), stamp(p.noteUpdatedAt)}});
        if (o.includeHighlights) {
            QJsonArray highlights;
            for (const Highlight &h : p.highlights)
                highlights.append(QJsonObject{
                    {QStringLiteral("section"), h.sectionKind},
                    {QStringLiteral("exact"), h.exact},
                    {QStringLiteral("prefix"), h.prefix},
                    {QStringLiteral("suffix"), h.suffix},
                    {QStringLiteral("position"), h.position},
                    {QStringLiteral("color"), h.color},
                    {QStringLiteral("comment"), h.comment},
                    {QStringLiteral("created_at"), stamp(h.createdAt)},
                });
            paper.insert(QStringLiteral("highlights"), highlights);
        }
        const QString summary = summaryOf(p, o);
        if (!summary.isEmpty())
            paper.insert(QStringLiteral("summary"), summary);
        papers.append(paper);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QString(FormatName)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("generator"), QStringLiteral("Paperboy " PAPERBOY_VERSION)},
        {QStringLiteral("exported_at"), stamp(set.createdAt)},
        {QStringLiteral("scope"), set.description},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("papers"), papers},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status NotesJson::read(const QByteArray &json, Archive *archive)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::failure(NotesJson::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != FormatName)
        return Status::failure(NotesJson::tr("not a Paperboy notes file (\"format\" is not \"paperboy-notes\")"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return Status::failure(NotesJson::tr("the notes file has no valid \"version\""));
    if (version.toInt() > Version)
        return Status::failure(NotesJson::tr("the notes file has version %1; this Paperboy reads up to version %2").arg(version.toInt()).arg(Version));
    Archive a;
    a.version = version.toInt();
    const QJsonValue tags = root.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isArray())
        return Status::failure(NotesJson::tr("\"tags\" is not a list"));
    const QJsonArray tagList = tags.toArray();
    for (qsizetype i = 0; i < tagList.size(); ++i) {
        const QJsonObject t = tagList.at(i).toObject();
        const QString name = t.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return Status::failure(NotesJson::tr("tags[%1]: no name").arg(i));
        const QColor color = QColor::fromString(t.value(QStringLiteral("color")).toString());
        TagInfo info;
        info.name = name;
        info.color = color.isValid() ? color.name() : QString();
        a.tags << info;
    }
    const QJsonValue papers = root.value(QStringLiteral("papers"));
    if (!papers.isArray())
        return Status::failure(NotesJson::tr("\"papers\" is missing or not a list"));
    const QJsonArray paperList = papers.toArray();
    QList<int> idLines; // read only when an id is bad
    QStringList badIds;
    int badIdCount = 0;
    for (qsizetype i = 0; i < paperList.size(); ++i) {
        if (!paperList.at(i).isObject())
            return Status::failure(NotesJson::tr("papers[%1]: not an object").arg(i));
        const QJsonObject o = paperList.at(i).toObject();
        PaperUserData p;
        const QString rawId = o.value(QStringLiteral("arxiv_id")).toString();
        if (rawId.trimmed().isEmpty())
            return Status::failure(NotesJson::tr("papers[%1]: no valid arxiv_id").arg(i));
        const std::optional<QString> id = ArxivId::normalized(rawId);
        if (!id) {
            if (idLines.isEmpty())
                idLines = arxivIdLines(json);
            if (++badIdCount <= 5)
                badIds << NotesJson::tr("papers[%1] (line %2): %3").arg(i).arg(idLines.value(int(i))).arg(shown(rawId));
            continue;
        }
        p.arxivId = *id;
        p.title = o.value(QStringLiteral("title")).toString();
        p.link = o.value(QStringLiteral("link")).toString();
        if (o.value(QStringLiteral("starred")).toBool()) {
            p.starredAt = timeOf(o.value(QStringLiteral("starred_at")), &a.futureTimes);
            if (!p.starredAt.isValid())
                p.starredAt = QDateTime::currentDateTimeUtc();
        }
        if (o.value(QStringLiteral("read")).toBool()) {
            p.readAt = timeOf(o.value(QStringLiteral("read_at")), &a.futureTimes);
            if (!p.readAt.isValid())
                p.readAt = QDateTime::currentDateTimeUtc();
        }
        if (o.value(QStringLiteral("later")).toBool()) {
            p.laterAt = timeOf(o.value(QStringLiteral("later_at")), &a.futureTimes);
            if (!p.laterAt.isValid())
                p.laterAt = QDateTime::currentDateTimeUtc();
            p.laterPosition = o.value(QStringLiteral("later_position")).toInt(std::numeric_limits<int>::max());
        }
        const QJsonValue paperTags = o.value(QStringLiteral("tags"));
        if (!paperTags.isUndefined() && !paperTags.isArray())
            return Status::failure(NotesJson::tr("papers[%1] (%2): \"tags\" is not a list").arg(i).arg(p.arxivId));
        for (const QJsonValue &t : paperTags.toArray())
            if (!t.toString().trimmed().isEmpty())
                p.tags << t.toString().trimmed();
        const QJsonValue note = o.value(QStringLiteral("note"));
        if (note.isObject()) {
            p.note = note.toObject().value(QStringLiteral("markdown")).toString();
            p.noteUpdatedAt = timeOf(note.toObject().value(QStringLiteral("updated_at")), &a.futureTimes);
        } else if (note.isString()) {
            p.note = note.toString();
        } else if (!note.isUndefined() && !note.isNull()) {
            return Status::failure(NotesJson::tr("papers[%1] (%2): \"note\" is neither text nor an object").arg(i).arg(p.arxivId));
        }
        const QJsonValue highlights = o.value(QStringLiteral("highlights"));
        if (!highlights.isUndefined() && !highlights.isArray())
            return Status::failure(NotesJson::tr("papers[%1] (%2): \"highlights\" is not a list").arg(i).arg(p.arxivId));
        const QJsonArray highlightList = highlights.toArray();
        for (qsizetype j = 0; j < highlightList.size(); ++j) {
            const QJsonObject h = highlightList.at(j).toObject();
            Highlight hl;
            hl.arxivId = p.arxivId;
            hl.exact = h.value(QStringLiteral("exact")).toString();
            if (hl.exact.isEmpty())
                return Status::failure(NotesJson::tr("papers[%1] (%2): highlights[%3] has no \"exact\" text").arg(i).arg(p.arxivId).arg(j));
            hl.sectionKind = h.value(QStringLiteral("section")).toString();
            hl.prefix = h.value(QStringLiteral("prefix")).toString();
            hl.suffix = h.value(QStringLiteral("suffix")).toString();
            hl.position = h.value(QStringLiteral("position")).toInt(-1);
            const QColor color = QColor::fromString(h.value(QStringLiteral("color")).toString());
            hl.color = color.isValid() ? color.name() : QStringLiteral("#ffe066");
            hl.comment = h.value(QStringLiteral("comment")).toString();
            hl.createdAt = timeOf(h.value(QStringLiteral("created_at")), &a.futureTimes);
            p.highlights << hl;
        }
        a.papers << p;
    }
    if (badIdCount > 0) {
        QString more;
        if (badIdCount > badIds.size())
            more = u' ' + NotesJson::tr("and %n more", nullptr, badIdCount - int(badIds.size()));
        return Status::failure(NotesJson::tr("%n paper(s) without a valid arXiv id (such as 2505.16938 or hep-th/9901001): %1", nullptr, badIdCount)
                                   .arg(badIds.join(QStringLiteral("; ")) + more));
    }
    *archive = a;
    return Status::success();
}

namespace {

// The notes a merge replaced, as a notes file beside the library: nothing the reader wrote is lost.
Status keepReplacedNotes(const QString &libraryPath, UserDataMerge *merge)
{
    if (merge->replacedNotes.isEmpty())
        return Status::success();
    QJsonArray papers;
    for (const PaperUserData &p : std::as_const(merge->replacedNotes))
        papers.append(
            QJsonObject{{QStringLiteral("arxiv_id"), p.arxivId},
                        {QStringLiteral("note"), QJsonObject{{QStringLiteral("markdown"), p.note}, {QStringLiteral("updated_at"), stamp(p.noteUpdatedAt)}}}});
    const QJsonObject root{
        {QStringLiteral("format"), QString(NotesJson::FormatName)}, {QStringLiteral("version"), NotesJson::Version}, {QStringLiteral("papers"), papers}};
    const QString path = libraryPath + QStringLiteral(".replaced-notes-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + QStringLiteral(".json");
    AtomicFile::Failure failure;
    if (!AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented), AtomicFile::Links::Follow, &failure))
        return Status::failure(NotesJson::tr("cannot keep the replaced notes in %1: %2").arg(path, failure.reason));
    merge->replacedNotesFile = path;
    return Status::success();
}

} // namespace

Status NotesJson::importFile(Library &library, const QString &path, UserDataMerge *report)
{
    // Only a regular file, read no further than the limit (a FIFO or /proc file reports no size).
    const RegularFile file = readRegularFile(path, qint64(512) * 1024 * 1024);
    if (file.problem == RegularFile::Problem::TooLarge)
        return Status::failure(NotesJson::tr("%1 is larger than 512 MiB").arg(path));
    if (!file.ok())
        return Status::failure(NotesJson::tr("cannot read %1: %2").arg(path, file.message));
    Archive archive;
    if (const Status s = read(file.content, &archive); !s)
        return Status::failure(QStringLiteral("%1: %2").arg(path, s.message()));
    const QString libraryPath = library.path();
    const Status merged
        = library.userDataSync().mergeUserData(archive.papers, archive.tags, report, [&](UserDataMerge &m) { return keepReplacedNotes(libraryPath, &m); });
    if (merged && report)
        report->futureTimes = archive.futureTimes;
    return merged;
}

} // namespace Paperboy::Core
