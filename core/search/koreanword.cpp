// KoreanWord: a short list of particles and endings, enough for the words of paper summaries.
#include "search/koreanword.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace Paperboy::Core::KoreanWord {

namespace {

const QList<QString> &endings()
{
    static const QList<QString> list = [] {
        QList<QString> out;
        const char *raw[] = {
            "했습니다", "었습니다", "였습니다", "습니다", "됩니다", "합니다", "입니다", "했으며", "하였다", "에서는", "으로는", "에서의", "으로의",
            "하는", "하여", "하고", "한다", "된다", "되는", "되어", "했다", "이다", "에서", "으로", "에게", "까지",
            "부터", "보다", "처럼", "과의", "와의", "에는", "에도", "이며", "이나", "들의", "들은", "들을", "들이",
            "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "한", "된", "적", "들",
        };
        for (const char *e : raw)
            out.append(QString::fromUtf8(e));
        std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return out;
    }();
    return list;
}

} // namespace

QStringView stem(QStringView run)
{
    for (int round = 0; round < 2; ++round) {
        bool stripped = false;
        for (const QString &ending : endings()) {
            if (run.size() - ending.size() >= 2 && run.endsWith(ending)) {
                run.chop(ending.size());
                stripped = true;
                break;
            }
        }
        if (!stripped)
            break;
    }
    return run;
}

} // namespace Paperboy::Core::KoreanWord
