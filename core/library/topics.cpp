// Topics: words whose share of papers rises, counted from the entries' titles and summaries.
#include "library/topics.h"

#include "library/database.h"
#include "library/sql.h"
#include "search/koreanword.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Paperboy::Core {

namespace {

// English words too common to be a topic: function words, and the words every summary uses.
const QSet<QString> &englishStopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *list[] = {
            "the", "and", "for", "with", "that", "this", "from", "are", "was", "were", "has", "have", "had", "not", "but",
            "its", "into", "than", "then", "they", "them", "their", "there", "these", "those", "which", "while", "when",
            "where", "what", "who", "how", "can", "could", "would", "should", "will", "may", "might", "also", "such",
            "more", "most", "less", "over", "under", "between", "both", "each", "other", "only", "all", "any", "our",
            "your", "you", "his", "her", "one", "two", "three", "via", "per", "using", "use", "used", "based", "new",
            "paper", "papers", "model", "models", "method", "methods", "approach", "results", "result", "data",
            "dataset", "datasets", "performance", "task", "tasks", "training", "baseline", "baselines", "learning",
            "large", "language", "https", "http", "www", "com", "org", "arxiv", "abs", "huggingface", "markdown",
            "summary", "github", "etc", "vs",
        };
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

// Korean words every summary uses: the summary headings and the generic words of a paper's story.
const QSet<QString> &koreanStopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *list[] = {
            "논문", "모델", "제안", "방법", "결과", "성능", "연구", "기존", "데이터", "요약", "핵심", "동기", "문제",
            "정의", "주요", "기여", "참신성", "아키텍처", "학습", "설정", "실험", "정량", "한계점", "잠재", "실패",
            "요인", "후속", "아이디어", "확장", "방향", "또는", "그리고", "하지만", "이러한", "이를", "이는", "통해",
            "위해", "대한", "대해", "있습니다", "없습니다", "합니다", "입니다", "됩니다", "있는", "없는", "같은",
            "다른", "모든", "각각", "가장", "매우", "크게", "더욱", "기반", "사용", "활용", "적용", "수행", "개선",
            "향상", "달성", "평가", "비교", "대상", "데이터셋", "기법", "접근", "방식", "프레임워크", "과제", "분석",
            "보여", "보였습니다", "있다", "한다", "이다", "경우", "수준", "다양", "효과", "기준", "최신", "우수",
            "기술", "단계", "구조", "문제점", "정량적", "한계", "새로운", "가능", "필요", "여러", "하나", "이상",
            "이하", "대비", "통한", "위한", "따라", "또한", "특히", "시스템",
        };
        for (const char *w : list)
            set.insert(QString::fromUtf8(w));
        return set;
    }();
    return words;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Calls found(word) for every word of text; word is a buffer reused between calls.
template<typename Found>
void forEachTerm(QStringView text, QString &word, Found &&found)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (KoreanWord::isHangul(c)) {
            qsizetype j = i + 1;
            while (j < n && KoreanWord::isHangul(text[j]))
                ++j;
            QStringView run = text.sliced(i, j - i);
            i = j;
            // An ending, then a particle before it ("모델에서는" → 모델에서 → 모델).
            run = KoreanWord::stem(run);
            if (run.size() < 2)
                continue;
            word.resize(0);
            word.append(run);
            if (!koreanStopWords().contains(word))
                found(word);
        } else if (isAsciiLetter(c)) {
            qsizetype j = i + 1;
            while (j < n && (isAsciiLetter(text[j]) || isAsciiDigit(text[j])))
                ++j;
            const qsizetype length = j - i;
            if (length >= 3) {
                word.resize(length);
                QChar *out = word.data();
                for (qsizetype k = 0; k < length; ++k) {
                    const char16_t u = text[i + k].unicode();
                    out[k] = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u);
                }
                if (!englishStopWords().contains(word))
                    found(word);
            }
            i = j;
        } else if (isAsciiDigit(c)) {
            // Numbers and what follows them ("3d", "4o") are no topics.
            while (i < n && (isAsciiLetter(text[i]) || isAsciiDigit(text[i])))
                ++i;
        } else {
            ++i;
        }
    }
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// Shown entries of the range on the first day a digest showed their paper, oldest first.
const QString kPapers = QStringLiteral("SELECT e.day, e.arxiv_id, e.title, e.summary FROM entries e "
                                       "WHERE e.shown AND e.day BETWEEN ? AND ? "
                                       "AND NOT EXISTS (SELECT 1 FROM entries p WHERE p.arxiv_id = e.arxiv_id AND p.shown AND p.day < e.day) "
                                       "ORDER BY e.day, e.id");

} // namespace

QStringList Topics::terms(const QString &text)
{
    QStringList out;
    QSet<QString> seen;
    QString word;
    forEachTerm(text, word, [&](const QString &w) {
        if (!seen.contains(w)) {
            seen.insert(w);
            out.append(w);
        }
    });
    return out;
}

TopicsResult Topics::compute(const QDate &fromDay, const QDate &toDay, int limit) const
{
    TopicsResult result;
    QDate to = toDay;
    if (!to.isValid()) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("SELECT max(day) FROM entries WHERE shown")) && q.next())
            to = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!to.isValid())
            return result;
    }
    const QDate lastMonday = mondayOf(to);
    QDate from = fromDay.isValid() ? mondayOf(std::min(fromDay, to)) : lastMonday.addDays(-7 * (RecentWeeks + BaselineWeeks - 1));
    const int weekCount = int(from.daysTo(lastMonday) / 7) + 1;
    const int recentWeeks = std::max(1, std::min(RecentWeeks, weekCount / 2));
    result.from = from;
    result.to = to;
    result.recentFrom = lastMonday.addDays(-7 * (recentWeeks - 1));
    for (int w = 0; w < weekCount; ++w)
        result.weeks.append(from.addDays(7 * w));

    // Every paper of the range, and for every word the papers that have it (in paper order).
    std::vector<TopicPaper> papers;
    std::vector<int> paperWeek;
    QHash<QString, int> termIndex;
    QList<QString> termNames;
    std::vector<std::vector<int>> postings;
    QString word;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kPapers);
    if (!Sql::exec(q, {Sql::dayKey(from), Sql::dayKey(to)}))
        return result;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const int paper = int(papers.size());
        papers.push_back(TopicPaper{.day = day, .arxivId = q.value(1).toString(), .title = q.value(2).toString()});
        paperWeek.push_back(int(from.daysTo(day) / 7));
        const auto count = [&](const QString &w) {
            auto it = termIndex.constFind(w);
            int t;
            if (it == termIndex.constEnd()) {
                t = int(termNames.size());
                termIndex.insert(w, t);
                termNames.append(w);
                postings.emplace_back();
            } else {
                t = it.value();
            }
            std::vector<int> &list = postings[size_t(t)];
            if (list.empty() || list.back() != paper)
                list.push_back(paper);
        };
        forEachTerm(papers.back().title, word, count);
        forEachTerm(q.value(3).toString(), word, count);
    }

    // Papers are in day order: those of the recent weeks come last.
    const int firstRecent = int(std::lower_bound(paperWeek.begin(), paperWeek.end(), weekCount - recentWeeks) - paperWeek.begin());
    result.recentPapers = int(papers.size()) - firstRecent;
    result.baselinePapers = firstRecent;
    const double recentTotal = result.recentPapers + 1.0;
    const double baseTotal = result.baselinePapers + 1.0;

    struct Candidate {
        int term;
        double score;
        int recent;
    };
    std::vector<Candidate> candidates;
    for (int t = 0; t < int(postings.size()); ++t) {
        const std::vector<int> &list = postings[size_t(t)];
        const int base = int(std::lower_bound(list.begin(), list.end(), firstRecent) - list.begin());
        const int recent = int(list.size()) - base;
        // A word of one day's papers only (a name a single digest repeats) is no trend.
        if (recent < MinRecent || papers[size_t(list[size_t(base)])].day == papers[size_t(list.back())].day)
            continue;
        const double score = ((recent + 1.0) / recentTotal) / ((base + 1.0) / baseTotal);
        // How far the recent count lies above what the baseline share leads one to expect, in
        // standard deviations (binomial): random wobbles of common words stay below MinSurprise.
        const double share = (base + 1.0) / baseTotal;
        const double expected = result.recentPapers * share;
        const double surprise = (recent - expected) / std::sqrt(std::max(expected * (1 - share), 1e-9));
        if (score >= MinScore && surprise >= MinSurprise)
            candidates.push_back({t, score, recent});
    }
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.recent != b.recent)
            return a.recent > b.recent;
        return termNames[a.term] < termNames[b.term];
    });
    if (limit >= 0 && candidates.size() > size_t(limit))
        candidates.resize(size_t(limit));

    for (const Candidate &c : candidates) {
        const std::vector<int> &list = postings[size_t(c.term)];
        Topic topic;
        topic.term = termNames[c.term];
        topic.score = c.score;
        topic.recent = c.recent;
        topic.baseline = int(list.size()) - c.recent;
        topic.weekly = QList<int>(weekCount, 0);
        for (int p : list)
            ++topic.weekly[paperWeek[size_t(p)]];
        for (auto it = list.rbegin(); it != list.rend() && topic.papers.size() < MaxPapers; ++it)
            topic.papers.append(papers[size_t(*it)]);
        result.topics.append(topic);
    }
    return result;
}

} // namespace Paperboy::Core
