// Heading words → canonical section kinds.
#include "sectionkind.h"

#include <QHash>

#include <array>
#include <utility>
#include <vector>

namespace Paperboy::Core {

namespace {

struct KindInfo {
    SectionKind kind;
    const char *name;
};

constexpr std::array<KindInfo, 8> kKinds{{
    {SectionKind::Motivation, "motivation"},
    {SectionKind::Contributions, "contributions"},
    {SectionKind::Method, "method"},
    {SectionKind::Experiments, "experiments"},
    {SectionKind::Results, "results"},
    {SectionKind::Limitations, "limitations"},
    {SectionKind::FutureWork, "future_work"},
    {SectionKind::Other, "other"},
}};

struct Rule {
    SectionKind kind;
    std::array<const char *, 11> words; // lower-case fragments; nullptr ends the list
};

// Order matters: the first rule with a matching fragment wins. Future work and limitations come
// first because their headings often also mention results or methods ("한계점 및 잠재적 실패 요인",
// "future extensions of the method"); results come before experiments so "실험 결과" is a result.
const std::array<Rule, 7> kRules{{
    {SectionKind::FutureWork, {"후속", "향후", "확장 방향", "future", "next step", "outlook", "open question", nullptr}},
    {SectionKind::Limitations, {"한계", "실패 요인", "제약", "limitation", "weakness", "failure", "risk", nullptr}},
    {SectionKind::Results, {"결과", "성능 비교", "result", "finding", "performance", "evaluation", nullptr}},
    {SectionKind::Method, {"아키텍처", "학습 설정", "방법", "구조", "architecture", "method", "approach", "training", "technical detail", nullptr}},
    {SectionKind::Experiments, {"실험", "데이터셋", "experiment", "setup", "set-up", "dataset", "benchmark", "ablation", nullptr}},
    {SectionKind::Contributions, {"기여", "참신", "contribution", "novelty", "key idea", "what's new", "what\u2019s new", nullptr}},
    {SectionKind::Motivation, {"동기", "문제 정의", "배경", "motivation", "problem", "background", "introduction", nullptr}},
}};

QString stripNumbering(const QString &title)
{
    int i = 0;
    const int n = int(title.size());
    while (i < n && (title.at(i).isSpace() || title.at(i) == u'#'))
        ++i;
    int digits = i;
    while (digits < n && title.at(digits).isDigit())
        ++digits;
    if (digits > i && digits < n && (title.at(digits) == u'.' || title.at(digits) == u')'))
        i = digits + 1;
    return title.mid(i).trimmed();
}

} // namespace

QList<SectionKind> canonicalSectionKinds()
{
    return {SectionKind::Motivation, SectionKind::Contributions, SectionKind::Method,    SectionKind::Experiments,
            SectionKind::Results,    SectionKind::Limitations,   SectionKind::FutureWork};
}

QString sectionKindName(SectionKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("other");
}

bool sectionKindFromName(const QString &name, SectionKind *kind)
{
    for (const auto &k : kKinds) {
        if (name == QLatin1StringView(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

SectionKind classifySectionTitle(const QString &title)
{
    // The fragments as QStrings, converted once (every section of every imported paper comes here).
    static const std::vector<std::pair<QString, SectionKind>> fragments = [] {
        std::vector<std::pair<QString, SectionKind>> out;
        for (const auto &rule : kRules)
            for (const char *word : rule.words) {
                if (!word)
                    break;
                out.emplace_back(QString::fromUtf8(word), rule.kind);
            }
        return out;
    }();
    // Digests repeat the same few headings in every paper: each thread remembers its answers.
    thread_local QHash<QString, SectionKind> known;
    if (const auto it = known.constFind(title); it != known.cend())
        return *it;
    SectionKind result = SectionKind::Other;
    const QString t = stripNumbering(title).toLower();
    for (const auto &[word, kind] : fragments) {
        if (t.contains(word)) {
            result = kind;
            break;
        }
    }
    if (known.size() >= 4096)
        known.clear();
    known.insert(title, result);
    return result;
}

} // namespace Paperboy::Core
