// NotesJson: the versioned JSON schema of docs/NOTES-JSON.md, both directions.
#include "notesjson.h"

#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <paperboy/version.h>

#include <algorithm>

namespace Paperboy::Core {

namespace {

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Timestamps are ISO 8601; a missing or unreadable one is "unknown" (invalid), never an error.
QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString summaryOf(const ExportPaper &p, const ExportOptions &o)
{
    if (o.summaries == ExportOptions::Summaries::Full)
        return p.summaryMarkdown;
    if (o.summaries == ExportOptions::Summaries::None)
        return {};
    QStringList parts;
    for (const Section &s : p.sections) {
        const bool marked = std::any_of(p.highlights.cbegin(), p.highlights.cend(),
                                        [&](const Highlight &h) { return h.sectionKind == sectionKindName(s.kind); });
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
            {QStringLiteral("arxiv_id"), p.arxivId},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("link"), p.link},
            {QStringLiteral("url"), p.arxivUrl()},
            {QStringLiteral("days"), days},
            {QStringLiteral("starred"), p.starred},
            {QStringLiteral("read"), p.read},
        };
        if (p.starred)
            paper.insert(QStringLiteral("starred_at"), stamp(p.starredAt));
        if (p.read)
            paper.insert(QStringLiteral("read_at"), stamp(p.readAt));
        if (o.includeTags)
            paper.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.tags));
        if (o.includeNotes && !p.note.isEmpty())
            paper.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("markdown"), p.note},
                                                             {QStringLiteral("updated_at"), stamp(p.noteUpdatedAt)}});
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
    for (qsizetype i = 0; i < paperList.size(); ++i) {
        if (!paperList.at(i).isObject())
            return Status::failure(NotesJson::tr("papers[%1]: not an object").arg(i));
        const QJsonObject o = paperList.at(i).toObject();
        PaperUserData p;
        p.arxivId = o.value(QStringLiteral("arxiv_id")).toString().trimmed();
        if (p.arxivId.isEmpty() || p.arxivId.contains(u' '))
            return Status::failure(NotesJson::tr("papers[%1]: no valid arxiv_id").arg(i));
        p.title = o.value(QStringLiteral("title")).toString();
        p.link = o.value(QStringLiteral("link")).toString();
        if (o.value(QStringLiteral("starred")).toBool()) {
            p.starredAt = timeOf(o.value(QStringLiteral("starred_at")));
            if (!p.starredAt.isValid())
                p.starredAt = QDateTime::currentDateTimeUtc();
        }
        if (o.value(QStringLiteral("read")).toBool()) {
            p.readAt = timeOf(o.value(QStringLiteral("read_at")));
            if (!p.readAt.isValid())
                p.readAt = QDateTime::currentDateTimeUtc();
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
            p.noteUpdatedAt = timeOf(note.toObject().value(QStringLiteral("updated_at")));
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
            hl.createdAt = timeOf(h.value(QStringLiteral("created_at")));
            p.highlights << hl;
        }
        a.papers << p;
    }
    *archive = a;
    return Status::success();
}

Status NotesJson::importFile(Library &library, const QString &path, UserDataMerge *report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(NotesJson::tr("cannot read %1: %2").arg(path, file.errorString()));
    constexpr qint64 maxBytes = 512 * 1024 * 1024;
    if (file.size() > maxBytes)
        return Status::failure(NotesJson::tr("%1 is larger than 512 MiB").arg(path));
    Archive archive;
    if (const Status s = read(file.readAll(), &archive); !s)
        return Status::failure(QStringLiteral("%1: %2").arg(path, s.message()));
    return library.mergeUserData(archive.papers, archive.tags, report);
}

} // namespace Paperboy::Core
