// ActionManager: id, text, menu, keys and target of every action of the main window.
#include "actionmanager.h"

#include "actionregistry.h"
#include "annotationcontroller.h"
#include "appearance.h"
#include "caretmode.h"
#include "cheatsheet.h"
#include "comparecontroller.h"
#include "foryoucontroller.h"
#include "listscontroller.h"
#include "mainwindow.h"
#include "muterulesdialog.h"
#include "navigationhistory.h"
#include "readercontroller.h"
#include "similarpapersdialog.h"
#include "summaryview.h"
#include "synccontroller.h"
#include "triagecontroller.h"

#include <QDockWidget>
#include <QMessageBox>
#include <QUndoStack>

namespace Paperboy::Ui {

void ActionManager::createActions(ActionRegistry *a, const ActionTargets &t)
{
    MainWindow *w = t.window;
    const auto add = [a](const char *id, const QString &text, const char *menu, const QList<QKeySequence> &keys, auto *receiver, auto slot) {
        QAction *action = a->add(QString::fromLatin1(id), text, QString::fromLatin1(menu), keys);
        QObject::connect(action, &QAction::triggered, receiver, slot);
        return action;
    };
    using K = QKeySequence;
    a->addMenu(QStringLiteral("file"), tr("&File"));
    a->addMenu(QStringLiteral("edit"), tr("&Edit"));
    a->addMenu(QStringLiteral("go"), tr("&Go"));
    a->addMenu(QStringLiteral("paper"), tr("&Paper"));
    a->addMenu(QStringLiteral("compare"), tr("&Compare"));
    a->addMenu(QStringLiteral("view"), tr("&View"));
    a->addMenu(QStringLiteral("triage"), tr("T&riage"));
    a->addMenu(QStringLiteral("help"), tr("&Help"));

    add("file.import", tr("&Import Digests…"), "file", {K(Qt::CTRL | Qt::Key_O)}, w, &MainWindow::importFiles);
    add("file.import_folder", tr("Import &Folder…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, w, &MainWindow::importFolder);
    add("file.watch_folder", tr("&Watch Folder…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}, w, &MainWindow::watchFolder);
    add("file.cancel_import", tr("&Cancel Import"), "file", {K(Qt::CTRL | Qt::Key_Period)}, w, &MainWindow::cancelImport)->setEnabled(false);
    a->startGroup();
    add("file.refresh", tr("&Refresh"), "file", {K(Qt::Key_F5)}, w, [w] { w->refresh(); });
    add("file.refresh_range", tr("Refresh a R&ange…"), "file", {K(Qt::ALT | Qt::Key_F5)}, w, &MainWindow::refreshRange);
    add("file.cancel_refresh", tr("S&top Refresh"), "file", {K(Qt::SHIFT | Qt::Key_F5)}, w, &MainWindow::cancelRefresh)->setEnabled(false);
    add("file.refresh_log", tr("Refresh &Log…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_F5)}, w, &MainWindow::showRefreshLog);
    add("file.sources", tr("So&urces…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_U)}, w, &MainWindow::manageSources);
    add("file.publishers", tr("Pu&blishers…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}, w, &MainWindow::managePublishers);
    add("day.remove", tr("Remove &Day from Library…"), "file", {K(Qt::SHIFT | Qt::Key_Delete)}, t.reader, [r = t.reader] { r->removeDay(); });
    add("day.remove_digest", tr("Remove This Publisher's Di&gest…"), "file", {K(Qt::CTRL | Qt::Key_Delete)}, t.reader,
        [r = t.reader] { r->removeShownDigest(); });
    add("file.remove_sample", tr("Remove the Sa&mple Digest"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)}, w, &MainWindow::removeSample);
    a->startGroup();
    add("file.export", tr("&Export Notes…"), "file", {K(Qt::CTRL | Qt::Key_E)}, w, &MainWindow::exportNotes);
    // Sync between machines through git (SyncController, docs/SYNC.md).
    a->startGroup();
    SyncController *sync = t.sync;
    add("file.sync", tr("S&ync Now"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, sync, &SyncController::syncNow);
    add("file.sync_setup", tr("Set &Up Sync…"), "file", {K(Qt::CTRL | Qt::ALT | Qt::Key_S)}, sync, &SyncController::setUp);
    add("file.sync_log", tr("Sync Lo&g…"), "file", {K(Qt::CTRL | Qt::ALT | Qt::Key_L)}, sync, &SyncController::showLog);
    a->startGroup();
    add("app.settings", tr("&Settings…"), "file", {K(Qt::CTRL | Qt::Key_Comma)}, w, &MainWindow::showSettings);
    a->startGroup();
    add("file.quit", tr("&Quit"), "file", {K(Qt::CTRL | Qt::Key_Q)}, w, &QWidget::close);

    ReaderController *r = t.reader;
    add("paper.next", tr("&Next Paper"), "go", {K(Qt::Key_J)}, r, &ReaderController::nextPaper);
    add("paper.previous", tr("&Previous Paper"), "go", {K(Qt::Key_K)}, r, &ReaderController::previousPaper);
    add("paper.next_unread", tr("Next &Unread Paper"), "go", {K(Qt::Key_N)}, r, &ReaderController::nextUnread);
    // Days are listed newest first: ] goes down the list to an older day, as j goes down to the next paper.
    add("day.next", tr("&Older Day"), "go", {K(Qt::Key_BracketRight)}, r, &ReaderController::nextDay);
    add("day.previous", tr("Ne&wer Day"), "go", {K(Qt::Key_BracketLeft)}, r, &ReaderController::previousDay);
    add("day.go_to", tr("&Go to Date…"), "go", {K(Qt::Key_G)}, w, &MainWindow::goToDate);
    add("day.newest", tr("Newest Da&y"), "go", {K(Qt::ALT | Qt::Key_Home)}, r, &ReaderController::newestDay);
    NavigationHistory *h = t.history;
    QAction *back = add("history.back", tr("&Back"), "go", {K(Qt::ALT | Qt::Key_Left)}, h, [h] { h->back(); });
    QAction *forward = add("history.forward", tr("&Forward"), "go", {K(Qt::ALT | Qt::Key_Right)}, h, [h] { h->forward(); });
    back->setEnabled(false);
    forward->setEnabled(false);
    QObject::connect(h, &NavigationHistory::changed, back, [back, forward](bool canBack, bool canForward) {
        back->setEnabled(canBack);
        forward->setEnabled(canForward);
    });
    a->startGroup();
    for (int n = 1; n <= 7; ++n) {
        QAction *jump = a->add(QStringLiteral("section.%1").arg(n), tr("Section &%1").arg(n), QStringLiteral("go"), {K(Qt::Key_0 + n)});
        QObject::connect(jump, &QAction::triggered, r, [r, n] { r->jumpToSection(n); });
    }
    a->startGroup();
    add("search.focus", tr("&Search…"), "go", {K(Qt::Key_Slash)}, w, &MainWindow::showSearch);
    add("search.close", tr("&Close Search"), "go", {K(Qt::Key_Escape)}, w, &MainWindow::closeSearch)->setEnabled(false);
    add("search.order", tr("Sort Search &Results"), "go", {K(Qt::ALT | Qt::Key_S)}, w, &MainWindow::toggleSearchOrder);
    ListsController *lists = t.lists;
    add("search.save", tr("Save Search as Smart &List…"), "go", {K(Qt::CTRL | Qt::Key_D)}, lists, &ListsController::saveSearch);
    add("lists.manage", tr("S&mart Lists…"), "go", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, lists, &ListsController::manageSmartLists);
    add("app.palette", tr("Command &Palette…"), "go", {K(Qt::CTRL | Qt::Key_K), K(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, w, &MainWindow::showPalette);

    add("paper.toggle_read", tr("Mark &Read / Unread"), "paper", {K(Qt::Key_M)}, r, &ReaderController::toggleRead);
    add("paper.mark_day_read", tr("Mark &All Read"), "paper", {K(Qt::SHIFT | Qt::Key_M)}, w, &MainWindow::catchUp);
    add("paper.toggle_star", tr("&Star / Unstar"), "paper", {K(Qt::Key_S)}, r, &ReaderController::toggleStar);
    add("paper.open_hf", tr("Open on &Hugging Face"), "paper", {K(Qt::Key_O)}, r, &ReaderController::openOnHuggingFace);
    add("paper.open_pdf", tr("Open arXiv &PDF"), "paper", {K(Qt::SHIFT | Qt::Key_O)}, r, &ReaderController::openPdf);
    add("paper.next_summary", tr("Ne&xt Publisher's Summary"), "paper", {K(Qt::Key_P)}, r, &ReaderController::nextSummary);
    add("paper.prefer_publisher", tr("Prefer This &Publisher"), "paper", {K(Qt::SHIFT | Qt::Key_P)}, r, &ReaderController::preferPublisher);
    // More like this: the papers of any day that share the paper's most distinctive terms; Enter opens one.
    add("paper.similar", tr("More L&ike This…"), "paper", {K(Qt::SHIFT | Qt::Key_L)}, r, [w, r] {
        auto *dialog = new SimilarPapersDialog(r->library(), w->backgroundReads(), r->currentPaperId(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SimilarPapersDialog::openRequested, r, [r](const QDate &day, const QString &id) { r->openPaper(day, id); });
        dialog->open();
    });
    a->startGroup();
    add("paper.later", tr("Put into / Take out of &Later"), "paper", {K(Qt::Key_L)}, lists, &ListsController::toggleLater);
    add("later.move_up", tr("Move &Up in Later"), "paper", {K(Qt::ALT | Qt::Key_Up)}, lists, &ListsController::moveUp);
    add("later.move_down", tr("Move Do&wn in Later"), "paper", {K(Qt::ALT | Qt::Key_Down)}, lists, &ListsController::moveDown);
    AnnotationController *n = t.annotations;
    a->startGroup();
    add("paper.tag", tr("Add &Tag…"), "paper", {K(Qt::Key_T)}, n, &AnnotationController::addTag);
    add("paper.untag", tr("Remo&ve Tag…"), "paper", {K(Qt::ALT | Qt::Key_T)}, n, &AnnotationController::removeTag);
    a->startGroup();
    add("paper.note", tr("&Note…"), "paper", {K(Qt::Key_A)}, n, &AnnotationController::openNote);
    add("paper.highlight", tr("&Highlight Selection"), "paper", {K(Qt::Key_H)}, n, [n] { n->highlightSelection(false); });
    add("paper.highlight_comment", tr("Highlight with &Comment…"), "paper", {K(Qt::SHIFT | Qt::Key_H)}, n, [n] { n->highlightSelection(true); });
    CaretMode *caret = t.caret;
    add("paper.select_keys", tr("Select with the &Keyboard"), "paper", {K(Qt::Key_V)}, caret, [caret, n] {
        if (!caret->start())
            Q_EMIT n->message(tr("Open a paper first"), 4000);
    });
    add("paper.remove_highlight", tr("Remove Highlight"), "paper", {K(Qt::Key_Delete)}, n, &AnnotationController::removeSelectedHighlight);
    add("tags.manage", tr("&Manage Tags…"), "paper", {K(Qt::CTRL | Qt::Key_T)}, n, &AnnotationController::manageTags);

    CompareController *c = t.compare;
    add("compare.toggle_mark", tr("&Mark for Comparison"), "compare", {K(Qt::Key_X)}, c, &CompareController::toggleMark);
    add("compare.clear_marks", tr("&Clear Marks"), "compare", {K(Qt::SHIFT | Qt::Key_X)}, c, &CompareController::clearMarks);
    add("compare.open", tr("C&ompare Marked Papers"), "compare", {K(Qt::Key_C)}, c, &CompareController::compareMarked);
    add("compare.summaries", tr("Compare &Publishers' Summaries"), "compare", {K(Qt::SHIFT | Qt::Key_C)}, c, &CompareController::compareSummaries);
    add("compare.open_saved", tr("Open &Saved Comparison…"), "compare", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, c, &CompareController::chooseSavedComparison);
    QAction *tray = a->add(QStringLiteral("compare.show_tray"), tr("Show Compare &Tray"), QStringLiteral("compare"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_X)});
    tray->setCheckable(true);
    QObject::connect(tray, &QAction::toggled, t.trayDock, &QWidget::setVisible);
    // Not through the window: the dock is hidden again while ~QWidget runs, after MainWindow's part is gone.
    QObject::connect(t.trayDock, &QDockWidget::visibilityChanged, tray, [dock = t.trayDock, tray](bool) { tray->setChecked(dock->isVisible()); });

    QAction *undo = a->add(QStringLiteral("edit.undo"), tr("&Undo"), QStringLiteral("edit"), {K(Qt::CTRL | Qt::Key_Z)});
    QObject::connect(undo, &QAction::triggered, t.undo, &QUndoStack::undo);
    QObject::connect(t.undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    undo->setEnabled(false);
    QAction *redo = a->add(QStringLiteral("edit.redo"), tr("&Redo"), QStringLiteral("edit"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    QObject::connect(redo, &QAction::triggered, t.undo, &QUndoStack::redo);
    QObject::connect(t.undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    redo->setEnabled(false);
    a->startGroup();
    add("edit.mute_rules", tr("&Mute Rules…"), "edit", {K(Qt::CTRL | Qt::ALT | Qt::Key_M)}, w, [w, r] {
        MuteRulesDialog dialog(r->library(), w);
        dialog.exec();
    });

    SummaryView *s = t.summary;
    add("view.page_down", tr("Page &Down"), "view", {K(Qt::Key_Space)}, r, &ReaderController::pageDown);
    add("view.page_up", tr("Page &Up"), "view", {K(Qt::SHIFT | Qt::Key_Space)}, r, &ReaderController::pageUp);
    a->startGroup();
    add("view.zoom_in", tr("Zoom &In"), "view", {K(Qt::CTRL | Qt::Key_Equal), K(Qt::CTRL | Qt::Key_Plus)}, s, [s] { s->setZoom(s->zoom() + 1); });
    add("view.zoom_out", tr("Zoom &Out"), "view", {K(Qt::CTRL | Qt::Key_Minus)}, s, [s] { s->setZoom(s->zoom() - 1); });
    add("view.zoom_reset", tr("&Reset Zoom"), "view", {K(Qt::CTRL | Qt::Key_0)}, s, [s] { s->setZoom(0); });
    QAction *dark = add("view.dark", tr("&Dark Colours"), "view", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, w,
                        [](bool on) { Appearance::setConfigured(on ? Appearance::Scheme::Dark : Appearance::Scheme::Light); });
    dark->setCheckable(true);
    dark->setChecked(Appearance::isDark());
    // Muted papers (Edit › Mute Rules) are left out of the paper list unless this is on.
    QAction *muted = add("view.show_muted", tr("Show &Muted Papers"), "view", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, r, &ReaderController::setShowMuted);
    muted->setCheckable(true);
    a->startGroup();
    add("view.focus_next_pane", tr("Focus &Next Pane"), "view", {K(Qt::Key_F6)}, w, [w] { w->focusNextPane(true); });
    add("view.focus_previous_pane", tr("Focus Pre&vious Pane"), "view", {K(Qt::SHIFT | Qt::Key_F6)}, w, [w] { w->focusNextPane(false); });

    // Triage mode: View › Triage starts it; its own keys work on the card only (ActionRegistry::isTriageAction).
    TriageController *tc = t.triage;
    a->startGroup();
    add("view.triage", tr("&Triage…"), "view", {K(Qt::SHIFT | Qt::Key_T)}, w, &MainWindow::startTriage);
    add("view.statistics", tr("&Statistics…"), "view", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, w, &MainWindow::showStatistics);
    add("view.topics", tr("&Topics…"), "view", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, w, &MainWindow::showTopics);
    // For you: the day ranked by the reader's own model (ForYouController), overall or by one tag.
    ForYouController *fy = t.forYou;
    QAction *forYou = add("view.for_you", tr("Sort Day &For You"), "view", {K(Qt::SHIFT | Qt::Key_F)}, fy, &ForYouController::toggle);
    forYou->setCheckable(true);
    QObject::connect(fy, &ForYouController::toggled, forYou, &QAction::setChecked);
    add("view.for_you_tag", tr("For You by Ta&g…"), "view", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, fy, &ForYouController::chooseTag);
    const QList<QAction *> triage{
        add("triage.keep", tr("&Keep (Star)"), "triage", {K(Qt::Key_S)}, tc, &TriageController::keep),
        add("triage.later", tr("&Later"), "triage", {K(Qt::Key_L)}, tc, &TriageController::later),
        add("triage.skip", tr("&Skip (Mark Read)"), "triage", {K(Qt::Key_D)}, tc, &TriageController::skip),
        add("triage.pass", tr("&Next without Deciding"), "triage", {K(Qt::Key_N), K(Qt::Key_J)}, tc, &TriageController::pass),
        add("triage.tag", tr("&Tag…"), "triage", {K(Qt::Key_T)}, tc, &TriageController::tag),
        add("triage.open", tr("&Open in Full"), "triage", {K(Qt::Key_O), K(Qt::Key_Return)}, tc, &TriageController::toggleOpen),
        add("triage.undo", tr("&Undo Decision"), "triage", {K(Qt::Key_U), K(Qt::CTRL | Qt::Key_Z)}, tc, &TriageController::undo),
        add("triage.leave", tr("L&eave Triage"), "triage", {K(Qt::Key_Escape)}, tc, &TriageController::leave),
    };
    for (QAction *action : triage) {
        action->setEnabled(false);
        QObject::connect(tc, &TriageController::started, action, [action] { action->setEnabled(true); });
        QObject::connect(tc, &TriageController::finished, action, [action] { action->setEnabled(false); });
    }

    add("help.cheatsheet", tr("&Keyboard Shortcuts"), "help", {K(Qt::Key_Question)}, t.cheatSheet, &CheatSheet::popUp);
    add("help.about", tr("&About Paperboy"), "help", {K(Qt::Key_F1)}, w, [w] { QMessageBox::about(w, tr("About Paperboy"), MainWindow::aboutText()); });
    add("help.about_qt", tr("About &Qt"), "help", {K(Qt::CTRL | Qt::Key_F1)}, w, [w] { QMessageBox::aboutQt(w); });
}

} // namespace Paperboy::Ui
