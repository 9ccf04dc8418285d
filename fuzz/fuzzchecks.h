// The properties the fuzz targets check: one function per parser, shared by the libFuzzer targets
// (fuzz/fuzz_*.cpp) and by tst_fuzzcorpus, which replays the seed corpora and the saved crash inputs.
#pragma once

#include <QByteArray>
#include <QString>

namespace Paperboy::Fuzz {

// Each feeds one input to a parser's public entry point, exactly as the application does, and checks
// what that parser promises about its result. Returns "" when every promise holds, else what broke.
// A crash, a sanitizer finding or a hang shows up as such, not through the return value.

// DigestParser::parse, whichever layout reads the input: a rejected file says why; kept papers have
// distinct ids and the name of a known layout, and every section is a verbatim slice of its summary;
// parseForImport gives the same digest and texts.
QString checkDigest(const QByteArray &data);
// DailyPapers::parse: nothing without a reason; every paper has its id.
QString checkDailyPapers(const QByteArray &data);
// SearchQuery::parse: whatever is typed, the MATCH expression is valid FTS5 for the library's index
// (same columns, the "paperboy" tokenizer).
QString checkSearchQuery(const QByteArray &data);
// NotesJson::read: an accepted file yields papers with ids and highlights with text; a refused one
// says why.
QString checkNotesJson(const QByteArray &data);
// SyncFormat::readPaper and readTags, on a file another machine (or a hand) wrote into the sync
// repository: an accepted paper has an id whose path is a paper path and highlights with text, and
// writing it gives bytes that read back to the same record and are written again identically (the
// format is stable); refused files say why; accepted tags have names and a version of 1 or more.
QString checkSyncFile(const QByteArray &data);

} // namespace Paperboy::Fuzz
