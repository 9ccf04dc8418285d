// The few helpers every store's SQL shares: binding, timestamps and the keys of days and entries.
#pragma once

#include "digest/digestparser.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace Paperboy::Core::Sql {

// Binds in order and runs. A null QString binds as '' (the text columns are NOT NULL); a null
// QVariant stays NULL.
bool exec(QSqlQuery &q, const QVariantList &binds = {});

// Now in UTC as the library stores times (ISO 8601 with milliseconds).
QString now();

// A day as the library stores it ("2025-05-24").
inline QString dayKey(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// A list as a JSON array of strings: the library's list columns, and one parameter for
// json_each(?) that stands for any number of values in a single statement.
QString jsonArray(const QStringList &values);
// The strings of a JSON array (jsonArray's text); nothing for anything else.
QStringList listFromJson(const QString &text);

// A stored time (ISO 8601, with or without milliseconds) in UTC; invalid for NULL or ''.
QDateTime utcFrom(const QVariant &value);

} // namespace Paperboy::Core::Sql
