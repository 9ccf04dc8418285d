// The project's own test digests (tests/data/digests, see tests/data/README.md) and, for the extra
// checks only, the real published ones a run may point at with PAPERBOY_REAL_DIGESTS=DIR.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace TestCorpus {

// The folder of the corpus: one day, 2025-05-24, in the "## <arXiv id>" layout.
inline QString dir()
{
    return QStringLiteral(PAPERBOY_CORPUS_DIR);
}

inline const QDate kDay(2025, 5, 24);
inline constexpr int kPapers = 44;

// The papers the tests name (written by tests/data/make_corpus.py):
inline const QString kSciLoop = QStringLiteral("2505.96938"); // first; Korean headings
inline const QString kDriftBench = QStringLiteral("2505.94810"); // second; an English title in quotes
inline const QString kToolSmith = QStringLiteral("2505.96410"); // third
inline const QString kJudgeRm = QStringLiteral("2505.96265"); // the list form "1. **...**"
inline const QString kEnglish = QStringLiteral("2505.91005"); // English headings
inline const QString kBoldLines = QStringLiteral("2505.91014"); // "**1. ...**" lines
inline const QString kMissingPart = QStringLiteral("2505.91023"); // no part 6
inline const QString kWithCode = QStringLiteral("2505.91030"); // inline code and a fenced block

// The corpus day's file.
inline QString day()
{
    return dir() + QStringLiteral("/2025-05-24.md");
}

// The bytes of a fixture file, or empty with a test failure naming the file (so a missing fixture
// fails clearly instead of crashing a test later).
inline QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing test data: %1 (%2)").arg(path, f.errorString())), __FILE__, __LINE__);
        return {};
    }
    return f.readAll();
}

inline QByteArray dayBytes()
{
    return read(day());
}

// The corpus day as a second publisher tells it: its third and first papers, in that order, the
// first in its own words ("Zyxwvology"), under another heading.
inline QByteArray otherPublishersDay()
{
    const QList<QByteArray> lines = dayBytes().split('\n');
    QList<qsizetype> starts; // line index of each "## <id>" heading
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith("## 25"))
            starts << i;
    const auto paper = [&](int k) { return lines.mid(starts[k], starts[k + 1] - starts[k]).join('\n') + '\n'; };
    return "# Daily Papers \xE2\x80\x93 2025-05-24\n\n" + paper(2) + paper(0).replace("연구실의 실험은", "Zyxwvology 연구실의 실험은");
}

// The log-layout fixtures (tests/data/log-layout): beside the corpus folder, not in it, as tests
// import that folder as the one day 2025-05-24.
inline QString logLayoutDir()
{
    return QStringLiteral(PAPERBOY_TEST_DATA "/log-layout");
}

// The newer form (thumbnails, Vote, Authors, labelled bullets), dated by its heading.
inline QString logNewerDay()
{
    return logLayoutDir() + QStringLiteral("/paper-log-2025-05-09.md");
}
inline const QDate kLogNewerDay(2025, 5, 9);

// The older form (plain bullets) without a date heading: dated by its path.
inline QString logOlderDay()
{
    return logLayoutDir() + QStringLiteral("/paper_logs/2023/11/20.md");
}
inline const QDate kLogOlderDay(2023, 11, 20);

// The folder of real published digests, or empty when the run was not given one.
inline QString realDir()
{
    return qEnvironmentVariable("PAPERBOY_REAL_DIGESTS");
}

// The real digests of the log layout, kept beside that folder (../digests-log-layout), or empty
// when the run was not given real digests or there are none of that layout.
inline QString realLogDir()
{
    if (realDir().isEmpty())
        return {};
    const QString dir = QDir::cleanPath(realDir() + QStringLiteral("/../digests-log-layout"));
    return QFileInfo(dir).isDir() ? dir : QString();
}

} // namespace TestCorpus

// Skips the current test function unless PAPERBOY_REAL_DIGESTS names a folder holding file.
#define PAPERBOY_REQUIRE_REAL_DIGEST(file)                                                                                                                     \
    do {                                                                                                                                                       \
        if (TestCorpus::realDir().isEmpty())                                                                                                                   \
            QSKIP("extra check on the real published digest: set PAPERBOY_REAL_DIGESTS=DIR to run it");                                                        \
        if (!QFile::exists(TestCorpus::realDir() + QStringLiteral("/") + QStringLiteral(file)))                                                                \
            QFAIL(qPrintable(QStringLiteral("PAPERBOY_REAL_DIGESTS is set but has no %1").arg(QStringLiteral(file))));                                         \
    } while (false)
