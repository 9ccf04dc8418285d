// Library::search over the real digest: Korean, English, ids, filters, notes, ranking, snippets.
#include "library/library.h"
#include "search/searchquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_lib;

    QStringList ids(const QString &query, int limit = 100)
    {
        QString error;
        QStringList out;
        for (const SearchHit &h : m_lib.search(SearchQuery::parse(query), limit, &error))
            out << h.arxivId;
        if (!error.isEmpty())
            qWarning("search error: %s", qPrintable(error));
        return out;
    }

    // Papers whose summary contains every needle, checked by plain substring search.
    QStringList containing(const QStringList &needles, Qt::CaseSensitivity cs = Qt::CaseSensitive)
    {
        QStringList out;
        for (const PaperListing &p : m_lib.papersOfDay(QDate(2025, 5, 24))) {
            const QString text = m_lib.paper(p.arxivId)->summaryMarkdown;
            if (std::all_of(needles.cbegin(), needles.cend(), [&](const QString &n) { return text.contains(n, cs); }))
                out << p.arxivId;
        }
        return out;
    }

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(m_lib.importFile(QStringLiteral(PAPERBOY_DIGEST_DIR "/2025-05-24.md")).outcome, ImportResult::Outcome::Imported);
    }

    void koreanWordFindsInflectedForms()
    {
        // "모델" must find "모델이", "모델을", ...: every paper whose text has it in any form.
        const QStringList found = ids(QStringLiteral("모델"));
        QCOMPARE(sorted(found), sorted(containing({QStringLiteral("모델")})));
        QVERIFY(found.size() > 20);
        const QStringList withParticle = containing({QStringLiteral("모델을")});
        QVERIFY(!withParticle.isEmpty());
        for (const QString &id : withParticle)
            QVERIFY(found.contains(id));
    }

    void spacedAndJoinedCompoundsFindEachOther()
    {
        const QStringList joinedQuery = ids(QStringLiteral("\"강화학습\""));
        const QStringList spacedQuery = ids(QStringLiteral("\"강화 학습\""));
        QVERIFY(!joinedQuery.isEmpty());
        QCOMPARE(sorted(joinedQuery), sorted(spacedQuery));
        const QStringList expected = sorted(containing({QStringLiteral("강화 학습")}) + containing({QStringLiteral("강화학습")}));
        QStringList unique = expected;
        unique.removeDuplicates();
        QCOMPARE(sorted(joinedQuery), unique);
        // Unquoted words are ANDed, so the spaced form matches the joined text too.
        for (const QString &id : containing({QStringLiteral("강화학습")}))
            QVERIFY(ids(QStringLiteral("강화 학습")).contains(id));
    }

    void englishIsCaseInsensitiveWithPrefix()
    {
        const QStringList lower = ids(QStringLiteral("diffusion"));
        QCOMPARE(sorted(lower), sorted(ids(QStringLiteral("DIFFUSION"))));
        QCOMPARE(sorted(lower), sorted(containing({QStringLiteral("diffusion")}, Qt::CaseInsensitive)));
        const QStringList prefix = ids(QStringLiteral("diffus*"));
        QVERIFY(prefix.size() >= lower.size());
        for (const QString &id : lower)
            QVERIFY(prefix.contains(id));
    }

    void arxivIdMatchesExactly()
    {
        QCOMPARE(ids(QStringLiteral("2505.16265")), QStringList{QStringLiteral("2505.16265")});
        QCOMPARE(ids(QStringLiteral("2505.1626")), QStringList{}); // not an id, and no such number
        QCOMPARE(ids(QStringLiteral("2505.99999")), QStringList{});
    }

    void sectionFilter()
    {
        // "8%" of Think-RM is in its results section only.
        const QStringList inResults = ids(QStringLiteral("Think-RM section:results"));
        QVERIFY(inResults.contains(QStringLiteral("2505.16265")));
        QVERIFY(ids(QStringLiteral("RM-Bench section:limitations")).isEmpty());
        QVERIFY(ids(QStringLiteral("RM-Bench section:experiments")).contains(QStringLiteral("2505.16265")));
    }

    void filtersCombine()
    {
        QVERIFY(m_lib.setStarred(QStringLiteral("2505.16938"), true).ok());
        QVERIFY(m_lib.tagPaper(QStringLiteral("2505.14810"), QStringLiteral("reading")).ok());
        QVERIFY(m_lib.setRead(QStringLiteral("2505.14810"), true).ok());
        QCOMPARE(ids(QStringLiteral("is:starred")), QStringList{QStringLiteral("2505.16938")});
        const QStringList starredWithWord = containing({QStringLiteral("모델")}).contains(QStringLiteral("2505.16938"))
                                              ? QStringList{QStringLiteral("2505.16938")} : QStringList{};
        QCOMPARE(ids(QStringLiteral("모델 is:starred")), starredWithWord);
        QCOMPARE(ids(QStringLiteral("MathIF is:starred")), QStringList{}); // only in an unstarred paper
        QCOMPARE(ids(QStringLiteral("tag:reading")), QStringList{QStringLiteral("2505.14810")});
        QCOMPARE(ids(QStringLiteral("지시 tag:reading")), QStringList{QStringLiteral("2505.14810")});
        QVERIFY(!ids(QStringLiteral("지시 is:unread")).contains(QStringLiteral("2505.14810")));
        QVERIFY(ids(QStringLiteral("모델 from:2025-05-25")).isEmpty());
        QVERIFY(!ids(QStringLiteral("모델 from:2025-05-24 to:2025-05-24")).isEmpty());
    }

    void notesAreSearchable()
    {
        QVERIFY(ids(QStringLiteral("고양이")).isEmpty());
        QVERIFY(m_lib.setNote(QStringLiteral("2505.16410"), QStringLiteral("고양이 실험을 다시 볼 것")).ok());
        QCOMPARE(ids(QStringLiteral("고양이")), QStringList{QStringLiteral("2505.16410")});
        QVERIFY(m_lib.setNote(QStringLiteral("2505.16410"), QStringLiteral("강아지")).ok());
        QVERIFY(ids(QStringLiteral("고양이")).isEmpty());
        QCOMPARE(ids(QStringLiteral("강아지")), QStringList{QStringLiteral("2505.16410")});
    }

    void reimportKeepsIndexConsistent()
    {
        // Importing the same day again (changed bytes) must not leave stale index entries behind.
        QTemporaryDir dir;
        QFile src(QStringLiteral(PAPERBOY_DIGEST_DIR "/2025-05-24.md"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QByteArray data = src.readAll();
        data.replace("NovelSeek", "NovelFind");
        QFile out(dir.filePath(QStringLiteral("2025-05-24.md")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        QCOMPARE(m_lib.importFile(out.fileName()).outcome, ImportResult::Outcome::Imported);
        QVERIFY(ids(QStringLiteral("NovelSeek")).isEmpty());
        QCOMPARE(ids(QStringLiteral("NovelFind")), QStringList{QStringLiteral("2505.16938")});
        QCOMPARE(ids(QStringLiteral("강아지")), QStringList{QStringLiteral("2505.16410")}); // the note survived
        QVERIFY(m_lib.database().execScript(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1);")).ok());
    }

    void rankingAndSnippets()
    {
        // A title match outranks a body match.
        const QList<SearchHit> hits = m_lib.search(SearchQuery::parse(QStringLiteral("Think-RM")), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().arxivId, QStringLiteral("2505.16265"));
        QVERIFY(hits.first().snippet.contains(SearchHit::MatchStart));
        QVERIFY(hits.first().snippetWith(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[Think-RM]")));
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].rank <= hits[i].rank);
        QCOMPARE(m_lib.search(SearchQuery::parse(QStringLiteral("모델")), 3).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
