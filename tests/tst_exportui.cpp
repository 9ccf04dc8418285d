// The export dialog (Ctrl+E): scoped to what is on screen, a preview that follows the format, exports
// off the UI thread with progress, cancel that writes nothing, and choices remembered.
#include "actionregistry.h"
#include "exportdialog.h"
#include "library/library.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "testparsers.h"
#include "uitest.h"

#include "windowparts.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace Paperboy;
using namespace TestWindow;
using namespace TestParsers;
using Format = Core::NotesExporter::Format;
using Scope = Ui::ExportDialog::Scope;

namespace {
const QDate kDay(2025, 5, 24);
const QString kJudgeRm = QStringLiteral("2505.96265");
const QString kSciLoop = QStringLiteral("2505.96938");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Library> m_lib;

    Core::Highlight highlight(const QString &id, const QString &exact, const QString &kind, const QString &comment)
    {
        Core::Highlight h;
        h.arxivId = id;
        h.exact = exact;
        h.sectionKind = kind;
        h.comment = comment;
        return h;
    }

private Q_SLOTS:
    void init()
    {
        m_lib = UiTest::freshLibrary(m_dir);
        QVERIFY(m_lib);
        QVERIFY(m_lib->annotations().tagPaper(kJudgeRm, QStringLiteral("reward models")).ok());
        QVERIFY(m_lib->annotations().setNote(kJudgeRm, QStringLiteral("Compare with **BT RM** — $5 & {braces} 🙂 한국어 메모")).ok());
        Core::Highlight a = highlight(kJudgeRm, QStringLiteral("RM-Bench"), QStringLiteral("results"), QStringLiteral("the benchmark, \"quoted\""));
        Core::Highlight b = highlight(kSciLoop, QStringLiteral("SciLoop"), QStringLiteral("contributions"), QString());
        QVERIFY(m_lib->annotations().addHighlight(a).ok());
        QVERIFY(m_lib->annotations().addHighlight(b).ok());
    }

    void ctrlEOpensScopedToTheCurrentPaper()
    {
        Ui::MainWindow w(m_lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.reader()->openPaper(kDay, kJudgeRm));
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto *d = qobject_cast<Ui::ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            QCOMPARE(d->scopeBox()->currentData().value<Scope>(), Scope::CurrentPaper);
            QCOMPARE(d->scope().ids, QStringList{kJudgeRm});
            QVERIFY(d->preview()->toPlainText().contains(QStringLiteral("Judge-RM")));
            seen = true;
            d->reject();
        });
        paperTree(w)->setFocus();
        QTest::keyClick(paperTree(w), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(seen);
    }

    void fitsASmallScreen()
    {
        // The offscreen screen is 800×600: the dialog opens within it, buttons included.
        Ui::ExportDialog d(m_lib.get(), {kJudgeRm, kDay, {}});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QRect screen = d.screen()->availableGeometry();
        QVERIFY2(screen.contains(d.frameGeometry()), qPrintable(QStringLiteral("%1x%2").arg(d.width()).arg(d.height())));
        auto *buttons = d.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(d.rect().contains(QRect(buttons->mapTo(&d, QPoint(0, 0)), buttons->size())));
    }

    void previewFollowsTheFormat()
    {
        Ui::ExportDialog d(m_lib.get(), {kJudgeRm, kDay, {}});
        d.setScope(Scope::CurrentPaper);
        d.setFormat(Format::BibTeX);
        QTRY_VERIFY(d.preview()->toPlainText().startsWith(QStringLiteral("@misc")));
        QVERIFY(d.preview()->toPlainText().contains(kJudgeRm));
        d.setFormat(Format::Json);
        QTRY_VERIFY(d.preview()->toPlainText().contains(QStringLiteral("\"highlights\"")));
        d.setFormat(Format::Html);
        QTRY_VERIFY(!d.preview()->toPlainText().contains(QStringLiteral("\"arxiv_id\"")));
        QVERIFY(d.preview()->toPlainText().contains(QStringLiteral("RM-Bench")));
        QVERIFY(!d.preview()->toPlainText().contains(QStringLiteral("<h"))); // rendered, not shown as source
        // The destination's extension follows the format.
        QVERIFY(d.destination()->text().endsWith(QStringLiteral(".html")));
    }

    void exportsADayAsCsvOffTheUiThread()
    {
        Ui::ExportDialog d(m_lib.get(), {{}, kDay, {}});
        d.setScope(Scope::Day);
        d.setFormat(Format::Csv);
        const QString path = m_dir.filePath(QStringLiteral("highlights.csv"));
        d.destination()->setText(path);
        QSignalSpy finished(&d, &Ui::ExportDialog::finished);
        QSignalSpy progress(&d, &Ui::ExportDialog::progress);
        d.startExport();
        QVERIFY(d.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(path)));
        QCOMPARE(rows.size(), 1 + 2); // a header and one row per highlight
        QVERIFY(rows.first().size() >= 7);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.first().size());
        QVERIFY(rows.at(1).contains(QStringLiteral("RM-Bench")) || rows.at(2).contains(QStringLiteral("RM-Bench")));
        QVERIFY(d.statusLabel()->text().contains(path));
    }

    void cancelWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier export");
        }
        Ui::ExportDialog d(m_lib.get(), {{}, kDay, {}});
        d.setScope(Scope::All);
        d.setFormat(Format::Pdf);
        d.destination()->setText(path);
        // Cancel as soon as the first paper is rendered: the render stops and nothing is replaced.
        connect(&d, &Ui::ExportDialog::progress, &d, &Ui::ExportDialog::cancelExport);
        QSignalSpy finished(&d, &Ui::ExportDialog::finished);
        d.startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(d.statusLabel()->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(readAll(path), QByteArray("an earlier export"));
        QVERIFY(!d.isRunning());
    }

    void choicesAreRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("tagged.bib"));
        {
            Ui::ExportDialog d(m_lib.get(), {{}, kDay, {}});
            d.setScope(Scope::Tag);
            d.setFormat(Format::BibTeX);
            d.highlightsBox()->setChecked(false);
            d.destination()->setText(path);
            QSignalSpy finished(&d, &Ui::ExportDialog::finished);
            d.startExport();
            QVERIFY(finished.wait(30000));
            QVERIFY(finished.first().at(0).toBool());
            QVERIFY(readAll(path).contains("@misc"));
            QVERIFY(readAll(path).contains(kJudgeRm.toUtf8()));
            QVERIFY(!readAll(path).contains(kSciLoop.toUtf8())); // only the tag's papers
        }
        Ui::ExportDialog again(m_lib.get(), {kJudgeRm, kDay, {}});
        QCOMPARE(again.scopeBox()->currentData().value<Scope>(), Scope::Tag);
        QCOMPARE(again.format(), Format::BibTeX);
        QCOMPARE(again.tagBox()->currentText(), QStringLiteral("reward models"));
        QVERIFY(!again.options().includeHighlights);
        QCOMPARE(again.destination()->text(), path);
    }

    void emptyChoiceWritesNothing()
    {
        Ui::ExportDialog d(m_lib.get(), {{}, kDay, {}});
        d.setScope(Scope::Starred); // nothing is starred
        d.setFormat(Format::Json);
        const QString path = m_dir.filePath(QStringLiteral("none.json"));
        d.destination()->setText(path);
        QSignalSpy finished(&d, &Ui::ExportDialog::finished);
        d.startExport();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestExportUi)
#include "tst_exportui.moc"
