// More like this: the papers of any day most like the reader's paper, with the terms they share.
#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Paperboy::Core {
class Library;
class LibraryWorker;
struct SimilarPaper;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

// A row per paper (title, date, score, shared terms), the first selected. Enter (or a double
// click) asks for the paper through openRequested and closes; Esc closes. The list is worked out
// on the worker's thread (Core::Similarity: 13 ms p50 at 365 days, 39 ms p95 at 3,000; see
// docs/DEVELOPMENT.md, More like this) and arrives with listed(); without a worker, at once.
class SimilarPapersDialog : public QDialog
{
    Q_OBJECT

public:
    SimilarPapersDialog(Core::Library *library, Core::LibraryWorker *worker, const QString &arxivId, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // What the dialog says above the list (the paper's title, or why nothing is listed).
    QString message() const;
    // The list has not arrived yet.
    bool isBusy() const { return m_busy; }

    static constexpr int Limit = 20;

Q_SIGNALS:
    void openRequested(const QDate &day, const QString &arxivId);
    // The list arrived (it may be empty: message() says why).
    void listed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void fill(const QList<Core::SimilarPaper> &found, const QString &error);

    QString m_arxivId;
    QLabel *m_message;
    QTreeWidget *m_list;
    QPushButton *m_open = nullptr;
    bool m_busy = false;
};

} // namespace Paperboy::Ui
