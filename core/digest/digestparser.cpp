// The digest parser: one check of the bytes, then the layout that recognises the file reads it.
#include "digestparser.h"

#include "digestlayoutregistry.h"
#include "hfdigestlayout.h"
#include "markdownoutline.h"

#include "common/regularfile.h"
#include "common/utf8.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

namespace Paperboy::Core {

namespace {

// CRLF and lone CR become LF; NUL and invalid UTF-8 become U+FFFD. Returns clean UTF-8.
QByteArray normalize(const QByteArray &raw, const QString &file, QList<Diagnostic> &diags)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.contains('\r')) {
        bytes.replace("\r\n", "\n");
        bytes.replace('\r', '\n');
    }
    // The usual case, clean UTF-8 without NUL, is returned as it is (shared, not copied).
    if (!bytes.contains('\0') && isWellFormedUtf8(bytes))
        return bytes;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    const bool badUtf8 = decoder.hasError();
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0)
        text.replace(QChar(0), QChar::ReplacementCharacter);
    if (badUtf8 || nul >= 0) {
        const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
        diags.append({Diagnostic::Severity::Warning,
                      file,
                      int(text.left(at).count(u'\n')) + 1,
                      {},
                      QCoreApplication::translate("DigestParser", "invalid bytes (not UTF-8 text) replaced by U+FFFD")});
    }
    return text.toUtf8();
}

// A file no layout recognises: one error that says what each layout expects ("no date" first when
// not even a date is there, as a file of neither layout usually has none).
void rejectUnrecognised(const QByteArray &text, const QString &fileName, Digest &digest)
{
    QStringList expected;
    for (const DigestLayout *layout : DigestLayoutRegistry::layouts())
        expected << QStringLiteral("%1 (%2)").arg(layout->expectation(), layout->name());
    const QString layouts = expected.join(QCoreApplication::translate("DigestParser", " or "));
    // A date as any layout writes it: in the first heading, the file name or a …/YYYY/MM/DD.md path.
    bool dated = false;
    const MarkdownOutline outline = MarkdownOutline::parse(text.left(64 * 1024));
    for (const MarkdownOutline::Block &b : outline.blocks()) {
        if (b.type == MarkdownOutline::BlockType::Heading) {
            static const QRegularExpression date(QStringLiteral(R"(\d{4}-\d{2}-\d{2})"));
            dated = date.match(QString::fromUtf8(b.text)).hasMatch();
            break;
        }
    }
    static const QRegularExpression datedName(QStringLiteral(R"((?:^|[/\\])(?:\d{4}-\d{2}-\d{2}[^/\\]*|\d{4}[/\\]\d{2}[/\\]\d{2}\.[^/\\]*)$)"));
    dated = dated || datedName.match(fileName).hasMatch();
    const QString message = dated ? QCoreApplication::translate("DigestParser", "no papers: expected %1").arg(layouts)
                                  : QCoreApplication::translate("DigestParser", "no date and no papers: not a digest; expected %1").arg(layouts);
    digest.diagnostics.append({Diagnostic::Severity::Error, fileName, 0, {}, message});
}

Digest parseDigest(const QByteArray &content, const QString &fileName, DigestUtf8 *texts)
{
    if (texts)
        *texts = {};
    Digest digest;
    auto &diags = digest.diagnostics;
    const auto error = [&](const QString &msg) { diags.append({Diagnostic::Severity::Error, fileName, 0, {}, msg}); };
    if (content.isEmpty()) {
        error(QCoreApplication::translate("DigestParser", "the file is empty"));
        return digest;
    }
    if (content.size() > DigestParser::MaxFileBytes) {
        error(QCoreApplication::translate("DigestParser", "the file is %1 MiB; digests over %2 MiB are refused")
                  .arg(content.size() / (1024 * 1024))
                  .arg(DigestParser::MaxFileBytes / (1024 * 1024)));
        return digest;
    }
    const QByteArray text = normalize(content, fileName, diags);
    const DigestLayout *layout = DigestLayoutRegistry::recognise(text);
    if (!layout) {
        rejectUnrecognised(text, fileName, digest);
        return digest;
    }
    digest.layout = layout->name();
    layout->parse(text, fileName, digest, texts);
    return digest;
}

} // namespace

void DigestParser::parseSummary(Paper &paper)
{
    HfDigestLayout::parseSummary(paper, paper.summaryMarkdown.toUtf8(), nullptr);
}

Digest DigestParser::parse(const QByteArray &content, const QString &fileName)
{
    return parseDigest(content, fileName, nullptr);
}

Digest DigestParser::parseForImport(const QByteArray &content, const QString &fileName, DigestUtf8 *texts)
{
    return parseDigest(content, fileName, texts);
}

Digest DigestParser::parseFile(const QString &path)
{
    Diagnostic problem;
    if (const std::optional<QByteArray> content = readFile(path, &problem))
        return parse(*content, path);
    Digest d;
    d.diagnostics.append(problem);
    return d;
}

std::optional<QByteArray> DigestParser::readFile(const QString &path, Diagnostic *problem, qint64 maxBytes)
{
    RegularFile file = readRegularFile(path, maxBytes);
    if (file.ok())
        return std::move(file.content);
    QString message = file.message;
    if (file.problem == RegularFile::Problem::CannotRead)
        message = QCoreApplication::translate("DigestParser", "cannot read: %1").arg(file.message);
    else if (file.problem == RegularFile::Problem::TooLarge && file.reportedSize > maxBytes) // refused by its size, unread
        message = QCoreApplication::translate("DigestParser", "the file is %1 MiB; digests over %2 MiB are refused")
                      .arg(file.reportedSize / (1024 * 1024))
                      .arg(maxBytes / (1024 * 1024));
    *problem = {Diagnostic::Severity::Error, path, 0, {}, message};
    return std::nullopt;
}

} // namespace Paperboy::Core
