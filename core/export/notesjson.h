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
        int futureTimes = 0; // timestamps later than now (beyond MaxClockSkewSecs), read as unknown
    };

    // A clock this far ahead is still believed; a later time is read as unknown, so that an imported
    // note dated 9999 never replaces the reader's note (an unknown time never outranks a known one).
    static constexpr qint64 MaxClockSkewSecs = 5 * 60;

    static QByteArray write(const ExportSet &set, const ExportOptions &options);
    // Checks the whole file before anything is used: a wrong format, a newer version, or a malformed
    // paper is an error naming what is wrong ("papers[3]: no arxiv_id"). Ids are taken in their
    // normal form (ArxivId: "arXiv:2505.16938v2" is 2505.16938); ids that are none are an error
    // naming each (the first few) with its line.
    static Status read(const QByteArray &json, Archive *archive);
    // read, then UserDataSync::mergeUserData: all or nothing. The notes it replaced are written first to
    // "<library>.replaced-notes-<time>.json" (report->replacedNotesFile), so none is lost.
    static Status importFile(Library &library, const QString &path, UserDataMerge *report);
};

} // namespace Paperboy::Core
