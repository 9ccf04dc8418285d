// The fuzzed entry points and their promises (fuzzchecks.h).
#include "fuzzchecks.h"

#include "common/utf8.h"
#include "digest/digestlayoutregistry.h"
#include "digest/digestparser.h"
#include "export/notesjson.h"
#include "network/dailypapers.h"
#include "search/cjktokenizer.h"
#include "search/rankfunction.h"
#include "search/searchquery.h"
#include "sync/syncformat.h"

#include <QSet>

#include <sqlite3.h>

namespace Paperboy::Fuzz {

using namespace Core;

QString checkDigest(const QByteArray &data)
{
    if (isWellFormedUtf8(data) != QByteArrayView(data).isValidUtf8())
        return QStringLiteral("isWellFormedUtf8 and Qt disagree on whether the bytes are UTF-8");
    const Digest digest = DigestParser::parse(data, QStringLiteral("2025-05-24.md"));
    if (digest.papers.isEmpty() && !digest.hasErrors())
        return QStringLiteral("no papers and no error saying why");
    if (!digest.papers.isEmpty() && !DigestLayoutRegistry::find(digest.layout))
        return QStringLiteral("papers read by no known layout (\"%1\")").arg(digest.layout);
    for (const Diagnostic &d : digest.diagnostics)
        if (d.message.isEmpty())
            return QStringLiteral("a diagnostic without a message");
    QSet<QString> ids;
    for (const Paper &p : digest.papers) {
        if (p.arxivId.isEmpty())
            return QStringLiteral("a paper without an id");
        if (ids.contains(p.arxivId))
            return QStringLiteral("paper %1 kept twice").arg(p.arxivId);
        ids.insert(p.arxivId);
        for (const Section &s : p.sections)
            if (!p.summaryMarkdown.contains(s.markdown))
                return QStringLiteral("a section of %1 is not a slice of its summary").arg(p.arxivId);
    }
    // An import stores the texts parseForImport gives: they must be parse()'s, as UTF-8.
    DigestUtf8 texts;
    const Digest forImport = DigestParser::parseForImport(data, QStringLiteral("2025-05-24.md"), &texts);
    if (forImport.papers.size() != digest.papers.size() || texts.papers.size() != digest.papers.size() || forImport.layout != digest.layout)
        return QStringLiteral("parseForImport found other papers than parse");
    for (qsizetype i = 0; i < digest.papers.size(); ++i) {
        const Paper &p = digest.papers.at(i);
        const DigestUtf8::Paper &t = texts.papers.at(i);
        const Paper &q = forImport.papers.at(i);
        if (t.summary != p.summaryMarkdown.toUtf8() || q.title != p.title || q.votes != p.votes || q.authors != p.authors)
            return QStringLiteral("parseForImport's summary, title, votes or authors of %1 differ from parse's").arg(p.arxivId);
        if (t.sections.size() != p.sections.size())
            return QStringLiteral("parseForImport found other sections in %1").arg(p.arxivId);
        for (qsizetype k = 0; k < p.sections.size(); ++k) {
            const Section &s = p.sections.at(k);
            const DigestUtf8::Section &ts = t.sections.at(k);
            if (ts.body != s.body.toUtf8() || ts.markdownFrom != s.markdownFrom || ts.markdownLength != s.markdown.size()
                || forImport.papers.at(i).sections.at(k).kind != s.kind)
                return QStringLiteral("section %1 of %2 differs between parse and parseForImport").arg(k).arg(p.arxivId);
        }
    }
    return {};
}

QString checkDailyPapers(const QByteArray &data)
{
    QString error;
    const auto papers = DailyPapers::parse(data, &error);
    if (!papers)
        return error.isEmpty() ? QStringLiteral("refused without a reason") : QString();
    for (const PaperMeta &m : *papers)
        if (m.arxivId.isEmpty())
            return QStringLiteral("a paper without an id");
    return {};
}

namespace {

// An in-memory index shaped like the library's search_fts (migration 0002), with a few rows so
// MATCH has something to scan. Made once per process.
sqlite3 *searchIndex()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        if (sqlite3_open(":memory:", &handle) != SQLITE_OK || !CjkTokenizer::registerWith(handle).ok() || !RankFunction::registerWith(handle).ok())
            return static_cast<sqlite3 *>(nullptr);
        const char *schema = "CREATE VIRTUAL TABLE search_fts USING fts5(title, motivation, contributions, method, experiments, "
                             "results, limitations, future_work, other, note, tokenize = 'paperboy 2');"
                             "INSERT INTO search_fts VALUES ('Think-RM 모델', '강화 학습 동기', 'diffusion 기여', '방법', '실험', "
                             "'결과 12.5%', '한계', '후속', '기타', '메모');"
                             "INSERT INTO search_fts VALUES ('NovelSeek', 'rlhf', 'dpo', 'survey', 'x', 'y', 'z', 'w', 'v', 'u');";
        if (sqlite3_exec(handle, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
            return static_cast<sqlite3 *>(nullptr);
        return handle;
    }();
    return db;
}

} // namespace

QString checkSearchQuery(const QByteArray &data)
{
    // As SearchIndex::search asks the index: with the spellings of Korean compounds.
    const SearchQuery query = SearchQuery::parse(QString::fromUtf8(data)).withProximity().withSpacings();
    const QString match = query.matchExpression();
    if (match.isEmpty() != query.terms.isEmpty())
        return QStringLiteral("a MATCH expression without terms, or terms without one");
    for (const QString &e : query.errors)
        if (e.isEmpty())
            return QStringLiteral("an empty error message");
    if (match.isEmpty())
        return {};
    sqlite3 *db = searchIndex();
    if (!db)
        return QStringLiteral("could not make the in-memory index");
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT rowid, paperboy_rank(search_fts, 4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, ?) "
                           "FROM search_fts WHERE search_fts MATCH ? ORDER BY 2",
                           -1, &stmt, nullptr)
        != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    const QByteArray terms = query.phraseTerms().toUtf8();
    const QByteArray utf8 = match.toUtf8();
    sqlite3_bind_text(stmt, 1, terms.constData(), int(terms.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    QString broken;
    if (rc != SQLITE_DONE)
        broken = QStringLiteral("FTS5 refused %1: %2").arg(match, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
    return broken;
}

QString checkNotesJson(const QByteArray &data)
{
    NotesJson::Archive archive;
    const Status status = NotesJson::read(data, &archive);
    if (!status)
        return status.message().isEmpty() ? QStringLiteral("refused without a reason") : QString();
    if (archive.version < 1 || archive.version > NotesJson::Version)
        return QStringLiteral("accepted version %1").arg(archive.version);
    for (const TagInfo &t : archive.tags)
        if (t.name.trimmed().isEmpty())
            return QStringLiteral("a tag without a name");
    for (const PaperUserData &p : archive.papers) {
        if (p.arxivId.isEmpty())
            return QStringLiteral("a paper without an id");
        for (const Highlight &h : p.highlights)
            if (h.exact.isEmpty() || h.arxivId != p.arxivId)
                return QStringLiteral("a highlight of %1 without text or owner").arg(p.arxivId);
    }
    return {};
}

QString checkSyncFile(const QByteArray &data)
{
    QString error;
    if (const std::optional<SyncRecord> paper = SyncFormat::readPaper(data, &error)) {
        if (paper->arxivId.isEmpty())
            return QStringLiteral("a paper file without an id");
        if (!SyncFormat::isPaperPath(SyncFormat::paperPath(paper->arxivId)))
            return QStringLiteral("%1 has no paper path").arg(paper->arxivId);
        for (const SyncHighlight &h : paper->highlights)
            if (h.exact.isEmpty())
                return QStringLiteral("a highlight of %1 without text").arg(paper->arxivId);
        const QByteArray written = SyncFormat::writePaper(*paper);
        const std::optional<SyncRecord> again = SyncFormat::readPaper(written, &error);
        if (!again)
            return QStringLiteral("its own file refused: %1").arg(error);
        if (SyncFormat::writePaper(*again) != written)
            return QStringLiteral("written twice, different bytes");
    } else if (error.isEmpty()) {
        return QStringLiteral("a paper file refused without a reason");
    }
    error.clear();
    int version = 0;
    if (const std::optional<SyncTagColors> tags = SyncFormat::readTags(data, &version, &error)) {
        if (version < 1)
            return QStringLiteral("tags accepted with version %1").arg(version);
        for (auto it = tags->cbegin(); it != tags->cend(); ++it)
            if (it.key().trimmed().isEmpty())
                return QStringLiteral("a tag colour without a name");
    } else if (error.isEmpty()) {
        return QStringLiteral("tags refused without a reason");
    }
    return {};
}

} // namespace Paperboy::Fuzz
