// Synthetic digest archives for benchmarks: N days x 47 papers of realistic Korean summaries.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <random>

namespace Paperboy::Bench {

// Words are drawn (Zipf-like) from a real digest's vocabulary, so token statistics resemble real
// summaries: about 3 KB a paper, seven sections, a tenth of papers in the bold-list form and some
// with English headings or missing parts.
class ArchiveGenerator
{
public:
    explicit ArchiveGenerator(const QByteArray &sourceDigest, unsigned seed = 42);

    QByteArray day(const QDate &date, int papers = 47);
    // Writes days [first, first + count) as YYYY-MM-DD.md into dir; returns the total bytes.
    qint64 writeArchive(const QString &dir, const QDate &first, int count, int papers = 47);

    // Words of the vocabulary that are frequent / rare (for search queries).
    QStringList koreanWords(int count, bool frequent);
    QStringList englishWords(int count);
    QString paperId(const QDate &date, int index) const;

    // The digest the vocabulary comes from: the real published 2025-05-24.md when
    // PAPERBOY_REAL_DIGESTS names a folder that has it, else the project's own test day
    // (tests/data/digests). Says on stderr which one; exits with a message when it cannot be read.
    static QByteArray sourceDigest();

private:
    QString sentence(int words);
    QString word();

    QStringList m_korean;
    QStringList m_english;
    std::mt19937 m_rng;
};

} // namespace Paperboy::Bench
