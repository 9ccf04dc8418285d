// Triage mode: a card per undecided paper of the day (or of the search shown), decided with one
// key each; owns the TriageSession and drives the TriageView.
#pragma once

#include "library/librarytypes.h"

#include <QObject>

#include <memory>

class QUndoStack;
class QWidget;

namespace Paperboy::Core {
class Library;
class TriageSession;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class TriageView;

class TriageController : public QObject
{
    Q_OBJECT

public:
    TriageController(Core::Library *library, TriageView *view, QUndoStack *undo, QWidget *window, QObject *parent = nullptr);
    ~TriageController() override;

    // Cards for the papers of scope that wait for a decision; what names the scope in the view
    // ("Saturday, 24 May 2025", "the search …"). False (with a message) when none waits.
    bool start(const QList<Core::PaperListing> &scope, const QString &what);
    bool isActive() const { return m_session != nullptr; }
    Core::TriageSession *session() const { return m_session.get(); }
    // The progress line: "12 / 47 · 3 kept · 5 later · 2 skipped".
    QString progressText() const;

public Q_SLOTS:
    void keep();
    void later();
    void skip();
    void pass();
    void tag();
    // The card in full, or back to the sections to decide by.
    void toggleOpen();
    void undo();
    void leave();

Q_SIGNALS:
    void started();
    // Triage mode ended; the paper whose card was shown last (to select in the reader).
    void finished(const QDate &day, const QString &arxivId);
    void message(const QString &text, int msecs);

private:
    void decide(int decision);
    void showCurrent();

    Core::Library *m_library;
    TriageView *m_view;
    QUndoStack *m_undo;
    QWidget *m_window;
    std::unique_ptr<Core::TriageSession> m_session;
    QString m_what;
    bool m_full = false;
    Core::PaperListing m_last; // the last card shown
};

} // namespace Paperboy::Ui
