// At start, a library made by an older version is upgraded with a progress note on screen.
#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Paperboy::Ui {

// An upgrade backs the library up (VACUUM INTO) and may rebuild its search index: seconds for a
// large library (4.4 s for 1,000 days from schema 8). Run at start it would keep the window from
// appearing without a word; run() does it on a worker thread and says what is happening.
class LibraryUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(LibraryUpgrade)

public:
    // Whether the file holds a library of an older schema, which opening it would upgrade.
    static bool needed(const QString &path);

    // Upgrades the file on a worker thread with its own connection, closed again when done (the
    // caller opens the library as usual). Meanwhile the event loop runs, and after delayMs a
    // dialog says that the library is being upgraded and where the copy of the old one is kept.
    static Core::Status run(const QString &path, QWidget *parent = nullptr, int delayMs = 400);
};

} // namespace Paperboy::Ui
