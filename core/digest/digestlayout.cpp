// DigestLayout: what every layout reads the same way (dates, the papers cap, repeated ids).
#include "digestlayout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Paperboy::Core {

namespace {

const QRegularExpression &datePattern()
{
    static const QRegularExpression re(QStringLiteral(R"((\d{4})-(\d{2})-(\d{2}))"));
    return re;
}

} // namespace

QDate DigestLayout::dateIn(QStringView text)
{
    const auto m = datePattern().matchView(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
}

QDate DigestLayout::dateOfFileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto m = datePattern().match(name);
    if (!m.hasMatch() || m.capturedStart() != 0)
        return {};
    return QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
}

QDate DigestLayout::dateOfPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|[/\\])(\d{4})[/\\](\d{2})[/\\](\d{2})\.(?:md|markdown)$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(path);
    if (!m.hasMatch())
        return {};
    return QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
}

bool DigestLayout::refuseTooManyPapers(qsizetype papers, const QString &fileName, Digest &digest)
{
    if (papers <= DigestParser::MaxPapersPerDay)
        return false;
    digest.diagnostics.append(
        {Diagnostic::Severity::Error,
         fileName,
         0,
         {},
         QCoreApplication::translate("DigestParser", "the file lists %1 papers; a day holds at most %2").arg(papers).arg(DigestParser::MaxPapersPerDay)});
    return true;
}

bool DigestLayout::PaperIds::admit(const QString &id, int line, const QString &fileName, Digest &digest)
{
    if (const auto it = m_seen.constFind(id); it != m_seen.cend()) {
        digest.diagnostics.append({Diagnostic::Severity::Error, fileName, line, id,
                                   QCoreApplication::translate("DigestParser", "the paper appears again (first at line %1); this entry is skipped").arg(*it)});
        return false;
    }
    m_seen.insert(id, line);
    return true;
}

} // namespace Paperboy::Core
