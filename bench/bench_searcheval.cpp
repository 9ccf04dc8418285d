// Search quality: a labelled query set run against the library's search and against a flat-trigram
// FTS5 peer built on the same text, scored by recall, precision and nDCG@10; prints the table.
//
//   ./dev bench --benchmark_filter=SearchQuality
//
// The ground truth is mechanical and independent of the library's query parser: a document is the
// paper's id, title and summary sections (what the index holds; headings are not), folded (NFKC,
// case folding) with every white space removed; a query word matches where its folded, space-free
// text is a substring. Words are ANDed, OR joins two, -word and NOT word exclude, quotes make one
// phrase, a trailing * is dropped (a substring is a prefix too), a word of punctuation alone is
// ignored. Grade 2 when the id and title alone satisfy the query, else 1.
//
// Two peers, each one FTS5 table (trigram tokenizer) of the same folded space-free text, title and
// body columns, ranked by bm25(title 4, body 1), then newest first:
// - "flat trigram", the peer the search issue measured: every word is a trigram phrase; a word of
//   one or two characters finds nothing (a trigram index cannot look it up) and excludes nothing;
// - "trigram + scan": the same, with words shorter than three characters matched by LIKE '%w%'
//   (a scan of every row) and id words by LIKE on the id. This is the ground truth's own definition
//   run through SQLite: its recall and precision are 1 by construction; it stands for the ceiling.
//
// Sizes: 1 day (the source digest itself: the real 2025-05-24 when PAPERBOY_REAL_DIGESTS names its
// folder, else the project's corpus day) and 365 generated days.
#include "archivegenerator.h"

#include "library/library.h"
#include "search/searchquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>

using namespace Paperboy;

namespace {

struct LabelledClass {
    const char *name;
    std::vector<const char *> texts;
    QStringList queries() const
    {
        QStringList out;
        for (const char *t : texts)
            out << QString::fromUtf8(t);
        if (std::string_view(name) == "unicode")
            out << QString::fromUtf8("강화학습").normalized(QString::NormalizationForm_D); // decomposed Hangul
        return out;
    }
};

// Every class of the search issue: particles, spacing, joined compounds (one-syllable parts, long
// ones), single syllables, mixed script, English words, prefixes and substrings, ids, phrases,
// exclusions, OR/AND, stray punctuation, Unicode forms, frequent words, adjacency.
std::vector<LabelledClass> querySet()
{
    return {
        {"particles", {"모델이", "모델을", "강화학습을", "데이터셋을", "벤치마크에서", "에이전트가", "이미지를", "비디오의"}},
        {"spacing", {"강화학습", "강화 학습", "대형언어모델", "대형 언어모델", "보상모델", "다중모달", "미세조정", "언어모델", "사고 연쇄"}},
        {"joined", {"웹에이전트", "다중턴", "종단간", "다중모달대형언어모델", "멀티모달대형언어모델", "다중에이전트시스템", "테스트시간", "이미지편집"}},
        {"syllable", {"봇", "환", "턴", "웹", "캐", "축"}},
        {"mixed", {"LLM기반", "GPT-4o", "µP", "μP", "MLLM의", "VLM을", "3D", "RLHF와"}},
        {"english", {"video", "diffusion", "reasoning", "transformer", "scaling", "QuickVideo", "quickvideo", "Diffus*", "reason*", "seek", "former"}},
        {"ids", {"2505.16938", "2505.169", "2505.1", "2505.14810", "2505.16938 OR 강화학습"}},
        {"phrases",
         {"\"다중 모달 대형 언어 모델\"", "\"대형 언어 모델\"", "\"강화 학습\"", "\"보상 모델\"", "\"Chain-of-Thought\"", "\"다중 에이전트 시스템\""}},
        {"exclusion", {"비디오 NOT 확산", "비디오 -확산", "강화학습 -보상", "LLM -GPT-4o", "모델 NOT 벤치마크"}},
        {"boolean", {"RLHF OR DPO", "로봇 OR 비디오", "GRPO OR PPO", "비디오 AND 확산", "보상 모델", "대형 언어 모델"}},
        {"punctuation", {"강화 학습 - 보상", "RLHF / DPO", "LLM 기반 — 평가", "보상 · 모델"}},
        {"unicode", {"ＧＲＰＯ", "ＬＬＭ", "Ｖｉｄｅｏ"}},
        {"frequent", {"모델", "학습", "평가", "추론", "데이터셋", "성능", "한계점"}},
    };
}

QString fold(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

// The mechanical reading of a query: clauses ANDed, each the OR of its words; excluded words.
struct Logic {
    QList<QStringList> clauses;
    QStringList excluded;
    QStringList idWords; // words that look like (the start of) an arXiv id: matched against the id alone
};

Logic readQuery(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(R"re(-?"[^"]*"\*?|\S+)re"));
    static const QRegularExpression idLike(QStringLiteral(R"(^\d{4}\.\d{1,5}$)"));
    Logic logic;
    bool orNext = false, notNext = false;
    auto it = token.globalMatch(text.normalized(QString::NormalizationForm_KC));
    while (it.hasNext()) {
        QString w = it.next().captured();
        if (w == u"OR") {
            orNext = !logic.clauses.isEmpty();
            continue;
        }
        if (w == u"AND")
            continue;
        if (w == u"NOT") {
            notNext = true;
            continue;
        }
        bool exclude = notNext;
        notNext = false;
        if (w.startsWith(u'-') && w.size() > 1) {
            exclude = true;
            w.remove(0, 1);
        }
        if (w.endsWith(u'*'))
            w.chop(1);
        w.remove(u'"');
        if (!std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        const QString f = fold(w);
        if (exclude) {
            logic.excluded << f;
        } else {
            if (orNext)
                logic.clauses.last() << f;
            else
                logic.clauses.append(QStringList{f});
            if (idLike.match(w).hasMatch())
                logic.idWords << f;
        }
        orNext = false;
    }
    return logic;
}

struct Doc {
    QString id;
    QString head; // folded id + title
    QString body; // folded sections
    qint64 entry = 0;
};

bool satisfies(const Logic &logic, const Doc &d, bool headOnly)
{
    const auto has = [&](const QString &w) {
        if (logic.idWords.contains(w))
            return d.id.contains(w);
        return d.head.contains(w) || (!headOnly && d.body.contains(w));
    };
    for (const QStringList &clause : logic.clauses)
        if (!std::any_of(clause.cbegin(), clause.cend(), has))
            return false;
    if (!headOnly)
        for (const QString &w : logic.excluded)
            if (d.head.contains(w) || d.body.contains(w))
                return false;
    return !logic.clauses.isEmpty();
}

struct Scores {
    double recall = 0, precision = 0, ndcg = 0;
    int recallN = 0, precisionN = 0, ndcgN = 0;
    std::vector<double> ms;
    void add(const QHash<QString, int> &truth, const QStringList &ranked, double elapsed)
    {
        ms.push_back(elapsed);
        int found = 0;
        for (const QString &id : ranked)
            found += truth.contains(id) ? 1 : 0;
        if (!truth.isEmpty()) {
            recall += double(found) / double(truth.size());
            ++recallN;
        }
        if (!ranked.isEmpty()) {
            precision += double(found) / double(ranked.size());
            ++precisionN;
        } else if (truth.isEmpty()) {
            precision += 1;
            ++precisionN;
        }
        if (!truth.isEmpty()) {
            const auto gain = [](int g) { return double((1 << g) - 1); };
            double dcg = 0, ideal = 0;
            for (int i = 0; i < std::min<qsizetype>(10, ranked.size()); ++i)
                dcg += gain(truth.value(ranked.at(i))) / std::log2(i + 2.0);
            QList<int> grades = truth.values();
            std::sort(grades.begin(), grades.end(), std::greater<>());
            for (int i = 0; i < std::min<qsizetype>(10, grades.size()); ++i)
                ideal += gain(grades.at(i)) / std::log2(i + 2.0);
            ndcg += ideal > 0 ? dcg / ideal : 1;
            ++ndcgN;
        }
    }
    double r() const { return recallN ? recall / recallN : 1; }
    double p() const { return precisionN ? precision / precisionN : 1; }
    double n() const { return ndcgN ? ndcg / ndcgN : 1; }
    double p95() const
    {
        if (ms.empty())
            return 0;
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, size_t(0.95 * double(v.size())))];
    }
};

// The flat-trigram peer, on its own in-memory connection.
class Peer
{
public:
    Peer(const QList<Doc> &docs, bool scansShortWords)
        : m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), scansShortWords ? QStringLiteral("peer-scan") : QStringLiteral("peer-flat")))
        , m_scans(scansShortWords)
    {
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        m_db.open();
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("CREATE VIRTUAL TABLE peer USING fts5(head, body, id UNINDEXED, tokenize = 'trigram')"));
        m_db.transaction();
        q.prepare(QStringLiteral("INSERT INTO peer(rowid, head, body, id) VALUES (?, ?, ?, ?)"));
        for (const Doc &d : docs) {
            q.addBindValue(d.entry);
            q.addBindValue(d.head);
            q.addBindValue(d.body);
            q.addBindValue(d.id);
            if (!q.exec())
                std::fprintf(stderr, "peer: %s\n", qPrintable(q.lastError().text()));
        }
        m_db.commit();
    }

    QStringList search(const Logic &logic, int limit = -1)
    {
        QStringList where, rankWords;
        QVariantList binds;
        const auto condition = [&](const QString &w) {
            if (m_scans && logic.idWords.contains(w)) {
                binds << w + u'%';
                return QStringLiteral("(id || '') LIKE ?"); // not the column itself: FTS5 would take LIKE on it as a trigram search
            }
            if (w.size() >= 3) {
                binds << phrase(w);
                return QStringLiteral("rowid IN (SELECT rowid FROM peer WHERE peer MATCH ?)");
            }
            if (!m_scans)
                return QStringLiteral("0"); // what FTS5 trigram answers for fewer than three characters
            binds << u'%' + w + u'%';
            return QStringLiteral("(head || body) LIKE ?");
        };
        for (const QStringList &clause : logic.clauses) {
            QStringList any;
            for (const QString &w : clause) {
                any << condition(w);
                if (w.size() >= 3 && !logic.idWords.contains(w))
                    rankWords << phrase(w);
            }
            where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
        }
        for (const QString &w : logic.excluded)
            if (m_scans || w.size() >= 3)
                where << QStringLiteral("NOT ") + condition(w);
        if (where.isEmpty())
            return {};
        QSqlQuery q(m_db);
        QString sql;
        if (rankWords.isEmpty()) {
            sql = QStringLiteral("SELECT id FROM peer WHERE %1 ORDER BY rowid DESC").arg(where.join(QStringLiteral(" AND ")));
        } else {
            sql = QStringLiteral("SELECT p.id FROM peer p LEFT JOIN (SELECT rowid AS r, bm25(peer, 4.0, 1.0) AS score FROM peer WHERE peer MATCH ?) s "
                                 "ON s.r = p.rowid WHERE %1 ORDER BY coalesce(s.score, 0), p.rowid DESC")
                      .arg(where.join(QStringLiteral(" AND ")).replace(QStringLiteral("rowid IN"), QStringLiteral("p.rowid IN")));
            binds.prepend(rankWords.join(QStringLiteral(" OR ")));
        }
        q.prepare(sql + QStringLiteral(" LIMIT %1").arg(limit));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QStringList ids;
        QSet<QString> seen;
        if (!q.exec())
            std::fprintf(stderr, "peer: %s\n", qPrintable(q.lastError().text()));
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        }
        return ids;
    }

private:
    static QString phrase(const QString &w) { return u'"' + QString(w).replace(u'"', QStringLiteral("\"\"")) + u'"'; }
    QSqlDatabase m_db;
    bool m_scans = false;
};

// The documents as the index has them (search_docs), folded.
QList<Doc> readDocs(Core::Library &lib)
{
    QList<Doc> docs;
    QSqlQuery q(lib.database().sql());
    q.exec(QStringLiteral("SELECT e.arxiv_id, d.title, concat_ws(char(10), d.motivation, d.contributions, d.method, d.experiments, d.results, "
                          "d.limitations, d.future_work, d.other), e.id FROM search_docs d JOIN entries e ON e.id = d.id ORDER BY e.id"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        docs.append({id, fold(id + u' ' + q.value(1).toString()), fold(q.value(2).toString()), q.value(3).toLongLong()});
    }
    return docs;
}

void evaluate(benchmark::State &state, const QString &dir, int days)
{
    Core::Library lib;
    QTemporaryDir libDir;
    if (!lib.open(libDir.filePath(QStringLiteral("lib.sqlite"))).ok() || int(lib.importer().importPaths({dir}).size()) != days) {
        state.SkipWithError("import failed");
        return;
    }
    const QList<Doc> docs = readDocs(lib);
    Peer flat(docs, false), scan(docs, true);
    struct Row {
        std::string name;
        Scores ours, flat, scan;
        int queries = 0;
    };
    std::vector<Row> rows;
    Row all{"all", {}, {}, {}, 0};
    const auto timed = [](auto &&search) {
        QElapsedTimer t;
        t.start();
        benchmark::DoNotOptimize(search());
        return double(t.nsecsElapsed()) / 1e6;
    };
    for (auto _ : state) {
        for (const LabelledClass &cls : querySet()) {
            Row row{cls.name, {}, {}, {}, 0};
            for (const QString &text : cls.queries()) {
                const Logic logic = readQuery(text);
                QHash<QString, int> truth;
                for (const Doc &d : docs)
                    if (satisfies(logic, d, false))
                        truth[d.id] = std::max(truth.value(d.id), satisfies(logic, d, true) ? 2 : 1);
                // Quality from every result; latency from a page of 50 results, what the window asks for.
                QStringList ours;
                for (const auto &h : lib.searchIndex().search(Core::SearchQuery::parse(text), 1000000))
                    ours << h.arxivId;
                const QStringList flatIds = flat.search(logic), scanIds = scan.search(logic);
                const double oursMs = timed([&] { return lib.searchIndex().search(Core::SearchQuery::parse(text), 50); });
                const double flatMs = timed([&] { return flat.search(logic, 50); });
                const double scanMs = timed([&] { return scan.search(logic, 50); });
                for (Row *r : {&row, &all}) {
                    r->ours.add(truth, ours, oursMs);
                    r->flat.add(truth, flatIds, flatMs);
                    r->scan.add(truth, scanIds, scanMs);
                    ++r->queries;
                }
                if (qEnvironmentVariableIsSet("PAPERBOY_EVAL_VERBOSE"))
                    std::fprintf(stderr, "%-12s %-32s truth %5lld  ours %5lld  flat %5lld  scan %5lld  ms %7.2f / %7.2f / %7.2f\n", cls.name, qPrintable(text),
                                 qlonglong(truth.size()), qlonglong(ours.size()), qlonglong(flatIds.size()), qlonglong(scanIds.size()), oursMs, flatMs, scanMs);
                if (qEnvironmentVariableIsSet("PAPERBOY_EVAL_VERBOSE") && !logic.clauses.isEmpty()) {
                    // The first paper found but not relevant, and the first relevant one missed, with
                    // the folded text around the query's first word.
                    const QString probe = logic.clauses.first().first().left(2);
                    const auto show = [&](const char *what, const QString &id) {
                        for (const Doc &d : docs)
                            if (d.id == id) {
                                const QString text = d.head + u'|' + d.body;
                                const qsizetype at = std::max<qsizetype>(0, text.indexOf(probe) - 12);
                                std::fprintf(stderr, "    %s %s: %s\n", what, qPrintable(id), qPrintable(text.mid(at, 40)));
                                return;
                            }
                    };
                    for (const QString &id : ours)
                        if (!truth.contains(id)) {
                            show("extra", id);
                            break;
                        }
                    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
                        if (!ours.contains(it.key())) {
                            show("missed", it.key());
                            break;
                        }
                }
            }
            rows.push_back(row);
        }
    }
    rows.push_back(all);
    std::printf("\nSearch quality, %d day(s), %lld documents, %d queries; each figure: ours / flat trigram / trigram + scan\n", days, qlonglong(docs.size()),
                all.queries);
    std::printf("| class | queries | recall | precision | nDCG@10 | p95 ms |\n");
    std::printf("|---|---|---|---|---|---|\n");
    for (const Row &r : rows)
        std::printf("| %s | %d | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | %.2f / %.2f / %.2f |\n", r.name.c_str(), r.queries, r.ours.r(),
                    r.flat.r(), r.scan.r(), r.ours.p(), r.flat.p(), r.scan.p(), r.ours.n(), r.flat.n(), r.scan.n(), r.ours.p95(), r.flat.p95(), r.scan.p95());
    std::fflush(stdout);
    state.counters["recall"] = all.ours.r();
    state.counters["precision"] = all.ours.p();
    state.counters["nDCG10"] = all.ours.n();
    state.counters["p95_ms"] = all.ours.p95();
    state.counters["flat_recall"] = all.flat.r();
    state.counters["flat_precision"] = all.flat.p();
    state.counters["flat_nDCG10"] = all.flat.n();
    state.counters["flat_p95_ms"] = all.flat.p95();
    state.counters["scan_recall"] = all.scan.r();
    state.counters["scan_precision"] = all.scan.p();
    state.counters["scan_nDCG10"] = all.scan.n();
    state.counters["scan_p95_ms"] = all.scan.p95();
}

void BM_SearchQuality(benchmark::State &state)
{
    const int days = int(state.range(0));
    QTemporaryDir dir;
    const QByteArray source = Bench::ArchiveGenerator::sourceDigest();
    if (days == 1) {
        QFile f(dir.filePath(QStringLiteral("2025-05-24.md")));
        if (!f.open(QIODevice::WriteOnly) || f.write(source) != source.size()) {
            state.SkipWithError("cannot write the day");
            return;
        }
        f.close();
    } else {
        Bench::ArchiveGenerator generator(source);
        generator.writeArchive(dir.path(), QDate(2020, 1, 1), days);
    }
    evaluate(state, dir.path(), days);
}
BENCHMARK(BM_SearchQuality)->Arg(1)->Arg(365)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
