// ArchiveGenerator: vocabulary from a digest (the test corpus or a real one), digests in the real format.
#include "archivegenerator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
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
    : m_rng(seed)
{
    QHash<QString, int> korean, english;
    static const QRegularExpression wordRe(QStringLiteral(R"([\x{AC00}-\x{D7A3}]{2,}|[A-Za-z][A-Za-z\-]{2,})"));
    auto it = wordRe.globalMatch(QString::fromUtf8(sourceDigest));
    while (it.hasNext()) {
        const QString w = it.next().captured();
        (w.at(0).unicode() >= 0xAC00 ? korean : english)[w] += 1;
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
}

QString ArchiveGenerator::word()
{
    // Zipf-like: index = n^u - 1 with u uniform in [0,1) gives a heavy head and a long tail.
    std::uniform_real_distribution<double> u(0.0, 1.0);
    if (u(m_rng) < 0.12) {
        const int n = int(m_english.size());
        return m_english.at(std::min(n - 1, int(std::pow(double(n), u(m_rng))) - 1));
    }
    const int n = int(m_korean.size());
    return m_korean.at(std::min(n - 1, int(std::pow(double(n), u(m_rng))) - 1));
}

QString ArchiveGenerator::sentence(int words)
{
    QStringList w;
    for (int i = 0; i < words; ++i)
        w << word();
    return w.join(u' ') + QStringLiteral("습니다.");
}

QString ArchiveGenerator::paperId(const QDate &date, int index) const
{
    // Unique per (day, index): yymm from the date, a five-digit number from day-of-month and index.
    return QStringLiteral("%1%2.%3")
        .arg(date.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day() * 1000 + index, 5, 10, QLatin1Char('0'));
}

QByteArray ArchiveGenerator::day(const QDate &date, int papers)
{
    QString out = QStringLiteral("# 📰 Hugging Face Daily Papers – %1\n\n").arg(date.toString(Qt::ISODate));
    std::uniform_int_distribution<int> pick(0, 99);
    for (int p = 0; p < papers; ++p) {
        const QString id = paperId(date, p);
        out += QStringLiteral("## %1\n🔗 https://huggingface.co/papers/%1\n\n**Summary**:\n```markdown\n").arg(id);
        out += QStringLiteral("# 논문 요약: \"%1 %2: %3\"\n\n").arg(word(), word(), sentence(6));
        const int form = pick(m_rng);
        const bool list = form < 10, english = form >= 10 && form < 15, missing = form >= 15 && form < 20;
        for (int s = 0; s < 7; ++s) {
            if (missing && (s == 2 || s == 6))
                continue;
            const QString title = english ? QString::fromLatin1(kEnglishTitles[s]) : QString::fromUtf8(kSectionTitles[s]);
            if (list) {
                out += QStringLiteral("%1. **%2**\n").arg(s + 1).arg(title);
                for (int b = 0; b < 3; ++b)
                    out += QStringLiteral("   - **%1**: %2\n").arg(word(), sentence(10));
                out += u'\n';
            } else {
                out += QStringLiteral("## %1. %2\n\n").arg(s + 1).arg(title);
                if (s == 0 || s == 5)
                    out += sentence(18) + u' ' + sentence(14) + QStringLiteral("\n\n");
                else
                    for (int b = 0; b < 3; ++b)
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
