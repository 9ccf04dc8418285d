// Seen before: a paper listed on several days (or by several digests) is one paper (schema 12, entries.seen).
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace Paperboy::Core {

// entries.seen, worked out from the days that list a paper: 0 on the first day that lists it; on a
// later day 1 when the shown summary is the same as on the day before that lists it (not new: the
// day's unread count and n leave it out), 2 when it is another ("updated": counted again). The
// reader's data needs nothing: stars, read state, tags and notes are already the paper's.
// Each function works out the flags of every entry of the papers it is given, on every day, inside
// the caller's transaction: importing an older day after a newer one changes the newer day's flags.
class PaperMemory
{
public:
    // The papers the day lists (after its import).
    static bool rememberDay(QSqlDatabase &db, const QString &dayKey);
    // These papers (after a day or digest that listed them was removed).
    static bool rememberPapers(QSqlDatabase &db, const QStringList &arxivIds);
    // The papers of the entries where selects ("day IN (...)"; after the shown summaries changed).
    static bool rememberPapersOf(QSqlDatabase &db, const QString &where, const QVariantList &binds);
    // The papers of the entries where selects, before they are removed.
    static QStringList papersOf(QSqlDatabase &db, const QString &where, const QVariantList &binds);

private:
    static bool remember(QSqlDatabase &db, const QString &ids, const QVariantList &binds);
};

} // namespace Paperboy::Core
