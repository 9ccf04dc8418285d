// DigestLayoutRegistry: the one place that lists the digest layouts and picks one for a file.
#pragma once

#include "digestlayout.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace Paperboy::Core {

// The layouts live as long as the program; the registry is safe to use from any thread.
//   recognise("# 📰 … – 2025-05-24\n\n## 2505.16938\n…")                      -> hf-daily
//   recognise("## Daily Papers (2025-05-09)\n\n### [T](https://arxiv.org/abs/2505.04921)\n…") -> paper-log
//   recognise("# notes\n\njust text")                                          -> nullptr
//   find("paper-log") -> PaperLogLayout      find("docx") -> nullptr
class DigestLayoutRegistry
{
public:
    // Every layout, in order of precedence: when two score the same, the earlier one reads the file.
    static const QList<const DigestLayout *> &layouts();
    static const DigestLayout *find(QStringView name);
    // The layout whose recognitionScore of text is highest (ties to the earlier), judged on the
    // lines of the first 64 KiB (the whole text when none scores there); nullptr when no layout
    // scores above 0. text is normalised as DigestLayout::parse has it.
    static const DigestLayout *recognise(const QByteArray &text);
};

} // namespace Paperboy::Core
