// Small behaviour of the digest value types.
#include "digest.h"

#include <QCoreApplication>

#include <algorithm>

namespace Paperboy::Core {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    return where + QStringLiteral(": ") + text();
}

QString Diagnostic::text() const
{
    QString s = (isError() ? QCoreApplication::translate("Paperboy::Core::Diagnostic", "error")
                           : QCoreApplication::translate("Paperboy::Core::Diagnostic", "warning"))
        + QStringLiteral(": ") + message;
    if (!paperId.isEmpty())
        s += u' ' + QCoreApplication::translate("Paperboy::Core::Diagnostic", "(paper %1)").arg(paperId);
    return s;
}

bool Digest::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

} // namespace Paperboy::Core
