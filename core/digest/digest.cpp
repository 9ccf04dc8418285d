// Small behaviour of the digest value types.
#include "digest.h"

#include <algorithm>

namespace Paperboy::Core {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    QString s = where + (isError() ? QStringLiteral(": error: ") : QStringLiteral(": warning: ")) + message;
    if (!paperId.isEmpty())
        s += QStringLiteral(" (paper %1)").arg(paperId);
    return s;
}

bool Digest::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

} // namespace Paperboy::Core
