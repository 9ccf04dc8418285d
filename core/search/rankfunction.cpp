// RankFunction: per-query idf cached in FTS5 auxdata, per-row tf from the phrase instances.
#include "rankfunction.h"

#include <sqlite3.h>

#include <cmath>
#include <vector>

namespace Paperboy::Core {

namespace {

struct QueryData {
    std::vector<double> idf;     // per phrase
    std::vector<double> weight;  // per column
    std::vector<double> f;       // per phrase, scratch for the current row
};

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
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        data->idf.assign(size_t(phrases), 1.0);
        // With one phrase its idf scales every score alike and cannot change the order: the pass
        // over all its rows that counting them costs is saved (most searches are one word).
        for (int p = 0; p < phrases && phrases > 1; ++p) {
            sqlite3_int64 hits = 0;
            if (api->xQueryPhrase(fts, p, &hits, countRow) != SQLITE_OK) {
                delete data;
                sqlite3_result_error(ctx, "paperboy_rank: cannot count phrase rows", -1);
                return;
            }
            double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
            data->idf[size_t(p)] = idf <= 0.0 ? 1e-6 : idf;
        }
        data->f.assign(size_t(phrases), 0.0);
        if (api->xSetAuxdata(fts, data, destroyQueryData) != SQLITE_OK) {
            sqlite3_result_error(ctx, "paperboy_rank: out of memory", -1);
            return;
        }
    }
    std::fill(data->f.begin(), data->f.end(), 0.0);
    int instances = 0;
    api->xInstCount(fts, &instances);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases
            && size_t(column) < data->weight.size())
            data->f[size_t(phrase)] += data->weight[size_t(column)];
    }
    constexpr double k1 = 1.2;
    double score = 0.0;
    for (int p = 0; p < phrases; ++p) {
        const double f = data->f[size_t(p)];
        score += data->idf[size_t(p)] * f * (k1 + 1.0) / (f + k1);
    }
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
