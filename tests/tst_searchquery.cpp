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
        // AND in capitals is the default operator; the rest of FTS5's syntax is text.
        QTest::newRow("fts-syntax-is-text") << QStringLiteral("NEAR( AND {x}") << QStringLiteral("(\"NEAR(\" AND \"{x}\")");
        QTest::newRow("not-operator") << QStringLiteral("비디오 NOT 확산") << QStringLiteral("(\"비디오\") NOT \"확산\"");
        QTest::newRow("lowercase-not-is-a-word") << QStringLiteral("not bad") << QStringLiteral("(\"not\" AND \"bad\")");
        QTest::newRow("stray-dash") << QStringLiteral("강화 학습 - 보상") << QStringLiteral("(\"강화\" AND \"학습\" AND \"보상\")");
        QTest::newRow("stray-slash") << QStringLiteral("RLHF / DPO") << QStringLiteral("(\"RLHF\" AND \"DPO\")");
        QTest::newRow("stray-dash-em") << QStringLiteral("LLM 기반 — 평가 · \"—\"") << QStringLiteral("(\"LLM\" AND \"기반\" AND \"평가\")");
        QTest::newRow("full-width") << QStringLiteral("ＧＲＰＯ") << QStringLiteral("(\"GRPO\")");
        QTest::newRow("decomposed-hangul") << QStringLiteral("\u1100\u1161\u11BC\u1112\u116A") << QStringLiteral("(\"강화\")");
        QTest::newRow("control-separates") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b\x01\"c") + QChar(0) + QStringLiteral("d\""))
                                           << QStringLiteral("(\"a\" AND \"b\" AND \"c d\")");
        QTest::newRow("id-only") << QStringLiteral("2505.96265") << QString();
    }

    void expressions()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        QCOMPARE(SearchQuery::parse(input).matchExpression(), match);
    }

    void filters()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("tag:reading is:starred is:unread from:2025-05-01 to:2025-05-31 arXiv:2505.96265v2 x"));
        QCOMPARE(q.tags, QStringList{QStringLiteral("reading")});
        QVERIFY(q.starredOnly);
        QVERIFY(q.unreadOnly);
        QCOMPARE(q.from, QDate(2025, 5, 1));
        QCOMPARE(q.to, QDate(2025, 5, 31));
        QCOMPARE(q.ids, QStringList{QStringLiteral("2505.96265")});
        QCOMPARE(q.terms.size(), 1);
        QVERIFY(q.errors.isEmpty());

        // The start of an id, and ids joined to words with OR.
        const SearchQuery prefix = SearchQuery::parse(QStringLiteral("2505.169 2505. 2505.1693*"));
        QCOMPARE(prefix.idPrefixes, (QStringList{QStringLiteral("2505.169"), QStringLiteral("2505."), QStringLiteral("2505.1693")}));
        QVERIFY(prefix.ids.isEmpty() && prefix.terms.isEmpty() && !prefix.isEmpty());
        QVERIFY(SearchQuery::parse(QStringLiteral("2505.16938 OR 강화학습")).idsOred);
        QVERIFY(SearchQuery::parse(QStringLiteral("강화학습 OR 2505.16938")).idsOred);
        QVERIFY(!SearchQuery::parse(QStringLiteral("2505.16938 강화학습")).idsOred);
        // Long queries are cut, and say so.
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many << QStringLiteral("word%1").arg(i);
        const SearchQuery longOne = SearchQuery::parse(many.join(u' '));
        QCOMPARE(longOne.terms.size(), SearchQuery::MaxWords);
        QCOMPARE(longOne.errors.size(), 1);
        const SearchQuery longWord = SearchQuery::parse(QString(5000, u'a'));
        QCOMPARE(SearchQuery::strings(longWord.terms.value(0)).value(0).size(), SearchQuery::MaxWordLength);
        QCOMPARE(longWord.errors.size(), 1);
    }

    // What SearchIndex::search asks the index (schema 9, no bigrams across white space) for a term.
    void spellings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("match");
        QTest::newRow("two-syllables") << QStringLiteral("학습") << QStringLiteral("(\"학습\")");
        // Joined, then split into parts of two or more, then with a one-syllable part at an end
        // (다중 턴, 웹 에이전트), fewest breaks first.
        QTest::newRow("three-syllables") << QStringLiteral("다중턴") << QStringLiteral("((\"다중턴\" OR \"다 중턴\" OR \"다중 턴\"))");
        QTest::newRow("joined") << QStringLiteral("강화학습") << QStringLiteral("((\"강화학습\" OR \"강화 학습\" OR \"강 화학습\" OR \"강화학 습\"))");
        QTest::newRow("spaced-phrase") << QStringLiteral("\"강화 학습\"")
                                       << QStringLiteral("((\"강화학습\" OR \"강화 학습\" OR \"강 화학습\" OR \"강화학 습\"))");
        QTest::newRow("own-spacing-kept") << QStringLiteral("\"강 화학습\"")
                                          << QStringLiteral("((\"강화학습\" OR \"강 화학습\" OR \"강화 학습\" OR \"강화학 습\"))");
        QTest::newRow("six") << QStringLiteral("강화학습모델")
                             << QStringLiteral("((\"강화학습모델\" OR \"강화 학습모델\" OR \"강화학 습모델\" OR \"강화학습 모델\" OR \"강 화학습모델\" OR "
                                               "\"강화학습모 델\" OR \"강화 학습 모델\" OR \"강 화학 습모델\" OR \"강 화학습 모델\" OR \"강화 학습모 델\" OR "
                                               "\"강화학 습모 델\"))");
        QTest::newRow("prefix") << QStringLiteral("강화학습*") << QStringLiteral("((\"강화학습\"* OR \"강화 학습\"* OR \"강 화학습\"* OR \"강화학 습\"*))");
        QTest::newRow("excluded") << QStringLiteral("모델 -강화학습")
                                  << QStringLiteral("(\"모델\") NOT (\"강화학습\" OR \"강화 학습\" OR \"강 화학습\" OR \"강화학 습\")");
        QTest::newRow("mixed-phrase") << QStringLiteral("\"LLM 강화학습 기반\"")
                                      << QStringLiteral("((\"LLM 강화학습기반\" OR \"LLM 강화학습 기반\" OR \"LLM 강화 학습기반\" OR \"LLM 강화학 습기반\" OR "
                                                        "\"LLM 강 화학습기반\" OR \"LLM 강화학습기 반\" OR \"LLM 강화 학습 기반\" OR \"LLM 강 화학 습기반\" OR "
                                                        "\"LLM 강 화학습 기반\" OR \"LLM 강화 학습기 반\" OR \"LLM 강화학 습기 반\"))");
        QTest::newRow("punctuation-separates") << QStringLiteral("\"강화, 학습\"") << QStringLiteral("(\"강화, 학습\")");
        QTest::newRow("english") << QStringLiteral("diffusion model") << QStringLiteral("(\"diffusion\" AND \"model\")");
        QTest::newRow("quotes") << QStringLiteral("강화\"학습") << QStringLiteral("(\"강화\"\"학습\")");
    }

    void spellings()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        QCOMPARE(SearchQuery::parse(input).withSpacings().matchExpression(), match);
    }

    void typedPhraseIsAlwaysAsked()
    {
        // Four breaks: more spellings with fewer breaks than the limit, yet the one typed is there.
        const QString spelled = SearchQuery::parse(QStringLiteral("\"다중 모달 대형 언어 모델\"")).withSpacings().matchExpression();
        QVERIFY2(spelled.contains(QStringLiteral("\"다중 모달 대형 언어 모델\"")), qPrintable(spelled));
        QCOMPARE(spelled.count(QStringLiteral(" OR ")) + 1, SearchQuery::MaxSpellings);
        QVERIFY(SearchQuery::parse(QStringLiteral("웹에이전트")).withSpacings().matchExpression().contains(QStringLiteral("\"웹 에이전트\"")));
        QVERIFY(SearchQuery::parse(QStringLiteral("종단간")).withSpacings().matchExpression().contains(QStringLiteral("\"종단 간\"")));
    }

    void spellingsAreBounded()
    {
        // Twenty syllables without a space: joined first, then one break, and no more than the limit.
        const QString word = QString(20, QChar(0xD559)); // 학 x 20
        const QString spelled = SearchQuery::spellings(SearchQuery::quote(word));
        QCOMPARE(spelled.count(QStringLiteral(" OR ")) + 1, SearchQuery::MaxSpellings);
        QVERIFY(spelled.startsWith(QStringLiteral("(\"") + word + u'"'));
        // Longer, with the reader's own space: joined and as typed come first.
        const QString half = QString(40, QChar(0xD559));
        const QString longSpelled = SearchQuery::spellings(SearchQuery::quote(half + u' ' + half));
        QCOMPARE(longSpelled.count(QStringLiteral(" OR ")) + 1, SearchQuery::MaxSpellings);
        QVERIFY(longSpelled.startsWith(QStringLiteral("(\"%1%1\" OR \"%1 %1\" OR ").arg(half)));
        // Many groups: only the first few vary, the rest stay as typed (bounded work).
        QStringList groups;
        for (int i = 0; i < 2000; ++i)
            groups << QStringLiteral("강화학습");
        const QString many = SearchQuery::spellings(SearchQuery::quote(groups.join(QStringLiteral(", "))));
        QVERIFY(many.count(QStringLiteral(" OR ")) < SearchQuery::MaxSpellings);
        QVERIFY(many.contains(groups.join(QStringLiteral(", "))));
    }

    void proximity()
    {
        // Plain words joined by AND: also their phrase, as its own term for the ranking.
        const SearchQuery q = SearchQuery::parse(QStringLiteral("reward model -survey")).withProximity();
        QCOMPARE(q.matchExpression(), QStringLiteral("((\"reward\" AND \"model\") OR \"reward model\") NOT \"survey\""));
        QCOMPARE(q.withSpacings().phraseTerms(), QStringLiteral("0 1 2 -1"));
        // Not for one word, OR, prefixes or phrases.
        for (const QString &text : {QStringLiteral("model"), QStringLiteral("a OR b"), QStringLiteral("diffus* model"), QStringLiteral("\"a b\" c")})
            QVERIFY2(SearchQuery::parse(text).withProximity().together.isEmpty(), qPrintable(text));
    }

    void phraseTerms()
    {
        QCOMPARE(SearchQuery::parse(QStringLiteral("강화학습 모델 -survey")).withSpacings().phraseTerms(), QStringLiteral("0 0 0 0 1 -1"));
        QCOMPARE(SearchQuery::parse(QStringLiteral("a\"b OR \"c d\" -강화학습")).withSpacings().phraseTerms(), QStringLiteral("0 1 -1 -1 -1 -1"));
        QCOMPARE(SearchQuery::parse(QStringLiteral("2505.96265 tag:x")).phraseTerms(), QString());
    }

    void strings()
    {
        QCOMPARE(SearchQuery::strings(QStringLiteral("(\"강화학습\"* OR \"강화 학습\"*)")),
                 (QStringList{QStringLiteral("강화학습"), QStringLiteral("강화 학습")}));
        QCOMPARE(SearchQuery::strings(QStringLiteral("\"a\"\"b\" NOT \"\"")), (QStringList{QStringLiteral("a\"b"), QString()}));
        QCOMPARE(SearchQuery::strings(QStringLiteral("\"open")), QStringList{QStringLiteral("open")});
        QVERIFY(SearchQuery::strings(QStringLiteral("no strings")).isEmpty());
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
