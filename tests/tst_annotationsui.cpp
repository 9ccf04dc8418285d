// Tags, notes and highlights through the real window: keys, dialogs, sidebar, undo, re-anchoring.
#include "actionregistry.h"
#include "common/tagcolor.h"
#include "digest/digestparser.h"
#include "highlightdialog.h"
#include "importcontroller.h"
#include "library/library.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "models/tagmodel.h"
#include "notepanel.h"
#include "readercontroller.h"
#include "searchpane.h"
#include "summaryview.h"
#include "tagmanager.h"
#include "tagpicker.h"
#include "testcorpus.h"
#include "uitest.h"

#include "windowparts.h"
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Paperboy;
using namespace TestWindow;

class TestAnnotationsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Library> m_lib;
    QByteArray m_digest;

    void importDigest(const QByteArray &data)
    {
        const auto r = m_lib->importer().importDigest(Core::DigestParser::parse(data, QStringLiteral("d.md")), QStringLiteral("d.md"), data);
        QVERIFY(r.outcome != Core::ImportResult::Outcome::Rejected);
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("reading/markReadAfterSeconds"), 0);
        static int n = 0;
        m_lib = std::make_unique<Core::Library>();
        QVERIFY(m_lib->open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++n))).ok());
        const QByteArray corpusBytes = TestCorpus::dayBytes();
        QVERIFY(!corpusBytes.isEmpty());
        m_digest = corpusBytes;
        importDigest(m_digest);
        QByteArray other = m_digest;
        other.replace("2025-05-24", "2025-05-25");
        importDigest(other);
    }

    void tagSelectionUndoAndSidebar()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Two papers selected.
        auto *tree = paperTree(w);
        tree->selectionModel()->select(tree->model()->index(0, 0), QItemSelectionModel::Select);
        tree->selectionModel()->select(tree->model()->index(1, 0), QItemSelectionModel::Select);
        QCOMPARE(w.reader()->selectedPaperIds().size(), 2);
        UiTest::answerDialog<Ui::TagPicker>(this, [](Ui::TagPicker *p) {
            p->box()->setCurrentText(QStringLiteral("읽을 것"));
            p->accept();
        });
        QTest::keyClick(&w, Qt::Key_T);
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.96938")), QStringList{QStringLiteral("읽을 것")});
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.94810")), QStringList{QStringLiteral("읽을 것")});
        QCOMPARE(tree->model()->index(0, 0).data(Core::TagsRole).toStringList(), QStringList{QStringLiteral("읽을 것")});
        QVERIFY(summaryView(w)->toPlainText().contains(QStringLiteral("읽을 것"))); // header chips
        // Undo and redo.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_lib->annotations().tagsOf(QStringLiteral("2505.96938")).isEmpty());
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.94810")), QStringList{QStringLiteral("읽을 것")});

        // The sidebar lists the tag with its count; choosing it lists its papers from every day.
        auto *filters = filterList(w);
        QModelIndex tagRow;
        for (int r = 0; r < filters->model()->rowCount(); ++r)
            if (filters->model()->index(r, 0).data(Core::TagNameRole).toString() == QStringLiteral("읽을 것"))
                tagRow = filters->model()->index(r, 0);
        QVERIFY(tagRow.isValid());
        QCOMPARE(tagRow.data(Core::TagCountRole).toInt(), 2);
        w.showFilter(tagRow);
        QTRY_VERIFY(!searchPane(w)->isSearching());
        QVERIFY(w.isSearching());
        QCOMPARE(searchPane(w)->model()->rowCount(), 2);
        // Combined with words.
        searchPane(w)->field()->setText(QStringLiteral("DriftBench"));
        searchPane(w)->runNow();
        QTRY_VERIFY(!searchPane(w)->isSearching());
        QCOMPARE(searchPane(w)->model()->rowCount(), 1);
        w.closeSearch();

        // Alt+T removes it from the selection.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        UiTest::answerDialog<Ui::TagPicker>(this, [](Ui::TagPicker *p) {
            QCOMPARE(p->box()->count(), 1);
            p->accept();
        });
        tree->selectionModel()->select(tree->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(&w, Qt::Key_T, Qt::AltModifier);
        QVERIFY(m_lib->annotations().tagsOf(QStringLiteral("2505.96938")).isEmpty());
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.94810")), QStringList{QStringLiteral("읽을 것")});
    }

    void taggingTheShownPaperKeepsTheReadersSelection()
    {
        // The tag line of the header changes in place: the text the reader selected (to highlight it
        // next) stays selected, the scroll position stays, highlights stay on their words, and the
        // document reads as a fresh rendering of the paper would.
        Ui::MainWindow w(m_lib.get());
        w.resize(900, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString id = w.reader()->currentPaperId();
        Core::Highlight h;
        h.arxivId = id;
        // Words of the first section, below the header's tag line: their range moves with it.
        const QString plain = summaryView(w)->toPlainText();
        const qsizetype body = plain.indexOf(u'\n', plain.indexOf(QStringLiteral("1. "))) + 1;
        QVERIFY(body > 0);
        h.exact = plain.mid(body, 12);
        QVERIFY(!h.exact.trimmed().isEmpty());
        QVERIFY(m_lib->annotations().addHighlight(h).ok());
        Ui::SummaryView *view = summaryView(w);
        QVERIFY(view->drawnHighlights().contains(h.id));
        const QTextDocument *doc = view->document();
        const QString text = view->toPlainText();
        QTextCursor select(view->document());
        const int at = int(text.indexOf(h.exact));
        select.setPosition(at + 2);
        select.setPosition(at + 8, QTextCursor::KeepAnchor);
        view->setTextCursor(select);
        const QString selected = view->textCursor().selectedText();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        const int scroll = view->verticalScrollBar()->value();

        for (const QStringList &tags : {QStringList{QStringLiteral("읽을 것")}, QStringList{QStringLiteral("읽을 것"), QStringLiteral("*rl*")},
                                        QStringList{QStringLiteral("*rl*")}, QStringList{}}) {
            const QStringList before = m_lib->annotations().tagsOf(id);
            for (const QString &t : tags)
                if (!before.contains(t))
                    QVERIFY(m_lib->annotations().tagPapers({id}, t).ok());
            for (const QString &t : before)
                if (!tags.contains(t))
                    QVERIFY(m_lib->annotations().untagPapers({id}, t).ok());
            QCOMPARE(view->document(), doc);
            QCOMPARE(view->textCursor().selectedText(), selected);
            QCOMPARE(view->verticalScrollBar()->value(), scroll);
            const auto drawn = view->drawnHighlights().value(h.id);
            QCOMPARE(view->toPlainText().mid(drawn.first, drawn.second - drawn.first), h.exact);
            // What a fresh rendering shows.
            auto fresh = m_lib->catalog().paper(id);
            QVERIFY(fresh);
            QTextDocument expected;
            expected.setMarkdown(Ui::SummaryView::documentMarkdown(*fresh),
                                 QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
            QCOMPARE(view->toPlainText(), expected.toPlainText());
        }
        QVERIFY(!view->toPlainText().contains(QStringLiteral("*rl*")));
    }

    void starredFilterAndTagManager()
    {
        QVERIFY(m_lib->annotations().setStarred(QStringLiteral("2505.96265"), true).ok());
        QVERIFY(m_lib->annotations().tagPaper(QStringLiteral("2505.96265"), QStringLiteral("a")).ok());
        QVERIFY(m_lib->annotations().tagPaper(QStringLiteral("2505.96938"), QStringLiteral("b")).ok());
        Ui::MainWindow w(m_lib.get());
        w.show();
        w.showFilter(sidebarRow(w, Core::TagModel::StarredRow));
        QTRY_VERIFY(!searchPane(w)->isSearching());
        QCOMPARE(searchPane(w)->model()->rowCount(), 1);
        QCOMPARE(searchPane(w)->model()->index(0).data(Core::ArxivIdRole).toString(), QStringLiteral("2505.96265"));
        Ui::TagManager manager(m_lib.get(), &w);
        QCOMPARE(manager.list()->count(), 2);
        QVERIFY(manager.rename(QStringLiteral("a"), QStringLiteral("알파")));
        QVERIFY(!manager.rename(QStringLiteral("알파"), QStringLiteral("b"))); // exists: refused
        QVERIFY(manager.merge(QStringLiteral("알파"), QStringLiteral("b")));
        QCOMPARE(manager.list()->count(), 1);
        QVERIFY(manager.recolor(QStringLiteral("b"), QStringLiteral("#00aa00")));
        QCOMPARE(m_lib->annotations().tags().first().color, QStringLiteral("#00aa00"));
        QCOMPARE(filterList(w)->model()->rowCount(), 5); // Later, Recently Read, Starred, Unread, b
        // A tag is a small dot in its colour (not a box filling the row), in the sidebar and here.
        for (const QVariant &decoration : {sidebarRow(w, Core::TagModel::TagRow).data(Qt::DecorationRole), manager.list()->item(0)->data(Qt::DecorationRole)}) {
            QVERIFY(decoration.canConvert<QIcon>() && decoration.typeId() == QMetaType::QIcon);
            const QImage dot = decoration.value<QIcon>().pixmap(Core::TagModel::SwatchSize).toImage();
            QCOMPARE(dot.width(), Core::TagModel::SwatchSize);
            QCOMPARE(dot.pixelColor(0, 0).alpha(), 0); // round: the corners are empty
            QCOMPARE(dot.pixelColor(dot.width() / 2, dot.height() / 2).name(), QStringLiteral("#00aa00"));
        }
        // Text on a chip takes the colour that contrasts more: black on the default grey (6.1:1, where
        // white gave 3.4:1), white on a dark blue.
        QCOMPARE(Core::TagColor::textOn(QColor(Core::TagColor::fallback())), QColor(Qt::black));
        QVERIFY(Core::TagColor::contrast(QColor(Core::TagColor::fallback()), Qt::black) >= 4.5);
        QCOMPARE(Core::TagColor::textOn(QColor(QStringLiteral("#1f3a93"))), QColor(Qt::white));
        QVERIFY(manager.remove(QStringLiteral("b")));
        QCOMPARE(filterList(w)->model()->rowCount(), 4);
    }

    void noteAutosavesWithPreview()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_A);
        QVERIFY(noteDock(w)->isVisible());
        QPlainTextEdit *editor = notePanel(w)->editor();
        QVERIFY(editor->hasFocus());
        // Hangul arrives through the input method as committed text; the letters are typed as keys.
        editor->insertPlainText(QStringLiteral("# 메모\n\n다시 볼 것: "));
        QTest::keyClicks(editor, QStringLiteral("jk"));
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938")); // typed letters did not navigate
        QTRY_COMPARE_WITH_TIMEOUT(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("# 메모\n\n다시 볼 것: jk"), 3000);
        notePanel(w)->previewToggle()->setChecked(true);
        QVERIFY(notePanel(w)->preview()->toPlainText().startsWith(QStringLiteral("메모")));
        notePanel(w)->previewToggle()->setChecked(false);
        // Typing then switching paper saves at once, without waiting.
        QTest::keyClicks(editor, QStringLiteral("!"));
        summaryView(w)->setFocus();
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("# 메모\n\n다시 볼 것: jk!"));
        QVERIFY(editor->toPlainText().isEmpty()); // the next paper has no note
        QTest::keyClick(&w, Qt::Key_K);
        QCOMPARE(editor->toPlainText(), QStringLiteral("# 메모\n\n다시 볼 것: jk!"));
        // Undo: edits less than two seconds apart are one step, so this returns to the empty note.
        undoStack(w)->undo();
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QString());
        QVERIFY(editor->toPlainText().isEmpty());
        undoStack(w)->redo();
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("# 메모\n\n다시 볼 것: jk!"));
    }

    void escapeLeavesTheNoteForTheReader()
    {
        // a, type, Esc: the note is saved and the keys are the reader's again, so j moves to the next
        // paper instead of being typed into the note.
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto type = [](auto key, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(QApplication::focusWidget(), key, mods); };
        QPlainTextEdit *editor = notePanel(w)->editor();
        paperTree(w)->setFocus();
        type(Qt::Key_A);
        QCOMPARE(QApplication::focusWidget(), editor);
        QTest::keyClicks(editor, QStringLiteral("memo"));
        type(Qt::Key_Escape);
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("memo")); // at once, not after the pause
        QCOMPARE(QApplication::focusWidget(), paperTree(w));
        QVERIFY(noteDock(w)->isVisible());
        type(Qt::Key_J);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.94810"));
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("memo"));

        // From the summary, Ctrl+Enter (and Ctrl+Return) does the same and goes back there.
        summaryView(w)->setFocus();
        type(Qt::Key_A);
        QCOMPARE(QApplication::focusWidget(), editor);
        QTest::keyClicks(editor, QStringLiteral("two"));
        type(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.94810")), QStringLiteral("two")); // no new line in it
        QCOMPARE(QApplication::focusWidget(), summaryView(w));
        type(Qt::Key_A);
        type(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), summaryView(w));
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.94810")), QStringLiteral("two"));

        // From elsewhere (the day list) the keys go to the paper list.
        dayList(w)->setFocus();
        type(Qt::Key_A);
        type(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), paperTree(w));

        // While a search is open its Esc closes it, but not from inside the note.
        w.showSearch();
        summaryView(w)->setFocus();
        type(Qt::Key_A);
        QCOMPARE(QApplication::focusWidget(), editor);
        type(Qt::Key_Escape);
        QVERIFY(w.isSearching());
        QCOMPARE(QApplication::focusWidget(), summaryView(w));
        type(Qt::Key_Escape);
        QVERIFY(!w.isSearching());
    }

    void highlightDialogAcceptsCtrlEnter()
    {
        // Enter makes a new line of the comment; Ctrl+Enter (keypad) and Ctrl+Return save it.
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
            Ui::HighlightDialog dialog(QStringLiteral("quote"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QTest::keyClicks(dialog.commentEdit(), QStringLiteral("one"));
            QTest::keyClick(dialog.commentEdit(), key);
            QVERIFY(dialog.isVisible());
            QTest::keyClicks(dialog.commentEdit(), QStringLiteral("two"));
            QTest::keyClick(dialog.commentEdit(), key, Qt::ControlModifier | (key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier));
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.comment(), QStringLiteral("one\ntwo"));
        }
        // Through the window: Shift+H, a comment, Ctrl+Return; the highlight keeps the comment.
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTextCursor c(summaryView(w)->document());
        const int at = int(summaryView(w)->toPlainText().indexOf(QStringLiteral("41.2%")));
        c.setPosition(at);
        c.setPosition(at + 5, QTextCursor::KeepAnchor);
        summaryView(w)->setTextCursor(c);
        bool stillOpen = true;
        UiTest::answerDialog<Ui::HighlightDialog>(this, [&stillOpen](Ui::HighlightDialog *d) {
            // The dialog must be the application's active window before it gets shortcut keys.
            if (QTest::qWaitFor([d] { return QApplication::activeWindow() == d; })) {
                QTest::keyClicks(d->commentEdit(), QStringLiteral("baseline"));
                QTest::keyClick(d->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
            }
            stillOpen = d->isVisible();
            if (stillOpen)
                d->reject(); // not answered by the keys: close it so the test goes on
        });
        QTest::keyClick(&w, Qt::Key_H, Qt::ShiftModifier);
        QVERIFY(!stillOpen);
        const auto hs = m_lib->annotations().highlights(QStringLiteral("2505.96938"));
        QCOMPARE(hs.size(), 1);
        QCOMPARE(hs[0].comment, QStringLiteral("baseline"));
    }

    void highlightDrawnListedUndoneAndReanchored()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.reader()->selectPaper(QStringLiteral("2505.96265")));
        Ui::SummaryView *view = summaryView(w);
        const QString quote = QStringLiteral("각각 8% 초과하는 성능을 달성하였습니다");
        const int at = selectInSummary(view, quote);
        QVERIFY(at > 0);
        QTest::keyClick(&w, Qt::Key_H);
        auto stored = m_lib->annotations().highlights(QStringLiteral("2505.96265"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].exact, quote);
        QCOMPARE(stored[0].sectionKind, QStringLiteral("results"));
        QCOMPARE(stored[0].prefix.size(), 32);
        // Drawn where it is, listed in the note panel.
        QVERIFY(view->drawnHighlights().contains(stored[0].id));
        QTextCursor probe(view->document());
        probe.setPosition(at + 2);
        QVERIFY(probe.charFormat().background().color() == QColor(stored[0].color));
        QCOMPARE(notePanel(w)->highlightList()->count(), 1);
        QVERIFY(notePanel(w)->highlightList()->item(0)->text().contains(quote));
        // Choosing it in the panel scrolls the summary to it.
        view->verticalScrollBar()->setValue(0);
        w.resize(1000, 400);
        QApplication::processEvents();
        Q_EMIT notePanel(w)->highlightList()->itemActivated(notePanel(w)->highlightList()->item(0));
        QVERIFY(view->verticalScrollBar()->value() > 0);
        // Undo removes it; redo brings it back.
        undoStack(w)->undo();
        QVERIFY(m_lib->annotations().highlights(QStringLiteral("2505.96265")).isEmpty());
        QCOMPARE(notePanel(w)->highlightList()->count(), 0);
        undoStack(w)->redo();
        QCOMPARE(m_lib->annotations().highlights(QStringLiteral("2505.96265")).size(), 1);

        // The digest is re-imported with the sentence slightly edited: the highlight follows it.
        QByteArray edited = m_digest;
        edited.replace("각각 8% 초과하는 성능을 달성하였습니다", "각각 8% 초과하는 성능을 달성했습니다");
        importDigest(edited); // the 2025-05-24 digest; highlights belong to the paper, so view that day
        QVERIFY(w.reader()->openPaper(QDate(2025, 5, 24), QStringLiteral("2505.96265")));
        QVERIFY(summaryView(w)->toPlainText().contains(QStringLiteral("달성했습니다")));
        QCOMPARE(summaryView(w)->drawnHighlights().size(), 1);
        const auto range = *summaryView(w)->drawnHighlights().cbegin();
        QVERIFY(summaryView(w)->toPlainText().mid(range.first, range.second - range.first).contains(QStringLiteral("8% 초과")));
        // The note panel lists the text the highlight now covers, not its old quote.
        QCOMPARE(notePanel(w)->highlightList()->count(), 1);
        const QString listed = notePanel(w)->highlightList()->item(0)->text();
        QVERIFY2(listed.contains(QStringLiteral("달성했")) && !listed.contains(QStringLiteral("달성하였")), qPrintable(listed));
        QVERIFY(!notePanel(w)->highlightList()->item(0)->data(Qt::UserRole + 1).toBool());

        // Rewritten completely: the highlight is kept, listed as orphaned, not drawn.
        QByteArray rewritten = m_digest;
        rewritten.replace("Judge-RM은 RM-Bench에서 BT RM과 수직 확장된 GenRM을 각각 8% 초과하는 성능을 달성하였습니다.",
                          "이 부분은 완전히 새로 작성되었습니다.");
        importDigest(rewritten);
        QVERIFY(w.reader()->openPaper(QDate(2025, 5, 24), QStringLiteral("2505.96265")));
        QVERIFY(!summaryView(w)->toPlainText().contains(QStringLiteral("8% 초과")));
        QVERIFY(summaryView(w)->drawnHighlights().isEmpty());
        QCOMPARE(m_lib->annotations().highlights(QStringLiteral("2505.96265")).size(), 1);
        QCOMPARE(notePanel(w)->highlightList()->count(), 1);
        QVERIFY(notePanel(w)->highlightList()->item(0)->data(Qt::UserRole + 1).toBool());

        // Delete removes the highlight selected in the panel.
        notePanel(w)->highlightList()->setCurrentRow(0);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Delete);
        QVERIFY(m_lib->annotations().highlights(QStringLiteral("2505.96265")).isEmpty());
    }

    // A highlight of the summary's first words keeps the summary's text as its context, never the
    // header's (title, "arXiv abstract · PDF", tags), and is found again after a re-import.
    void highlightContextIsTheSummaryOnly()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.reader()->openPaper(QDate(2025, 5, 24), QStringLiteral("2505.96265")));
        Ui::SummaryView *view = summaryView(w);
        int first = -1; // the first block after the header's rule
        for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
                for (QTextBlock n = b.next(); n.isValid() && first < 0; n = n.next())
                    if (!n.text().trimmed().isEmpty())
                        first = n.position();
                break;
            }
        }
        QVERIFY(first > 0);
        QTextCursor c(view->document());
        c.setPosition(first);
        c.setPosition(first + 8, QTextCursor::KeepAnchor);
        const QString quote = c.selectedText();
        view->setTextCursor(c);
        view->setFocus();
        QTest::keyClick(&w, Qt::Key_H);
        const auto stored = m_lib->annotations().highlights(QStringLiteral("2505.96265"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].exact, quote);
        const QString header = view->toPlainText().left(first);
        QVERIFY2(stored[0].prefix.trimmed().isEmpty(), qPrintable(stored[0].prefix)); // nothing of the summary comes before it
        QVERIFY(header.contains(QStringLiteral("PDF")));
        QVERIFY(!stored[0].prefix.contains(QStringLiteral("PDF")));
        QCOMPARE(stored[0].position, 0);
        // Drawn where it was made, and again after the paper is shown anew.
        QVERIFY(w.reader()->openPaper(QDate(2025, 5, 24), QStringLiteral("2505.96265")));
        QCOMPARE(summaryView(w)->drawnHighlights().value(stored[0].id).first, first);
    }

    // v selects in the summary with the keyboard alone: it starts in the summary's text (not the
    // header), w l $ j extend it, Enter highlights it; y copies; Esc stops, and the keys are the
    // window's again.
    void keyboardSelectionHighlightsAndCopies()
    {
        Ui::MainWindow w(m_lib.get());
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.reader()->openPaper(QDate(2025, 5, 24), QStringLiteral("2505.96265")));
        paperTree(w)->setFocus();
        Ui::SummaryView *view = summaryView(w);
        const int start = Ui::SummaryView::summaryStart(view->document());
        QVERIFY(start > 0);

        QTest::keyClick(paperTree(w), Qt::Key_V);
        QVERIFY(view->hasFocus());
        QVERIFY(view->textCursor().hasSelection());
        QVERIFY(std::min(view->textCursor().anchor(), view->textCursor().position()) >= start);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Enter")), qPrintable(w.statusBar()->currentMessage()));
        const QString papersBefore = w.reader()->currentPaperId();
        QTest::keyClick(view, Qt::Key_W);
        QTest::keyClick(view, Qt::Key_W);
        const int afterWords = view->textCursor().position();
        QTest::keyClick(view, Qt::Key_L);
        QCOMPARE(view->textCursor().position(), afterWords + 1);
        QTest::keyClick(view, Qt::Key_H);
        QCOMPARE(view->textCursor().position(), afterWords);
        QTest::keyClick(view, Qt::Key_J); // a line down, not the next paper
        QVERIFY(view->textCursor().position() > afterWords);
        QCOMPARE(w.reader()->currentPaperId(), papersBefore);
        QTest::keyClick(view, Qt::Key_K);
        QTest::keyClick(view, Qt::Key_Dollar, Qt::ShiftModifier);
        QVERIFY(view->textCursor().atBlockEnd());
        // k at the top never reaches into the header.
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(view, Qt::Key_K);
        QVERIFY(std::min(view->textCursor().anchor(), view->textCursor().position()) >= start);
        QTest::keyClick(view, Qt::Key_J);
        QTest::keyClick(view, Qt::Key_Dollar, Qt::ShiftModifier);
        const QString selected = view->textCursor().selectedText();
        QVERIFY(selected.size() > 4);
        QTest::keyClick(view, Qt::Key_Return);
        const auto stored = m_lib->annotations().highlights(QStringLiteral("2505.96265"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].exact, QString(selected).replace(QChar::ParagraphSeparator, u'\n'));
        QVERIFY(!stored[0].prefix.contains(QStringLiteral("PDF")));

        // y copies and ends; the next j is the window's again.
        QTest::keyClick(view, Qt::Key_V);
        QTest::keyClick(view, Qt::Key_W);
        const QString copied = view->textCursor().selectedText();
        QTest::keyClick(view, Qt::Key_Y);
        QCOMPARE(QApplication::clipboard()->text(), copied);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Copied")));
        // Esc stops without a trace.
        QTest::keyClick(view, Qt::Key_V);
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!view->textCursor().hasSelection());
        QTest::keyClick(view, Qt::Key_J);
        QVERIFY(w.reader()->currentPaperId() != papersBefore);
        QCOMPARE(m_lib->annotations().highlights(QStringLiteral("2505.96265")).size(), 1);
    }

    void highlightWithCommentAndColour()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTextCursor c(summaryView(w)->document());
        const int at = int(summaryView(w)->toPlainText().indexOf(QStringLiteral("41.2%")));
        c.setPosition(at);
        c.setPosition(at + 5, QTextCursor::KeepAnchor);
        summaryView(w)->setTextCursor(c);
        UiTest::answerDialog<Ui::HighlightDialog>(this, [](Ui::HighlightDialog *d) {
            d->commentEdit()->setPlainText(QStringLiteral("기준선 수치"));
            d->colorBox()->setCurrentIndex(2);
            d->accept();
        });
        QTest::keyClick(&w, Qt::Key_H, Qt::ShiftModifier);
        const auto hs = m_lib->annotations().highlights(QStringLiteral("2505.96938"));
        QCOMPARE(hs.size(), 1);
        QCOMPARE(hs[0].exact, QStringLiteral("41.2%"));
        QCOMPARE(hs[0].comment, QStringLiteral("기준선 수치"));
        QCOMPARE(hs[0].color, QStringLiteral("#a5d8ff"));
        // Tag chips carry the tag's colour.
        QVERIFY(m_lib->annotations().tagPaper(QStringLiteral("2505.96938"), QStringLiteral("c")).ok());
        QVERIFY(m_lib->annotations().setTagColor(QStringLiteral("c"), QStringLiteral("#123456")).ok());
        QCOMPARE(paperTree(w)->model()->index(0, 0).data(Core::TagColorsRole).toStringList(), QStringList{QStringLiteral("#123456")});
    }

    void highlightNeedsASelection()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QTest::keyClick(&w, Qt::Key_H);
        QVERIFY(m_lib->annotations().highlights(w.reader()->currentPaperId()).isEmpty());
    }
};

QTEST_MAIN(TestAnnotationsUi)
#include "tst_annotationsui.moc"
