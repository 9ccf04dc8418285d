// More like this: the papers sharing a paper's distinctive terms (Similarity), and the window's dialog.
#include "actionregistry.h"
#include "library/library.h"
#include "library/similarity.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "similarpapersdialog.h"
#include "testcorpus.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Paperboy;
using namespace Paperboy::Core;

namespace {

using Outcome = ImportResult::Outcome;

struct TestPaper {
    QString id;
    QString title;
    QString motivation;
};

// A family of three papers about one invented method (Zorblax, 양자접기), on two days, and one
// paper about something else.
const QString kFamilyA = QStringLiteral("2506.90001");
const QString kFamilyB = QStringLiteral("2506.90002");
const QString kFamilyC = QStringLiteral("2506.90003");
const QString kUnrelated = QStringLiteral("2506.90004");
const QDate kFirstDay(2025, 6, 1);
const QDate kSecondDay(2025, 6, 2);

const QList<TestPaper> kFirstPapers{
    {kFamilyA, QStringLiteral("Zorblax: 양자접기는 희소 주의를 접는다"),
     QStringLiteral("Zorblax folds sparse attention with hyperfolding. 양자접기는 주의 행렬을 접어 메모리를 줄입니다. "
                    "Zorblax hyperfolding keeps the quasilattice of every head.")},
    {kUnrelated, QStringLiteral("Weather radar nowcasting with graph kernels"),
     QStringLiteral("Radar echoes are forecast an hour ahead with graph kernels over the precipitation field.")},
};
const QList<TestPaper> kSecondPapers{
    {kFamilyB, QStringLiteral("Zorblax at scale: hyperfolding for long contexts"),
     QStringLiteral("We scale Zorblax hyperfolding to long contexts. 양자접기는 긴 문맥에서도 quasilattice 구조를 유지합니다.")},
    {kFamilyC, QStringLiteral("양자접기와 Zorblax의 이론"),
     QStringLiteral("A theory of hyperfolding: why the quasilattice survives Zorblax. 양자접기는 수렴합니다.")},
};

QByteArray digestOf(const QDate &day, const QList<TestPaper> &papers)
{
    QByteArray out = "# 📰 Hugging Face Daily Papers – " + day.toString(Qt::ISODate).toUtf8() + "\n\n";
    for (const TestPaper &p : papers)
        out += "## " + p.id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + p.id.toUtf8() + "\n\n**Summary**:\n```markdown\n# " + p.title.toUtf8()
            + "\n\n## 1. 핵심 동기와 문제 정의\n\n" + p.motivation.toUtf8() + "\n\n## 5. 정량적 결과\n\n정확도가 3.2%p 올랐습니다.\n```\n\n";
    return out;
}

Outcome importDay(Library &lib, const QTemporaryDir &dir, const QDate &day, const QByteArray &digest)
{
    const QString path = dir.filePath(day.toString(Qt::ISODate) + QStringLiteral(".md"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(digest) != digest.size())
        return Outcome::Rejected;
    f.close();
    return lib.importer().importFile(path).outcome;
}

// What the paper says, as the reader shows it: title and sections, case-folded.
QString textOf(const Library &lib, const QString &id)
{
    const auto detail = lib.catalog().paper(id);
    if (!detail)
        return {};
    QString text = detail->listing.title;
    for (const Section &s : detail->sections)
        text += u'\n' + s.body;
    if (detail->sections.isEmpty())
        text += u'\n' + detail->summaryMarkdown;
    return text.toCaseFolded();
}

QStringList idsOf(const QList<SimilarPaper> &papers)
{
    QStringList out;
    for (const SimilarPaper &p : papers)
        out << p.arxivId;
    return out;
}

} // namespace

class TestSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_lib = std::make_unique<Library>();
        QVERIFY(m_lib->open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_n))).ok());
        QCOMPARE(m_lib->importer().importFile(TestCorpus::day()).outcome, Outcome::Imported);
        QCOMPARE(importDay(*m_lib, m_dir, kFirstDay, digestOf(kFirstDay, kFirstPapers)), Outcome::Imported);
        QCOMPARE(importDay(*m_lib, m_dir, kSecondDay, digestOf(kSecondDay, kSecondPapers)), Outcome::Imported);
    }
    void cleanup() { m_lib.reset(); }

    void theFamilyRanksFirst()
    {
        QString error;
        const QList<SimilarPaper> found = m_lib->similarity().similar(kFamilyA, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList ids = idsOf(found);
        QVERIFY2(ids.size() >= 2, qPrintable(ids.join(u' ')));
        QCOMPARE((QSet<QString>{ids.at(0), ids.at(1)}), (QSet<QString>{kFamilyB, kFamilyC}));
        QVERIFY(!ids.contains(kFamilyA));
        QVERIFY(ids.indexOf(kUnrelated) < 0 || ids.indexOf(kUnrelated) > 1);
        // Any day: B and C are on another day than A, and each is dated where it is shown.
        QCOMPARE(found.at(ids.indexOf(kFamilyB)).day, kSecondDay);
        QCOMPARE(found.at(ids.indexOf(kFamilyB)).title, kSecondPapers.at(0).title);
        // Scores: 0..1, best first.
        for (int i = 0; i < found.size(); ++i) {
            QVERIFY(found.at(i).score > 0 && found.at(i).score <= 1);
            if (i > 0)
                QVERIFY(found.at(i).score <= found.at(i - 1).score);
        }
    }

    void termsAreSharedRealTerms()
    {
        const QList<SimilarPaper> found = m_lib->similarity().similar(kFamilyA, 10);
        const QString own = textOf(*m_lib, kFamilyA);
        QVERIFY(!own.isEmpty());
        for (const SimilarPaper &p : found) {
            QVERIFY2(!p.terms.isEmpty(), qPrintable(p.arxivId));
            const QString theirs = textOf(*m_lib, p.arxivId);
            for (const QString &term : p.terms) {
                QVERIFY2(own.contains(term), qPrintable(p.arxivId + u' ' + term));
                QVERIFY2(theirs.contains(term), qPrintable(p.arxivId + u' ' + term));
                QVERIFY(term.size() >= 2);
            }
        }
        const SimilarPaper &b = found.at(idsOf(found).indexOf(kFamilyB));
        QVERIFY2(b.terms.contains(QStringLiteral("zorblax")), qPrintable(b.terms.join(u',')));
        QVERIFY2(b.terms.contains(QStringLiteral("hyperfolding")), qPrintable(b.terms.join(u',')));
        // Hangul bigrams (양자, 자접, 접기) come back as the word they are from.
        QVERIFY2(b.terms.contains(QStringLiteral("양자접기는")) || b.terms.contains(QStringLiteral("양자접기")), qPrintable(b.terms.join(u',')));
        QVERIFY(!b.terms.contains(QStringLiteral("자접")));
    }

    void corpusPapersExplainThemselves()
    {
        // Every paper of the corpus day: never itself, terms from both texts.
        for (const QString &id : {TestCorpus::kSciLoop, TestCorpus::kDriftBench, TestCorpus::kJudgeRm, TestCorpus::kEnglish}) {
            const QList<SimilarPaper> found = m_lib->similarity().similar(id, 5);
            QVERIFY2(!found.isEmpty(), qPrintable(id));
            const QString own = textOf(*m_lib, id);
            for (const SimilarPaper &p : found) {
                QVERIFY(p.arxivId != id);
                QVERIFY(!p.terms.isEmpty());
                const QString theirs = textOf(*m_lib, p.arxivId);
                for (const QString &term : p.terms)
                    QVERIFY2(own.contains(term) && theirs.contains(term), qPrintable(id + u' ' + p.arxivId + u' ' + term));
            }
        }
    }

    void queryLeavesOutCommonAndShortTerms()
    {
        const QStringList terms = m_lib->similarity().queryTerms(kFamilyA);
        QVERIFY(terms.contains(QStringLiteral("zorblax")));
        QVERIFY(terms.size() <= Similarity::MaxTerms);
        for (const QString &t : terms) {
            QVERIFY2(t.size() >= 2, qPrintable(t));
            QVERIFY(t != QStringLiteral("the"));
        }
    }

    void limitWorks()
    {
        QCOMPARE(m_lib->similarity().similar(kFamilyA, 1).size(), 1);
        QCOMPARE(m_lib->similarity().similar(kFamilyA, 0).size(), 0);
        QVERIFY(m_lib->similarity().similar(TestCorpus::kSciLoop, 3).size() <= 3);
    }

    void unknownPaperSaysSo()
    {
        QString error;
        QVERIFY(m_lib->similarity().similar(QStringLiteral("2599.99999"), 10, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("2599.99999")), qPrintable(error));
    }

    // --- The window ---------------------------------------------------------------------------------

    // Shift+L on a paper opens the dialog: the family first, the first row selected; Enter opens it
    // in the reader and closes the dialog.
    void shiftLListsTheFamilyAndEnterOpensIt()
    {
        Ui::MainWindow w(m_lib.get());
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *similar = w.actions()->action(QStringLiteral("paper.similar"));
        QVERIFY(similar);
        QCOMPARE(similar->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_L));
        QVERIFY(w.reader()->openPaper(kFirstDay, kFamilyA));
        QTest::keyClick(TestWindow::paperTree(w), Qt::Key_L, Qt::ShiftModifier);
        auto *dialog = w.findChild<Ui::SimilarPapersDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The list is worked out on the window's worker thread and arrives a moment later.
        QTRY_VERIFY(!dialog->isBusy());
        QTreeWidget *list = dialog->list();
        QVERIFY(list->topLevelItemCount() >= 2);
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        const QSet<QString> family{kSecondPapers.at(0).title, kSecondPapers.at(1).title};
        QVERIFY(family.contains(list->topLevelItem(0)->text(0)));
        QVERIFY(family.contains(list->topLevelItem(1)->text(0)));
        QVERIFY(list->topLevelItem(0)->text(3).contains(QStringLiteral("zorblax")));
        const QString first = list->topLevelItem(0)->text(0) == kSecondPapers.at(0).title ? kFamilyB : kFamilyC;
        QPointer<Ui::SimilarPapersDialog> guard(dialog);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!guard || !guard->isVisible());
        QCOMPARE(w.reader()->currentPaperId(), first);
        QCOMPARE(w.reader()->currentDay(), kSecondDay);
    }

    void theDialogSaysWhenNothingIsLike()
    {
        // A paper whose words no other paper has.
        const QDate day(2025, 6, 3);
        const QByteArray digest = "# 📰 Hugging Face Daily Papers – 2025-06-03\n\n## 2506.90009\n🔗 https://huggingface.co/papers/2506.90009\n\n"
                                  "**Summary**:\n```markdown\n# Qwxv plorbing\n\n## 1. 핵심 동기와 문제 정의\n\nSnarfle qwxv plorbing.\n```\n\n";
        QCOMPARE(importDay(*m_lib, m_dir, day, digest), Outcome::Imported);
        Ui::SimilarPapersDialog dialog(m_lib.get(), nullptr, QStringLiteral("2506.90009"));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QVERIFY2(dialog.message().contains(QStringLiteral("Nothing")), qPrintable(dialog.message()));
        Ui::SimilarPapersDialog unknown(m_lib.get(), nullptr, QStringLiteral("2599.99999"));
        QCOMPARE(unknown.list()->topLevelItemCount(), 0);
        QVERIFY(unknown.message().contains(QStringLiteral("2599.99999")));
        // Esc closes.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.list(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    int m_n = 0;
};

QTEST_MAIN(TestSimilarity)
#include "tst_similarity.moc"
