// An import's lifetime: one ImportTask at a time in the background, its progress, and what it
// brought in a line for the status bar. The window only shows what it says.
#pragma once

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
