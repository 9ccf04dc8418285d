// CjkTokenizer: a UTF-8 scanner and its FTS5 glue.
#include "cjktokenizer.h"

#include <QString>

#include <sqlite3.h>

namespace Paperboy::Core {

namespace {

struct Fts5Glue {
    static int create(void *, const char **, int, Fts5Tokenizer **out)
    {
        static int dummy = 0;
        *out = reinterpret_cast<Fts5Tokenizer *>(&dummy);
        return SQLITE_OK;
    }
    static void destroy(Fts5Tokenizer *) {}
    static int tokenize(Fts5Tokenizer *, void *ctx, int, const char *text, int size,
                        int (*token)(void *, int, const char *, int, int, int))
    {
        int rc = SQLITE_OK;
        CjkTokenizer::tokenizeRaw(text, size, [&](const char *t, int n, int start, int end) {
            rc = token(ctx, 0, t, n, start, end);
            return rc == SQLITE_OK;
        });
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
};

} // namespace

void CjkTokenizer::tokenize(const char *text, int size, const Sink &sink)
{
    tokenizeRaw(text, size, [&](const char *t, int n, int start, int end) {
        sink(QByteArray(t, n), start, end);
        return true;
    });
}

Status CjkTokenizer::registerWith(sqlite3 *db)
{
    if (!db)
        return Status::failure(QStringLiteral("no SQLite handle"));
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return Status::failure(QStringLiteral("this SQLite has no FTS5: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api)
        return Status::failure(QStringLiteral("cannot reach the FTS5 API"));
    fts5_tokenizer tokenizer{&Fts5Glue::create, &Fts5Glue::destroy, &Fts5Glue::tokenize};
    if (api->xCreateTokenizer(api, "paperboy", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Status::failure(QStringLiteral("cannot register the search tokenizer"));
    return Status::success();
}

} // namespace Paperboy::Core
