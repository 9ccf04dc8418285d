// Synthetic digest archives for benchmarks: N days x 47 papers of realistic Korean summaries.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <random>

namespace Paperboy::Bench {

// Words are drawn (Zipf-like) from a real digest's vocabulary (Korean words, English words, numbers,
// names with digits), with a few names made up for each day as real digests bring new ones, so token
// statistics resemble real summaries: 1.5-5 KB a paper (3 KB on average), seven sections, a tenth of
// papers in the bold-list form and some with English headings or missing parts. About one paper in
// seven is one listed on an earlier day again, under the same id.
class ArchiveGenerator
{
public:
    explicit ArchiveGenerator(const QByteArray &sourceDigest, unsigned seed = 42);

    QByteArray day(const QDate &date, int papers = 47);
    // Writes days [first, first + count) as YYYY-MM-DD.md into dir; returns the total bytes.
    qint64 writeArchive(const QString &dir, const QDate &first, int count, int papers = 47);

    // A day in the log layout (PaperLogLayout, docs/FORMAT.md) with the same vocabulary: a
    // "## Daily Papers (date)" heading, then per paper a "### [Title](https://arxiv.org/abs/ID)"
    // heading, a thumbnail, "Vote:", "Authors:" and three labelled bullets, about 1.8 KB a paper as
    // the real log's days; a tenth with two-star labels, a tenth with plain bullets, a twentieth
    // with a video (a link and an HTML block).
    QByteArray logDay(const QDate &date, int papers = 47);
    // Writes days [first, first + count) as YYYY/MM/DD.md (the log's own paper_logs folders) into dir.
    qint64 writeLogArchive(const QString &dir, const QDate &first, int count, int papers = 47);

    // Words of the vocabulary that are frequent / rare (for search queries).
    QStringList koreanWords(int count, bool frequent);
    QStringList englishWords(int count);
    // The ids of a day's papers; the same for the same date (and seed), whatever was generated before.
    QStringList paperIds(const QDate &date, int papers = 47) const;
    QString paperId(const QDate &date, int index) const;

    // The source digest with its papers' ids (in the headings and the links) replaced by
    // paperIds(date) and its date by date: the real text, as many days as wanted.
    QByteArray repeatedDay(const QDate &date) const;
    qint64 writeRepeatedArchive(const QString &dir, const QDate &first, int count) const;

    // The digest the vocabulary comes from: the real published 2025-05-24.md when
    // PAPERBOY_REAL_DIGESTS names a folder that has it, else the project's own test day
    // (tests/data/digests). Says on stderr which one; exits with a message when it cannot be read.
    static QByteArray sourceDigest();

private:
    QString sentence(int words);
    QString word();
    QString madeUpName();

    QByteArray m_source;
    QStringList m_korean;
    QStringList m_english;
    QStringList m_other; // numbers and names with digits: "27.6%", "GPT-4o", "MATH500"
    QStringList m_today; // the names made up for the day being generated
    unsigned m_seed;
    std::mt19937 m_rng;
};

} // namespace Paperboy::Bench
