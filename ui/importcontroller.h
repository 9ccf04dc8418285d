// An import's lifetime: one ImportTask at a time in the background, its progress, and what it
// brought in a line for the status bar. The window only shows what it says.
#pragma once

#include "library/librarytypes.h"

#include <QDate>
#include <QObject>
#include <QStringList>

namespace Paperboy::Core {
class ImportTask;
class Library;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(Core::Library *library, QObject *parent = nullptr);

    // What an import brought, as the window says it: "Imported 3 days (141 papers), 1 file
    // rejected"; the newest day imported or already there; the problems grouped by file, each file
    // named by its path below the folder the files share ("2025/05/09.md", not "/home/…/09.md"),
    // its problems indented below it.
    struct Report {
        QString summary;
        QDate newest;
        QStringList problems;
    };
    static Report report(const QList<Core::ImportResult> &results, bool cancelled);

    // Starts importing files and folders; false when one is running already (message() says so).
    bool start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_task != nullptr; }

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    // summary: the counts for the status bar; newest: the newest day imported or already there;
    // problems: the diagnostics of every file, one per line.
    void finished(const QString &summary, const QDate &newest, const QStringList &problems);
    void message(const QString &text);

private:
    Core::Library *m_library;
    Core::ImportTask *m_task = nullptr;
};

} // namespace Paperboy::Ui
