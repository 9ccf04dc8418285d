// The "paperboy" FTS5 tokenizer: bigrams for Korean, folded words for the rest, byte offsets.
#include "library/database.h"
#include "search/cjktokenizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace Paperboy::Core;

namespace {
QStringList tokens(const QString &text, QList<std::pair<int, int>> *offsets = nullptr, CjkTokenizer::Rules rules = CjkTokenizer::Rules::Runs)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList out;
    CjkTokenizer::tokenize(
        utf8.constData(), int(utf8.size()),
        [&](const QByteArray &t, int s, int e) {
            out << QString::fromUtf8(t);
            if (offsets)
                offsets->append({s, e});
        },
        rules);
    return out;
}

// The terms an FTS5 table made with `tokenize` indexes for text, in order.
QStringList indexedTerms(Database &db, const QString &tokenize, const QString &text, QString *error)
{
    QSqlQuery q(db.sql());
    const QString make = QStringLiteral("CREATE VIRTUAL TABLE temp.t USING fts5(x, tokenize = \"%1\")").arg(tokenize);
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.t")) || !q.exec(make)) {
        *error = q.lastError().databaseText();
        return {};
    }
    q.prepare(QStringLiteral("INSERT INTO temp.t(x) VALUES (?)"));
    q.addBindValue(text);
    if (!q.exec() || !q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.v USING fts5vocab(temp, t, instance)"))) {
        *error = q.lastError().databaseText();
        return {};
    }
    QStringList out;
    if (q.exec(QStringLiteral("SELECT term FROM temp.v ORDER BY offset")))
        while (q.next())
            out << q.value(0).toString();
    q.exec(QStringLiteral("DROP TABLE temp.v"));
    return out;
}
} // namespace

class TestCjkTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("particle") << QStringLiteral("모델이") << QStringList{QStringLiteral("모델"), QStringLiteral("델이")};
        QTest::newRow("spaced") << QStringLiteral("강화 학습") << QStringList{QStringLiteral("강화"), QStringLiteral("학습")};
        QTest::newRow("joined") << QStringLiteral("강화학습") << QStringList{QStringLiteral("강화"), QStringLiteral("화학"), QStringLiteral("학습")};
        QTest::newRow("sentence") << QStringLiteral("모델이 강화 학습을")
                                  << QStringList{QStringLiteral("모델"), QStringLiteral("델이"), QStringLiteral("강화"), QStringLiteral("학습"),
                                                 QStringLiteral("습을")};
        QTest::newRow("lone-between") << QStringLiteral("할 수 있다") << QStringList{QStringLiteral("할"), QStringLiteral("수"), QStringLiteral("있다")};
        QTest::newRow("lone") << QStringLiteral("책") << QStringList{QStringLiteral("책")};
        QTest::newRow("english") << QStringLiteral("Diffusion-LM v2") << QStringList{QStringLiteral("diffusion"), QStringLiteral("lm"), QStringLiteral("v2")};
        QTest::newRow("mixed") << QStringLiteral("DiT 모델은") << QStringList{QStringLiteral("dit"), QStringLiteral("모델"), QStringLiteral("델은")};
        QTest::newRow("folding") << QStringLiteral("ÉCOLE μP") << QStringList{QStringLiteral("école"), QStringLiteral("μp")};
        QTest::newRow("id") << QStringLiteral("2505.96265") << QStringList{QStringLiteral("2505"), QStringLiteral("96265")};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(::tokens(text), expected);
    }

    // The rules of libraries before schema 9: bigrams also bridge white space between runs.
    void bridgedTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bridge") << QStringLiteral("강화 학습") << QStringList{QStringLiteral("강화"), QStringLiteral("화학"), QStringLiteral("학습")};
        QTest::newRow("joined") << QStringLiteral("강화학습") << QStringList{QStringLiteral("강화"), QStringLiteral("화학"), QStringLiteral("학습")};
        QTest::newRow("sentence") << QStringLiteral("모델이 강화 학습을")
                                  << QStringList{QStringLiteral("모델"), QStringLiteral("델이"), QStringLiteral("이강"), QStringLiteral("강화"),
                                                 QStringLiteral("화학"), QStringLiteral("학습"), QStringLiteral("습을")};
        QTest::newRow("punct-breaks-bridge") << QStringLiteral("모델, 학습") << QStringList{QStringLiteral("모델"), QStringLiteral("학습")};
        QTest::newRow("word-breaks-bridge") << QStringLiteral("모델 LLM 학습")
                                            << QStringList{QStringLiteral("모델"), QStringLiteral("llm"), QStringLiteral("학습")};
    }

    void bridgedTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(::tokens(text, nullptr, CjkTokenizer::Rules::Bridged), expected);
    }

    // The rules an FTS5 table gets from its tokenize option: none for the old ones, "2" for runs.
    void tableOptionPicksTheRules()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const QString text = QStringLiteral("모델이 강화 학습을 Diffusion");
        QString error;
        QCOMPARE(indexedTerms(db, QStringLiteral("paperboy"), text, &error), ::tokens(text, nullptr, CjkTokenizer::Rules::Bridged));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(indexedTerms(db, QStringLiteral("paperboy 2"), text, &error), ::tokens(text));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(::tokens(text).size() < ::tokens(text, nullptr, CjkTokenizer::Rules::Bridged).size());
        // Rules this version does not know are refused, not guessed.
        QVERIFY(indexedTerms(db, QStringLiteral("paperboy 3"), text, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void offsetsAreBytes()
    {
        QList<std::pair<int, int>> offsets;
        ::tokens(QStringLiteral("a 모델"), &offsets);
        QCOMPARE(offsets.size(), 2);
        QCOMPARE(offsets[0], std::make_pair(0, 1));
        QCOMPARE(offsets[1], std::make_pair(2, 8)); // two 3-byte syllables
    }

    void invalidUtf8DoesNotCrash()
    {
        const QByteArray bad("\xFF\xFE\xE0\x80 abc \xED\x95", 12);
        QStringList out;
        CjkTokenizer::tokenize(bad.constData(), int(bad.size()), [&](const QByteArray &t, int s, int e) {
            QVERIFY(s >= 0 && e <= bad.size() && s < e);
            out << QString::fromUtf8(t);
        });
        QVERIFY(out.contains(QStringLiteral("abc")));
    }

    void reportsNewWordsAgainAfterARollback()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        CjkTokenizer::takeNewWords(db.handle());
        const auto index
            = [&](const QString &text) { return db.execScript(QStringLiteral("INSERT INTO search_fts(rowid, note) VALUES (1, '%1');").arg(text)).ok(); };
        // Words, and the Hangul bigrams that end a run (not those inside it, nor a run of one
        // syllable), each once.
        QVERIFY(index(QStringLiteral("Alpha beta 강화학습을 alpha 봇 로봇. 학습을")));
        QCOMPARE(CjkTokenizer::takeNewWords(db.handle()), (QList<QByteArray>{"alpha", "beta", "습을", "로봇"}));
        QVERIFY(db.execScript(QStringLiteral("DELETE FROM search_fts;")).ok());
        QVERIFY(index(QStringLiteral("alpha")));
        QVERIFY(CjkTokenizer::takeNewWords(db.handle()).isEmpty()); // taken before
        // Taken inside a transaction that is rolled back: the vocabulary row went with it, so the
        // word must be reported again.
        QVERIFY(db.execScript(QStringLiteral("DELETE FROM search_fts; BEGIN;")).ok());
        QVERIFY(index(QStringLiteral("gamma")));
        QCOMPARE(CjkTokenizer::takeNewWords(db.handle()), QList<QByteArray>{"gamma"});
        QVERIFY(db.execScript(QStringLiteral("ROLLBACK;")).ok());
        QVERIFY(index(QStringLiteral("gamma")));
        QCOMPARE(CjkTokenizer::takeNewWords(db.handle()), QList<QByteArray>{"gamma"});
        // Queries are not documents: nothing is taken from them.
        QVERIFY(db.execScript(QStringLiteral("SELECT * FROM search_fts WHERE search_fts MATCH 'delta';")).ok());
        QVERIFY(CjkTokenizer::takeNewWords(db.handle()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCjkTokenizer)
#include "tst_cjktokenizer.moc"
