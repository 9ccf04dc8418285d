// The files of the sync repository (docs/SYNC.md): one JSON file per paper, and tags.json with the
// tags' colours and the format's version. Keys are sorted and every field is on a line of its own,
// so that git's diffs and a reader's eyes can follow a change.
#pragma once

#include "sync/syncrecord.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Paperboy::Core {

class SyncFormat
{
    Q_DECLARE_TR_FUNCTIONS(SyncFormat)

public:
    static constexpr int Version = 1;

    // "2505.01234" → "papers/2505/01/2505.01234.json"; "cs/0101001" → "papers/cs_0/01/cs_0101001.json".
    static QString paperPath(const QString &arxivId);
    static bool isPaperPath(const QString &path);
    static QString tagsPath() { return QStringLiteral("tags.json"); }

    static QByteArray writePaper(const SyncRecord &record);
    // nullopt with *error set for anything but a paper file of this format.
    static std::optional<SyncRecord> readPaper(const QByteArray &bytes, QString *error = nullptr);

    static QByteArray writeTags(const SyncTagColors &tags);
    // *version: the file's format version (a newer one than Version is refused by the sync).
    static std::optional<SyncTagColors> readTags(const QByteArray &bytes, int *version = nullptr, QString *error = nullptr);

    // A stored time in the form the sync compares ("…:00Z" → "…:00.000Z"); "" stays "".
    static QString normalTime(const QString &time);
};

} // namespace Paperboy::Core
