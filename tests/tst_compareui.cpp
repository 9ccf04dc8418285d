// Comparing papers through the real windows: marks (x, Shift+X, the tray), the compare view's cells,
// keys, highlights and notes, column moves, row toggles, exports parsed back, saved comparisons.
#include "actionregistry.h"
#include "commandpalette.h"
#include "comparecontroller.h"
#include "comparetray.h"
#include "compareview.h"
#include "export/compareexporter.h"
#include "importcontroller.h"
#include "library/library.h"
#include "mainwindow.h"
#include "models/comparemodel.h"
#include "models/roles.h"
#include "readercontroller.h"
#include "summaryview.h"
#include "testcorpus.h"
#include "testparsers.h"
#include "uitest.h"

#include "windowparts.h"
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Paperboy;
using namespace TestWindow;
using namespace TestParsers;

namespace {

const QDate kDay(2025, 5, 24);
const QStringList kPapers{QStringLiteral("2505.96938"), QStringLiteral("2505.94810"), QStringLiteral("2505.96265")};
const QString kJudgeRm = QStringLiteral("2505.96265"); // its parts are a bold numbered list

// The first line of part `part` of a paper in the raw digest, without Markdown markers: what the
// rendered cell must show. The test's own reading of the file, independent of the parser.
QString rawFirstLine(const QString &digest, const QString &id, int part)
{
    const QStringList lines = digest.split(u'\n');
    int i = int(lines.indexOf(QStringLiteral("## ") + id));
    while (i >= 0 && i < lines.size() && !lines.at(i).startsWith(QLatin1StringView("```")))
        ++i;
    bool inPart = false;
    for (++i; i < lines.size() && !lines.at(i).startsWith(QLatin1StringView("```")); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QStringLiteral("## %1.").arg(part)) || line.startsWith(QStringLiteral("%1. **").arg(part))) {
            inPart = true;
            continue;
        }
        if (inPart && !line.isEmpty()) {
            QString plain = line;
            plain.remove(QStringLiteral("**"));
            if (plain.startsWith(QLatin1StringView("- ")) || plain.startsWith(QLatin1StringView("* ")))
                plain = plain.mid(2);
            return plain;
        }
    }
    return {};
}

} // namespace

class TestCompareUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Library> m_lib;
    QString m_digest;

    Ui::CompareView *openMarked(Ui::MainWindow &w)
    {
        for (const QString &id : kPapers)
            m_lib->annotations().setMarked(id, true);
        w.show();
        if (!QTest::qWaitForWindowActive(&w))
            return nullptr;
        paperTree(w)->setFocus();
        QTest::keyClick(paperTree(w), Qt::Key_C);
        Ui::CompareView *cv = w.comparer()->view();
        // The compare window's QWindow counts as active with its parent's, so wait for the widget itself.
        if (!cv || !QTest::qWaitFor([cv] { return QApplication::activeWindow() == cv; }))
            return nullptr;
        return cv;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray corpusBytes = TestCorpus::dayBytes();
        QVERIFY(!corpusBytes.isEmpty());
        m_digest = QString::fromUtf8(corpusBytes);
    }

    void init()
    {
        m_lib = UiTest::freshLibrary(m_dir);
        QVERIFY(m_lib);
    }

    void marksFromTheTreeShowInTheTray()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.reader()->selectDay(kDay);
        QTreeView *tree = paperTree(w);
        for (const QString &id : kPapers) {
            QVERIFY(w.reader()->selectPaper(id));
            tree->setFocus();
            QTest::keyClick(tree, Qt::Key_X);
            QVERIFY(tree->currentIndex().data(Core::MarkedRole).toBool());
        }
        QCOMPARE(m_lib->annotations().markedPapers(), kPapers);
        QVERIFY(compareDock(w)->isVisible());
        QCOMPARE(compareTray(w)->papers(), kPapers);
        QVERIFY(compareTray(w)->list()->item(2)->text().contains(QStringLiteral("Judge-RM")));

        // x again takes the mark away; Shift+X clears them all.
        QTest::keyClick(tree, Qt::Key_X);
        QVERIFY(!tree->currentIndex().data(Core::MarkedRole).toBool());
        QCOMPARE(compareTray(w)->papers(), kPapers.mid(0, 2));
        QTest::keyClick(tree, Qt::Key_X, Qt::ShiftModifier);
        QVERIFY(m_lib->annotations().markedPapers().isEmpty());
        QCOMPARE(compareTray(w)->list()->count(), 0);
        QVERIFY(!paperTree(w)->model()->index(0, 0).data(Core::MarkedRole).toBool());

        // With fewer than two marks, c says what to do instead of opening an empty comparison.
        QTest::keyClick(tree, Qt::Key_C);
        QVERIFY(!w.comparer()->view() || !w.comparer()->view()->isVisible());
    }

    void atMostSixMarksAcrossDays()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("2025-06-01.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# 📰 Hugging Face Daily Papers – 2025-06-01\n\n"
                "## 2506.00001\n🔗 https://huggingface.co/papers/2506.00001\n**Summary**:\n```markdown\n# One\n\n## 1. Motivation\nA.\n```\n\n"
                "## 2506.00002\n🔗 https://huggingface.co/papers/2506.00002\n**Summary**:\n```markdown\n# Two\n\n## 1. Motivation\nB.\n```\n");
        f.close();
        QVERIFY(m_lib->importer().importFile(f.fileName()).outcome != Core::ImportResult::Outcome::Rejected);
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QList<Core::PaperListing> may = m_lib->catalog().papersOfDay(kDay);
        w.reader()->selectDay(kDay);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(w.reader()->selectPaper(may.at(i).arxivId));
            QTest::keyClick(paperTree(w), Qt::Key_X);
        }
        w.reader()->selectDay(QDate(2025, 6, 1));
        QVERIFY(w.reader()->selectPaper(QStringLiteral("2506.00001")));
        QTest::keyClick(paperTree(w), Qt::Key_X);
        QVERIFY(w.reader()->selectPaper(QStringLiteral("2506.00002")));
        QTest::keyClick(paperTree(w), Qt::Key_X); // the seventh: refused
        QCOMPARE(m_lib->annotations().markedPapers().size(), 6);
        QVERIFY(m_lib->annotations().isMarked(QStringLiteral("2506.00001")));
        QVERIFY(!m_lib->annotations().isMarked(QStringLiteral("2506.00002")));

        // Both days end up in one comparison.
        QTest::keyClick(paperTree(w), Qt::Key_C);
        QVERIFY(w.comparer()->view());
        QCOMPARE(w.comparer()->view()->model()->columnCount(), 6);
        QCOMPARE(w.comparer()->view()->model()->headerData(5, Qt::Horizontal, Core::DateRole).toDate(), QDate(2025, 6, 1));
    }

    // A column narrower than its paper's title cuts each header line with an ellipsis; the
    // header's tooltip holds the whole.
    void columnTitlesAreElided()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView *cv = openMarked(w);
        QVERIFY(cv);
        auto *header = qobject_cast<Ui::ElidingHeader *>(cv->table()->horizontalHeader());
        QVERIFY(header);
        const QString full = cv->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
        QCOMPARE(cv->model()->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), full);
        header->resizeSection(0, 90); // (at least the header's minimum)
        const int width = header->sectionSize(0);
        QVERIFY(width < header->fontMetrics().horizontalAdvance(full.split(u'\n').first()));
        const QStringList shown = header->shownText(0).split(u'\n');
        const QStringList lines = full.split(u'\n');
        QCOMPARE(shown.size(), lines.size());
        QVERIFY2(shown.first().endsWith(QChar(0x2026)) && shown.first().size() < lines.first().size(), qPrintable(shown.first()));
        for (const QString &line : shown)
            QVERIFY2(header->fontMetrics().horizontalAdvance(line) <= width, qPrintable(line));
        header->resizeSection(0, 2000);
        QCOMPARE(header->shownText(0), full);
    }

    void cellsHoldTheRenderedSections()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView *cv = openMarked(w);
        QVERIFY(cv);
        QCOMPARE(cv->model()->columnCount(), 3);
        QCOMPARE(cv->model()->rowCount(), 7);
        QCOMPARE(cv->model()->papers(), kPapers);
        int figures = 0;
        for (int c = 0; c < 3; ++c) {
            for (int r = 0; r < 7; ++r) {
                QTextBrowser *cell = cv->cell(r, c);
                QVERIFY(cell);
                const QString expected = rawFirstLine(m_digest, kPapers.at(c), r + 1);
                QVERIFY2(!expected.isEmpty(), qPrintable(kPapers.at(c)));
                QVERIFY2(cell->toPlainText().contains(expected.left(24)), qPrintable(QStringLiteral("%1 row %2: %3").arg(kPapers.at(c)).arg(r).arg(expected)));
            }
            // Figures in the results row are bold; the same figures elsewhere are not touched.
            QTextBrowser *results = cv->cell(4, c);
            const QString text = results->toPlainText();
            for (const auto &[start, length] : Core::CompareModel::numberSpans(text)) {
                QTextCursor at(results->document());
                at.setPosition(start + 1);
                QCOMPARE(at.charFormat().fontWeight(), int(QFont::Bold));
                ++figures;
            }
        }
        QVERIFY(figures > 0);
        // Once laid out, no cell shows a scroll bar when its row is below the cap.
        const auto allFit = [cv] {
            for (int r = 0; r < 7; ++r)
                for (int c = 0; c < 3; ++c)
                    if (cv->table()->rowHeight(r) < cv->table()->viewport()->height() * 3 / 5 && cv->cell(r, c)->verticalScrollBar()->isVisible())
                        return false;
            return true;
        };
        QTRY_VERIFY(allFit());
        // Rows fit their tallest cell (up to a cap): no row is left at the default height.
        for (int r = 0; r < 7; ++r)
            QVERIFY(cv->table()->rowHeight(r) > cv->table()->verticalHeader()->minimumSectionSize());
        // The column header names the paper.
        QVERIFY(cv->model()->headerData(2, Qt::Horizontal).toString().contains(kJudgeRm));
    }

    void keysMoveBetweenCellsAndOpenThePaper()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView *cv = openMarked(w);
        QVERIFY(cv);
        QTableView *table = cv->table();
        QCOMPARE(cv->currentCell(), cv->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(cv->currentCell(), cv->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(cv->currentCell().row(), 1);
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(cv->currentCell().row(), 2);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(cv->currentCell().row(), 1);
        QTest::keyClick(table, Qt::Key_5);
        QCOMPARE(cv->currentCell().data(Core::SectionKindRole).toString(), QStringLiteral("results"));
        QTest::keyClick(table, Qt::Key_7);
        QCOMPARE(cv->currentCell().data(Core::SectionKindRole).toString(), QStringLiteral("future_work"));
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(cv->currentCell(), cv->model()->index(6, 2));
        QVERIFY(cv->cell(6, 2)->property("current").toBool());
        QVERIFY(!cv->cell(6, 1)->property("current").toBool());

        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(w.reader()->currentPaperId(), kJudgeRm);
        QCOMPARE(w.reader()->currentDay(), kDay);

        cv->activateWindow();
        QVERIFY(QTest::qWaitFor([cv] { return QApplication::activeWindow() == cv; }));
        QTest::keyClick(table, Qt::Key_Escape);
        QVERIFY(!cv->isVisible());
    }

    void highlightsAndNotesInCells()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView *cv = openMarked(w);
        QVERIFY(cv);
        QTest::keyClick(cv->table(), Qt::Key_5);
        QTest::keyClick(cv->table(), Qt::Key_Right);
        QTest::keyClick(cv->table(), Qt::Key_Right);
        QTextBrowser *cell = cv->cell(4, 2);
        const QString quote = QStringLiteral("RM-Bench");
        const int at = int(cell->toPlainText().indexOf(quote));
        QVERIFY(at >= 0);
        QTextCursor select(cell->document());
        select.setPosition(at);
        select.setPosition(at + int(quote.size()), QTextCursor::KeepAnchor);
        cell->setTextCursor(select);
        QTest::keyClick(cv->table(), Qt::Key_H);

        const QList<Core::Highlight> hs = m_lib->annotations().highlights(kJudgeRm);
        QCOMPARE(hs.size(), 1);
        QCOMPARE(hs.first().exact, quote);
        QCOMPARE(hs.first().sectionKind, QStringLiteral("results"));
        QCOMPARE(cv->cell(4, 2)->property("highlights").toInt(), 1);
        QCOMPARE(cv->cell(4, 1)->property("highlights").toInt(), 0);
        QTextCursor drawn(cv->cell(4, 2)->document());
        drawn.setPosition(at + 1);
        QCOMPARE(drawn.charFormat().background().color(), QColor(hs.first().color));

        // The reader finds it where the compare cell put it.
        QVERIFY(w.reader()->openPaper(kDay, kJudgeRm));
        QVERIFY(summaryView(w)->drawnHighlights().contains(hs.first().id));
        const auto [start, end] = summaryView(w)->drawnHighlights().value(hs.first().id);
        QCOMPARE(summaryView(w)->document()->toPlainText().mid(start, end - start), quote);
        // The anchor is the reader's: the occurrence in the results section, not an earlier one.
        QVERIFY(summaryView(w)->document()->toPlainText().left(start).contains(QStringLiteral("정량적 결과")));

        // Undo in the reader takes it back, in the cell too.
        undoStack(w)->undo();
        QVERIFY(m_lib->annotations().highlights(kJudgeRm).isEmpty());
        QCOMPARE(cv->cell(4, 2)->property("highlights").toInt(), 0);

        // Notes get their own row, with an explicit empty cell for papers without one.
        QVERIFY(m_lib->annotations().setNote(kPapers.at(0), QStringLiteral("My **note** 메모")).ok());
        QCOMPARE(cv->model()->rowCount(), 8);
        QCOMPARE(cv->model()->rowKinds().last(), QStringLiteral("notes"));
        QVERIFY(cv->cell(7, 0)->toPlainText().contains(QStringLiteral("My note 메모")));
        QVERIFY(cv->cell(7, 1)->property("missing").toBool());
        // Without a selection, h explains rather than doing anything.
        cv->setCurrentCell(0, 0);
        QTest::keyClick(cv->table(), Qt::Key_H);
        QVERIFY(m_lib->annotations().highlights(kPapers.at(0)).isEmpty());
    }

    void columnsMoveAndGoAndRowsToggle()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView *cv = openMarked(w);
        QVERIFY(cv);
        QHeaderView *header = cv->table()->horizontalHeader();
        QVERIFY(header->sectionsMovable());
        header->moveSection(2, 0); // what a drag of the third header to the front does
        QCOMPARE(cv->model()->papers(), (QStringList{kPapers.at(2), kPapers.at(0), kPapers.at(1)}));
        QCOMPARE(header->visualIndex(0), 0);
        QCOMPARE(cv->cell(0, 0)->property("arxivId").toString(), kJudgeRm);

        cv->setCurrentCell(0, 0);
        QTest::keyClick(cv->table(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(cv->model()->papers(), (QStringList{kPapers.at(0), kPapers.at(2), kPapers.at(1)}));
        QCOMPARE(cv->currentCell().column(), 1);

        const int before = cv->table()->columnWidth(1);
        header->resizeSection(1, before + 120);
        QCOMPARE(cv->table()->columnWidth(1), before + 120);

        // Ctrl+1 hides motivation; the menu's check follows; Ctrl+0 shows everything again.
        QTest::keyClick(cv->table(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(cv->model()->rowCount(), 6);
        QCOMPARE(cv->model()->rowKinds().first(), QStringLiteral("contributions"));
        QVERIFY(!cv->actions()->action(QStringLiteral("compare.show_motivation"))->isChecked());
        QTest::keyClick(cv->table(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(cv->model()->rowCount(), 7);
        // Just results and limitations.
        for (const char *kind : {"motivation", "contributions", "method", "experiments", "future_work"})
            cv->actions()->action(QStringLiteral("compare.show_") + QLatin1StringView(kind))->trigger();
        QCOMPARE(cv->model()->rowKinds(), (QStringList{QStringLiteral("results"), QStringLiteral("limitations")}));
        QTest::keyClick(cv->table(), Qt::Key_6);
        QCOMPARE(cv->currentCell().row(), 1);
        QTest::keyClick(cv->table(), Qt::Key_1); // hidden: stays
        QCOMPARE(cv->currentCell().row(), 1);

        // Delete removes the current paper's column.
        QTest::keyClick(cv->table(), Qt::Key_Delete);
        QCOMPARE(cv->model()->columnCount(), 2);
        QVERIFY(!cv->model()->papers().contains(kJudgeRm));
        QVERIFY(cv->cell(0, 1));
    }

    void exportsFromTheViewParse()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView *cv = openMarked(w);
        QVERIFY(cv);
        QTemporaryDir out;
        using F = Core::CompareExporter::Format;
        const QString md = out.filePath(QStringLiteral("c.md")), html = out.filePath(QStringLiteral("c.html")), csv = out.filePath(QStringLiteral("c.csv"));
        QVERIFY(cv->exportTo(F::Markdown, md).ok());
        QVERIFY(cv->exportTo(F::Html, html).ok());
        QVERIFY(cv->exportTo(F::Csv, csv).ok());
        const auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };

        int tables = 0;
        const QList<QStringList> mdRows = markdownTableRows(read(md), &tables);
        QCOMPARE(tables, 1);
        QCOMPARE(mdRows.size(), 1 + 7);
        for (const QStringList &row : mdRows)
            QCOMPARE(row.size(), 1 + 3);
        QVERIFY(mdRows.at(0).at(3).contains(kJudgeRm));

        QXmlStreamReader xml(read(html));
        int bodyRows = 0, cells = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1StringView("tr"))
                ++bodyRows;
            else if (xml.name() == QLatin1StringView("td"))
                ++cells;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(bodyRows, 1 + 7);
        QCOMPARE(cells, 3 * 7);

        const QList<QStringList> csvRows = parseCsv(QString::fromUtf8(read(csv)));
        QCOMPARE(csvRows.size(), 1 + 7); // 7 section rows
        for (const QStringList &row : csvRows)
            QCOMPARE(row.size(), 1 + 3); // 3 paper columns
        QCOMPARE(csvRows.at(5).at(0), QStringLiteral("results"));
        // A bullet list would start a formula in a spreadsheet: the cell starts with an apostrophe.
        QCOMPARE(csvRows.at(5).at(3), u'\'' + cv->model()->index(4, 2).data(Core::MarkdownRole).toString());

        // The export follows the view: moved columns and hidden rows.
        cv->table()->horizontalHeader()->moveSection(2, 0);
        cv->setKindVisible(QStringLiteral("motivation"), false);
        QVERIFY(cv->exportTo(F::Csv, csv).ok());
        const QList<QStringList> moved = parseCsv(QString::fromUtf8(read(csv)));
        QCOMPARE(moved.size(), 1 + 6);
        QVERIFY(moved.at(0).at(1).contains(kJudgeRm));
    }

    void longSectionsAreCutInCellsAndWholeInExports()
    {
        // A paper whose results are about 60,000 characters, one line of them 9,000 long.
        const QString id = QStringLiteral("2506.30001");
        const QByteArray longLine = "start of the long line " + QByteArray("wordy ").repeated(1500) + "end of the long line";
        QByteArray results = "The score rose by 12.5% on the first line.\n\n" + longLine + "\n\n";
        for (int i = 0; i < 20; ++i)
            results += "Paragraph " + QByteArray::number(i) + ": " + QByteArray("filler text ").repeated(220) + "\n\n";
        results += "last words of the section\n";
        const QByteArray digest = "# 📰 Hugging Face Daily Papers – 2025-06-03\n\n## " + id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + id.toUtf8()
            + "\n\n**Summary**:\n```markdown\n# A long paper\n\n## 5. 정량적 결과\n\n" + results + "\n```\n\n---\n\n";
        const QString file = m_dir.filePath(QStringLiteral("2025-06-03.md"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(digest);
        }
        QVERIFY(m_lib->importer().importFile(file).outcome == Core::ImportResult::Outcome::Imported);
        for (const QString &exact : {QStringLiteral("rose by 12.5%"), QStringLiteral("last words of the section")}) {
            Core::Highlight h;
            h.arxivId = id;
            h.sectionKind = QStringLiteral("results");
            h.exact = exact;
            QVERIFY(m_lib->annotations().addHighlight(h).ok());
        }

        Ui::CompareView view(m_lib.get(), nullptr);
        view.resize(1200, 800);
        view.setPapers({id, kJudgeRm});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int row = int(view.model()->rowKinds().indexOf(QStringLiteral("results")));
        QVERIFY(row >= 0);
        QTextBrowser *cut = view.cell(row, 0);
        QVERIFY(cut->property("cut").toBool());
        const QString text = cut->toPlainText();
        QVERIFY(text.size() < Ui::CompareView::MaxCellCharacters + Ui::CompareView::cutNote().size() + 100);
        QVERIFY(!text.contains(QStringLiteral("last words of the section")));
        // The long line is cut to a readable length, with a mark where it stops.
        const QTextBlock lineBlock = cut->document()->find(QStringLiteral("start of the long line")).block();
        QVERIFY(lineBlock.isValid());
        QVERIFY(lineBlock.text().size() <= Ui::CompareView::MaxCellLine + 1);
        QVERIFY(lineBlock.text().endsWith(u'…'));
        // The note says so, in its own visible paragraph below the text.
        const QTextBlock note = cut->document()->lastBlock();
        QCOMPARE(note.text(), Ui::CompareView::cutNote());
        QVERIFY(note.isVisible());
        QVERIFY(note.charFormat().fontItalic() || QTextCursor(note).charFormat().fontItalic());
        QVERIFY(cut->document()->documentLayout()->blockBoundingRect(note).height() > 0);
        // The highlight in the shown part is drawn where its text is; the other is kept, not drawn.
        QCOMPARE(cut->property("highlights").toInt(), 1);
        QTextCursor drawn(cut->document());
        drawn.setPosition(int(text.indexOf(QStringLiteral("rose by"))) + 1);
        QCOMPARE(drawn.charFormat().background().color(), QColor(m_lib->annotations().highlights(id).first().color));
        QCOMPARE(m_lib->annotations().highlights(id).size(), 2);
        // A selection that runs from the section's text into the note highlights only the text.
        const int shown = cut->property("shownLength").toInt();
        QCOMPARE(shown + 1 + Ui::CompareView::cutNote().size(), text.size()); // the text, a paragraph break, the note
        view.setCurrentCell(row, 0);
        QTextCursor select(cut->document());
        select.setPosition(shown - 12);
        select.setPosition(int(text.size()), QTextCursor::KeepAnchor);
        cut->setTextCursor(select);
        view.highlightSelection();
        QCOMPARE(m_lib->annotations().highlights(id).size(), 3);
        for (const Core::Highlight &h : m_lib->annotations().highlights(id))
            QVERIFY2(!h.exact.contains(QStringLiteral("comparison cell")), qPrintable(h.exact));

        // A section of a digest is shown whole: the same text as its Markdown gives.
        QTextBrowser *normal = view.cell(row, 1);
        QVERIFY(!normal->property("cut").toBool());
        QTextDocument whole;
        whole.setMarkdown(view.model()->index(row, 1).data(Core::MarkdownRole).toString(),
                          QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
        QCOMPARE(normal->toPlainText(), whole.toPlainText());
        for (const Core::PaperListing &p : m_lib->catalog().papersOfDay(kDay)) {
            const std::optional<Core::PaperDetail> detail = m_lib->catalog().paper(p.arxivId, kDay);
            QVERIFY(detail);
            for (const Core::Section &section : detail->sections) {
                bool wasCut = true;
                QCOMPARE(Ui::CompareView::cellMarkdown(section.body, &wasCut), section.body);
                QVERIFY(!wasCut);
            }
        }

        // Exports carry the whole section.
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("long.csv"));
        QVERIFY(view.exportTo(Core::CompareExporter::Format::Csv, csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(f.readAll());
        QVERIFY(exported.contains(QStringLiteral("last words of the section")));
        QVERIFY(exported.contains(QString::fromUtf8(longLine)));
    }

    // A cell shows "0.7~1.4점, … 1.7~1.8점" as two ranges; only ~~double~~ tildes strike. The
    // comparison's exports keep them too.
    void tildesAreRangesInCells()
    {
        const QString id = QStringLiteral("2506.30002");
        const QByteArray digest = "# 📰 Hugging Face Daily Papers – 2025-06-04\n\n## " + id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + id.toUtf8()
            + "\n\n**Summary**:\n```markdown\n# 범위 2~3배\n\n## 5. 정량적 결과\n\nnDCG@10이 0.7~1.4점, 재현율은 1.7~1.8점 올랐습니다. "
              "~~초안 수치~~ 는 버렸습니다.\n```\n\n---\n\n";
        const QString file = m_dir.filePath(QStringLiteral("2025-06-04.md"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(digest);
        }
        QVERIFY(m_lib->importer().importFile(file).outcome == Core::ImportResult::Outcome::Imported);
        Ui::CompareView view(m_lib.get(), nullptr);
        view.resize(1000, 700);
        view.setPapers({id, kJudgeRm});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int row = int(view.model()->rowKinds().indexOf(QStringLiteral("results")));
        QVERIFY(row >= 0);
        QTextBrowser *cell = view.cell(row, 0);
        const QString ranges = QStringLiteral("nDCG@10이 0.7~1.4점, 재현율은 1.7~1.8점 올랐습니다.");
        QVERIFY2(cell->toPlainText().contains(ranges), qPrintable(cell->toPlainText()));
        QStringList struck;
        for (QTextBlock b = cell->document()->begin(); b.isValid(); b = b.next())
            for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().fontStrikeOut())
                    struck << it.fragment().text();
        QCOMPARE(struck, QStringList{QStringLiteral("초안 수치")});
        // The exports: the Markdown table as a GitHub-style viewer shows it, and the HTML.
        const QString table = githubText(Core::CompareExporter::toMarkdown(*view.model()));
        QVERIFY2(table.contains(ranges), qPrintable(table));
        QCOMPARE(struckParts(table), QStringList{QStringLiteral("초안 수치")});
        const QString html = QString::fromUtf8(Core::CompareExporter::toHtml(*view.model()));
        QVERIFY2(html.contains(ranges), qPrintable(html));
        QCOMPARE(struckParts(html), QStringList{QStringLiteral("초안 수치")});
    }

    void savedComparisonReopensFromThePalette()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView *cv = openMarked(w);
        QVERIFY(cv);
        cv->table()->horizontalHeader()->moveSection(2, 0);
        for (const char *kind : {"motivation", "contributions", "method", "experiments", "future_work"})
            cv->setKindVisible(QLatin1StringView(kind), false);
        QVERIFY(cv->saveAs(QStringLiteral("reward models")).ok());
        QVERIFY(cv->windowTitle().contains(QStringLiteral("reward models")));
        cv->close();
        cv->setPapers(kPapers.mid(0, 2)); // something else in between
        m_lib->annotations().clearMarks();
        w.activateWindow();
        QVERIFY(QTest::qWaitFor([&w] { return QApplication::activeWindow() == &w; }));

        UiTest::answerDialog<Ui::CommandPalette>(this, [](Ui::CommandPalette *palette) {
            palette->input()->setText(QStringLiteral("reward"));
            QListWidget *list = palette->list();
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->text().contains(QStringLiteral("reward models")))
                    list->setCurrentRow(i);
            QVERIFY(list->currentItem()->text().contains(QStringLiteral("reward models")));
            QTest::keyClick(palette->input(), Qt::Key_Return);
        });
        QTest::keyClick(paperTree(w), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(w.comparer()->view()->isVisible());
        QCOMPARE(w.comparer()->view()->model()->papers(), (QStringList{kPapers.at(2), kPapers.at(0), kPapers.at(1)}));
        QCOMPARE(w.comparer()->view()->model()->rowKinds(), (QStringList{QStringLiteral("results"), QStringLiteral("limitations")}));
        QVERIFY(w.comparer()->view()->windowTitle().contains(QStringLiteral("reward models")));
    }

    void everyActionHasAShortcutAndAMenu()
    {
        Ui::MainWindow w(m_lib.get());
        Ui::CompareView cv(m_lib.get(), undoStack(w));
        QList<QAction *> inMenus;
        for (QMenu *menu : cv.menuBar()->findChildren<QMenu *>())
            inMenus += menu->actions();
        for (QAction *a : cv.actions()->actions()) {
            QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(inMenus.contains(a), qPrintable(a->objectName()));
        }
        for (const char *id : {"compare.toggle_mark", "compare.clear_marks", "compare.open", "compare.open_saved", "compare.show_tray"})
            QVERIFY(w.actions()->action(QLatin1StringView(id)));
        QVERIFY(w.actions()->conflicts().isEmpty());
        QVERIFY(cv.actions()->conflicts().isEmpty());
    }
};

QTEST_MAIN(TestCompareUi)
#include "tst_compareui.moc"
