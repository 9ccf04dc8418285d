// CjkTokenizer: a UTF-8 scanner and its FTS5 glue.
#include "cjktokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstring>
#include <mutex>
#include <utility>

#include <sqlite3.h>

namespace Paperboy::Core {

namespace {

struct WordLog;

// What FTS5 knows as a tokenizer instance: the rules of one table's index.
struct Instance {
    WordLog *log = nullptr;
    CjkTokenizer::Rules rules = CjkTokenizer::Rules::Runs;
};

// The words one connection's index was given, for takeNewWords(), and the tokenizer instances
// (one per rules; FTS5 asks for one per table it opens).
struct WordLog {
    sqlite3 *db = nullptr;
    QSet<QByteArray> taken; // taken already (and so in the vocabulary once the transaction commits)
    QList<QByteArray> fresh;
    Instance bridged{this, CjkTokenizer::Rules::Bridged};
    Instance runs{this, CjkTokenizer::Rules::Runs};
};

std::mutex &logsMutex()
{
    static std::mutex m;
    return m;
}

QHash<sqlite3 *, WordLog *> &logs()
{
    static QHash<sqlite3 *, WordLog *> l;
    return l;
}

void destroyLog(void *p)
{
    auto *log = static_cast<WordLog *>(p);
    {
        std::lock_guard lock(logsMutex());
        if (logs().value(log->db) == log)
            logs().remove(log->db);
    }
    delete log;
}

void forgetTaken(void *p)
{
    static_cast<WordLog *>(p)->taken.clear();
}

// The token for punctuation next to a Hangul/CJK run: a control character, which no text token holds.
constexpr char kScriptBreak[] = "\x1f";

bool hasPunctuation(const char *from, const char *to)
{
    const auto *p = reinterpret_cast<const unsigned char *>(from);
    const auto *end = reinterpret_cast<const unsigned char *>(to);
    while (p < end) {
        int len = 0;
        if (TokenizerDetail::classify(decodeUtf8(p, end, &len)) == TokenizerDetail::Cls::Other)
            return true;
        p += len;
    }
    return false;
}

struct Fts5Glue {
    static int create(void *context, const char **args, int count, Fts5Tokenizer **out)
    {
        auto *log = static_cast<WordLog *>(context);
        Instance *instance = nullptr;
        if (count == 0)
            instance = &log->bridged;
        else if (count == 1 && std::strcmp(args[0], "2") == 0)
            instance = &log->runs;
        if (!instance)
            return SQLITE_ERROR; // rules this version does not know
        *out = reinterpret_cast<Fts5Tokenizer *>(instance);
        return SQLITE_OK;
    }

    static void destroy(Fts5Tokenizer *) { }

    static int tokenize(Fts5Tokenizer *self, void *ctx, int flags, const char *text, int size, int (*token)(void *, int, const char *, int, int, int))
    {
        int rc = SQLITE_OK;
        const auto *instance = reinterpret_cast<const Instance *>(self);
        WordLog *log = (flags & FTS5_TOKENIZE_DOCUMENT) ? instance->log : nullptr;
        const auto take = [log](const char *t, int n) {
            const QByteArray word = QByteArray::fromRawData(t, n);
            if (!log->taken.contains(word)) {
                const QByteArray copy(t, n);
                log->taken.insert(copy);
                log->fresh.append(copy);
            }
        };
        // The bigram that ends a Hangul/CJK run ("로봇" of "로봇은 ... 로봇."): the next bigram of the
        // same run starts one character into it, anything else means the run ended. Only under
        // Rules::Runs, where a bigram is the text itself (a bridge is built in a scratch buffer).
        const bool logEndings = log && instance->rules == CjkTokenizer::Rules::Runs;
        const char *runBigram = nullptr;
        int runBigramSize = 0, runBigramNext = -1; // where the run's next bigram would start
        // Punctuation next to a Hangul/CJK run ("(MLLM)의", "모델(LLM)", "**강화**: 학습") is a token of
        // its own (kScriptBreak), in documents and queries alike: "MLLM의" (a word, a particle) is
        // no phrase of "(MLLM)의", nor "강화학습" of "강화: 학습", while white space ("MLLM 의",
        // "강화 학습") joins them as before. Between two words ("GPT-4o", "Chain-of-Thought")
        // punctuation stays out of the index, as it is frequent there and read as a joint. Only
        // under Rules::Runs.
        const bool breaks = instance->rules == CjkTokenizer::Rules::Runs;
        int lastEnd = -1;
        bool lastWord = false;
        CjkTokenizer::tokenizeRaw(
            text, size,
            [&](const char *t, int n, int start, int end, bool word) {
                if (breaks) {
                    if (lastEnd >= 0 && !(word && lastWord) && start > lastEnd && hasPunctuation(text + lastEnd, text + start)) {
                        rc = token(ctx, 0, kScriptBreak, 1, lastEnd, start);
                        if (rc != SQLITE_OK)
                            return false;
                    }
                    lastEnd = end;
                    lastWord = word;
                }
                if (logEndings) {
                    if (runBigram && start != runBigramNext)
                        take(runBigram, runBigramSize);
                    runBigram = nullptr;
                    int first = n;
                    if (!word) {
                        const auto *u = reinterpret_cast<const unsigned char *>(t);
                        decodeUtf8(u, u + n, &first);
                    }
                    if (first < n) {
                        runBigram = t;
                        runBigramSize = n;
                        runBigramNext = start + first;
                    }
                }
                if (word && log)
                    take(t, n);
                rc = token(ctx, 0, t, n, start, end);
                return rc == SQLITE_OK;
            },
            instance->rules);
        if (runBigram && rc == SQLITE_OK)
            take(runBigram, runBigramSize);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
};

} // namespace

void CjkTokenizer::tokenize(const char *text, int size, const Sink &sink, Rules rules)
{
    tokenizeRaw(
        text, size,
        [&](const char *t, int n, int start, int end, bool) {
            sink(QByteArray(t, n), start, end);
            return true;
        },
        rules);
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
    auto *log = new WordLog;
    log->db = db;
    {
        std::lock_guard lock(logsMutex());
        logs().insert(db, log);
    }
    fts5_tokenizer tokenizer{&Fts5Glue::create, &Fts5Glue::destroy, &Fts5Glue::tokenize};
    // FTS5 owns the log from here and destroys it with the connection (or a later registration).
    if (api->xCreateTokenizer(api, "paperboy", log, &tokenizer, &destroyLog) != SQLITE_OK)
        return Status::failure(QStringLiteral("cannot register the search tokenizer"));
    sqlite3_rollback_hook(db, &forgetTaken, log);
    return Status::success();
}

QList<QByteArray> CjkTokenizer::takeNewWords(sqlite3 *db)
{
    std::lock_guard lock(logsMutex());
    WordLog *log = logs().value(db);
    return log ? std::exchange(log->fresh, {}) : QList<QByteArray>();
}

} // namespace Paperboy::Core
