// The reading queue ("Later"): papers the reader set aside, in an order of the reader's own.
#pragma once

#include "library/store.h"

#include <QDateTime>
#include <QStringList>

namespace Paperboy::Core {

struct QueuedPaper {
    QString arxivId;
    QDateTime addedAt;
};

class ReadingQueue : public Store
{
    Q_DECLARE_TR_FUNCTIONS(ReadingQueue)

public:
    ReadingQueue(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // Puts the papers not yet queued at the end, in the order given; *added: those it put in.
    // Signals papersChanged(added, Change::Later) and queueChanged().
    Status add(const QStringList &arxivIds, QStringList *added = nullptr);
    // Takes the papers out; *removed: those that were queued.
    Status remove(const QStringList &arxivIds, QStringList *removed = nullptr);
    // Moves a queued paper by `by` places (negative: towards the front), as far as the queue goes.
    Status move(const QString &arxivId, int by);
    // Moves a queued paper to `index` (0: the front), as far as the queue goes.
    Status moveTo(const QString &arxivId, int index);
    // Puts back what papers() gave (undo, backups): the papers in this order at the end, keeping
    // their times; those already queued stay where they are.
    Status restore(const QList<QueuedPaper> &papers);

    // In the reader's order.
    QStringList papers() const;
    QList<QueuedPaper> entries() const;
    int count() const;
    bool contains(const QString &arxivId) const;
    // The place of a paper in the queue, -1 when it is not queued.
    int indexOf(const QString &arxivId) const;

private:
    Status writeOrder(const QStringList &order);
};

} // namespace Paperboy::Core
