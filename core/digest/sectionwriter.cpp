// SectionWriter: UTF-8 offsets of a summary carried over to UTF-16 ones as the sections go by.
#include "sectionwriter.h"

#include "digesttext.h"

namespace Paperboy::Core {

SectionWriter::SectionWriter(Paper &paper, QByteArrayView summary, DigestUtf8::Paper *texts)
    : m_paper(paper)
    , m_summary(summary)
    , m_texts(texts)
{
    m_paper.sections.clear();
    if (m_texts)
        m_texts->sections.clear();
}

qsizetype SectionWriter::toUtf16(qsizetype offset8)
{
    if (offset8 < m_at8)
        m_at8 = m_at16 = 0;
    m_at16 += DigestText::utf16Length(m_summary.sliced(m_at8, offset8 - m_at8));
    m_at8 = offset8;
    return m_at16;
}

void SectionWriter::add(Section section, QByteArrayView markdown, const QByteArray &body)
{
    const qsizetype from16 = toUtf16(markdown.data() - m_summary.data());
    const qsizetype end16 = toUtf16(markdown.data() + markdown.size() - m_summary.data());
    if (m_texts) {
        m_texts->sections.append({body, from16, end16 - from16});
    } else {
        const QStringView summary(m_paper.summaryMarkdown);
        if (end16 <= summary.size()) {
            section.markdown = summary.sliced(from16, end16 - from16).toString();
            section.markdownFrom = from16;
        } else { // the UTF-8 is not summaryMarkdown's own (parseSummary of a string with lone surrogates)
            section.markdown = QString::fromUtf8(markdown);
        }
        section.body = QString::fromUtf8(body);
    }
    m_paper.sections.append(std::move(section));
}

} // namespace Paperboy::Core
