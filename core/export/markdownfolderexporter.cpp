// MarkdownFolderExporter: front matter, links between notes, safe file names, and writing into a vault.
#include "markdownfolderexporter.h"

#include "common/atomicfile.h"
#include "export/exportcontent.h"
#include "export/markdownexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Paperboy::Core {

using namespace ExportContent;

namespace {

// YAML double-quoted scalar: \ and " escaped, anything unprintable as \uXXXX.
QString yamlString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'"')
            out += u'\\' + QString(c);
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0xfeff || u == 0x2028 || u == 0x2029 || u == 0xfffe || u == 0xffff)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

QString yamlList(const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return key + QStringLiteral(": []\n");
    QString out = key + QStringLiteral(":\n");
    for (const QString &v : values)
        out += QStringLiteral("  - ") + yamlString(v) + u'\n';
    return out;
}

// Text for [[target|alias]]: Obsidian ends the alias at | or ]].
QString wikiAlias(const QString &text)
{
    QString s = text.simplified();
    s.replace(u'|', u'/');
    s.replace(u'[', u'(');
    s.replace(u']', u')');
    return s;
}

QString frontMatter(const ExportPaper &p, const ExportOptions &o)
{
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("title: ") + yamlString(displayTitle(p)) + u'\n';
    out += QStringLiteral("arxiv: ") + yamlString(p.arxivId) + u'\n';
    if (p.day().isValid())
        out += QStringLiteral("date: ") + dayText(p.day()) + u'\n';
    out += QStringLiteral("url: ") + yamlString(p.arxivUrl()) + u'\n';
    if (!p.link.isEmpty() && p.link != p.arxivUrl())
        out += QStringLiteral("source: ") + yamlString(p.link) + u'\n';
    if (o.includeTags) {
        QStringList tags;
        for (const QString &t : p.tags) {
            const QString tag = MarkdownFolderExporter::obsidianTag(t);
            if (!tag.isEmpty() && !tags.contains(tag))
                tags << tag;
        }
        out += yamlList(QStringLiteral("tags"), tags);
        out += yamlList(QStringLiteral("paperboy-tags"), p.tags);
    }
    QStringList aliases;
    if (!p.title.isEmpty())
        aliases << wikiAlias(p.title);
    aliases << p.arxivId;
    out += yamlList(QStringLiteral("aliases"), aliases);
    out += QStringLiteral("starred: %1\n").arg(p.starred ? QStringLiteral("true") : QStringLiteral("false"));
    out += QStringLiteral("---\n\n");
    return out;
}

} // namespace

QString MarkdownFolderExporter::description() const
{
    return Exporter::tr("Markdown, one note per paper (Obsidian)");
}

void MarkdownFolderExporter::prepare(const QString &path, ExportOptions *options) const
{
    options->existingFiles = existingNoteFiles(path);
}

ExportResult MarkdownFolderExporter::render(const ExportSet &set, const ExportOptions &o, const Progress &progress, const std::atomic_bool *cancel) const
{
    // Names first: links between the notes need every note's file name.
    QStringList names;
    QSet<QString> used;
    for (const ExportPaper &p : set.papers) {
        QString name = o.existingFiles.value(p.arxivId, noteFileName(p));
        if (used.contains(name.toLower()))
            name = safeFileName(p.arxivId) + QStringLiteral(".md");
        used.insert(name.toLower());
        names << name;
    }
    ExportResult result;
    for (int i = 0; i < set.papers.size(); ++i) {
        if (isCancelled(cancel))
            return cancelledResult();
        const ExportPaper &p = set.papers.at(i);
        QString out = frontMatter(p, o);
        out += QStringLiteral("# ") + MarkdownExporter::inlineText(displayTitle(p)) + QStringLiteral("\n\n") + MarkdownExporter::metaLine(p, o)
            + QStringLiteral("\n\n");
        out += MarkdownExporter::paperBody(p, o, 2);
        // Related notes: papers of this export sharing a tag, or named in this paper's note.
        QStringList related;
        for (int j = 0; j < set.papers.size() && related.size() < 50; ++j) {
            if (j == i)
                continue;
            const ExportPaper &q = set.papers.at(j);
            QStringList shared;
            if (o.includeTags)
                for (const QString &t : p.tags)
                    if (q.tags.contains(t, Qt::CaseInsensitive))
                        shared << MarkdownExporter::inlineText(t);
            const bool named = o.includeNotes && p.note.contains(q.arxivId);
            if (shared.isEmpty() && !named)
                continue;
            QString target = names.at(j);
            target.chop(3); // ".md"
            QString line = QStringLiteral("- [[%1|%2]]").arg(target, wikiAlias(displayTitle(q)));
            if (!shared.isEmpty())
                line += QStringLiteral(" — ") + Exporter::tr("tags: %1").arg(shared.join(QStringLiteral(", ")));
            related << line;
        }
        if (!related.isEmpty())
            out += QStringLiteral("## ") + Exporter::tr("Related") + QStringLiteral("\n\n") + related.join(u'\n') + QStringLiteral("\n");
        result.files.append({names.at(i), out.toUtf8()});
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return result;
}

Status MarkdownFolderExporter::writeFiles(const ExportResult &result, const QString &path) const
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Status::failure(Exporter::tr("%1 is a file; md-folder writes into a folder").arg(path));
    // Names are checked before anything is written, so a bad one changes nothing.
    for (const ExportFile &f : result.files)
        if (f.name.isEmpty() || f.name.contains(u'/') || f.name.contains(u'\\') || f.name.startsWith(u'.'))
            return Status::failure(Exporter::tr("refusing to write the file name “%1”").arg(f.name));
    if (!QDir().mkpath(path))
        return Status::failure(Exporter::tr("cannot make the folder %1").arg(path));
    const QDir dir(path);
    const QString root = QFileInfo(path).canonicalFilePath();
    QStringList skipped;
    int written = 0;
    for (const ExportFile &f : result.files) {
        const QString target = dir.filePath(f.name);
        // A vault is often synced or shared, so anyone who can write to it can leave a link there,
        // pointing anywhere: never write through one (AtomicFile::Links::Refuse), nor into anything
        // but a regular file directly in the folder.
        if (QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath() != root) {
            skipped << f.name;
            continue;
        }
        AtomicFile::Failure failure;
        if (const Status s = AtomicFile::write(target, f.data, AtomicFile::Links::Refuse, &failure); !s) {
            if (failure.problem == AtomicFile::Problem::Link || failure.problem == AtomicFile::Problem::NotRegularFile) {
                skipped << f.name;
                continue;
            }
            return s;
        }
        ++written;
    }
    if (!skipped.isEmpty()) {
        QStringList named = skipped.mid(0, 5);
        if (skipped.size() > named.size())
            named << Exporter::tr("and %n more", nullptr, int(skipped.size() - named.size()));
        return Status::failure(Exporter::tr("wrote %n note(s) into %1 but left alone what is a link or not a regular file there: %2", nullptr, written)
                                   .arg(path, named.join(QStringLiteral(", "))));
    }
    return Status::success();
}

QHash<QString, QString> MarkdownFolderExporter::existingNoteFiles(const QString &folder)
{
    QHash<QString, QString> found;
    static const QRegularExpression arxivLine(QStringLiteral(R"re(^arxiv:\s*"?([^"\r\n]+?)"?\s*$)re"), QRegularExpression::MultilineOption);
    // Links are not followed: what they point at is not the vault's (and could be any file).
    QStringList files = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QString &name : std::as_const(files)) {
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString head = QString::fromUtf8(f.read(4096));
        if (!head.startsWith(QLatin1StringView("---\n")) && !head.startsWith(QLatin1StringView("---\r\n")))
            continue;
        const qsizetype end = head.indexOf(QLatin1StringView("\n---"), 3);
        const auto m = arxivLine.match(end < 0 ? head : head.left(end));
        if (m.hasMatch() && !found.contains(m.captured(1)))
            found.insert(m.captured(1), name);
    }
    return found;
}

QString MarkdownFolderExporter::safeFileName(const QString &name, int maxBytes)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*#^[]");
    QString s;
    for (const uint c : name.toUcs4()) {
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfffd || (c < 0x80 && forbidden.contains(QChar(char16_t(c)))))
            s += u'_';
        else
            s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    s = s.simplified();
    // At most maxBytes of UTF-8, cut between characters.
    if (s.toUtf8().size() > maxBytes) {
        QString cut;
        int bytes = 0;
        for (const uint c : s.toUcs4()) {
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            bytes += int(ch.toUtf8().size());
            if (bytes > maxBytes)
                break;
            cut += ch;
        }
        s = cut;
    }
    while (!s.isEmpty() && (s.endsWith(u'.') || s.endsWith(u' ')))
        s.chop(1);
    if (s.startsWith(u'.'))
        s[0] = u'_';
    if (s.isEmpty())
        return QStringLiteral("_");
    static const QRegularExpression reserved(QStringLiteral(R"(^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(s).hasMatch())
        s.prepend(u'_');
    return s;
}

QString MarkdownFolderExporter::noteFileName(const ExportPaper &paper)
{
    const QString base = paper.title.isEmpty() ? paper.arxivId : paper.arxivId + u' ' + paper.title;
    return safeFileName(base) + QStringLiteral(".md");
}

QString MarkdownFolderExporter::obsidianTag(const QString &tag)
{
    QString out;
    for (const QChar c : tag.trimmed()) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'-' || c == u'/' || c.isSurrogate())
            out += c;
        else if (!out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_') && out.size() > 1)
        out.chop(1);
    if (out == QLatin1StringView("_"))
        return {};
    // A tag of digits only is not a tag in Obsidian.
    if (!out.isEmpty() && std::all_of(out.cbegin(), out.cend(), [](QChar c) { return c.isDigit(); }))
        out.prepend(u'_');
    return out;
}

} // namespace Paperboy::Core
