// The notes JSON format (docs/NOTES-JSON.md): written from an ExportSet, read back into the reader's
// data, and merged into a library by `paperboy import-notes`.
#pragma once

#include "common/status.h"
#include "export/exportset.h"
#include "library/library.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Paperboy::Core {

class NotesJson
{
    Q_DECLARE_TR_FUNCTIONS(NotesJson) // translations are looked up in the "NotesJson" context

public:
    static constexpr int Version = 1;
    static constexpr QLatin1StringView FormatName{"paperboy-notes"};

    // What a notes file holds that a library can take back.
    struct Archive {
        int version = 0;
        QList<TagInfo> tags;
        QList<PaperUserData> papers;
    };

    static QByteArray write(const ExportSet &set, const ExportOptions &options);
    // Checks the whole file before anything is used: a wrong format, a newer version, or a malformed
    // paper is an error naming what is wrong ("papers[3]: no arxiv_id").
    static Status read(const QByteArray &json, Archive *archive);
    // read, then Library::mergeUserData: all or nothing.
    static Status importFile(Library &library, const QString &path, UserDataMerge *report);
};

} // namespace Paperboy::Core
