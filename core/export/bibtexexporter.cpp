// BibtexExporter: entries, keys and LaTeX escaping.
#include "bibtexexporter.h"

#include "export/exportcontent.h"
#include "export/markup.h"

#include <QRegularExpression>

#include <utility>

namespace Paperboy::Core {

namespace {

QString bibtexYear(const ExportPaper &p)
{
    // New ids are YYMM.NNNNN (since 2007); old ones are archive/YYMMNNN.
    static const QRegularExpression modern(QStringLiteral(R"(^(\d{2})(\d{2})\.\d{4,5}(v\d+)?$)"));
    static const QRegularExpression old(QStringLiteral(R"(^[a-z\-]+(\.[A-Z]{2})?/(\d{2})(\d{2})\d{3}(v\d+)?$)"));
    if (const auto m = modern.match(p.arxivId); m.hasMatch())
        return QString::number(2000 + m.captured(1).toInt());
    if (const auto m = old.match(p.arxivId); m.hasMatch()) {
        const int yy = m.captured(2).toInt();
        return QString::number(yy >= 91 ? 1900 + yy : 2000 + yy);
    }
    return p.day().isValid() ? QString::number(p.day().year()) : QString();
}

} // namespace

QString BibtexExporter::description() const
{
    return Exporter::tr("BibTeX");
}

ExportResult BibtexExporter::render(const ExportSet &set, const ExportOptions &o, const Progress &progress, const std::atomic_bool *cancel) const
{
    QString out;
    for (int i = 0; i < set.papers.size(); ++i) {
        if (isCancelled(cancel))
            return cancelledResult();
        const ExportPaper &p = set.papers.at(i);
        QList<std::pair<QString, QString>> fields;
        fields.append({QStringLiteral("title"), u'{' + escaped(ExportContent::displayTitle(p).simplified()) + u'}'});
        const QString year = bibtexYear(p);
        if (!year.isEmpty())
            fields.append({QStringLiteral("year"), year});
        fields.append({QStringLiteral("eprint"), escaped(p.arxivId)});
        fields.append({QStringLiteral("archivePrefix"), QStringLiteral("arXiv")});
        fields.append({QStringLiteral("url"), escaped(p.arxivUrl())});
        if (o.includeTags && !p.tags.isEmpty()) {
            QStringList tags;
            for (const QString &t : p.tags)
                tags << escaped(QString(t).replace(u',', u' ').simplified());
            fields.append({QStringLiteral("keywords"), tags.join(QStringLiteral(", "))});
        }
        if (o.includeNotes && !p.note.trimmed().isEmpty())
            fields.append({QStringLiteral("annote"), escaped(p.note.trimmed())});
        out += QStringLiteral("@misc{%1,\n").arg(key(p.arxivId));
        for (const auto &[name, value] : std::as_const(fields))
            out += QStringLiteral("  %1 = {%2},\n").arg(name.leftJustified(13), value);
        out += QStringLiteral("}\n\n");
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return oneFile(out.toUtf8());
}

QString BibtexExporter::key(const QString &arxivId)
{
    QString key = QStringLiteral("arXiv:");
    for (const QChar c : arxivId)
        key += (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'/' || c == u'_')) ? c : u'-';
    return key;
}

QString BibtexExporter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : Markup::xmlSafe(text)) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\textbackslash{}"); break;
        case u'{': out += QStringLiteral("\\textbraceleft{}"); break;
        case u'}': out += QStringLiteral("\\textbraceright{}"); break;
        case u'$': out += QStringLiteral("\\$"); break;
        case u'&': out += QStringLiteral("\\&"); break;
        case u'%': out += QStringLiteral("\\%"); break;
        case u'#': out += QStringLiteral("\\#"); break;
        case u'_': out += QStringLiteral("\\_"); break;
        case u'~': out += QStringLiteral("\\textasciitilde{}"); break;
        case u'^': out += QStringLiteral("\\textasciicircum{}"); break;
        case u'\r': break;
        default: out += c;
        }
    }
    return out;
}

} // namespace Paperboy::Core
