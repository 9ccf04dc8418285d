// What the reader did, with its time (the `events` table, schema 12): triage decisions, papers
// read, cards opened. The reading statistics and "Recently read" are read from it.
#pragma once

#include "library/store.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Paperboy::Core {

enum class EventKind {
    Read, // marked read (by the reader's timer, m, a skip in triage)
    Keep, // kept in triage (starred)
    Later, // put into Later in triage
    Skip, // skipped in triage (read, not interesting)
    Open, // a triage card opened in full
};

struct ReadingEvent {
    qint64 id = 0;
    QDateTime at; // UTC
    QString arxivId;
    EventKind kind = EventKind::Read;
    QDate day; // the day the paper was shown on; null when not known
};

class History : public Store
{
    Q_DECLARE_TR_FUNCTIONS(History)

public:
    History(Library &library, Database &db)
        : Store(library, db)
    {
    }

    static QString kindName(EventKind kind); // "read", "keep", ...
    static std::optional<EventKind> kindFromName(const QString &name);

    // One event per paper, at the same time; *rows: their ids (to take them back with remove).
    Status record(const QStringList &arxivIds, EventKind kind, const QDate &day = {}, QList<qint64> *rows = nullptr);
    Status remove(const QList<qint64> &rows);
    // Puts back events of a backup: those of the same time, paper and kind are there once.
    Status restore(const QList<ReadingEvent> &events);

    // Newest first; kinds empty: every kind.
    QList<ReadingEvent> recent(int limit, const QList<EventKind> &kinds = {}) const;
    // Every event, oldest first (backups).
    QList<ReadingEvent> all() const;
    int count() const;
};

} // namespace Paperboy::Core
