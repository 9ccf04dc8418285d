// More like this: the papers of any day most like the reader's paper, with the terms they share.
#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

// A row per paper (title, date, score, shared terms), the first selected. Enter (or a double
// click) asks for the paper through openRequested and closes; Esc closes. The list is worked out
// when the dialog is made, on the GUI thread: Core::Similarity takes 13 ms (p50) at 365 days and
// about 30 ms at 3,000 (docs/DEVELOPMENT.md, More like this).
class SimilarPapersDialog : public QDialog
{
    Q_OBJECT

public:
    SimilarPapersDialog(const Core::Library *library, const QString &arxivId, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // What the dialog says above the list (the paper's title, or why nothing is listed).
    QString message() const;

    static constexpr int Limit = 20;

Q_SIGNALS:
    void openRequested(const QDate &day, const QString &arxivId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();

    QLabel *m_message;
    QTreeWidget *m_list;
};

} // namespace Paperboy::Ui
