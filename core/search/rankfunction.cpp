// RankFunction: per-query idf cached in FTS5 auxdata, per-row tf from the phrase instances.
#include "rankfunction.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace Paperboy::Core {

namespace {

struct QueryData {
    std::vector<int> term; // per phrase: its term, -1 for none
    std::vector<double> idf; // per term
    std::vector<double> weight; // per column
    std::vector<double> f; // per term, scratch for the current row
    std::vector<char> inTitle; // per term, scratch: found in the title (column 0)
};

// Added to the score, times the share of the query's terms the title has: a paper whose title has
// the words comes before those that only mention them, however often (bm25 alone cannot tell
// them apart when the words are in most papers, as their idf is then about 0).
constexpr double TitleBonus = 1000.0;

// The terms of the phrases from a 'terms' argument ("0 0 1 -1"); a phrase it does not name is a
// term of its own (numbered after the named ones).
std::vector<int> termsOf(const char *text, int phrases, int *count)
{
    std::vector<int> term(size_t(phrases), -1);
    int next = 0;
    int p = 0;
    for (const char *s = text; s && *s && p < phrases;) {
        char *end = nullptr;
        const long t = std::strtol(s, &end, 10);
        if (end == s)
            break;
        term[size_t(p++)] = t < 0 || t >= phrases ? -1 : int(t);
        if (t >= next && t < phrases)
            next = int(t) + 1;
        s = end;
    }
    for (; p < phrases; ++p)
        term[size_t(p)] = next++;
    *count = next;
    return term;
}

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

void destroyQueryData(void *p)
{
    delete static_cast<QueryData *>(p);
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **vals)
{
    auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0));
    const int phrases = api->xPhraseCount(fts);
    if (!data) {
        data = new QueryData;
        const int columns = api->xColumnCount(fts);
        data->weight.assign(size_t(columns), 1.0);
        for (int c = 0; c < columns && c < nVal; ++c)
            data->weight[size_t(c)] = sqlite3_value_double(vals[c]);
        int terms = 0;
        data->term = termsOf(nVal > columns ? reinterpret_cast<const char *>(sqlite3_value_text(vals[columns])) : nullptr, phrases, &terms);
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        data->idf.assign(size_t(terms), 1.0);
        // With one term its idf scales every score alike and cannot change the order: the pass
        // over all its rows that counting them costs is saved (most searches are one word).
        if (terms > 1) {
            std::vector<sqlite3_int64> hits(size_t(terms), 0);
            for (int p = 0; p < phrases; ++p) {
                if (data->term[size_t(p)] < 0)
                    continue;
                sqlite3_int64 n = 0;
                if (api->xQueryPhrase(fts, p, &n, countRow) != SQLITE_OK) {
                    delete data;
                    sqlite3_result_error(ctx, "paperboy_rank: cannot count phrase rows", -1);
                    return;
                }
                hits[size_t(data->term[size_t(p)])] += n;
            }
            for (int t = 0; t < terms; ++t) {
                const double n = double(std::min(hits[size_t(t)], rows));
                const double idf = std::log((double(rows) - n + 0.5) / (n + 0.5));
                data->idf[size_t(t)] = idf <= 0.0 ? 1e-6 : idf;
            }
        }
        data->f.assign(size_t(terms), 0.0);
        data->inTitle.assign(size_t(terms), 0);
        if (api->xSetAuxdata(fts, data, destroyQueryData) != SQLITE_OK) {
            sqlite3_result_error(ctx, "paperboy_rank: out of memory", -1);
            return;
        }
    }
    std::fill(data->f.begin(), data->f.end(), 0.0);
    std::fill(data->inTitle.begin(), data->inTitle.end(), 0);
    int instances = 0;
    api->xInstCount(fts, &instances);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase >= 0 && phrase < phrases && size_t(column) < data->weight.size()
            && data->term[size_t(phrase)] >= 0) {
            data->f[size_t(data->term[size_t(phrase)])] += data->weight[size_t(column)];
            if (column == 0)
                data->inTitle[size_t(data->term[size_t(phrase)])] = 1;
        }
    }
    constexpr double k1 = 1.2;
    double score = 0.0;
    for (size_t t = 0; t < data->f.size(); ++t) {
        const double f = data->f[t];
        score += data->idf[t] * f * (k1 + 1.0) / (f + k1);
    }
    if (!data->inTitle.empty())
        score += TitleBonus * double(std::count(data->inTitle.begin(), data->inTitle.end(), 1)) / double(data->inTitle.size());
    sqlite3_result_double(ctx, -score);
}

} // namespace

Status RankFunction::registerWith(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (!db || sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return Status::failure(QStringLiteral("this SQLite has no FTS5"));
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api || api->xCreateFunction(api, "paperboy_rank", nullptr, &rank, nullptr) != SQLITE_OK)
        return Status::failure(QStringLiteral("cannot register the search ranking function"));
    return Status::success();
}

} // namespace Paperboy::Core
