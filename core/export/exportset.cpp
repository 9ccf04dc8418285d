// The export values' few functions.
#include "exportset.h"

namespace Paperboy::Core {

QString ExportPaper::arxivUrl() const
{
    return QStringLiteral("https://arxiv.org/abs/") + arxivId;
}

} // namespace Paperboy::Core
