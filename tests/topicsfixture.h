// A library of 30 weeks of digests for the topics: two days a week, ten papers a day. Every paper
// has some of a fixed set of everyday words and stop words; "Steadynet" is in two papers of every
// day; "Quuxformer" (퀵스포머) is in six papers of every day of the last three weeks only.
#pragma once

#include "library/library.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTest>

namespace TopicsFixture {

inline const QDate kFirstMonday(2025, 11, 3);
inline constexpr int kWeeks = 30;
inline constexpr int kPapersPerDay = 10;
inline constexpr int kBurstWeeks = 3;
inline constexpr int kBurstPerDay = 6;
inline constexpr int kSteadyPerDay = 2;

inline QList<QDate> days()
{
    QList<QDate> out;
    for (int w = 0; w < kWeeks; ++w) {
        const QDate monday = kFirstMonday.addDays(7 * w);
        out << monday << monday.addDays(3);
    }
    return out;
}

inline QDate lastDay()
{
    return days().constLast();
}

inline QString paperId(int n)
{
    return QStringLiteral("2501.%1").arg(10000 + n);
}

// Does paper p of day d (d counted over all days) have the invented word?
inline bool isBurst(int d, int p)
{
    return d >= 2 * (kWeeks - kBurstWeeks) && p < kBurstPerDay;
}

inline QByteArray digest(const QDate &day, int d)
{
    static const char *everyday[] = {"graph", "retrieval", "vision", "robotics", "diffusion", "speech", "agents", "reasoning",
                                     "compression", "alignment", "tokenizer", "benchmark", "protein", "planning", "memory",
                                     "video", "audio", "segmentation", "translation", "quantization"};
    static const char *korean[] = {"그래프", "검색기", "로봇", "확산", "음성", "에이전트", "추론", "압축", "정렬", "단백질"};
    QByteArray out = "# 📰 Hugging Face Daily Papers – " + day.toString(Qt::ISODate).toUtf8() + "\n\n";
    for (int p = 0; p < kPapersPerDay; ++p) {
        const int n = d * kPapersPerDay + p;
        const QByteArray id = paperId(n).toUtf8();
        QByteArray title = QByteArray(everyday[n % 20]) + " study " + QByteArray::number(n);
        QByteArray body = "이 논문은 " + QByteArray(korean[n % 10]) + "를 위한 새로운 방법을 제안합니다. The " + everyday[(n * 7 + 3) % 20]
            + " and " + everyday[(n * 3 + 11) % 20] + " of the model are studied.";
        if (p < kSteadyPerDay)
            body += " We build on Steadynet, a steady baseline.";
        if (isBurst(d, p)) {
            title = "Quuxformer for " + title;
            body += p % 2 ? " 퀵스포머를 이용한 논문입니다. The Quuxformer is new." : " 퀵스포머의 구조를 제안합니다. The quuxformer works.";
        }
        out += "## " + id + "\n🔗 https://huggingface.co/papers/" + id + "\n\n**Summary**:\n```markdown\n# " + title
            + "\n\n## 1. 핵심 동기와 문제 정의\n\n" + body + "\n\n## 2. 주요 기여 및 참신성\n\n- **기여**: " + korean[(n + 3) % 10]
            + "의 개선\n```\n\n---\n\n";
    }
    return out;
}

// Writes the days into dir and imports them into lib.
inline bool fill(Paperboy::Core::Library &lib, const QString &dir)
{
    const QList<QDate> all = days();
    for (int d = 0; d < all.size(); ++d) {
        const QString path = QDir(dir).filePath(all[d].toString(Qt::ISODate) + QStringLiteral(".md"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(digest(all[d], d)) < 0)
            return false;
        f.close();
        if (lib.importer().importFile(path).outcome != Paperboy::Core::ImportResult::Outcome::Imported) {
            qWarning("not imported: %s", qPrintable(path));
            return false;
        }
    }
    return true;
}

} // namespace TopicsFixture
