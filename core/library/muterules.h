// Mute rules: words or phrases whose papers are hidden unless starred (schema 12, entries.muted).
#pragma once

#include "library/store.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Paperboy::Core {

struct MuteRule {
    qint64 id = 0;
    QString phrase;
    QDateTime createdAt; // UTC
    int papers = 0; // papers it hides now (a day's shown summary matches, not starred)
};

// A rule is searched as a quoted phrase through the search index, with the spellings of its
// Hangul/CJK text (SearchQuery::withSpacings): "강화학습" mutes "강화 학습" and "강화 학습" mutes
// "강화학습"; English matches in any case ("LLM" mutes "llm"), whole words only. The title, the
// sections and the authors are searched, never the reader's note.
//
// entries.muted is a stored flag so that counts stay plain SQL: worked out for the entries of a day
// at every import (applyToDay, in the import's transaction), for every entry when a rule is added
// or removed (one UPDATE each), and for a paper's entries when its star changes (a starred paper is
// never muted).
class MuteRules : public Store
{
    Q_DECLARE_TR_FUNCTIONS(MuteRules)

public:
    MuteRules(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // Oldest first, with the papers each hides.
    QList<MuteRule> rules() const;
    QStringList phrases() const;
    // The rule as stored: white space folded, quotes dropped ("  \"강화   학습\" " -> "강화 학습").
    static QString normalized(const QString &phrase);
    // Adds a rule and mutes what it matches; fails for a rule without words, or one already there
    // (in any case). Both signal daysChanged.
    Status add(const QString &phrase);
    // Removes a rule (in any case) and unmutes what only it matched.
    Status remove(const QString &phrase);

    // The FTS5 expression a rule searches with ("" when it has no words), and that of all of them.
    QString matchExpression(const QString &phrase) const;

    // --- Upkeep, inside the caller's transaction --------------------------------------------------
    // A day's entries were (re)stored: their flags from the rules.
    bool applyToDay(const QDate &day);
    // These papers' stars changed: their entries' flags.
    bool applyToPapers(const QStringList &arxivIds);

private:
    QString rulesExpression(const QStringList &phrases) const;
    bool hasRules() const;
};

} // namespace Paperboy::Core
