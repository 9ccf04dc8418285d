// The models follow Library::papersChanged precisely: a star, a read mark or a tag updates the rows
// it concerns in place (dataChanged, counts moved), never resets a model, and one command is one
// signal naming exactly the papers whose state changed. Every model also passes
// QAbstractItemModelTester through imports, tag edits, marks and day removal.
#include "annotate/annotationcommands.h"
#include "library/library.h"
#include "models/comparemodel.h"
#include "models/daylistmodel.h"
#include "models/papertreemodel.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "models/tagmodel.h"
#include "search/searchquery.h"
#include "testcorpus.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Paperboy::Core;
using namespace TestCorpus;

namespace {

const QDate kNextDay(2025, 5, 25);

// A second day that lists SciLoop again and one paper of its own.
QByteArray nextDayDigest()
{
    QByteArray out = "# 📰 Hugging Face Daily Papers – 2025-05-25\n\n";
    for (const QString &id : {kSciLoop, QStringLiteral("2505.99001")}) {
        out += "## " + id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + id.toUtf8()
            + "\n\n**Summary**:\n```markdown\n"
              "# 다시 보는 논문 "
            + id.toUtf8()
            + "\n\n## 1. 핵심 동기와 문제 정의\n\n동기 문단입니다.\n\n"
              "## 5. 정량적 결과\n\n정확도가 3.2%p 올랐습니다.\n```\n\n";
    }
    return out;
}

int tagRow(const TagModel &model, const QString &name)
{
    for (int r = 2; r < model.rowCount(); ++r)
        if (model.index(r).data(TagNameRole).toString() == name)
            return r;
    return -1;
}

int dayRow(const DayListModel &model, const QDate &day)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.dateAt(r) == day)
            return r;
    return -1;
}

// The rows a dataChanged spy saw, as "first-last" ranges of top-level rows.
QStringList ranges(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << QStringLiteral("%1-%2").arg(args.at(0).toModelIndex().row()).arg(args.at(1).toModelIndex().row());
    return out;
}

} // namespace

class TestModelChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(m_library.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        const QString next = m_dir.filePath(QStringLiteral("2025-05-25.md"));
        QFile f(next);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(nextDayDigest());
        f.close();
        QCOMPARE(m_library.importer().importFile(next).outcome, ImportResult::Outcome::Imported);
        QVERIFY(m_library.annotations().tagPaper(kJudgeRm, QStringLiteral("reward")).ok());
    }

    void oneCommandIsOneSignalNamingWhatChanged()
    {
        QSignalSpy spy(&m_library, &Library::papersChanged);
        const QStringList ids{kSciLoop, kDriftBench, kToolSmith};
        QVERIFY(m_library.annotations().setStarred(ids, true).ok());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), ids);
        QCOMPARE(spy.at(0).at(1).value<Changes>(), Changes(Change::Starred));
        // Starring them again changes nothing: no signal.
        QVERIFY(m_library.annotations().setStarred(ids, true).ok());
        QCOMPARE(spy.size(), 1);
        // Only the papers whose state changes are named.
        QVERIFY(m_library.annotations().setStarred({kSciLoop, kJudgeRm}, false).ok());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList{kSciLoop});
        QCOMPARE(spy.at(1).at(1).value<Changes>(), Changes(Change::Unstarred));
        QVERIFY(m_library.annotations().setStarred({kDriftBench, kToolSmith}, false).ok());

        // A tag command over several papers: one signal, and undo another, with just the changed ones.
        spy.clear();
        QUndoStack undo;
        undo.push(new TagCommand(&m_library, {kSciLoop, kJudgeRm, kEnglish}, QStringLiteral("reward"), true));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), (QStringList{kSciLoop, kEnglish})); // kJudgeRm had it
        QCOMPARE(spy.at(0).at(1).value<Changes>(), Changes(Change::Tags));
        undo.undo();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toStringList(), (QStringList{kSciLoop, kEnglish}));
        QCOMPARE(m_library.annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("reward")});
        QVERIFY(m_library.annotations().tagsOf(kSciLoop).isEmpty());
    }

    void aStarUpdatesRowsInPlace()
    {
        PaperTreeModel tree(&m_library);
        tree.setDay(kDay);
        TagModel tags(&m_library);
        DayListModel days(&m_library);
        const int starredBefore = tags.index(TagModel::StarredRow).data(TagCountRole).toInt();
        QSignalSpy treeReset(&tree, &QAbstractItemModel::modelReset), tagReset(&tags, &QAbstractItemModel::modelReset),
            dayReset(&days, &QAbstractItemModel::modelReset);
        QSignalSpy treeChanged(&tree, &QAbstractItemModel::dataChanged), tagChanged(&tags, &QAbstractItemModel::dataChanged),
            dayChanged(&days, &QAbstractItemModel::dataChanged);

        QVERIFY(m_library.annotations().setStarred(kToolSmith, true).ok());
        const QModelIndex row = tree.indexOfPaper(kToolSmith);
        QCOMPARE(row.row(), 2);
        QVERIFY(row.data(StarredRole).toBool());
        QCOMPARE(ranges(treeChanged), QStringList{QStringLiteral("2-2")});
        QCOMPARE(tags.index(TagModel::StarredRow).data(TagCountRole).toInt(), starredBefore + 1);
        QCOMPARE(ranges(tagChanged), QStringList{QStringLiteral("0-0")});
        QCOMPARE(dayChanged.size(), 0); // the day list shows no stars
        QCOMPARE(treeReset.size() + tagReset.size() + dayReset.size(), 0);

        QVERIFY(m_library.annotations().setStarred(kToolSmith, false).ok());
        QVERIFY(!row.data(StarredRole).toBool());
        QCOMPARE(tags.index(TagModel::StarredRow).data(TagCountRole).toInt(), starredBefore);
        QCOMPARE(treeReset.size() + tagReset.size() + dayReset.size(), 0);
    }

    void aReadMarkMovesTheCountsOfItsDays()
    {
        DayListModel days(&m_library);
        TagModel tags(&m_library);
        PaperTreeModel tree(&m_library);
        tree.setDay(kNextDay);
        const int today = dayRow(days, kDay), tomorrow = dayRow(days, kNextDay);
        QVERIFY(today >= 0 && tomorrow >= 0);
        const int unreadToday = days.index(today).data(UnreadCountRole).toInt();
        const int unreadTomorrow = days.index(tomorrow).data(UnreadCountRole).toInt();
        const int unreadPapers = tags.index(TagModel::UnreadRow).data(TagCountRole).toInt();
        QCOMPARE(unreadPapers, m_library.annotations().unreadPaperCount());
        QSignalSpy dayReset(&days, &QAbstractItemModel::modelReset), dayChanged(&days, &QAbstractItemModel::dataChanged),
            tagReset(&tags, &QAbstractItemModel::modelReset), treeReset(&tree, &QAbstractItemModel::modelReset);

        // SciLoop is on both days: both rows change, each once, nothing else.
        QVERIFY(m_library.annotations().setRead(kSciLoop, true).ok());
        QCOMPARE(days.index(today).data(UnreadCountRole).toInt(), unreadToday - 1);
        QCOMPARE(days.index(tomorrow).data(UnreadCountRole).toInt(), unreadTomorrow - 1);
        QStringList seen = ranges(dayChanged);
        seen.sort();
        QStringList expected{QStringLiteral("%1-%1").arg(today), QStringLiteral("%1-%1").arg(tomorrow)};
        expected.sort();
        QCOMPARE(seen, expected);
        // The unread count is of papers, not entries: one paper read, one fewer.
        QCOMPARE(tags.index(TagModel::UnreadRow).data(TagCountRole).toInt(), unreadPapers - 1);
        QCOMPARE(tags.index(TagModel::UnreadRow).data(TagCountRole).toInt(), m_library.annotations().unreadPaperCount());
        QVERIFY(tree.indexOfPaper(kSciLoop).data(ReadRole).toBool());

        // A paper no digest lists moves no count.
        QVERIFY(m_library.annotations().setRead(QStringLiteral("2401.00001"), true).ok());
        QCOMPARE(tags.index(TagModel::UnreadRow).data(TagCountRole).toInt(), m_library.annotations().unreadPaperCount());

        QVERIFY(m_library.annotations().setRead({kSciLoop, kDriftBench}, false).ok()); // kDriftBench was unread
        QCOMPARE(days.index(today).data(UnreadCountRole).toInt(), unreadToday);
        QCOMPARE(days.index(tomorrow).data(UnreadCountRole).toInt(), unreadTomorrow);
        QCOMPARE(tags.index(TagModel::UnreadRow).data(TagCountRole).toInt(), m_library.annotations().unreadPaperCount());
        QCOMPARE(dayReset.size() + tagReset.size() + treeReset.size(), 0);
    }

    void taggingChangesOnlyThePapersAndTheTagRow()
    {
        PaperTreeModel tree(&m_library);
        tree.setDay(kDay);
        TagModel tags(&m_library);
        const int row = tagRow(tags, QStringLiteral("reward"));
        QVERIFY(row >= 2);
        const int count = tags.index(row).data(TagCountRole).toInt();
        QSignalSpy treeReset(&tree, &QAbstractItemModel::modelReset), tagReset(&tags, &QAbstractItemModel::modelReset);
        QSignalSpy treeChanged(&tree, &QAbstractItemModel::dataChanged), tagChanged(&tags, &QAbstractItemModel::dataChanged);

        // The first three papers: adjacent rows, one dataChanged for them.
        QVERIFY(m_library.annotations().tagPapers({kSciLoop, kDriftBench, kToolSmith}, QStringLiteral("reward")).ok());
        QCOMPARE(ranges(treeChanged), QStringList{QStringLiteral("0-2")});
        for (const QString &id : {kSciLoop, kDriftBench, kToolSmith})
            QVERIFY(tree.indexOfPaper(id).data(TagsRole).toStringList().contains(QStringLiteral("reward")));
        QCOMPARE(tags.index(row).data(TagCountRole).toInt(), count + 3);
        QCOMPARE(ranges(tagChanged), QStringList{QStringLiteral("%1-%1").arg(row)});
        QCOMPARE(treeReset.size() + tagReset.size(), 0);

        // A tag that does not exist yet is a new row of the sidebar (a reset there), still none in the tree.
        QVERIFY(m_library.annotations().tagPapers({kSciLoop}, QStringLiteral("zz-new")).ok());
        QVERIFY(tagRow(tags, QStringLiteral("zz-new")) >= 2);
        QCOMPARE(tags.index(tagRow(tags, QStringLiteral("zz-new"))).data(TagCountRole).toInt(), 1);
        QVERIFY(tree.indexOfPaper(kSciLoop).data(TagsRole).toStringList().contains(QStringLiteral("zz-new")));
        QCOMPARE(treeReset.size(), 0);

        QVERIFY(m_library.annotations().untagPapers({kSciLoop, kDriftBench, kToolSmith}, QStringLiteral("reward")).ok());
        QCOMPARE(tags.index(tagRow(tags, QStringLiteral("reward"))).data(TagCountRole).toInt(), count);
        QVERIFY(m_library.annotations().deleteTag(QStringLiteral("zz-new")).ok());
    }

    void theTreeShowsEachPapersSections()
    {
        // The sections come from one query for the day; they must be those of each paper.
        PaperTreeModel tree(&m_library);
        tree.setDay(kDay);
        QCOMPARE(tree.paperCount(), kPapers);
        for (int r = 0; r < tree.paperCount(); ++r) {
            const QModelIndex paper = tree.index(r, 0);
            const auto detail = m_library.catalog().paper(paper.data(ArxivIdRole).toString(), kDay);
            QVERIFY(detail);
            QCOMPARE(tree.rowCount(paper), detail->sections.size());
            for (int s = 0; s < detail->sections.size(); ++s) {
                const Section &sec = detail->sections.at(s);
                QCOMPARE(tree.index(s, 0, paper).data(SectionKindRole).toString(), sectionKindName(sec.kind));
                QVERIFY(tree.index(s, 0, paper).data().toString().endsWith(sec.title));
            }
        }
    }

    void anImportUpdatesTheListsWithoutAReset()
    {
        // New days go into the day list as inserted rows and a day taken out as removed rows; the
        // shown day's papers, read again, change in place. Views keep their current rows.
        DayListModel days(&m_library);
        PaperTreeModel tree(&m_library);
        tree.setDay(kDay);
        TagModel tags(&m_library);
        QSignalSpy tagReset(&tags, &QAbstractItemModel::modelReset);
        QSignalSpy dayReset(&days, &QAbstractItemModel::modelReset), treeReset(&tree, &QAbstractItemModel::modelReset),
            inserted(&days, &QAbstractItemModel::rowsInserted), removed(&days, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex shownDay = days.index(dayRow(days, kDay));
        const QPersistentModelIndex shownPaper = tree.indexOfPaper(kToolSmith);
        const int daysBefore = days.rowCount();

        const QDate newer(2025, 5, 27);
        QByteArray digest = nextDayDigest();
        digest.replace("2025-05-25", "2025-05-27").replace("2505.99001", "2505.99002");
        const QString path = m_dir.filePath(QStringLiteral("2025-05-27.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(digest);
        f.close();
        QCOMPARE(m_library.importer().importFile(path).outcome, ImportResult::Outcome::Imported);
        QCOMPARE(dayReset.size(), 0);
        QCOMPARE(treeReset.size(), 0);
        QCOMPARE(tagReset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(days.rowCount(), daysBefore + 1);
        QCOMPARE(days.dateAt(0), newer);
        QCOMPARE(days.totalDays(), daysBefore + 1);
        QVERIFY(shownDay.isValid());
        QCOMPARE(shownDay.data(DateRole).toDate(), kDay);
        QVERIFY(shownPaper.isValid());
        QCOMPARE(shownPaper.data(ArxivIdRole).toString(), kToolSmith);

        QVERIFY(m_library.importer().deleteDay(newer).ok());
        QCOMPARE(dayReset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(days.rowCount(), daysBefore);
        QCOMPARE(dayRow(days, newer), -1);
        QCOMPARE(shownDay.data(DateRole).toDate(), kDay);
        QCOMPARE(treeReset.size(), 0);
        QCOMPARE(tagReset.size(), 0);
    }

    void daysAreNamedWithTheirWeekday()
    {
        // The day list and search results name a day with its weekday, in the locale's words, and
        // never break a date across lines ("25. 5. 24." wrapped and said nothing of the weekday).
        const QLocale before;
        const auto label = [&](const QLocale &locale) {
            QLocale::setDefault(locale);
            DayListModel days(&m_library);
            return days.index(dayRow(days, kDay)).data(Qt::DisplayRole).toString();
        };
        const QChar nbsp(0x00A0);
        QVERIFY2(label(QLocale(QLocale::Korean, QLocale::SouthKorea)).startsWith(QStringLiteral("2025년 5월 24일 (토)").replace(u' ', nbsp)),
                 qPrintable(label(QLocale(QLocale::Korean, QLocale::SouthKorea))));
        QVERIFY2(label(QLocale(QLocale::English, QLocale::UnitedKingdom)).startsWith(QStringLiteral("Sat, 24 May 2025").replace(u' ', nbsp)),
                 qPrintable(label(QLocale(QLocale::English, QLocale::UnitedKingdom))));
        QVERIFY2(label(QLocale(QLocale::English, QLocale::UnitedStates)).startsWith(QStringLiteral("Sat, May 24, 2025").replace(u' ', nbsp)),
                 qPrintable(label(QLocale(QLocale::English, QLocale::UnitedStates))));
        SearchResultModel results;
        results.setResults(m_library.searchIndex().search(SearchQuery::parse(kDriftBench), 5)); // listed on kDay only
        QVERIFY(results.rowCount() > 0);
        QVERIFY(results.index(0).data(Qt::DisplayRole).toString().contains(QStringLiteral("Sat, May 24, 2025").replace(u' ', nbsp)));
        QLocale::setDefault(before);
    }

    void everyModelPassesTheTester()
    {
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        DayListModel days(&m_library);
        PaperTreeModel tree(&m_library);
        tree.setDay(kDay);
        TagModel tags(&m_library);
        SearchResultModel results;
        CompareModel compare(&m_library);
        compare.setPapers({kSciLoop, kDriftBench});
        QAbstractItemModelTester t1(&days, mode), t2(&tree, mode), t3(&tags, mode), t4(&results, mode), t5(&compare, mode);

        results.setResults(m_library.searchIndex().search(SearchQuery::parse(QStringLiteral("에이전트")), 20));
        QVERIFY(results.rowCount() > 0);
        results.setResults({});
        QVERIFY(m_library.annotations().setStarred({kSciLoop, kJudgeRm}, true).ok());
        QVERIFY(m_library.annotations().setRead({kSciLoop, kDriftBench, kJudgeRm}, true).ok());
        QVERIFY(m_library.annotations().tagPapers({kSciLoop, kDriftBench}, QStringLiteral("tester")).ok());
        QVERIFY(m_library.annotations().setNote(kDriftBench, QStringLiteral("메모")).ok());
        Highlight h;
        h.arxivId = kSciLoop;
        h.exact = QStringLiteral("폐쇄형");
        h.sectionKind = QStringLiteral("contributions");
        QVERIFY(m_library.annotations().addHighlight(h).ok());
        QVERIFY(m_library.annotations().setMarked({kSciLoop, kToolSmith}, true).ok());
        compare.setPapers(m_library.annotations().markedPapers());
        QVERIFY(m_library.annotations().clearMarks().ok());
        QVERIFY(m_library.annotations().renameTag(QStringLiteral("tester"), QStringLiteral("tested")).ok());
        QVERIFY(m_library.annotations().deleteTag(QStringLiteral("tested")).ok());
        QVERIFY(m_library.annotations().setNote(kDriftBench, QString()).ok());
        QVERIFY(m_library.annotations().removeHighlight(h.id).ok());
        QVERIFY(m_library.importer().deleteDay(kNextDay).ok());
        QVERIFY(dayRow(days, kNextDay) < 0);
        tree.setDay(kNextDay);
        QCOMPARE(tree.rowCount(), 0);
        tree.setDay(kDay);
        QCOMPARE(tree.paperCount(), kPapers);
        QVERIFY(m_library.annotations().setRead({kSciLoop, kDriftBench, kJudgeRm}, false).ok());
    }
};

QTEST_MAIN(TestModelChanges)
#include "tst_modelchanges.moc"
