// ArchiveGenerator: vocabulary from a digest (the test corpus or a real one), digests in the real format.
#include "archivegenerator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace Paperboy::Bench {

namespace {
const char *const kSectionTitles[7] = {"핵심 동기와 문제 정의", "주요 기여 및 참신성",        "모델 아키텍처 및 학습 설정",       "실험 설정",
                                       "정량적 결과",           "한계점 및 잠재적 실패 요인", "후속 연구 아이디어 또는 확장 방향"};
const char *const kEnglishTitles[7] = {"Motivation", "Key contributions", "Method", "Experimental setup", "Results", "Limitations", "Future work"};
} // namespace

QByteArray ArchiveGenerator::sourceDigest()
{
    const QString real = qEnvironmentVariable("PAPERBOY_REAL_DIGESTS");
    const QString path = !real.isEmpty() && QFile::exists(real + QStringLiteral("/2025-05-24.md")) ? real + QStringLiteral("/2025-05-24.md")
                                                                                                   : QStringLiteral(PAPERBOY_CORPUS_DIR "/2025-05-24.md");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench: cannot read the source digest %s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        std::exit(2);
    }
    std::fprintf(stderr, "bench: vocabulary from %s\n", qPrintable(path));
    return f.readAll();
}

ArchiveGenerator::ArchiveGenerator(const QByteArray &sourceDigest, unsigned seed)
    : m_source(sourceDigest)
    , m_seed(seed)
    , m_rng(seed)
{
    QHash<QString, int> korean, english, other;
    // Hangul runs (particles attached, as written), words of Latin letters, names with digits
    // ("GPT-4o", "MATH500") and numbers ("27.6%").
    static const QRegularExpression wordRe(QStringLiteral(R"([\x{AC00}-\x{D7A3}]+|[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|\d+(?:\.\d+)?%?)"));
    static const QRegularExpression idRe(QStringLiteral(R"(^\d{4}\.\d{4,5}$)"));
    auto it = wordRe.globalMatch(QString::fromUtf8(sourceDigest));
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (w.at(0).unicode() >= 0xAC00)
            korean[w] += 1;
        else if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); })) {
            if (!idRe.match(w).hasMatch())
                other[w] += 1;
        } else if (w.size() >= 3)
            english[w] += 1;
    }
    const auto byFrequency = [](const QHash<QString, int> &h) {
        QList<std::pair<int, QString>> v;
        for (auto i = h.cbegin(); i != h.cend(); ++i)
            v.append({-i.value(), i.key()});
        std::sort(v.begin(), v.end());
        QStringList out;
        for (const auto &p : v)
            out << p.second;
        return out;
    };
    m_korean = byFrequency(korean);
    m_english = byFrequency(english);
    m_other = byFrequency(other);
    if (m_other.isEmpty())
        m_other << QStringLiteral("42");
}

QString ArchiveGenerator::word()
{
    // Zipf-like: index = n^u - 1 with u uniform in [0,1) gives a heavy head and a long tail.
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const auto zipf = [&](const QStringList &words) {
        const int n = int(words.size());
        return words.at(std::min(n - 1, int(std::pow(double(n), u(m_rng))) - 1));
    };
    const double kind = u(m_rng);
    if (kind < 0.12)
        return zipf(m_english);
    if (kind < 0.145)
        return zipf(m_other);
    if (kind < 0.16) // a number not in the source
        return QStringLiteral("%1.%2%").arg(int(u(m_rng) * 100)).arg(int(u(m_rng) * 10));
    if (kind < 0.17 && !m_today.isEmpty())
        return m_today.at(int(u(m_rng) * double(m_today.size())));
    return zipf(m_korean);
}

// A name of a method, model or data set as a day's papers bring them: "Veskora", "Tamulin-7B".
QString ArchiveGenerator::madeUpName()
{
    static const char kConsonants[] = "bcdfghklmnprstvz";
    static const char kVowels[] = "aeiou";
    std::uniform_int_distribution<int> c(0, int(sizeof kConsonants) - 2), v(0, int(sizeof kVowels) - 2), syllables(2, 4), form(0, 9), size(1, 70);
    QString name;
    const int n = syllables(m_rng);
    for (int i = 0; i < n; ++i) {
        name += QLatin1Char(kConsonants[c(m_rng)]);
        name += QLatin1Char(kVowels[v(m_rng)]);
    }
    name[0] = name.at(0).toUpper();
    const int f = form(m_rng);
    if (f < 2)
        name += QStringLiteral("-%1B").arg(size(m_rng));
    else if (f < 3)
        name += QString::number(size(m_rng) * 10);
    return name;
}

QString ArchiveGenerator::sentence(int words)
{
    QStringList w;
    for (int i = 0; i < words; ++i)
        w << word();
    return w.join(u' ') + QStringLiteral("습니다.");
}

namespace {
// The id a paper first listed on date at index gets: yymm from the date, five digits from the day
// of the month and the index.
QString newPaperId(const QDate &date, int index)
{
    return QStringLiteral("%1%2.%3")
        .arg(date.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day() * 1000 + index, 5, 10, QLatin1Char('0'));
}
} // namespace

QStringList ArchiveGenerator::paperIds(const QDate &date, int papers) const
{
    // About 15 % of the places take the new id of a place of one of the 90 days before; that place
    // may itself hold an older paper, so about 13 % of a day's papers were listed before.
    std::mt19937 rng(m_seed ^ unsigned(date.toJulianDay() * 2654435761u));
    std::uniform_int_distribution<int> percent(0, 99), back(1, 90), place(0, std::max(0, papers - 1));
    QStringList ids;
    for (int i = 0; i < papers; ++i) {
        QString id = newPaperId(date, i);
        if (percent(rng) < 15) {
            const int daysBack = back(rng);
            const QString earlier = newPaperId(date.addDays(-daysBack), place(rng));
            if (!ids.contains(earlier))
                id = earlier;
        }
        ids << id;
    }
    return ids;
}

QString ArchiveGenerator::paperId(const QDate &date, int index) const
{
    return paperIds(date, std::max(47, index + 1)).at(index);
}

QByteArray ArchiveGenerator::repeatedDay(const QDate &date) const
{
    static const QRegularExpression heading(QStringLiteral(R"(^## (\d{4}\.\d{4,5})\s*$)"), QRegularExpression::MultilineOption);
    static const QRegularExpression dateRe(QStringLiteral(R"(\d{4}-\d{2}-\d{2})"));
    QString text = QString::fromUtf8(m_source);
    QStringList sourceIds;
    for (auto it = heading.globalMatch(text); it.hasNext();)
        sourceIds << it.next().captured(1);
    const QStringList ids = paperIds(date, int(sourceIds.size()));
    // Every occurrence of an id (its heading, its link), replaced at once so a new id is not replaced again.
    QString out;
    static const QRegularExpression anyId(QStringLiteral(R"(\d{4}\.\d{4,5})"));
    qsizetype from = 0;
    for (auto it = anyId.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype k = sourceIds.indexOf(m.captured());
        if (k < 0)
            continue;
        out += QStringView(text).sliced(from, m.capturedStart() - from);
        out += ids.at(k);
        from = m.capturedEnd();
    }
    out += QStringView(text).sliced(from);
    if (const auto m = dateRe.match(out); m.hasMatch())
        out.replace(m.capturedStart(), m.capturedLength(), date.toString(Qt::ISODate));
    return out.toUtf8();
}

qint64 ArchiveGenerator::writeRepeatedArchive(const QString &dir, const QDate &first, int count) const
{
    QDir().mkpath(dir);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const QDate d = first.addDays(i);
        QFile f(dir + u'/' + d.toString(Qt::ISODate) + QStringLiteral(".md"));
        if (f.open(QIODevice::WriteOnly))
            total += f.write(repeatedDay(d));
    }
    return total;
}

QByteArray ArchiveGenerator::day(const QDate &date, int papers)
{
    m_today.clear();
    for (int i = 0; i < 40; ++i)
        m_today << madeUpName();
    const QStringList ids = paperIds(date, papers);
    QString out = QStringLiteral("# 📰 Hugging Face Daily Papers – %1\n\n").arg(date.toString(Qt::ISODate));
    std::uniform_int_distribution<int> pick(0, 99);
    std::uniform_real_distribution<double> lengthOf(0.5, 1.6);
    for (int p = 0; p < papers; ++p) {
        const QString &id = ids.at(p);
        // Summaries are from about half to one and a half times the usual length.
        const double length = lengthOf(m_rng);
        const auto scaled = [length](int n) { return std::max(1, int(std::lround(n * length))); };
        out += QStringLiteral("## %1\n🔗 https://huggingface.co/papers/%1\n\n**Summary**:\n```markdown\n").arg(id);
        out += QStringLiteral("# %1: %2 %3\n\n").arg(m_today.at(p % m_today.size()), word(), sentence(6));
        const int form = pick(m_rng);
        const bool list = form < 10, english = form >= 10 && form < 15, missing = form >= 15 && form < 20;
        for (int s = 0; s < 7; ++s) {
            if (missing && (s == 2 || s == 6))
                continue;
            const QString title = english ? QString::fromLatin1(kEnglishTitles[s]) : QString::fromUtf8(kSectionTitles[s]);
            if (list) {
                out += QStringLiteral("%1. **%2**\n").arg(s + 1).arg(title);
                for (int b = 0; b < scaled(3); ++b)
                    out += QStringLiteral("   - **%1**: %2\n").arg(word(), sentence(10));
                out += u'\n';
            } else {
                out += QStringLiteral("## %1. %2\n\n").arg(s + 1).arg(title);
                if (s == 0 || s == 5)
                    out += sentence(scaled(18)) + u' ' + sentence(scaled(14)) + QStringLiteral("\n\n");
                else
                    for (int b = 0; b < scaled(3); ++b)
                        out += QStringLiteral("- **%1**: %2\n").arg(word(), sentence(11));
                out += u'\n';
            }
        }
        out += QStringLiteral("```\n \n\n---\n\n");
    }
    return out.toUtf8();
}

qint64 ArchiveGenerator::writeArchive(const QString &dir, const QDate &first, int count, int papers)
{
    QDir().mkpath(dir);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const QDate d = first.addDays(i);
        const QByteArray data = day(d, papers);
        QFile f(dir + u'/' + d.toString(Qt::ISODate) + QStringLiteral(".md"));
        if (f.open(QIODevice::WriteOnly))
            total += f.write(data);
    }
    return total;
}

QByteArray ArchiveGenerator::logDay(const QDate &date, int papers)
{
    m_today.clear();
    for (int i = 0; i < 40; ++i)
        m_today << madeUpName();
    const QStringList ids = paperIds(date, papers);
    QString out = QStringLiteral("## Daily Papers (%1)\n\n").arg(date.toString(Qt::ISODate));
    std::uniform_int_distribution<int> pick(0, 99), votes(0, 120), authors(1, 9);
    std::uniform_real_distribution<double> lengthOf(0.6, 1.5);
    const char *const labels[3] = {"What's New", "Technical Details", "Performance Highlights"};
    for (int p = 0; p < papers; ++p) {
        const QString &id = ids.at(p);
        const double length = lengthOf(m_rng);
        const auto scaled = [length](int n) { return std::max(1, int(std::lround(n * length))); };
        out += QStringLiteral("### [%1: %2 %3 %4](https://arxiv.org/abs/%5)\n\n").arg(m_today.at(p % m_today.size()), word(), word(), word(), id);
        out += QStringLiteral("![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/%1.png)\n\n").arg(id);
        const int form = pick(m_rng);
        if (form < 5)
            out += QStringLiteral(
                       "[Watch Video](https://cdn-uploads.huggingface.co/production/uploads/%1/demo.mp4)\n"
                       "<div><video controls src=\"https://cdn-uploads.huggingface.co/production/uploads/%1/demo.mp4\" muted=\"false\"></video></div>\n\n")
                       .arg(id);
        out += QStringLiteral("Vote: %1\n\nAuthors: ").arg(votes(m_rng));
        const int n = authors(m_rng);
        for (int a = 0; a < n; ++a)
            out += (a ? QStringLiteral(", ") : QString()) + madeUpName() + u' ' + madeUpName();
        out += QStringLiteral("\n\n");
        if (form >= 5 && form < 15) {
            for (int b = 0; b < scaled(7); ++b)
                out += QStringLiteral("- %1\n").arg(sentence(17));
        } else {
            const QString stars = form >= 15 && form < 25 ? QStringLiteral("**") : QStringLiteral("***");
            for (const char *label : labels)
                out += QStringLiteral("- %1%2%1: %3 %4 %5\n")
                           .arg(stars, QLatin1StringView(label), sentence(scaled(20)), sentence(scaled(17)), sentence(scaled(14)));
        }
        out += u'\n';
    }
    return out.toUtf8();
}

qint64 ArchiveGenerator::writeLogArchive(const QString &dir, const QDate &first, int count, int papers)
{
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const QDate d = first.addDays(i);
        const QString folder = dir + d.toString(QStringLiteral("/yyyy/MM"));
        QDir().mkpath(folder);
        const QByteArray data = logDay(d, papers);
        QFile f(folder + d.toString(QStringLiteral("/dd")) + QStringLiteral(".md"));
        if (f.open(QIODevice::WriteOnly))
            total += f.write(data);
    }
    return total;
}

QStringList ArchiveGenerator::koreanWords(int count, bool frequent)
{
    // Two-syllable words: the prefix a reader types most ("모델", "학습").
    QStringList out;
    const int from = frequent ? 0 : int(m_korean.size()) / 3;
    for (int i = from; i < m_korean.size() && out.size() < count; ++i)
        if (m_korean.at(i).size() == 2)
            out << m_korean.at(i);
    return out;
}

QStringList ArchiveGenerator::englishWords(int count)
{
    QStringList out;
    for (int i = 0; i < m_english.size() && out.size() < count; i += 3)
        if (m_english.at(i).size() >= 5)
            out << m_english.at(i).left(5).toLower() + u'*';
    return out;
}

} // namespace Paperboy::Bench
