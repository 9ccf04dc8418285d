// SyncFormat: paper files and tags.json to and from their records.
#include "sync/syncformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Paperboy::Core {

namespace {

QString safeName(const QString &arxivId)
{
    QString name = arxivId;
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-')
            c = u'_';
    return name;
}

QJsonObject noteObject(const SyncNote &n, bool withFrom)
{
    QJsonObject o;
    if (n.text.isEmpty()) {
        o.insert(QStringLiteral("removed_at"), n.at);
        return o;
    }
    o.insert(QStringLiteral("text"), n.text);
    o.insert(QStringLiteral("updated_at"), n.at);
    if (withFrom)
        o.insert(QStringLiteral("from"), n.from);
    return o;
}

SyncNote noteFrom(const QJsonObject &o)
{
    SyncNote n;
    n.text = o.value(QStringLiteral("text")).toString();
    n.at = SyncFormat::normalTime(o.value(n.text.isEmpty() ? QStringLiteral("removed_at") : QStringLiteral("updated_at")).toString());
    n.from = o.value(QStringLiteral("from")).toString();
    return n;
}

QJsonObject flagObject(const SyncFlag &f)
{
    return QJsonObject{{QStringLiteral("on"), f.on}, {QStringLiteral("at"), f.at}};
}

SyncFlag flagFrom(const QJsonObject &o)
{
    return SyncFlag{o.value(QStringLiteral("on")).toBool(), SyncFormat::normalTime(o.value(QStringLiteral("at")).toString())};
}

QJsonObject timesObject(const QMap<QString, QString> &times)
{
    QJsonObject o;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> timesFrom(const QJsonObject &o)
{
    QMap<QString, QString> out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), SyncFormat::normalTime(it.value().toString()));
    return out;
}

QStringList anchorParts(const QString &key)
{
    QStringList parts = key.split(QChar(0x1f));
    while (parts.size() < 4)
        parts << QString();
    return parts;
}

} // namespace

QString SyncFormat::normalTime(const QString &time)
{
    // "2026-12-07T09:30:00Z" (no milliseconds) sorts after "2026-12-07T09:30:00.500Z": make them alike.
    if (time.size() == 20 && time.endsWith(u'Z'))
        return time.left(19) + QStringLiteral(".000Z");
    return time;
}

QString SyncFormat::paperPath(const QString &arxivId)
{
    // Two levels of folders keep every tree small (a month of arXiv ids has up to 100,000 numbers): a
    // commit that changes one paper writes four small trees, not one of thousands of entries.
    const QString name = safeName(arxivId);
    const QString second = (name.mid(5, 2) + QStringLiteral("__")).left(2);
    return QStringLiteral("papers/%1/%2/%3.json").arg(name.left(4), second, name);
}

bool SyncFormat::isPaperPath(const QString &path)
{
    return path.startsWith(QLatin1StringView("papers/")) && path.endsWith(QLatin1StringView(".json")) && path.count(u'/') == 3;
}

QByteArray SyncFormat::writePaper(const SyncRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("arxiv_id"), r.arxivId);
    if (!r.tags.isEmpty())
        o.insert(QStringLiteral("tags"), timesObject(r.tags));
    if (!r.removedTags.isEmpty())
        o.insert(QStringLiteral("tags_removed"), timesObject(r.removedTags));
    if (r.note.known())
        o.insert(QStringLiteral("note"), noteObject(r.note, false));
    if (r.conflict.known())
        o.insert(QStringLiteral("note_conflict"), noteObject(r.conflict, true));
    if (!r.highlights.isEmpty()) {
        QJsonArray a; // sorted by anchor (the map's order)
        for (const SyncHighlight &h : r.highlights)
            a.append(QJsonObject{{QStringLiteral("section"), h.section},
                                 {QStringLiteral("exact"), h.exact},
                                 {QStringLiteral("prefix"), h.prefix},
                                 {QStringLiteral("suffix"), h.suffix},
                                 {QStringLiteral("position"), h.position},
                                 {QStringLiteral("color"), h.color},
                                 {QStringLiteral("comment"), h.comment},
                                 {QStringLiteral("created_at"), h.createdAt},
                                 {QStringLiteral("updated_at"), h.updatedAt}});
        o.insert(QStringLiteral("highlights"), a);
    }
    if (!r.removedHighlights.isEmpty()) {
        QJsonArray a;
        for (auto it = r.removedHighlights.cbegin(); it != r.removedHighlights.cend(); ++it) {
            const QStringList p = anchorParts(it.key());
            a.append(QJsonObject{{QStringLiteral("section"), p[0]},
                                 {QStringLiteral("prefix"), p[1]},
                                 {QStringLiteral("exact"), p[2]},
                                 {QStringLiteral("suffix"), p[3]},
                                 {QStringLiteral("removed_at"), it.value()}});
        }
        o.insert(QStringLiteral("highlights_removed"), a);
    }
    if (r.star.known())
        o.insert(QStringLiteral("star"), flagObject(r.star));
    if (r.read.known())
        o.insert(QStringLiteral("read"), flagObject(r.read));
    if (r.later.known()) {
        QJsonObject later = flagObject(r.later);
        if (r.later.on)
            later.insert(QStringLiteral("position"), r.laterPosition);
        o.insert(QStringLiteral("later"), later);
    }
    if (!r.events.isEmpty()) {
        QJsonArray a;
        for (auto it = r.events.cbegin(); it != r.events.cend(); ++it)
            a.append(QJsonObject{{QStringLiteral("at"), it.key().section(u' ', 0, 0)},
                                 {QStringLiteral("kind"), it.key().section(u' ', 1)},
                                 {QStringLiteral("day"), it.value()}});
        o.insert(QStringLiteral("events"), a);
    }
    if (!r.removedEvents.isEmpty()) {
        QJsonArray a;
        for (auto it = r.removedEvents.cbegin(); it != r.removedEvents.cend(); ++it)
            a.append(QJsonObject{{QStringLiteral("at"), it.key().section(u' ', 0, 0)},
                                 {QStringLiteral("kind"), it.key().section(u' ', 1)},
                                 {QStringLiteral("removed_at"), it.value()}});
        o.insert(QStringLiteral("events_removed"), a);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<SyncRecord> SyncFormat::readPaper(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const auto fail = [error](const QString &message) -> std::optional<SyncRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON: %1 at %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject o = doc.object();
    SyncRecord r;
    r.arxivId = o.value(QStringLiteral("arxiv_id")).toString();
    if (!doc.isObject() || r.arxivId.isEmpty())
        return fail(tr("not a paper file: no arxiv_id"));
    r.tags = timesFrom(o.value(QStringLiteral("tags")).toObject());
    r.removedTags = timesFrom(o.value(QStringLiteral("tags_removed")).toObject());
    if (o.contains(QStringLiteral("note")))
        r.note = noteFrom(o.value(QStringLiteral("note")).toObject());
    if (o.contains(QStringLiteral("note_conflict")))
        r.conflict = noteFrom(o.value(QStringLiteral("note_conflict")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("highlights")).toArray()) {
        const QJsonObject h = v.toObject();
        SyncHighlight s;
        s.section = h.value(QStringLiteral("section")).toString();
        s.exact = h.value(QStringLiteral("exact")).toString();
        s.prefix = h.value(QStringLiteral("prefix")).toString();
        s.suffix = h.value(QStringLiteral("suffix")).toString();
        s.position = h.value(QStringLiteral("position")).toInt(-1);
        s.color = h.value(QStringLiteral("color")).toString();
        s.comment = h.value(QStringLiteral("comment")).toString();
        s.createdAt = normalTime(h.value(QStringLiteral("created_at")).toString());
        s.updatedAt = normalTime(h.value(QStringLiteral("updated_at")).toString());
        if (s.exact.isEmpty())
            return fail(tr("a highlight without its text"));
        r.highlights.insert(s.key(), s);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("highlights_removed")).toArray()) {
        const QJsonObject h = v.toObject();
        r.removedHighlights.insert(SyncHighlight::keyOf(h.value(QStringLiteral("section")).toString(), h.value(QStringLiteral("prefix")).toString(),
                                                        h.value(QStringLiteral("exact")).toString(), h.value(QStringLiteral("suffix")).toString()),
                                   normalTime(h.value(QStringLiteral("removed_at")).toString()));
    }
    if (o.contains(QStringLiteral("star")))
        r.star = flagFrom(o.value(QStringLiteral("star")).toObject());
    if (o.contains(QStringLiteral("read")))
        r.read = flagFrom(o.value(QStringLiteral("read")).toObject());
    if (o.contains(QStringLiteral("later"))) {
        const QJsonObject later = o.value(QStringLiteral("later")).toObject();
        r.later = flagFrom(later);
        r.laterPosition = r.later.on ? later.value(QStringLiteral("position")).toInt(-1) : -1;
    }
    const auto eventKey
        = [](const QJsonObject &e) { return normalTime(e.value(QStringLiteral("at")).toString()) + u' ' + e.value(QStringLiteral("kind")).toString(); };
    for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray())
        r.events.insert(eventKey(v.toObject()), v.toObject().value(QStringLiteral("day")).toString());
    for (const QJsonValue &v : o.value(QStringLiteral("events_removed")).toArray())
        r.removedEvents.insert(eventKey(v.toObject()), normalTime(v.toObject().value(QStringLiteral("removed_at")).toString()));
    return r;
}

QByteArray SyncFormat::writeTags(const SyncTagColors &tags)
{
    QJsonObject colors;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        colors.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), Version}, {QStringLiteral("tags"), colors}}).toJson(QJsonDocument::Indented);
}

std::optional<SyncTagColors> SyncFormat::readTags(const QByteArray &bytes, int *version, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QStringLiteral("format")).isDouble()) {
        if (error)
            *error = tr("tags.json is not a sync format file");
        return std::nullopt;
    }
    // A version is a whole number from 1; the colours an object (a misspelt key is not "no tags").
    const double format = doc.object().value(QStringLiteral("format")).toDouble();
    const QJsonValue tagsValue = doc.object().value(QStringLiteral("tags"));
    if (format < 1 || format != std::floor(format) || format > 1e6 || !tagsValue.isObject()) {
        if (error)
            *error = tr("tags.json is not a sync format file");
        return std::nullopt;
    }
    if (version)
        *version = int(format);
    SyncTagColors out;
    const QJsonObject tags = tagsValue.toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        if (!it.key().trimmed().isEmpty())
            out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace Paperboy::Core
