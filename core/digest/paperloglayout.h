// PaperLogLayout ("paper-log"): a daily papers log, one "### [Title](arXiv link)" heading per paper.
#pragma once

#include "digestlayout.h"

namespace Paperboy::Core {

// docs/FORMAT.md has the details. In short:
//
//   ## Daily Papers (2025-05-09)                   -> date (else from a …/2025/05/09.md path or a
//                                                     2025-05-09 file name)
//   ### [Flow-GRPO: …](https://arxiv.org/abs/2505.05470v2)
//                                                  -> a paper: title as written, id 2505.05470, the
//                                                     link as written (abs/ or pdf/)
//   ![](https://…/2505.05470.png)                  -> inert: not part of the summary
//   [Watch Video](…), <div><video …></video></div> -> inert
//   Vote: 34                                       -> votes 34
//   Authors: Di Zhang, Gongye Liu                  -> authors
//   - ***What's New***: 온라인 강화 학습을 …          -> section Contributions, titled "What's New"
//   - **Technical Details**: …                     -> section Method (two stars as well as three)
//   - ***Performance Highlights***: …              -> section Results
//   - plain bullets without labels                 -> one section of kind Other, titled "Summary"
//
// Papers are split at their "###" lines before md4c reads each one; a "#" or "##" line ends the
// paper before it, and text under such a line after the first paper belongs to no paper (an
// error says so: "## 2505.16938" of the hf-daily layout in a log file is skipped, not merged).
class PaperLogLayout final : public DigestLayout
{
public:
    QString name() const override;
    QString expectation() const override;
    // The number of "### [...](…arxiv.org/…)" lines, and 1 for a "## Daily Papers" line.
    int recognitionScore(QByteArrayView text) const override;
    void parse(const QByteArray &text, const QString &fileName, Digest &digest, DigestUtf8 *texts) const override;
};

} // namespace Paperboy::Core
