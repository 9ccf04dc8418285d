// HfDigestLayout ("hf-daily"): the Hugging Face daily digest, one "## <arXiv id>" heading per paper.
#pragma once

#include "digestlayout.h"

#include <QRegularExpression>

namespace Paperboy::Core {

// docs/FORMAT.md has every variant. In short:
//
//   # 📰 Hugging Face Daily Papers – 2025-05-24     -> date 2025-05-24 (else taken from the file name)
//   ## 2505.16265                                   -> a paper starts (new- or old-style arXiv id)
//   🔗 https://huggingface.co/papers/2505.16265      -> link
//   **Summary**:
//   ```markdown                                     -> summary (an unfenced summary is accepted too)
//   # 논문 요약: "Think-RM"                           -> title "Think-RM"
//   ## 1. 핵심 동기와 문제 정의                        -> section Motivation, number 1
//   1. **핵심 동기와 문제 정의**                       -> the same, list form
//   ```
//
// Papers are split at their "## <id>" lines before md4c reads each one, so a fence left open runs
// only to the next paper (with a warning) instead of swallowing the rest of the day.
class HfDigestLayout final : public DigestLayout
{
public:
    QString name() const override;
    QString expectation() const override;
    // The number of "## <arXiv id>" lines.
    int recognitionScore(QByteArrayView text) const override;
    void parse(const QByteArray &text, const QString &fileName, Digest &digest, DigestUtf8 *texts) const override;

    // Splits a summary (UTF-8; paper.summaryMarkdown's unless texts is given) into the paper's
    // title and sections: headings, a bold numbered list or bold lines (DigestParser::parseSummary).
    static void parseSummary(Paper &paper, const QByteArray &summary, DigestUtf8::Paper *texts);
    // The label some summaries put before their title ("논문 요약:", "Summary:"), with the white
    // space after it, at the start of a title's text; the title is what follows.
    static const QRegularExpression &summaryLabel();
};

} // namespace Paperboy::Core
