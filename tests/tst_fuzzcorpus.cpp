// The fuzz targets' checks (fuzz/fuzzchecks.h) over their committed seed corpora and over every input
// a fuzzer ever crashed on (tests/data/fuzz-regressions/<target>/), in the ordinary build.
#include "fuzzchecks.h"
#include "testcorpus.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

using Check = QString (*)(const QByteArray &);

struct Target {
    const char *name;
    Check check;
};

const Target kTargets[] = {
    {"digest", Paperboy::Fuzz::checkDigest},
    {"dailypapers", Paperboy::Fuzz::checkDailyPapers},
    {"searchquery", Paperboy::Fuzz::checkSearchQuery},
    {"notesjson", Paperboy::Fuzz::checkNotesJson},
    {"syncfile", Paperboy::Fuzz::checkSyncFile},
};

QStringList filesIn(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files, QDir::Name))
        out << d.filePath(name);
    return out;
}

void addRows(const QString &root, bool mustExist)
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int t = 0; t < int(std::size(kTargets)); ++t) {
        const QStringList files = filesIn(root + u'/' + QLatin1StringView(kTargets[t].name));
        if (mustExist && files.isEmpty())
            QTest::newRow(kTargets[t].name) << t << QString(); // fails below: a target without seeds
        for (const QString &path : files)
            QTest::addRow("%s/%s", kTargets[t].name, qPrintable(QFileInfo(path).fileName())) << t << path;
    }
}

void replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), "no files for this target");
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QString broken = kTargets[target].check(f.readAll());
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeds_data() { addRows(QStringLiteral(PAPERBOY_SOURCE_DIR "/fuzz/corpus"), true); }
    void seeds() { replay(); }

    // Inputs that once crashed, hung, leaked or broke a promise; each must now pass.
    void regressions_data() { addRows(QStringLiteral(PAPERBOY_TEST_DATA "/fuzz-regressions"), false); }
    void regressions() { replay(); }

    // The digest target's promises on every test digest, and on the real ones when given.
    void digests_data()
    {
        QTest::addColumn<QString>("path");
        QList<std::pair<QString, QString>> dirs{{QStringLiteral("corpus"), TestCorpus::dir()},
                                                {QStringLiteral("broken"), QStringLiteral(PAPERBOY_TEST_DATA "/broken")},
                                                {QStringLiteral("log-layout"), TestCorpus::logLayoutDir()}};
        if (!TestCorpus::realDir().isEmpty())
            dirs.append({QStringLiteral("real"), TestCorpus::realDir()});
        if (!TestCorpus::realLogDir().isEmpty())
            dirs.append({QStringLiteral("real-log"), TestCorpus::realLogDir()});
        for (const auto &[name, dir] : dirs) {
            QStringList files; // with those in folders below (the log layout's paper_logs/YYYY/MM/DD.md)
            for (QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                if (const QString path = it.next(); QFileInfo(path).fileName() != QLatin1StringView("README.md"))
                    files << QDir(dir).relativeFilePath(path);
            files.sort();
            QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no digests in %1").arg(dir)));
            for (const QString &file : files)
                QTest::newRow(qPrintable(name + u'/' + file)) << QDir(dir).filePath(file);
        }
    }

    void digests()
    {
        QFETCH(QString, path);
        const QByteArray bytes = TestCorpus::read(path);
        QVERIFY(!bytes.isEmpty());
        const QString broken = Paperboy::Fuzz::checkDigest(bytes);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
