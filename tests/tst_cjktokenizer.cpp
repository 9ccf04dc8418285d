// The "paperboy" FTS5 tokenizer: bigrams for Korean, folded words for the rest, byte offsets.
#include "library/database.h"
#include "library/statement.h"
#include "search/cjktokenizer.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstring>

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

    void preparedTokensAreTheScannedOnes_data()
    {
        tokens_data();
        QTest::newRow("long-word") << QString(300, u'A') + QStringLiteral(" 모델") << QStringList{};
        QTest::newRow("astral") << QStringLiteral("𠀀𠀁 x 😀 모 델") << QStringList{};
        QTest::newRow("repeated-words") << QStringLiteral("Alpha alpha ALPHA beta Straße") << QStringList{};
    }

    // Replaying tokens prepared ahead gives exactly what scanning the text gives.
    void preparedTokensAreTheScannedOnes()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        struct Tok {
            QByteArray bytes;
            int start, end;
            bool operator==(const Tok &) const = default;
        };
        QList<Tok> scanned;
        QList<QByteArray> words;
        CjkTokenizer::tokenizeRaw(utf8.constData(), int(utf8.size()), [&](const char *t, int n, int s, int e, bool word) {
            scanned.append({QByteArray(t, n), s, e});
            if (word && !words.contains(QByteArray(t, n)))
                words.append(QByteArray(t, n));
            return true;
        });
        const PreparedTokens prepared = PreparedTokens::of(utf8);
        QCOMPARE(prepared.text(), utf8.constData());
        QCOMPARE(prepared.size(), int(utf8.size()));
        QList<Tok> replayed;
        QVERIFY(prepared.replay([&](const char *t, int n, int s, int e) {
            replayed.append({QByteArray(t, n), s, e});
            return true;
        }));
        QCOMPARE(replayed.size(), scanned.size());
        QVERIFY(replayed == scanned);
        QList<QByteArray> preparedWords;
        QSet<QByteArray> seen;
        prepared.addWordsTo(&preparedWords, &seen);
        QCOMPARE(preparedWords, words);
    }

    // While tokens are expected, the index takes them instead of scanning the text: a text changed
    // in place after its tokens were prepared is indexed with the prepared tokens (its folded word).
    void indexReplaysExpectedTokens()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        CjkTokenizer::takeNewWords(db.handle());
        QByteArray text("ALPHA 모델"); // a folded word keeps bytes of its own
        const PreparedTokens prepared = PreparedTokens::of(text);
        QList<QByteArray> words;
        QSet<QByteArray> seen;
        prepared.addWordsTo(&words, &seen);
        std::memcpy(text.data(), "OMEGA", 5); // same buffer, same size
        QCOMPARE(text.constData(), prepared.text());
        CjkTokenizer::noteWords(db.handle(), words);
        CjkTokenizer::expect(db.handle(), {&prepared});
        Statement insert(db.handle(), "INSERT INTO search_fts(rowid, note) VALUES (?, ?)");
        QVERIFY(insert.bind(1, qint64(1)).bindTerminatedUtf8(2, text).exec());
        CjkTokenizer::expect(db.handle(), {});
        QVERIFY(insert.bind(1, qint64(2)).bindTerminatedUtf8(2, text).exec()); // scanned: omega
        QCOMPARE(CjkTokenizer::takeNewWords(db.handle()), (QList<QByteArray>{"alpha", "omega"}));
        const auto rowsMatching = [&](const QString &term) {
            QSqlQuery q(db.sql());
            QList<qint64> rows;
            if (q.exec(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH '%1' ORDER BY rowid").arg(term)))
                while (q.next())
                    rows << q.value(0).toLongLong();
            return rows;
        };
        QCOMPARE(rowsMatching(QStringLiteral("alpha")), QList<qint64>{1});
        QCOMPARE(rowsMatching(QStringLiteral("omega")), QList<qint64>{2});
        QCOMPARE(rowsMatching(QStringLiteral("모델")), (QList<qint64>{1, 2}));
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
