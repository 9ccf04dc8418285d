// Tags, notes and highlights through the real window: keys, dialogs, sidebar, undo, re-anchoring.
#include "testcorpus.h"
#include "digest/digestparser.h"
#include "library/library.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "models/tagmodel.h"
#include "highlightdialog.h"
#include "notepanel.h"
#include "searchpane.h"
#include "summaryview.h"
#include "tagmanager.h"
#include "tagpicker.h"
#include "uitest.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Paperboy;

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
        auto *tree = w.paperTree();
        tree->selectionModel()->select(tree->model()->index(0, 0), QItemSelectionModel::Select);
        tree->selectionModel()->select(tree->model()->index(1, 0), QItemSelectionModel::Select);
        QCOMPARE(w.selectedPaperIds().size(), 2);
        UiTest::answerDialog<Ui::TagPicker>(this, [](Ui::TagPicker *p) {
            p->box()->setCurrentText(QStringLiteral("읽을 것"));
            p->accept();
        });
        QTest::keyClick(&w, Qt::Key_T);
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.96938")), QStringList{QStringLiteral("읽을 것")});
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.94810")), QStringList{QStringLiteral("읽을 것")});
        QCOMPARE(tree->model()->index(0, 0).data(Core::TagsRole).toStringList(), QStringList{QStringLiteral("읽을 것")});
        QVERIFY(w.summaryView()->toPlainText().contains(QStringLiteral("읽을 것"))); // header chips
        // Undo and redo.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_lib->annotations().tagsOf(QStringLiteral("2505.96938")).isEmpty());
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.94810")), QStringList{QStringLiteral("읽을 것")});

        // The sidebar lists the tag with its count; choosing it lists its papers from every day.
        auto *filters = w.filterList();
        QModelIndex tagRow;
        for (int r = 0; r < filters->model()->rowCount(); ++r)
            if (filters->model()->index(r, 0).data(Core::TagModel::NameRole).toString() == QStringLiteral("읽을 것"))
                tagRow = filters->model()->index(r, 0);
        QVERIFY(tagRow.isValid());
        QCOMPARE(tagRow.data(Core::TagModel::CountRole).toInt(), 2);
        w.showFilter(tagRow);
        QVERIFY(w.isSearching());
        QCOMPARE(w.searchPane()->model()->rowCount(), 2);
        // Combined with words.
        w.searchPane()->field()->setText(QStringLiteral("DriftBench"));
        w.searchPane()->runNow();
        QCOMPARE(w.searchPane()->model()->rowCount(), 1);
        w.closeSearch();

        // Shift+T removes it from the selection.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        UiTest::answerDialog<Ui::TagPicker>(this, [](Ui::TagPicker *p) {
            QCOMPARE(p->box()->count(), 1);
            p->accept();
        });
        tree->selectionModel()->select(tree->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(&w, Qt::Key_T, Qt::ShiftModifier);
        QVERIFY(m_lib->annotations().tagsOf(QStringLiteral("2505.96938")).isEmpty());
        QCOMPARE(m_lib->annotations().tagsOf(QStringLiteral("2505.94810")), QStringList{QStringLiteral("읽을 것")});
    }

    void starredFilterAndTagManager()
    {
        QVERIFY(m_lib->annotations().setStarred(QStringLiteral("2505.96265"), true).ok());
        QVERIFY(m_lib->annotations().tagPaper(QStringLiteral("2505.96265"), QStringLiteral("a")).ok());
        QVERIFY(m_lib->annotations().tagPaper(QStringLiteral("2505.96938"), QStringLiteral("b")).ok());
        Ui::MainWindow w(m_lib.get());
        w.show();
        w.showFilter(w.filterList()->model()->index(0, 0)); // Starred
        QCOMPARE(w.searchPane()->model()->rowCount(), 1);
        QCOMPARE(w.searchPane()->model()->index(0).data(Core::ArxivIdRole).toString(), QStringLiteral("2505.96265"));
        Ui::TagManager manager(m_lib.get(), &w);
        QCOMPARE(manager.list()->count(), 2);
        QVERIFY(manager.rename(QStringLiteral("a"), QStringLiteral("알파")));
        QVERIFY(!manager.rename(QStringLiteral("알파"), QStringLiteral("b"))); // exists: refused
        QVERIFY(manager.merge(QStringLiteral("알파"), QStringLiteral("b")));
        QCOMPARE(manager.list()->count(), 1);
        QVERIFY(manager.recolor(QStringLiteral("b"), QStringLiteral("#00aa00")));
        QCOMPARE(m_lib->annotations().tags().first().color, QStringLiteral("#00aa00"));
        QCOMPARE(w.filterList()->model()->rowCount(), 3); // Starred, Unread, b
        QVERIFY(manager.remove(QStringLiteral("b")));
        QCOMPARE(w.filterList()->model()->rowCount(), 2);
    }

    void noteAutosavesWithPreview()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_A);
        QVERIFY(w.noteDock()->isVisible());
        QPlainTextEdit *editor = w.notePanel()->editor();
        QVERIFY(editor->hasFocus());
        // Hangul arrives through the input method as committed text; the letters are typed as keys.
        editor->insertPlainText(QStringLiteral("# 메모\n\n다시 볼 것: "));
        QTest::keyClicks(editor, QStringLiteral("jk"));
        QCOMPARE(w.currentPaperId(), QStringLiteral("2505.96938")); // typed letters did not navigate
        QTRY_COMPARE_WITH_TIMEOUT(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("# 메모\n\n다시 볼 것: jk"), 3000);
        w.notePanel()->previewToggle()->setChecked(true);
        QVERIFY(w.notePanel()->preview()->toPlainText().startsWith(QStringLiteral("메모")));
        w.notePanel()->previewToggle()->setChecked(false);
        // Typing then switching paper saves at once, without waiting.
        QTest::keyClicks(editor, QStringLiteral("!"));
        w.summaryView()->setFocus();
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("# 메모\n\n다시 볼 것: jk!"));
        QVERIFY(editor->toPlainText().isEmpty()); // the next paper has no note
        QTest::keyClick(&w, Qt::Key_K);
        QCOMPARE(editor->toPlainText(), QStringLiteral("# 메모\n\n다시 볼 것: jk!"));
        // Undo: edits less than two seconds apart are one step, so this returns to the empty note.
        w.undoStack()->undo();
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QString());
        QVERIFY(editor->toPlainText().isEmpty());
        w.undoStack()->redo();
        QCOMPARE(m_lib->annotations().note(QStringLiteral("2505.96938")), QStringLiteral("# 메모\n\n다시 볼 것: jk!"));
    }

    void highlightDrawnListedUndoneAndReanchored()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectPaper(QStringLiteral("2505.96265")));
        Ui::SummaryView *view = w.summaryView();
        const QString quote = QStringLiteral("각각 8% 초과하는 성능을 달성하였습니다");
        const int at = int(view->toPlainText().indexOf(quote));
        QVERIFY(at > 0);
        QTextCursor c(view->document());
        c.setPosition(at);
        c.setPosition(at + int(quote.size()), QTextCursor::KeepAnchor);
        view->setTextCursor(c);
        view->setFocus();
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
        QCOMPARE(w.notePanel()->highlightList()->count(), 1);
        QVERIFY(w.notePanel()->highlightList()->item(0)->text().contains(quote));
        // Choosing it in the panel scrolls the summary to it.
        view->verticalScrollBar()->setValue(0);
        w.resize(1000, 400);
        QApplication::processEvents();
        Q_EMIT w.notePanel()->highlightList()->itemActivated(w.notePanel()->highlightList()->item(0));
        QVERIFY(view->verticalScrollBar()->value() > 0);
        // Undo removes it; redo brings it back.
        w.undoStack()->undo();
        QVERIFY(m_lib->annotations().highlights(QStringLiteral("2505.96265")).isEmpty());
        QCOMPARE(w.notePanel()->highlightList()->count(), 0);
        w.undoStack()->redo();
        QCOMPARE(m_lib->annotations().highlights(QStringLiteral("2505.96265")).size(), 1);

        // The digest is re-imported with the sentence slightly edited: the highlight follows it.
        QByteArray edited = m_digest;
        edited.replace("각각 8% 초과하는 성능을 달성하였습니다", "각각 8% 초과하는 성능을 달성했습니다");
        importDigest(edited); // the 2025-05-24 digest; highlights belong to the paper, so view that day
        QVERIFY(w.openPaper(QDate(2025, 5, 24), QStringLiteral("2505.96265")));
        QVERIFY(w.summaryView()->toPlainText().contains(QStringLiteral("달성했습니다")));
        QCOMPARE(w.summaryView()->drawnHighlights().size(), 1);
        const auto range = *w.summaryView()->drawnHighlights().cbegin();
        QVERIFY(w.summaryView()->toPlainText().mid(range.first, range.second - range.first).contains(QStringLiteral("8% 초과")));

        // Rewritten completely: the highlight is kept, listed as orphaned, not drawn.
        QByteArray rewritten = m_digest;
        rewritten.replace("Judge-RM은 RM-Bench에서 BT RM과 수직 확장된 GenRM을 각각 8% 초과하는 성능을 달성하였습니다.",
                          "이 부분은 완전히 새로 작성되었습니다.");
        importDigest(rewritten);
        QVERIFY(w.openPaper(QDate(2025, 5, 24), QStringLiteral("2505.96265")));
        QVERIFY(!w.summaryView()->toPlainText().contains(QStringLiteral("8% 초과")));
        QVERIFY(w.summaryView()->drawnHighlights().isEmpty());
        QCOMPARE(m_lib->annotations().highlights(QStringLiteral("2505.96265")).size(), 1);
        QCOMPARE(w.notePanel()->highlightList()->count(), 1);
        QVERIFY(w.notePanel()->highlightList()->item(0)->data(Qt::UserRole + 1).toBool());

        // Delete removes the highlight selected in the panel.
        w.notePanel()->highlightList()->setCurrentRow(0);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Delete);
        QVERIFY(m_lib->annotations().highlights(QStringLiteral("2505.96265")).isEmpty());
    }

    void highlightWithCommentAndColour()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTextCursor c(w.summaryView()->document());
        const int at = int(w.summaryView()->toPlainText().indexOf(QStringLiteral("41.2%")));
        c.setPosition(at);
        c.setPosition(at + 5, QTextCursor::KeepAnchor);
        w.summaryView()->setTextCursor(c);
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
        QCOMPARE(w.paperTree()->model()->index(0, 0).data(Core::TagColorsRole).toStringList(), QStringList{QStringLiteral("#123456")});
    }

    void highlightNeedsASelection()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QTest::keyClick(&w, Qt::Key_H);
        QVERIFY(m_lib->annotations().highlights(w.currentPaperId()).isEmpty());
    }
};

QTEST_MAIN(TestAnnotationsUi)
#include "tst_annotationsui.moc"
