// ArxivId: arXiv's identifier schemes (https://info.arxiv.org/help/arxiv_identifier.html).
#include "arxivid.h"

#include <QRegularExpression>

namespace Paperboy::Core {

std::optional<QString> ArxivId::normalized(QStringView text)
{
    static const QRegularExpression scheme(
        QStringLiteral(R"(^(?:arxiv:)?(?:(\d{2})(\d{2})\.(\d{4,5})|([a-z][a-z\-]*(?:\.[A-Za-z]{2})?/(\d{2})(\d{2})\d{3}))(?:v\d{1,4})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = scheme.matchView(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    if (m.hasCaptured(1)) {
        const int year = m.capturedView(1).toInt(), month = m.capturedView(2).toInt();
        const bool fiveDigits = m.capturedView(3).size() == 5;
        if (month < 1 || month > 12 || year < 7 || (year == 7 && month < 4) || fiveDigits != (year >= 15))
            return std::nullopt;
        return m.captured(1) + m.captured(2) + u'.' + m.captured(3);
    }
    const int year = m.capturedView(5).toInt(), month = m.capturedView(6).toInt();
    if (month < 1 || month > 12 || (year > 7 && year < 91) || (year == 7 && month > 3))
        return std::nullopt;
    QString id = m.captured(4);
    const qsizetype slash = id.indexOf(u'/');
    const qsizetype dot = id.indexOf(u'.');
    // The archive is lower case, the subject class upper case: math.gt/0309136 is math.GT/0309136.
    if (dot >= 0 && dot < slash)
        return id.first(dot).toLower() + u'.' + id.sliced(dot + 1, slash - dot - 1).toUpper() + id.sliced(slash);
    return id.first(slash).toLower() + id.sliced(slash);
}

} // namespace Paperboy::Core
