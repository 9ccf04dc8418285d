// Mute rules and papers seen before: the flags import works out (entries.muted, entries.seen), the
// counts over them (checked against plain SQL), and the window that hides muted papers.
#include "actionregistry.h"
#include "daydelegate.h"
#include "digest/digestparser.h"
#include "library/library.h"
#include "library/muterules.h"
#include "mainwindow.h"
#include "models/daylistmodel.h"
#include "models/papertreemodel.h"
#include "models/roles.h"
#include "muterulesdialog.h"
#include "readercontroller.h"
#include "summaryview.h"
#include "testcorpus.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Paperboy;
using namespace Paperboy::Core;
using namespace TestWindow;

namespace {

using Outcome = ImportResult::Outcome;

const QString kSpacedOnly = QStringLiteral("2505.91001"); // "강화 학습" only
const QString kJoinedOnly = QStringLiteral("2505.91002"); // "강화학습" only
const QString kDiffusionTransformer = QStringLiteral("2505.91004"); // "Diffusion Transformer"
const QString kMaskedDiffusion = QStringLiteral("2505.91003"); // "(masked diffusion)"

struct TestPaper {
    QString id;
    QString title;
    QString motivation;
};

// A digest of the corpus's layout for day, with these papers.
QByteArray digestOf(const QDate &day, const QList<TestPaper> &papers)
{
    QByteArray out = "# 📰 Hugging Face Daily Papers – " + day.toString(Qt::ISODate).toUtf8() + "\n\n";
    for (const TestPaper &p : papers)
        out += "## " + p.id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + p.id.toUtf8() + "\n\n**Summary**:\n```markdown\n# " + p.title.toUtf8()
            + "\n\n## 1. 핵심 동기와 문제 정의\n\n" + p.motivation.toUtf8() + "\n\n## 5. 정량적 결과\n\n정확도가 3.2%p 올랐습니다.\n```\n\n";
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Imports a digest written to dir as DATE.md.
Outcome importDay(Library &lib, const QTemporaryDir &dir, const QDate &day, const QByteArray &digest)
{
    const QString path = dir.filePath(day.toString(Qt::ISODate) + QStringLiteral(".md"));
    if (!writeFile(path, digest))
        return Outcome::Rejected;
    return lib.importer().importFile(path).outcome;
}

std::optional<PaperListing> listing(const Library &lib, const QDate &day, const QString &id)
{
    const QList<PaperListing> found = lib.catalog().papersOfDay(day, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool isMuted(const Library &lib, const QString &id, const QDate &day = TestCorpus::kDay)
{
    const auto p = listing(lib, day, id);
    return p && p->muted;
}

QStringList mutedOf(const Library &lib, const QDate &day = TestCorpus::kDay)
{
    QStringList out;
    for (const PaperListing &p : lib.catalog().papersOfDay(day))
        if (p.muted)
            out << p.arxivId;
    return out;
}

// The unread counts of every day, worked out from the tables alone on a connection of its own: a
// paper is new on a day unless muted or listed by an earlier day with the same summary, and
// unread unless read_state has it.
QHash<QDate, int> unreadBySql(const QString &path)
{
    QHash<QDate, int> out;
    const QString name = QStringLiteral("direct-%1").arg(quintptr(&out));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT e.day, count(*) FROM entries e WHERE e.shown AND NOT e.muted "
                              "AND e.arxiv_id NOT IN (SELECT arxiv_id FROM read_state) "
                              "AND coalesce((SELECT p.summary FROM entries p WHERE p.arxiv_id = e.arxiv_id AND p.shown AND p.day < e.day "
                              "              ORDER BY p.day DESC LIMIT 1) <> e.summary, 1) "
                              "GROUP BY e.day"));
        while (q.next())
            out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Text as an input method commits it (Korean is not typed key by key).
void type(QWidget *widget, const QString &text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

} // namespace

class TestMuteRules : public QObject
{
    Q_OBJECT

    // A library with the corpus day in a folder of its own.
    struct CorpusLibrary {
        QTemporaryDir dir;
        Library lib;
        QString path() const { return dir.filePath(QStringLiteral("lib.sqlite")); }
        bool open()
        {
            return dir.isValid() && lib.open(path()).ok() && lib.importer().importFile(TestCorpus::day()).outcome == Outcome::Imported;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_muterules"));
    }

    void init() { QSettings().clear(); }

    void spacingVariantsMuteBothWays()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        QVERIFY(mutedOf(c.lib).isEmpty());
        for (const QString &rule : {QStringLiteral("강화학습"), QStringLiteral("강화 학습"), QStringLiteral("\"강화   학습\"")}) {
            QVERIFY2(c.lib.muteRules().add(rule).ok(), qPrintable(rule));
            QVERIFY2(isMuted(c.lib, kSpacedOnly), qPrintable(rule));
            QVERIFY2(isMuted(c.lib, kJoinedOnly), qPrintable(rule));
            QVERIFY(!isMuted(c.lib, TestCorpus::kSciLoop)); // says neither
            // The same papers as the search finds for the compound.
            QStringList found;
            for (const SearchHit &h : c.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("\"강화학습\"")), 100))
                found << h.arxivId;
            QStringList muted = mutedOf(c.lib);
            found.sort();
            muted.sort();
            QCOMPARE(muted, found);
            QCOMPARE(c.lib.muteRules().phrases(), QStringList{MuteRules::normalized(rule)});
            QVERIFY(c.lib.muteRules().remove(rule).ok());
            QVERIFY(mutedOf(c.lib).isEmpty());
        }
    }

    void englishIgnoresCase()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("DIFFUSION transformer")).ok());
        QCOMPARE(mutedOf(c.lib), QStringList{kDiffusionTransformer});
        QVERIFY(c.lib.muteRules().add(QStringLiteral("Diffusion")).ok());
        QVERIFY(isMuted(c.lib, kMaskedDiffusion));
        // Rules are the same in any case: a second one is refused, and removal ignores the case.
        QVERIFY(!c.lib.muteRules().add(QStringLiteral("diffusion")).ok());
        QVERIFY(c.lib.muteRules().remove(QStringLiteral("DIFFUSION")).ok());
        QCOMPARE(mutedOf(c.lib), QStringList{kDiffusionTransformer});
        // Words, not parts of words; nothing without words.
        QVERIFY(c.lib.muteRules().add(QStringLiteral("diffu")).ok());
        QCOMPARE(mutedOf(c.lib), QStringList{kDiffusionTransformer});
        QVERIFY(!c.lib.muteRules().add(QStringLiteral(" \" - \" ")).ok());
    }

    void theReadersNoteDoesNotMute()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        QVERIFY(c.lib.annotations().setNote(TestCorpus::kSciLoop, QStringLiteral("Quuxology")).ok());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("quuxology")).ok());
        QVERIFY(mutedOf(c.lib).isEmpty());
    }

    void aStarredPaperIsNotMuted()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        QVERIFY(c.lib.annotations().setStarred(kJoinedOnly, true).ok());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("강화학습")).ok());
        QVERIFY(!isMuted(c.lib, kJoinedOnly));
        QVERIFY(isMuted(c.lib, kSpacedOnly));
        // Starring a muted paper unmutes it; taking the star away mutes it again.
        QSignalSpy changed(&c.lib, &Library::papersChanged);
        QVERIFY(c.lib.annotations().setStarred(kSpacedOnly, true).ok());
        QVERIFY(!isMuted(c.lib, kSpacedOnly));
        QCOMPARE(changed.size(), 1);
        QVERIFY(c.lib.annotations().setStarred({kSpacedOnly, kJoinedOnly}, false).ok());
        QVERIFY(isMuted(c.lib, kSpacedOnly));
        QVERIFY(isMuted(c.lib, kJoinedOnly));
    }

    void reimportKeepsTheRulesAndMutesAgain()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QByteArray day = TestCorpus::dayBytes();
        QCOMPARE(importDay(lib, dir, TestCorpus::kDay, day), Outcome::Imported);
        QVERIFY(lib.muteRules().add(QStringLiteral("강화학습")).ok());
        const QStringList before = mutedOf(lib);
        QVERIFY(before.size() > 10);
        // The digest changed: its entries are stored again, and muted again in the same import.
        day.replace("SciLoop: 가설에서", "SciLoop (개정판): 가설에서");
        QCOMPARE(importDay(lib, dir, TestCorpus::kDay, day), Outcome::Imported);
        QCOMPARE(lib.muteRules().phrases(), QStringList{QStringLiteral("강화학습")});
        QCOMPARE(mutedOf(lib), before);
        // A new day is muted as it comes in, in one batch with another.
        const QDate next = TestCorpus::kDay.addDays(1), after = TestCorpus::kDay.addDays(2);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("n1.md")),
                          digestOf(next, {{QStringLiteral("2505.99001"), QStringLiteral("강화학습 없는 논문"), QStringLiteral("보상 모델을 다룹니다.")},
                                          {QStringLiteral("2505.99002"), QStringLiteral("에이전트"), QStringLiteral("보상 모델을 다룹니다.")}})));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("n2.md")),
                          digestOf(after, {{QStringLiteral("2505.99003"), QStringLiteral("로봇"), QStringLiteral("강화 학습으로 로봇을 움직입니다.")}})));
        for (const ImportResult &r : lib.importer().importPaths({dir.filePath(QStringLiteral("n1.md")), dir.filePath(QStringLiteral("n2.md"))}))
            QCOMPARE(r.outcome, Outcome::Imported);
        QCOMPARE(mutedOf(lib, next), QStringList{QStringLiteral("2505.99001")});
        QCOMPARE(mutedOf(lib, after), QStringList{QStringLiteral("2505.99003")});
        // The library opened again keeps them.
        Library again;
        QVERIFY(again.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(mutedOf(again), before);
    }

    void removingARuleUnmutesWhatOnlyItMuted()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("Diffusion Transformer")).ok());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("diffusion")).ok());
        const QStringList both = mutedOf(c.lib);
        QVERIFY(both.contains(kDiffusionTransformer) && both.contains(kMaskedDiffusion));
        QSignalSpy days(&c.lib, &Library::daysChanged);
        QVERIFY(c.lib.muteRules().remove(QStringLiteral("diffusion")).ok());
        QCOMPARE(days.size(), 1);
        QCOMPARE(mutedOf(c.lib), QStringList{kDiffusionTransformer}); // the other rule still mutes it
        const QList<MuteRule> rules = c.lib.muteRules().rules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().papers, 1);
        QVERIFY(!c.lib.muteRules().remove(QStringLiteral("diffusion")).ok());
        QVERIFY(c.lib.muteRules().remove(QStringLiteral("diffusion transformer")).ok());
        QVERIFY(mutedOf(c.lib).isEmpty());
        QCOMPARE(days.size(), 2);
    }

    void countsLeaveMutedPapersOut()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        DayListModel model(&c.lib);
        QVERIFY(c.lib.annotations().setRead(kSpacedOnly, true).ok());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("강화학습")).ok());
        const int muted = int(mutedOf(c.lib).size());
        const DayInfo day = c.lib.catalog().days().first();
        QCOMPARE(day.mutedCount, muted);
        QCOMPARE(day.paperCount, TestCorpus::kPapers);
        // kSpacedOnly is read and muted: counted once among the muted, never as unread.
        QCOMPARE(day.unreadCount, TestCorpus::kPapers - muted);
        QCOMPARE(unreadBySql(c.path()).value(TestCorpus::kDay), day.unreadCount);
        QCOMPARE(c.lib.catalog().readerDays(0, -1).first().unreadCount, day.unreadCount);
        QCOMPARE(c.lib.catalog().readerDays(0, -1).first().mutedCount, muted);
        QCOMPARE(model.index(0).data(UnreadCountRole).toInt(), day.unreadCount);
        QCOMPARE(model.index(0).data(MutedRole).toInt(), muted);
        // A star unmutes: the day's counts move in place.
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(c.lib.annotations().setStarred(kJoinedOnly, true).ok());
        QCOMPARE(model.index(0).data(MutedRole).toInt(), muted - 1);
        QCOMPARE(model.index(0).data(UnreadCountRole).toInt(), day.unreadCount + 1);
        QCOMPARE(unreadBySql(c.path()).value(TestCorpus::kDay), day.unreadCount + 1);
        QCOMPARE(rows.size(), 1);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("%1 muted").arg(muted - 1)));
        // n skips muted papers: once round the day, every unread paper it visits is one the count has.
        QSet<QString> visited;
        auto next = c.lib.catalog().nextUnread(TestCorpus::kDay, -1);
        for (int i = 0; next && i < TestCorpus::kPapers; ++i, next = c.lib.catalog().nextUnread(next->day, next->position)) {
            QVERIFY(!next->muted);
            visited.insert(next->arxivId);
        }
        QCOMPARE(visited.size(), day.unreadCount + 1);
    }

    void aPaperOnTwoDaysIsOnePaper()
    {
        QTemporaryDir dir;
        Library lib;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        QVERIFY(lib.open(path).ok());
        const QDate first(2025, 5, 12), second(2025, 5, 13);
        const TestPaper again{QStringLiteral("2505.10001"), QStringLiteral("다시 나온 논문"), QStringLiteral("같은 요약입니다.")};
        const TestPaper fresh{QStringLiteral("2505.10002"), QStringLiteral("새 논문"), QStringLiteral("처음 나온 요약입니다.")};
        QCOMPARE(importDay(lib, dir, first, digestOf(first, {again})), Outcome::Imported);
        QCOMPARE(importDay(lib, dir, second, digestOf(second, {fresh, again})), Outcome::Imported);
        const auto later = listing(lib, second, again.id);
        QVERIFY(later);
        QCOMPARE(later->seen, PaperListing::Seen::Again);
        QCOMPARE(later->firstSeen, first);
        QCOMPARE(listing(lib, first, again.id)->seen, PaperListing::Seen::First);
        QCOMPARE(listing(lib, first, again.id)->firstSeen, first);
        QCOMPARE(listing(lib, second, fresh.id)->seen, PaperListing::Seen::First);
        // Unread once: on its first day only.
        const QList<DayInfo> days = lib.catalog().days();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).unreadCount, 1);
        QCOMPARE(days.at(1).unreadCount, 1);
        const QHash<QDate, int> direct = unreadBySql(path);
        QCOMPARE(direct.value(second), days.at(0).unreadCount);
        QCOMPARE(direct.value(first), days.at(1).unreadCount);
        // n goes from the new paper of the second day to the first day, past the repeat.
        auto next = lib.catalog().nextUnread(second, 0);
        QVERIFY(next);
        QCOMPARE(next->day, first);
        QCOMPARE(next->arxivId, again.id);
        // Its read state and star are the paper's: on both days.
        QVERIFY(lib.annotations().setRead(again.id, true).ok());
        QVERIFY(lib.annotations().setStarred(again.id, true).ok());
        QVERIFY(listing(lib, second, again.id)->read && listing(lib, second, again.id)->starred);
        QCOMPARE(lib.catalog().days().at(1).unreadCount, 0);
        // The summary header says since when.
        const auto detail = lib.catalog().paper(again.id, second);
        QVERIFY(detail);
        QVERIFY(Ui::SummaryView::documentMarkdown(*detail).contains(QStringLiteral("first seen 2025-05-12")));
    }

    void anotherSummaryIsUpdatedAndCountsAgain()
    {
        QTemporaryDir dir;
        Library lib;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        QVERIFY(lib.open(path).ok());
        const QDate first(2025, 5, 12), second(2025, 5, 13), third(2025, 5, 14);
        TestPaper paper{QStringLiteral("2505.10001"), QStringLiteral("고친 논문"), QStringLiteral("처음 요약입니다.")};
        QCOMPARE(importDay(lib, dir, first, digestOf(first, {paper})), Outcome::Imported);
        paper.motivation = QStringLiteral("고친 요약입니다.");
        QCOMPARE(importDay(lib, dir, second, digestOf(second, {paper})), Outcome::Imported);
        QCOMPARE(importDay(lib, dir, third, digestOf(third, {paper})), Outcome::Imported);
        QCOMPARE(listing(lib, second, paper.id)->seen, PaperListing::Seen::Updated);
        QCOMPARE(listing(lib, second, paper.id)->firstSeen, first);
        // Against the day before that lists it: the third day repeats the second.
        QCOMPARE(listing(lib, third, paper.id)->seen, PaperListing::Seen::Again);
        const QList<DayInfo> days = lib.catalog().days(); // newest first
        QCOMPARE(days.at(0).unreadCount, 0);
        QCOMPARE(days.at(1).unreadCount, 1);
        QCOMPARE(days.at(2).unreadCount, 1);
        const QHash<QDate, int> direct = unreadBySql(path);
        for (const DayInfo &d : days)
            QCOMPARE(direct.value(d.date), d.unreadCount);
        const auto detail = lib.catalog().paper(paper.id, second);
        QVERIFY(Ui::SummaryView::documentMarkdown(*detail).contains(QStringLiteral("updated, first seen 2025-05-12")));
    }

    void anOlderDayImportedLaterFixesTheNewerDay()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const QDate older(2025, 5, 12), newer(2025, 5, 20);
        const TestPaper paper{QStringLiteral("2505.10001"), QStringLiteral("논문"), QStringLiteral("같은 요약입니다.")};
        QCOMPARE(importDay(lib, dir, newer, digestOf(newer, {paper})), Outcome::Imported);
        QCOMPARE(listing(lib, newer, paper.id)->seen, PaperListing::Seen::First);
        QCOMPARE(lib.catalog().days().first().unreadCount, 1);
        QCOMPARE(importDay(lib, dir, older, digestOf(older, {paper})), Outcome::Imported);
        QCOMPARE(listing(lib, newer, paper.id)->seen, PaperListing::Seen::Again);
        QCOMPARE(listing(lib, newer, paper.id)->firstSeen, older);
        QCOMPARE(listing(lib, older, paper.id)->seen, PaperListing::Seen::First);
        QCOMPARE(lib.catalog().days().first().unreadCount, 0);
        // And removing the older day makes the newer one its first again.
        QVERIFY(lib.importer().deleteDay(older).ok());
        QCOMPARE(listing(lib, newer, paper.id)->seen, PaperListing::Seen::First);
        QCOMPARE(listing(lib, newer, paper.id)->firstSeen, newer);
        QCOMPARE(lib.catalog().days().first().unreadCount, 1);
    }

    // A library of schema 11 with a paper on two days: the upgrade works out seen as import does.
    void upgradeWorksOutPapersSeenBefore()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.sqlite")), path = dir.filePath(QStringLiteral("v11.sqlite"));
        QHash<qlonglong, int> expected;
        {
            Library lib;
            QVERIFY(lib.open(source).ok());
            const QDate first(2025, 5, 12), second(2025, 5, 13), third(2025, 5, 14);
            TestPaper paper{QStringLiteral("2505.10001"), QStringLiteral("논문"), QStringLiteral("처음 요약입니다.")};
            const TestPaper other{QStringLiteral("2505.10002"), QStringLiteral("다른 논문"), QStringLiteral("요약입니다.")};
            QCOMPARE(importDay(lib, dir, first, digestOf(first, {paper, other})), Outcome::Imported);
            QCOMPARE(importDay(lib, dir, second, digestOf(second, {other, paper})), Outcome::Imported);
            paper.motivation = QStringLiteral("고친 요약입니다.");
            QCOMPARE(importDay(lib, dir, third, digestOf(third, {paper})), Outcome::Imported);
            QSqlQuery q(lib.database().sql());
            QVERIFY(q.exec(QStringLiteral("SELECT id, seen FROM entries")));
            while (q.next())
                expected.insert(q.value(0).toLongLong(), q.value(1).toInt());
        }
        QCOMPARE(expected.size(), 5);
        QCOMPARE(std::count(expected.cbegin(), expected.cend(), 1), 2); // both papers on the second day
        QCOMPARE(std::count(expected.cbegin(), expected.cend(), 2), 1);
        {
            Database v11;
            QVERIFY(v11.open(path, 11).ok());
            QVERIFY(v11.execScript(QStringLiteral("ATTACH '%1' AS src;"
                                                  "INSERT INTO days SELECT * FROM src.days; INSERT INTO papers SELECT * FROM src.papers;"
                                                  "INSERT INTO publishers SELECT * FROM src.publishers; INSERT INTO digests SELECT * FROM src.digests;"
                                                  "INSERT INTO entries(id, digest_id, day, arxiv_id, position, title, link, summary, authors, votes, shown, day_position) "
                                                  "  SELECT id, digest_id, day, arxiv_id, position, title, link, summary, authors, votes, shown, day_position "
                                                  "  FROM src.entries;"
                                                  "DETACH src;"
                                                  "INSERT INTO search_fts(search_fts) VALUES ('rebuild');")
                                       .arg(source))
                        .ok());
        }
        Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.database().version(), Database::latestVersion());
        QHash<qlonglong, int> upgraded;
        QSqlQuery q(lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id, seen, muted FROM entries")));
        while (q.next()) {
            upgraded.insert(q.value(0).toLongLong(), q.value(1).toInt());
            QCOMPARE(q.value(2).toInt(), 0);
        }
        QCOMPARE(upgraded, expected);
    }

    // --- The window ---------------------------------------------------------------------------------

    void theWindowHidesMutedPapersAndShowsThemOnRequest()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("강화학습")).ok());
        const int muted = int(mutedOf(c.lib).size());
        Ui::MainWindow w(&c.lib);
        w.resize(800, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTreeView *tree = paperTree(w);
        QCOMPARE(tree->model()->rowCount(), TestCorpus::kPapers - muted);
        QVERIFY(!w.reader()->selectPaper(kJoinedOnly));
        // The day's row says how many are muted, on a line of its own below the label.
        const QModelIndex day = dayList(w)->currentIndex();
        QCOMPARE(Ui::DayDelegate::mutedNote(day), QStringLiteral("%1 muted").arg(muted));
        QVERIFY(dayList(w)->visualRect(day).height() > dayList(w)->fontMetrics().height() * 2);
        // Ctrl+Shift+M shows them, dimmed and marked; again hides them.
        QAction *show = w.actions()->action(QStringLiteral("view.show_muted"));
        QVERIFY(show && show->isCheckable() && !show->isChecked());
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(show->isChecked());
        QCOMPARE(tree->model()->rowCount(), TestCorpus::kPapers);
        QVERIFY(w.reader()->selectPaper(kJoinedOnly));
        QVERIFY(tree->currentIndex().data(MutedRole).toBool());
        QVERIFY(summaryView(w)->toPlainText().contains(QStringLiteral("muted")));
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tree->model()->rowCount(), TestCorpus::kPapers - muted);
        QVERIFY(tree->currentIndex().isValid()); // the paper shown was hidden: the one in its place
        // A muted paper opened by name (a search result) is shown on its day.
        QVERIFY(w.reader()->openPaper(TestCorpus::kDay, kSpacedOnly));
        QCOMPARE(w.reader()->currentPaperId(), kSpacedOnly);
        // s stars it: no longer muted, the day's note counts one fewer.
        QTest::keyClick(tree, Qt::Key_S);
        QVERIFY(!tree->currentIndex().data(MutedRole).toBool());
        QCOMPARE(Ui::DayDelegate::mutedNote(dayList(w)->currentIndex()), QStringLiteral("%1 muted").arg(muted - 1));
    }

    void nextUnreadSkipsMutedPapersWhenTheyAreShown()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        QVERIFY(c.lib.muteRules().add(QStringLiteral("강화학습")).ok());
        Ui::MainWindow w(&c.lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.actions()->action(QStringLiteral("view.show_muted"))->trigger();
        QTreeView *tree = paperTree(w);
        QCOMPARE(tree->model()->rowCount(), TestCorpus::kPapers);
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(tree, Qt::Key_N);
            QVERIFY2(!tree->currentIndex().data(MutedRole).toBool(), qPrintable(w.reader()->currentPaperId()));
        }
    }

    void theDialogAddsAndRemovesWithTheKeys()
    {
        CorpusLibrary c;
        QVERIFY(c.open());
        Ui::MainWindow w(&c.lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *open = w.actions()->action(QStringLiteral("edit.mute_rules"));
        QVERIFY(open);
        bool checked = false;
        // Typed into the dialog that Ctrl+Alt+M opens: a rule, Return; Tab to the list, Delete.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Ui::MuteRulesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // Closed whatever happens below, so that a failure cannot leave exec() waiting.
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            QCOMPARE(dialog->focusWidget(), dialog->field());
            type(dialog->field(), QStringLiteral("강화 학습"));
            QTest::keyClick(dialog->field(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->list()->count(), 1);
            QVERIFY(dialog->field()->text().isEmpty());
            QVERIFY(!mutedOf(c.lib).isEmpty());
            QCOMPARE(paperTree(w)->model()->rowCount(), TestCorpus::kPapers - int(mutedOf(c.lib).size()));
            QVERIFY2(dialog->message().contains(QString::number(mutedOf(c.lib).size())), qPrintable(dialog->message()));
            // A rule already there is refused, with the reason.
            type(dialog->field(), QStringLiteral("강화학습"));
            QTest::keyClick(dialog->field(), Qt::Key_Return);
            QCOMPARE(dialog->list()->count(), 2);
            type(dialog->field(), QStringLiteral("강화학습"));
            QTest::keyClick(dialog->field(), Qt::Key_Return);
            QCOMPARE(dialog->list()->count(), 2);
            QVERIFY(dialog->message().contains(QStringLiteral("already")));
            QCOMPARE(dialog->field()->text(), QStringLiteral("강화학습")); // kept, to be corrected
            QTest::keyClick(dialog->field(), Qt::Key_Tab);
            QCOMPARE(dialog->focusWidget(), dialog->list());
            QTest::keyClick(dialog->list(), Qt::Key_Delete);
            QCOMPARE(dialog->list()->count(), 1);
            QVERIFY(!mutedOf(c.lib).isEmpty()); // the other spelling mutes the same papers
            QTest::keyClick(dialog->list(), Qt::Key_Delete);
            QCOMPARE(dialog->list()->count(), 0);
            QVERIFY(mutedOf(c.lib).isEmpty());
            checked = true;
        });
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(checked);
        QCOMPARE(paperTree(w)->model()->rowCount(), TestCorpus::kPapers);
    }
};

QTEST_MAIN(TestMuteRules)
#include "tst_muterules.moc"
