// SearchQuery: user syntax to FTS5 expressions and filters.
#include "search/searchquery.h"

#include <QTest>

using namespace Paperboy::Core;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("match");
        QTest::newRow("word") << QStringLiteral("모델") << QStringLiteral("(\"모델\")");
        QTest::newRow("two-words") << QStringLiteral("강화 학습") << QStringLiteral("(\"강화\" AND \"학습\")");
        QTest::newRow("phrase") << QStringLiteral("\"강화 학습\"") << QStringLiteral("(\"강화 학습\")");
        QTest::newRow("prefix") << QStringLiteral("diffus*") << QStringLiteral("(\"diffus\"*)");
        QTest::newRow("or") << QStringLiteral("rlhf OR dpo") << QStringLiteral("(\"rlhf\" OR \"dpo\")");
        QTest::newRow("not") << QStringLiteral("model -survey") << QStringLiteral("(\"model\") NOT \"survey\"");
        QTest::newRow("lone-hangul") << QStringLiteral("책") << QStringLiteral("(\"책\"*)");
        QTest::newRow("section") << QStringLiteral("모델 section:results") << QStringLiteral("{results} : ((\"모델\"))");
        QTest::newRow("quotes-escaped") << QStringLiteral("a\"b") << QStringLiteral("(\"a\"\"b\")");
        QTest::newRow("fts-syntax-is-text") << QStringLiteral("NEAR( AND {x}") << QStringLiteral("(\"NEAR(\" AND \"AND\" AND \"{x}\")");
        QTest::newRow("control-separates") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b\x01\"c") + QChar(0) + QStringLiteral("d\""))
                                           << QStringLiteral("(\"a\" AND \"b\" AND \"c d\")");
        QTest::newRow("id-only") << QStringLiteral("2505.16265") << QString();
    }

    void expressions()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        QCOMPARE(SearchQuery::parse(input).matchExpression(), match);
    }

    void filters()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("tag:reading is:starred is:unread from:2025-05-01 to:2025-05-31 arXiv:2505.16265v2 x"));
        QCOMPARE(q.tags, QStringList{QStringLiteral("reading")});
        QVERIFY(q.starredOnly);
        QVERIFY(q.unreadOnly);
        QCOMPARE(q.from, QDate(2025, 5, 1));
        QCOMPARE(q.to, QDate(2025, 5, 31));
        QCOMPARE(q.ids, QStringList{QStringLiteral("2505.16265")});
        QCOMPARE(q.terms.size(), 1);
        QVERIFY(q.errors.isEmpty());
    }

    void errorsAreReported()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("section:nope from:yesterday is:odd word"));
        QCOMPARE(q.errors.size(), 3);
        QCOMPARE(q.terms.size(), 1);
    }

    void emptyQueries()
    {
        QVERIFY(SearchQuery::parse(QString()).isEmpty());
        QVERIFY(SearchQuery::parse(QStringLiteral("  \"\"  * ")).isEmpty());
        QVERIFY(!SearchQuery::parse(QStringLiteral("is:starred")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
