// The reader's selection: day → paper → section, the summary and note panel that follow it, the read timer.
#pragma once

#include "library/librarytypes.h"
#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

class QListView;
class QTimer;
class QTreeView;

namespace Paperboy::Core {
class DayListModel;
class Library;
class PaperTreeModel;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class NotePanel;
class SummaryView;

// Owns the day and paper models behind the two list panes and keeps the summary on the current paper.
// Every navigation command of the reader (j, k, n, [, ], 1–7, Space) is a slot here.
class ReaderController : public QObject
{
    Q_OBJECT

public:
    ReaderController(Core::Library *library, QListView *days, QTreeView *papers, SummaryView *summary, NotePanel *notes, QObject *parent = nullptr);

    Core::Library *library() const { return m_library; }
    // The day's papers as the paper tree shows them.
    Core::PaperTreeModel *paperModel() const { return m_paperModel; }
    QDate currentDay() const;
    QString currentPaperId() const;
    // Papers the tag and mark commands apply to: the selected ones, or the current one.
    QStringList selectedPaperIds() const;
    // Every paper of the current day, in its order.
    QStringList dayPaperIds() const;
    int dayCount() const;
    int paperCount() const;
    bool showsMuted() const;

    void selectDay(const QDate &day);
    // The top of the day list: the newest day.
    void newestDay();
    bool selectPaper(const QString &arxivId);
    // Opens the paper on its day, a muted one too (shown while the day is).
    bool openPaper(const QDate &day, const QString &arxivId);
    // The saved day and paper, or the newest day.
    void restore(const QDate &day, const QString &arxivId);
    // Milliseconds a shown paper waits before it counts as read (0 or less: never).
    void setMarkReadDelay(int msecs);
    // Draws the current paper again (colours changed), keeping the scroll position.
    void redraw();

public Q_SLOTS:
    void nextPaper();
    void previousPaper();
    // ] and [: one row down (an older day; the list is newest first) and one row up (a newer day).
    void nextDay();
    void previousDay();
    void nextUnread();
    // View › Show Muted Papers: muted papers in the list (drawn dimmed), or left out.
    void setShowMuted(bool show);
    void pageDown();
    void pageUp();
    void jumpToSection(int number);
    void toggleRead();
    void toggleStar();
    void openOnHuggingFace();
    void openPdf();
    // P: the next publisher's summary of the paper; Shift+P: that publisher's summaries first.
    void nextSummary();
    void preferPublisher();
    // The current day out of the library, or only the shown summary's publisher's digest of it
    // (the reader's data stays; importing it again brings it back). Asks first when confirm.
    bool removeDay(bool confirm = true);
    bool removeShownDigest(bool confirm = true);

Q_SIGNALS:
    void message(const QString &text, int msecs);
    // The day or paper count changed, or another day was chosen.
    void countsChanged();
    // The summary shows another paper (or the same paper of another day): what history records.
    void paperShown(const QDate &day, const QString &arxivId);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void onDayChanged();
    void onPaperChanged();
    void showCurrentPaper(bool keepScroll);
    QList<Core::Highlight> asShown(QList<Core::Highlight> highlights) const;
    QList<Core::Highlight> shownHighlights() const;
    void refreshAnnotations();
    void refreshTags();
    // The shown paper read again after an import: drawn again when what it shows changed.
    void refreshContent();
    int currentPaperRow() const;

    Core::Library *m_library;
    Core::DayListModel *m_dayModel;
    Core::PaperTreeModel *m_paperModel;
    QListView *m_days;
    QTreeView *m_papers;
    SummaryView *m_summary;
    NotePanel *m_notes;
    QTimer *m_readTimer;
    bool m_markRead = true;
    Core::PaperDetail m_shown; // what the summary shows (tags as in its header)
    qint64 m_publisher = 0; // the publisher whose summary of the current paper was asked for (0: the day's)
    QList<qint64> m_shownHighlights;
};

} // namespace Paperboy::Ui
