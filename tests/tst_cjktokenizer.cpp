// The "paperboy" FTS5 tokenizer: bigrams for Korean, folded words for the rest, byte offsets.
#include "library/database.h"
#include "search/cjktokenizer.h"

#include <QTemporaryDir>

#include <QTest>

using namespace Paperboy::Core;

namespace {
QStringList tokens(const QString &text, QList<std::pair<int, int>> *offsets = nullptr)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList out;
    CjkTokenizer::tokenize(utf8.constData(), int(utf8.size()), [&](const QByteArray &t, int s, int e) {
        out << QString::fromUtf8(t);
        if (offsets)
            offsets->append({s, e});
    });
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
        QTest::newRow("bridge") << QStringLiteral("강화 학습") << QStringList{QStringLiteral("강화"), QStringLiteral("화학"), QStringLiteral("학습")};
        QTest::newRow("joined") << QStringLiteral("강화학습") << QStringList{QStringLiteral("강화"), QStringLiteral("화학"), QStringLiteral("학습")};
        QTest::newRow("punct-breaks-bridge") << QStringLiteral("모델, 학습") << QStringList{QStringLiteral("모델"), QStringLiteral("학습")};
        QTest::newRow("lone") << QStringLiteral("책") << QStringList{QStringLiteral("책")};
        QTest::newRow("english") << QStringLiteral("Diffusion-LM v2") << QStringList{QStringLiteral("diffusion"), QStringLiteral("lm"), QStringLiteral("v2")};
        QTest::newRow("mixed") << QStringLiteral("DiT 모델은") << QStringList{QStringLiteral("dit"), QStringLiteral("모델"), QStringLiteral("델은")};
        QTest::newRow("folding") << QStringLiteral("ÉCOLE μP") << QStringList{QStringLiteral("école"), QStringLiteral("μp")};
        QTest::newRow("id") << QStringLiteral("2505.16265") << QStringList{QStringLiteral("2505"), QStringLiteral("16265")};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(::tokens(text), expected);
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
        const auto index = [&](const QString &text) {
            return db.execScript(QStringLiteral("INSERT INTO search_fts(rowid, note) VALUES (1, '%1');").arg(text)).ok();
        };
        // Words only (no Hangul bigrams), each once.
        QVERIFY(index(QStringLiteral("Alpha beta 모델 alpha")));
        QCOMPARE(CjkTokenizer::takeNewWords(db.handle()), (QList<QByteArray>{"alpha", "beta"}));
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
