// One paper's user data as the sync keeps it: every piece with the time it was added or changed, and
// every removal with its time (a tombstone), so that two copies can be merged field by field.
#pragma once

#include <QMap>
#include <QString>

namespace Paperboy::Core {

// Times are UTC, ISO 8601 with milliseconds ("2026-12-07T09:30:00.000Z", as Sql::now writes them),
// so they compare as strings. "" is older than any time.

struct SyncHighlight {
    QString section; // canonical section kind, "" before any section
    QString exact;
    QString prefix;
    QString suffix;
    int position = -1;
    QString color;
    QString comment;
    QString createdAt;
    QString updatedAt; // last change of colour or comment, "" when none

    // Its identity: the anchor (section, prefix, exact, suffix) joined by U+001F.
    QString key() const;
    static QString keyOf(const QString &section, const QString &prefix, const QString &exact, const QString &suffix);
    // The time its current state was set: the later of created and updated.
    QString changedAt() const { return updatedAt > createdAt ? updatedAt : createdAt; }
    bool operator==(const SyncHighlight &) const = default;
};

// Star, read, Later: on or off since `at` ("" and off: never set on this machine).
struct SyncFlag {
    bool on = false;
    QString at;
    bool known() const { return on || !at.isEmpty(); }
    bool operator==(const SyncFlag &) const = default;
};

// A note: its text since `at`; an empty text with a time is a removed note.
struct SyncNote {
    QString text;
    QString at;
    QString from; // for a conflict copy: the machine whose note it was
    bool known() const { return !text.isEmpty() || !at.isEmpty(); }
    bool operator==(const SyncNote &) const = default;
};

struct SyncRecord {
    QString arxivId;
    QMap<QString, QString> tags; // name → added at
    QMap<QString, QString> removedTags; // name → removed at
    SyncNote note;
    SyncNote conflict; // a note that lost to another edited at the same time, shown beside it
    QMap<QString, SyncHighlight> highlights; // by key()
    QMap<QString, QString> removedHighlights; // key → removed at
    SyncFlag star;
    SyncFlag read;
    SyncFlag later;
    int laterPosition = -1;
    QMap<QString, QString> events; // "at kind" → day ("" when not known)
    QMap<QString, QString> removedEvents; // "at kind" → removed at

    // A paper with no data yet.
    static SyncRecord of(const QString &arxivId)
    {
        SyncRecord r;
        r.arxivId = arxivId;
        return r;
    }
    // Nothing at all, not even a removal: no file is written for it.
    bool isEmpty() const;
    bool operator==(const SyncRecord &) const = default;
};

// The library's tags and their colours (tags.json): name → colour.
using SyncTagColors = QMap<QString, QString>;

} // namespace Paperboy::Core
