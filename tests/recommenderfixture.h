// RecommenderFixture: days of invented papers in three topics (A English, B Korean, C mixed) at fixed
// places among filler, so that the publisher's order is not the topics' order. Shared by the model's
// tests (tst_recommender) and the window's (tst_foryouui).
#pragma once

#include "library/library.h"

#include <QDebug>
#include <QFile>
#include <QTemporaryDir>

#include <random>

namespace RecommenderFixture {

using namespace Paperboy::Core;
using Outcome = ImportResult::Outcome;

// Three invented topics, each in its own words, and filler shared by every paper.
enum class Kind { A, B, C, Filler };
inline const QStringList kTopicA{QStringLiteral("quuxformer"), QStringLiteral("attention"), QStringLiteral("sparsemix"), QStringLiteral("routing")};
inline const QStringList kTopicB{QStringLiteral("양자"), QStringLiteral("접기"), QStringLiteral("로봇"), QStringLiteral("관절을")};
inline const QStringList kTopicC{QStringLiteral("glacier"), QStringLiteral("moraine"), QStringLiteral("빙하"), QStringLiteral("융해를")};
inline const QStringList kFiller{QStringLiteral("benchmark"), QStringLiteral("dataset"),  QStringLiteral("training"), QStringLiteral("accuracy"),
                                 QStringLiteral("baseline"),  QStringLiteral("scaling"),  QStringLiteral("evaluation"), QStringLiteral("language"),
                                 QStringLiteral("vision"),    QStringLiteral("reward"),   QStringLiteral("agent"),    QStringLiteral("데이터"),
                                 QStringLiteral("성능이"),    QStringLiteral("실험에서"), QStringLiteral("학습을"),   QStringLiteral("모델은"),
                                 QStringLiteral("제안합니다"), QStringLiteral("향상되었습니다"), QStringLiteral("평가"), QStringLiteral("구조를")};
inline const QDate kFirstDay(2026, 1, 1);
inline constexpr int kDays = 20;
inline constexpr int kPapersPerDay = 12;

// Each day: topic papers at fixed places among the filler, so the publisher's order is not the topics' order.
inline Kind topicAt(int position)
{
    switch (position) {
    case 3:
    case 9:
        return Kind::A;
    case 1:
    case 6:
        return Kind::B;
    case 5:
    case 10:
        return Kind::C;
    default:
        return Kind::Filler;
    }
}

inline QString paperId(int day, int position)
{
    return QStringLiteral("2601.%1%2").arg(day, 3, 10, QLatin1Char('0')).arg(position, 2, 10, QLatin1Char('0'));
}

inline QString words(std::mt19937 &rng, const QStringList &from, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << from.at(int(rng() % from.size()));
    return out.join(u' ');
}

inline QByteArray digestOf(int dayIndex, std::mt19937 &rng)
{
    const QDate day = kFirstDay.addDays(dayIndex);
    QByteArray out = "# 📰 Hugging Face Daily Papers – " + day.toString(Qt::ISODate).toUtf8() + "\n\n";
    for (int p = 0; p < kPapersPerDay; ++p) {
        const Kind topic = topicAt(p);
        const QStringList &topicWords = topic == Kind::A ? kTopicA : topic == Kind::B ? kTopicB : topic == Kind::C ? kTopicC : QStringList{};
        const QString title = topicWords.isEmpty() ? words(rng, kFiller, 5) : words(rng, topicWords, 2) + u' ' + words(rng, kFiller, 3);
        const QString motivation = words(rng, kFiller, 14) + (topicWords.isEmpty() ? QString() : u' ' + words(rng, topicWords, 5));
        const QString results = words(rng, kFiller, 10) + (topicWords.isEmpty() ? QString() : u' ' + words(rng, topicWords, 2));
        const QString id = paperId(dayIndex, p);
        out += "## " + id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + id.toUtf8() + "\n\n**Summary**:\n```markdown\n# " + title.toUtf8()
            + "\n\n## 1. 핵심 동기와 문제 정의\n\n" + motivation.toUtf8() + "\n\n## 5. 정량적 결과\n\n" + results.toUtf8() + "\n```\n\n";
    }
    return out;
}

inline Kind topicOf(const QString &id)
{
    return topicAt(id.right(2).toInt());
}

inline QString textOf(const Library &lib, const PaperListing &p)
{
    const auto detail = lib.catalog().paper(p.arxivId, p.day);
    if (!detail)
        return {};
    QString text = detail->listing.title;
    for (const Section &s : detail->sections)
        text += u'\n' + s.body;
    return text.toCaseFolded();
}

// Writes the kDays digests into dir and imports them.
inline bool importAll(Library &lib, const QTemporaryDir &dir)
{
    std::mt19937 rng(11);
    for (int d = 0; d < kDays; ++d) {
        const QString path = dir.filePath(QStringLiteral("%1.md").arg(kFirstDay.addDays(d).toString(Qt::ISODate)));
        QFile f(path);
        const QByteArray digest = digestOf(d, rng);
        if (!f.open(QIODevice::WriteOnly) || f.write(digest) != digest.size())
            return false;
        f.close();
        const ImportResult result = lib.importer().importFile(path);
        if (result.outcome != Outcome::Imported) {
            for (const Diagnostic &d : result.diagnostics)
                qWarning() << d.message;
            return false;
        }
    }
    return true;
}

} // namespace RecommenderFixture
