// Writing a file of the user's all or nothing (QSaveFile), and saying in words why it cannot be done.
#pragma once

#include "common/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Paperboy::Core {

class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile) // translations are looked up in the "AtomicFile" context

public:
    // A link at the path. Follow: the file it points at is replaced, as QSaveFile does (the user
    // named the path). Refuse: nothing is written there (a folder others can write to, such as a
    // synced vault, where a link could point anywhere).
    enum class Links { Follow, Refuse };

    enum class Problem {
        None,
        NoFolder, // the folder does not exist (or is not a folder)
        PermissionDenied, // no right to write in the folder, or to replace the file
        ReadOnly, // the folder is on a read-only file system
        DiskFull,
        Link, // a link, with Links::Refuse
        NotRegularFile, // a folder, device, FIFO or socket
        Other,
    };

    // Why a write failed: the kind, and the reason in words without the file's name, for callers
    // that word their own message ("the folder /a/b does not exist").
    struct Failure {
        Problem problem = Problem::None;
        QString reason;
    };

    // Writes data to a temporary file beside path and renames it over path only when all of it is
    // on disk: on any failure the old file is as it was and no temporary file stays behind. Only a
    // regular file (or a new one) is replaced. The message names the file and the reason:
    //   /no/such/x.md        -> "cannot write /no/such/x.md: the folder /no/such does not exist"
    //   on a full disk       -> "cannot write /full/x.md: the disk is full; the old file is unchanged"
    //   a link, Links::Refuse -> "cannot write /vault/x.md: it is a link, and links are not written through"
    static Status write(const QString &path, const QByteArray &data, Links links = Links::Follow, Failure *failure = nullptr);
};

} // namespace Paperboy::Core
