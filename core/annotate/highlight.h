// A highlight: a quoted passage of a paper's summary, anchored like a W3C TextQuoteSelector.
#pragma once

#include <QDateTime>
#include <QString>

namespace Paperboy::Core {

struct Highlight {
    qint64 id = 0; // 0 until stored
    QString arxivId;
    QString sectionKind; // canonical kind name of the section it is in, "" when before any section
    QString exact; // the highlighted text
    QString prefix; // up to 32 characters before it
    QString suffix; // up to 32 characters after it
    int position = -1; // where it was in the text it was made on (a hint for re-anchoring)
    QString color = QStringLiteral("#ffe066");
    QString comment;
    QDateTime createdAt;
    // The publisher whose summary it was made in (schema 10); 0: not known, shown on any summary.
    qint64 publisherId = 0;
};

} // namespace Paperboy::Core
