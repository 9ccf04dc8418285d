// Smart lists: saved searches in the search field's syntax (SearchQuery: words, tag:, is:unread,
// is:starred, is:later, from:/to:, section:), listed in the sidebar with the number of papers
// each finds.
#pragma once

#include "library/store.h"

#include <QList>
#include <QString>

namespace Paperboy::Core {

struct SmartList {
    qint64 id = 0;
    QString name;
    QString query; // as typed into the search field
};

class SmartLists : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SmartLists)

public:
    SmartLists(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // A new list at the end; the name must be new (compared without case). *id: the new list's.
    Status add(const QString &name, const QString &query, qint64 *id = nullptr);
    Status rename(qint64 id, const QString &name);
    Status setQuery(qint64 id, const QString &query);
    Status remove(qint64 id);
    // By `by` places (negative: up), as far as the lists go.
    Status move(qint64 id, int by);
    // Puts back lists of a backup: a name already in use keeps its query.
    Status restore(const QList<SmartList> &lists);

    // In the sidebar's order.
    QList<SmartList> lists() const;
    std::optional<SmartList> find(const QString &name) const;
    // How many papers the list finds: SearchIndex::count of its query (a paper once).
    int count(const SmartList &list) const;
    // A name not yet used: base, or "base 2", "base 3", …
    QString freeName(const QString &base) const;
};

} // namespace Paperboy::Core
