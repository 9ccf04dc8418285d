// The canonical parts of a digest summary, and how a heading's words map onto them.
#pragma once

#include <QList>
#include <QString>

namespace Paperboy::Core {

// The seven parts every digest summary is asked to have, in their fixed order, plus Other for a
// section whose heading matches none of them (it keeps its own title).
enum class SectionKind { Motivation, Contributions, Method, Experiments, Results, Limitations, FutureWork, Other };

// The seven canonical kinds in reading order (Other excluded).
QList<SectionKind> canonicalSectionKinds();

// Stable machine name used in the database, the CLI and exports: "motivation", ..., "future_work", "other".
QString sectionKindName(SectionKind kind);

// Inverse of sectionKindName; false when the name is unknown.
bool sectionKindFromName(const QString &name, SectionKind *kind);

// Classifies a heading by its words, Korean or English. The number in front is ignored:
//   "1. 핵심 동기와 문제 정의" -> Motivation        "Key contributions" -> Contributions
//   "모델 아키텍처 및 학습 설정" -> Method           "Experimental setup" -> Experiments
//   "5. 정량적 결과" -> Results                      "Limitations" -> Limitations
//   "후속 연구 아이디어 또는 확장 방향" -> FutureWork "Acknowledgements" -> Other
//   the log layout's labels: "What's New" -> Contributions, "Technical Details" -> Method,
//   "Performance Highlights" -> Results, "Ablation Study" -> Experiments, "Conclusion" -> Other
SectionKind classifySectionTitle(const QString &title);

} // namespace Paperboy::Core
