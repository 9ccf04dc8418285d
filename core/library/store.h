// What the stores of a library share: its connection, its signals and the rule for writes.
#pragma once

#include "common/status.h"

#include <QCoreApplication>

namespace Paperboy::Core {

class Database;
class Library;

// A store is one concern of a library (importing, searching, annotations, ...) over the library's
// one connection. Library owns the stores and emits the signals they raise.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

protected:
    Store(Library &library, Database &db)
        : m_lib(library)
        , m_db(db)
    {
    }
    ~Store() = default;

    // Before a change of the reader's data: fails (and signals writeFailed) when the library is read-only.
    Status checkWritable();
    // BEGIN IMMEDIATE for a change that reads before it writes (after checkWritable).
    Status beginWrite();
    // After a failed change: the reason in the reader's words, signalled through writeFailed.
    Status writeFailure(const QString &sqliteMessage);

    Library &m_lib;
    Database &m_db;
};

} // namespace Paperboy::Core
