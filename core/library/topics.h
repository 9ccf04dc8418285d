// Rising topics: the words whose share of papers rises over the last weeks compared with the
// months before, each with its papers per week and its papers. Read-only.
#pragma once

#include "library/store.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Paperboy::Core {

// A paper that has a topic's word, on the first day a digest showed it.
struct TopicPaper {
    QDate day;
    QString arxivId;
    QString title;
};

struct Topic {
    QString term; // lower case for English words; a Korean word without its particle
    double score = 0; // how many times its share of papers in the recent weeks exceeds the share before
    int recent = 0; // papers with the word in the recent weeks
    int baseline = 0; // papers with the word in the weeks before
    QList<int> weekly; // papers with the word per week, as TopicsResult::weeks
    QList<TopicPaper> papers; // newest first, at most Topics::MaxPapers
};

struct TopicsResult {
    QDate from; // the first day counted (a Monday)
    QDate to; // the last day counted
    QDate recentFrom; // the Monday the recent weeks begin on
    QList<QDate> weeks; // the Monday of every week from `from` to `to`
    int recentPapers = 0;
    int baselinePapers = 0;
    QList<Topic> topics; // highest score first
};

// Words are English words (three letters or more, lower case, not a stop word) and Korean words
// (runs of two Hangul syllables or more once a particle or ending such as 를, 의, 에서, 하는 is taken
// off, not a stop word such as 논문 or 제안), taken from the title and the summary of the shown
// entries. A paper counts once per word, in the week of the first day a digest showed it.
//
// The score of a word with r of the R recent papers and b of the B papers before them is
// ((r + 1) / (R + 1)) / ((b + 1) / (B + 1)): the +1 keeps a word never seen before from an
// infinite score. Words in fewer than MinRecent recent papers are left out, so a name seen a
// couple of times is no trend, and so are words of a single day's recent papers, words whose
// share rose less than MinScore times, and words whose recent count lies less than MinSurprise
// standard deviations above what their baseline share predicts (a binomial z-score), so common
// words that wobble by chance stay out.
class Topics : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Topics)

public:
    static constexpr int DefaultLimit = 20;
    static constexpr int RecentWeeks = 4;
    static constexpr int BaselineWeeks = 26;
    static constexpr int MinRecent = 5;
    static constexpr int MaxPapers = 100;
    static constexpr double MinScore = 1.5;
    static constexpr double MinSurprise = 3.0;

    Topics(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // The topics of from..to. An invalid `to` is the newest day with papers; an invalid `from` is
    // BaselineWeeks before the recent weeks. The recent weeks are the last RecentWeeks ISO weeks up
    // to `to` (fewer when the range has fewer than twice as many weeks: at most half of them).
    TopicsResult compute(const QDate &from = {}, const QDate &to = {}, int limit = DefaultLimit) const;

    // The words of a text as the topics count them, each once, in the order of their first use.
    static QStringList terms(const QString &text);
};

} // namespace Paperboy::Core
