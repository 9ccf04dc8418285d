// SectionWriter: adds a paper's sections as slices of its summary, as QStrings or as DigestUtf8.
#pragma once

#include "digest.h"
#include "digestparser.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Paperboy::Core {

// Every layout's sections keep the contract of Section::markdownFrom: a section's Markdown is a
// slice of the paper's summary. A layout finds where each section starts and ends in the summary's
// UTF-8; the writer turns that into UTF-16 offsets (the sections come in order, so it walks the
// summary once) and stores the section either as QStrings in the Paper or, for an import, as
// UTF-8 in DigestUtf8::Paper (DigestParser::parseForImport).
class SectionWriter
{
public:
    // summary: the summary's UTF-8; unless texts is given, the UTF-8 of paper.summaryMarkdown.
    // Clears the paper's sections (and texts' sections).
    SectionWriter(Paper &paper, QByteArrayView summary, DigestUtf8::Paper *texts);
    Q_DISABLE_COPY_MOVE(SectionWriter)

    // markdown: the section's verbatim Markdown, a view into the summary; body: its text without
    // its title, as UTF-8. section's kind, number and title are kept as given.
    void add(Section section, QByteArrayView markdown, const QByteArray &body);

private:
    qsizetype toUtf16(qsizetype offset8);

    Paper &m_paper;
    QByteArrayView m_summary;
    DigestUtf8::Paper *m_texts;
    qsizetype m_at8 = 0;
    qsizetype m_at16 = 0;
};

} // namespace Paperboy::Core
