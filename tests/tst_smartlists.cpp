// Smart lists: saved searches whose counts equal a direct query of the tables, kept in order,
// renamed, moved and removed, names unique without case.
#include "library/library.h"
#include "library/sql.h"
#include "models/roles.h"
#include "models/shelfmodel.h"
#include "search/searchquery.h"
#include "testcorpus.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;
using namespace TestCorpus;

class TestSmartLists : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_lib;

    int direct(const QString &where)
    {
        QSqlQuery q(m_lib.database().sql());
        if (!q.exec(QStringLiteral("SELECT count(DISTINCT e.arxiv_id) FROM entries e WHERE ") + where) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(m_lib.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        QVERIFY(m_lib.annotations().tagPapers({kSciLoop, kDriftBench, kToolSmith}, QStringLiteral("agents")).ok());
        QVERIFY(m_lib.annotations().setStarred({kDriftBench, kJudgeRm}, true).ok());
        QVERIFY(m_lib.annotations().setRead({kSciLoop, kDriftBench, kEnglish}, true).ok());
        QVERIFY(m_lib.readingQueue().add({kToolSmith, kJudgeRm, kEnglish}).ok());
    }

    void countsEqualADirectQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("where");
        const QString unread = QStringLiteral("NOT EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)");
        const QString tagged = QStringLiteral("EXISTS (SELECT 1 FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.arxiv_id = e.arxiv_id AND t.name = 'agents')");
        const QString starred = QStringLiteral("EXISTS (SELECT 1 FROM stars s WHERE s.arxiv_id = e.arxiv_id)");
        const QString later = QStringLiteral("EXISTS (SELECT 1 FROM later l WHERE l.arxiv_id = e.arxiv_id)");
        QTest::newRow("unread") << "is:unread" << unread;
        QTest::newRow("tag unread") << "tag:agents is:unread" << tagged + QStringLiteral(" AND ") + unread;
        QTest::newRow("starred") << "is:starred" << starred;
        QTest::newRow("later") << "is:later" << later;
        QTest::newRow("later unread") << "is:later is:unread" << later + QStringLiteral(" AND ") + unread;
        QTest::newRow("starred in range") << "is:starred from:2025-05-01 to:2025-05-31" << starred + QStringLiteral(" AND e.day BETWEEN '2025-05-01' AND '2025-05-31'");
        QTest::newRow("out of range") << "is:unread to:2025-05-23" << unread + QStringLiteral(" AND e.day <= '2025-05-23'");
        QTest::newRow("section") << "is:unread section:limitations"
                                 << unread + QStringLiteral(" AND EXISTS (SELECT 1 FROM sections s WHERE s.entry_id = e.id AND s.kind = 'limitations')");
    }

    void countsEqualADirectQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, where);
        qint64 id = 0;
        QVERIFY(m_lib.smartLists().add(QStringLiteral("list ") + QString::fromLatin1(QTest::currentDataTag()), query, &id).ok());
        const auto list = m_lib.smartLists().find(QStringLiteral("list ") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(list);
        QCOMPARE(list->id, id);
        QCOMPARE(list->query, query);
        const int expected = direct(where);
        QVERIFY(expected >= 0);
        QCOMPARE(m_lib.smartLists().count(*list), expected);
        QVERIFY(m_lib.smartLists().remove(id).ok());
    }

    void wordsCountAsTheSearchFindsThem()
    {
        // Words: the count is the number of papers the search lists (each once).
        SmartList words{0, QStringLiteral("w"), QStringLiteral("모델 is:unread")};
        const int n = m_lib.smartLists().count(words);
        QVERIFY(n > 0);
        QCOMPARE(n, int(m_lib.searchIndex().search(SearchQuery::parse(words.query), 1000).size()));
    }

    void namesOrderAndChanges()
    {
        QSignalSpy changed(&m_lib, &Library::smartListsChanged);
        qint64 a = 0, b = 0, c = 0;
        QVERIFY(m_lib.smartLists().add(QStringLiteral("Agents to read"), QStringLiteral("tag:agents is:unread"), &a).ok());
        QVERIFY(m_lib.smartLists().add(QStringLiteral("Queue"), QStringLiteral("is:later"), &b).ok());
        QVERIFY(m_lib.smartLists().add(QStringLiteral("Stars"), QStringLiteral("is:starred"), &c).ok());
        QCOMPARE(changed.size(), 3);
        QVERIFY(!m_lib.smartLists().add(QStringLiteral("agents TO read"), QStringLiteral("is:read")).ok()); // same name, other case
        QVERIFY(!m_lib.smartLists().add(QStringLiteral("   "), QStringLiteral("is:read")).ok());
        QVERIFY(!m_lib.smartLists().add(QStringLiteral("Nothing"), QStringLiteral("   ")).ok());
        QCOMPARE(m_lib.smartLists().freeName(QStringLiteral("Queue")), QStringLiteral("Queue 2"));
        QVERIFY(m_lib.smartLists().move(c, -2).ok());
        QStringList names;
        for (const SmartList &l : m_lib.smartLists().lists())
            names << l.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Stars"), QStringLiteral("Agents to read"), QStringLiteral("Queue")}));
        QVERIFY(!m_lib.smartLists().rename(a, QStringLiteral("stars")).ok());
        QVERIFY(m_lib.smartLists().rename(a, QStringLiteral("Agents")).ok());
        QVERIFY(m_lib.smartLists().setQuery(b, QStringLiteral("is:later is:unread")).ok());
        QCOMPARE(m_lib.smartLists().find(QStringLiteral("queue"))->query, QStringLiteral("is:later is:unread"));

        // The sidebar's rows: Later, Recently read, then the lists in order, with their counts.
        ShelfModel shelf(&m_lib);
        QAbstractItemModelTester tester(&shelf);
        QCOMPARE(shelf.rowCount(), ShelfModel::FixedRows + 3);
        QCOMPARE(shelf.index(0).data(TagCountRole).toInt(), 3);
        QCOMPARE(shelf.index(0).data(QueryRole).toString(), QStringLiteral("is:later"));
        QCOMPARE(shelf.index(1).data(TagCountRole).toInt(), 3); // read papers
        QCOMPARE(shelf.index(2).data(TagNameRole).toString(), QStringLiteral("Stars"));
        QCOMPARE(shelf.index(2).data(TagCountRole).toInt(), 2);
        QCOMPARE(shelf.index(4).data(TagCountRole).toInt(), 2); // Later and unread: ToolSmith, JudgeRM
        // A change of the queue moves the counts in place, no reset.
        QSignalSpy resets(&shelf, &QAbstractItemModel::modelReset);
        QSignalSpy dataChanged(&shelf, &QAbstractItemModel::dataChanged);
        QVERIFY(m_lib.readingQueue().add({kWithCode}).ok());
        QTRY_COMPARE(shelf.index(0).data(TagCountRole).toInt(), 4);
        QCOMPARE(shelf.index(4).data(TagCountRole).toInt(), 3);
        QVERIFY(!dataChanged.isEmpty());
        // A list removed: its row goes.
        QSignalSpy removed(&shelf, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_lib.smartLists().remove(c).ok());
        QCOMPARE(shelf.rowCount(), ShelfModel::FixedRows + 2);
        QCOMPARE(shelf.index(2).data(TagNameRole).toString(), QStringLiteral("Agents"));
        QCOMPARE(resets.size(), 0);
        QVERIFY(m_lib.readingQueue().remove({kWithCode}).ok());
    }
};

QTEST_GUILESS_MAIN(TestSmartLists)
#include "tst_smartlists.moc"
