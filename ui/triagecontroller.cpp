// TriageController: every decision goes through TriageSession (the stores, the history); the
// view only shows the card, the progress and the end.
#include "triagecontroller.h"

#include "summaryview.h"
#include "tagpicker.h"
#include "triageview.h"

#include "annotate/annotationcommands.h"
#include "common/daylabel.h"
#include "library/library.h"
#include "library/triagesession.h"

#include <QUndoStack>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

TriageController::TriageController(Library *library, TriageView *view, QUndoStack *undo, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_view(view)
    , m_undo(undo)
    , m_window(window)
{
    // A tag given elsewhere (the tag picker, an undo) shows on the card at once.
    connect(library, &Library::papersChanged, this, [this](const QStringList &ids, Changes what) {
        if (!m_session || !(what & Change::Tags) || m_view->isDone())
            return;
        if (const auto card = m_session->current(); card && ids.contains(card->arxivId))
            m_view->card()->setTags(m_library->annotations().tagsOf(card->arxivId));
    });
}

TriageController::~TriageController() = default;

bool TriageController::start(const QList<PaperListing> &scope, const QString &what)
{
    auto session = std::make_unique<TriageSession>(*m_library, scope);
    if (session->total() == 0) {
        Q_EMIT message(tr("Nothing to triage in %1: every paper is read, starred or in Later.").arg(what), 6000);
        return false;
    }
    m_session = std::move(session);
    m_what = what;
    m_full = false;
    showCurrent();
    Q_EMIT started();
    return true;
}

QString TriageController::progressText() const
{
    if (!m_session)
        return {};
    const int shown = std::min(m_session->position() + 1, m_session->total());
    return tr("%1 / %2 · %3 kept · %4 later · %5 skipped — %6")
        .arg(shown)
        .arg(m_session->total())
        .arg(m_session->kept())
        .arg(m_session->later())
        .arg(m_session->skipped())
        .arg(m_what);
}

void TriageController::showCurrent()
{
    if (!m_session)
        return;
    m_view->setProgress(progressText());
    if (m_session->isDone()) {
        // The end: what was decided, the kept and later papers by name.
        QString md = QStringLiteral("# %1\n\n").arg(tr("Triage of %1 done").arg(m_what));
        md += tr("%n paper(s) decided: ", nullptr, m_session->kept() + m_session->later() + m_session->skipped())
            + tr("%1 kept, %2 later, %3 skipped.").arg(m_session->kept()).arg(m_session->later()).arg(m_session->skipped()) + QStringLiteral("\n\n");
        const auto list = [](const QList<PaperListing> &papers) {
            QString out;
            for (const PaperListing &p : papers) {
                QString title = p.title.isEmpty() ? p.arxivId : p.title;
                title.replace(u'\\', QStringLiteral("\\\\")).replace(u'*', QStringLiteral("\\*")).replace(u'_', QStringLiteral("\\_"));
                out += QStringLiteral("- **%1** %2\n").arg(p.arxivId, title);
            }
            return out;
        };
        if (const auto kept = m_session->decided(TriageDecision::Keep); !kept.isEmpty())
            md += QStringLiteral("## %1\n\n").arg(tr("Kept (starred)")) + list(kept) + u'\n';
        if (const auto later = m_session->decided(TriageDecision::Later); !later.isEmpty())
            md += QStringLiteral("## %1\n\n").arg(tr("Later")) + list(later) + u'\n';
        md += tr("Press Esc to go back to reading; u takes back the last decision.");
        m_view->showDone(md);
        return;
    }
    const auto detail = m_session->currentDetail();
    m_last = *m_session->current();
    if (detail)
        m_view->showCard(*detail, m_full);
}

void TriageController::decide(int decision)
{
    if (!m_session || m_session->isDone())
        return;
    if (Status s = m_session->decide(TriageDecision(decision)); !s) {
        Q_EMIT message(s.message(), 6000);
        return;
    }
    m_full = false;
    showCurrent();
}

void TriageController::keep()
{
    decide(int(TriageDecision::Keep));
}

void TriageController::later()
{
    decide(int(TriageDecision::Later));
}

void TriageController::skip()
{
    decide(int(TriageDecision::Skip));
}

void TriageController::pass()
{
    if (!m_session || m_session->isDone())
        return;
    m_session->pass();
    m_full = false;
    showCurrent();
}

void TriageController::tag()
{
    // Tagging adds to the card without deciding on it: the card stays for keep, later or skip.
    if (!m_session || m_session->isDone())
        return;
    const QString id = m_session->current()->arxivId;
    TagPicker picker(TagPicker::Mode::Add, m_library->annotations().allTags(), 1, m_window);
    if (picker.exec() == QDialog::Accepted && !picker.tag().isEmpty())
        m_undo->push(new TagCommand(m_library, {id}, picker.tag(), true));
}

void TriageController::toggleOpen()
{
    if (!m_session || m_session->isDone())
        return;
    m_full = !m_full;
    if (m_full)
        m_session->recordOpen();
    showCurrent();
}

void TriageController::undo()
{
    if (!m_session)
        return;
    if (!m_session->canUndo()) {
        Q_EMIT message(tr("No decision to take back"), 4000);
        return;
    }
    if (Status s = m_session->undo(); !s) {
        Q_EMIT message(s.message(), 6000);
        return;
    }
    m_full = false;
    showCurrent();
}

void TriageController::leave()
{
    if (!m_session)
        return;
    const PaperListing last = m_last;
    m_session.reset();
    Q_EMIT finished(last.day, last.arxivId);
}

} // namespace Paperboy::Ui
