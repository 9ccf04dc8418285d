// Plain values a parsed digest is made of: Digest → Paper → Section, and the diagnostics.
#pragma once

#include "sectionkind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Paperboy::Core {

// Something the parser or importer noticed. Errors reject what they name: the paper paperId names,
// or the heading the message quotes (a paper whose heading gives no id), else the whole file;
// warnings keep it with a repair the message describes.
struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString file;
    int line = 0; // 1-based; 0 when the whole file is meant
    QString paperId;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "file:line: warning: message (paper 2505.16265)", the words in the interface's language.
    QString toString() const;
    // The same without the place: "warning: message (paper 2505.16265)".
    QString text() const;
};

struct Section {
    SectionKind kind = SectionKind::Other;
    int number = 0; // the number written in the heading, 0 when none
    QString title; // the heading's text without its number
    QString markdown; // verbatim source of the section, heading included
    // Where markdown starts in the paper's summaryMarkdown (UTF-16 code units), -1 when it is not
    // known to be a slice of it. The library stores this instead of a second copy of the text.
    qsizetype markdownFrom = -1;
    QString body; // the section without its heading, dedented: what a compare cell shows
};

struct Paper {
    QString arxivId;
    QString link;
    QString title; // the summary's title without "논문 요약:" and quotes (hf-daily), the heading's (paper-log)
    QString summaryMarkdown; // the summary exactly as written
    QList<Section> sections;
    int line = 0; // line of the paper's heading
    // What some layouts say of the paper besides its summary (the log layout's "Authors:" and
    // "Vote:" lines): empty and -1 when the digest does not say.
    QStringList authors;
    int votes = -1;
};

struct Digest {
    QDate date;
    QString title;
    QString layout; // the name of the layout that read it (DigestLayout::name), "" when none did
    QList<Paper> papers;
    QList<Diagnostic> diagnostics;

    bool hasErrors() const;
};

} // namespace Paperboy::Core
