// Triage mode's face: a progress line, the card of the paper to decide on (its header and the
// sections to decide by), the keys, and at the end a summary of what was decided.
#pragma once

#include "library/librarytypes.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace Paperboy::Ui {

class ActionRegistry;
class SummaryView;

class TriageView : public QWidget
{
    Q_OBJECT

public:
    // actions: the window's registry; the triage.* actions' keys are taken here before the
    // window's shortcuts (the reader's s, t, o, … mean something else on a card).
    TriageView(ActionRegistry *actions, QWidget *parent = nullptr);

    // The card: the header and the sections to decide by, or (full) the whole summary.
    void showCard(const Core::PaperDetail &paper, bool full);
    void setProgress(const QString &text);
    // The end: a summary in Markdown (the kept and later papers).
    void showDone(const QString &markdown);
    bool isDone() const;
    SummaryView *card() const { return m_card; }
    QTextBrowser *doneView() const { return m_done; }
    QLabel *progress() const { return m_progress; }

    // The sections a decision is made on: contributions and results; the whole summary when the
    // summary has neither (a drifted digest loses nothing).
    static Core::PaperDetail focused(const Core::PaperDetail &paper);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *actionFor(const QKeyEvent *key) const;
    void updateHints();

    ActionRegistry *m_actions;
    QLabel *m_progress;
    QStackedWidget *m_pages;
    SummaryView *m_card;
    QTextBrowser *m_done;
    QLabel *m_hints;
};

} // namespace Paperboy::Ui
