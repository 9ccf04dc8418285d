// CompareModel and CompareExporter on the corpus day: cells hold the right sections, rows follow the
// fixed order, columns move and go, and every export format parses back to papers × sections.
#include "export/compareexporter.h"
#include "library/library.h"
#include "models/comparemodel.h"
#include "testcorpus.h"
#include "testparsers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Paperboy::Core;
using namespace TestParsers;

namespace {

const QStringList kPapers{QStringLiteral("2505.96938"), QStringLiteral("2505.94810"), QStringLiteral("2505.96265")};
const QStringList kKinds{QStringLiteral("motivation"), QStringLiteral("contributions"), QStringLiteral("method"),     QStringLiteral("experiments"),
                         QStringLiteral("results"),    QStringLiteral("limitations"),   QStringLiteral("future_work")};

QString digestText()
{
    return QString::fromUtf8(TestCorpus::dayBytes());
}

// The test's own reading of the raw file: the lines of part N (1…7) of a paper's summary, found by the
// numbers that start "## N." headings and "N. **…**" list items. Independent of the parser under test.
QStringList rawPart(const QString &digest, const QString &id, int part)
{
    const QStringList lines = digest.split(u'\n');
    const int start = int(lines.indexOf(QStringLiteral("## ") + id));
    if (start < 0)
        return {};
    static const QRegularExpression numbered(QStringLiteral(R"(^(?:## )?(\d)\.\s)"));
    QStringList out;
    int current = 0;
    int open = start + 1;
    while (open < lines.size() && !lines.at(open).startsWith(QLatin1StringView("```")))
        ++open;
    for (int i = open + 1; i < lines.size() && !lines.at(i).startsWith(QLatin1StringView("```")); ++i) {
        const QString line = lines.at(i).trimmed();
        if (const auto m = numbered.match(lines.at(i)); m.hasMatch()) {
            current = m.captured(1).toInt();
            continue;
        }
        if (current == part && !line.isEmpty())
            out << line;
    }
    return out;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(u'\n'))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

} // namespace

class TestCompareModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    QString m_digest;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("library.sqlite"))).ok());
        QVERIFY(m_library.importer().importFile(TestCorpus::day()).outcome != ImportResult::Outcome::Rejected);
        m_digest = digestText();
    }

    void cellsHoldTheRightSections()
    {
        CompareModel model(&m_library);
        model.setPapers(kPapers);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowKinds(), kKinds); // the compared papers have all seven parts and nothing else
        QCOMPARE(model.papers(), kPapers);
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(model.headerData(c, Qt::Horizontal, ArxivIdRole).toString(), kPapers.at(c));
            QCOMPARE(model.headerData(c, Qt::Horizontal, DateRole).toDate(), QDate(2025, 5, 24));
            QVERIFY(model.headerData(c, Qt::Horizontal).toString().contains(kPapers.at(c)));
            for (int r = 0; r < 7; ++r) {
                const QModelIndex i = model.index(r, c);
                QCOMPARE(i.data(SectionKindRole).toString(), kKinds.at(r));
                QVERIFY(!i.data(MissingRole).toBool());
                const QStringList cell = nonEmptyLines(i.data(MarkdownRole).toString());
                const QStringList raw = rawPart(m_digest, kPapers.at(c), r + 1);
                QVERIFY2(!raw.isEmpty(), qPrintable(kPapers.at(c)));
                // Every line of the cell comes from that part of the file, and the part's first line is there.
                for (const QString &line : cell)
                    QVERIFY2(raw.contains(line), qPrintable(QStringLiteral("%1 row %2: %3").arg(kPapers.at(c)).arg(r).arg(line)));
                QCOMPARE(cell.first(), raw.first());
                QCOMPARE(cell.size(), raw.size());
            }
        }
        // The numbered-list paper: the results cell is part 5, not part 6's heading text.
        const QString results = model.index(4, 2).data(MarkdownRole).toString();
        QVERIFY(results.contains(QStringLiteral("RM-Bench")));
        QVERIFY(!results.contains(QStringLiteral("한계점")));
    }

    void visibleKindsColumnsMoveAndRemove()
    {
        CompareModel model(&m_library);
        model.setPapers(kPapers);
        model.setVisibleKinds({QStringLiteral("limitations"), QStringLiteral("results")});
        QCOMPARE(model.rowKinds(), (QStringList{QStringLiteral("results"), QStringLiteral("limitations")})); // fixed order
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), CompareModel::kindLabel(QStringLiteral("results")));
        model.setVisibleKinds({});
        QCOMPARE(model.rowCount(), 7);

        const QString judgeRmResults = model.index(4, 2).data(MarkdownRole).toString();
        QVERIFY(model.moveColumn(2, 0));
        QCOMPARE(model.papers(), (QStringList{kPapers.at(2), kPapers.at(0), kPapers.at(1)}));
        QCOMPARE(model.index(4, 0).data(MarkdownRole).toString(), judgeRmResults);
        QVERIFY(!model.moveColumn(0, 3));
        QVERIFY(model.removePaper(1));
        QCOMPARE(model.papers(), (QStringList{kPapers.at(2), kPapers.at(1)}));
        QVERIFY(!model.removePaper(5));
    }

    void missingAndOtherSections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2025-06-01.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# 📰 Hugging Face Daily Papers – 2025-06-01\n\n"
                "## 2506.00001\n🔗 https://huggingface.co/papers/2506.00001\n**Summary**:\n```markdown\n# Sparse Paper\n\n"
                "## 1. Motivation\nWhy it matters.\n\n## 5. Results\nAccuracy rises by 12.5%.\n\n## Appendix\nExtra notes.\n```\n\n"
                "## 2506.00002\n🔗 https://huggingface.co/papers/2506.00002\n**Summary**:\n```markdown\n# Full-ish Paper\n\n"
                "## Motivation\nAnother reason.\n\n## Limitations\nSmall data.\n```\n");
        f.close();
        QVERIFY(m_library.importer().importFile(path).outcome != ImportResult::Outcome::Rejected);
        CompareModel model(&m_library);
        model.setPapers({QStringLiteral("2506.00001"), QStringLiteral("2506.00002"), QStringLiteral("9999.99999")});
        QCOMPARE(model.columnCount(), 2); // an unknown id is not a column
        QCOMPARE(model.rowKinds().last(), QStringLiteral("other"));
        const int limitations = int(model.rowKinds().indexOf(QStringLiteral("limitations")));
        const int other = int(model.rowKinds().size()) - 1;
        QVERIFY(model.index(limitations, 0).data(MissingRole).toBool());
        QCOMPARE(model.index(limitations, 1).data(MarkdownRole).toString().trimmed(), QStringLiteral("Small data."));
        QVERIFY(model.index(other, 0).data(MarkdownRole).toString().contains(QStringLiteral("Appendix")));
        QVERIFY(model.index(other, 1).data(MissingRole).toBool());

        // The Markdown export says so explicitly rather than leaving a blank.
        int tables = 0;
        const QList<QStringList> rows = markdownTableRows(CompareExporter::toMarkdown(model), &tables);
        QCOMPARE(rows.at(limitations + 1).at(1), QStringLiteral("—"));
        QVERIFY(m_library.importer().deleteDay(QDate(2025, 6, 1)).ok());
    }

    void markdownExportParsesAsOneTable()
    {
        CompareModel model(&m_library);
        model.setPapers(kPapers);
        int tables = 0;
        const QList<QStringList> rows = markdownTableRows(CompareExporter::toMarkdown(model), &tables);
        QCOMPARE(tables, 1);
        QCOMPARE(rows.size(), 1 + 7);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 1 + 3);
        for (int c = 0; c < 3; ++c)
            QVERIFY(rows.at(0).at(c + 1).contains(kPapers.at(c)));
        for (int r = 0; r < 7; ++r) {
            QCOMPARE(rows.at(r + 1).at(0), CompareModel::kindLabel(kKinds.at(r)));
            // The cell's text (as md4c reads it) holds the first words of that part of the raw file.
            for (int c = 0; c < 3; ++c) {
                const QString first = rawPart(m_digest, kPapers.at(c), r + 1).first();
                const QString words = first.section(u' ', 1, 3).remove(QStringLiteral("**"));
                QVERIFY2(rows.at(r + 1).at(c + 1).contains(words.left(8)), qPrintable(words));
            }
        }
    }

    void htmlExportParsesAsXhtml()
    {
        CompareModel model(&m_library);
        model.setPapers(kPapers);
        model.setVisibleKinds({QStringLiteral("results"), QStringLiteral("limitations")});
        QXmlStreamReader xml(CompareExporter::toHtml(model));
        int rows = 0, headerCells = 0, dataCells = 0;
        QStringList rowHeads;
        bool inBody = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1StringView("tbody"))
                inBody = true;
            else if (name == QLatin1StringView("tr") && inBody)
                ++rows;
            else if (name == QLatin1StringView("th") && !inBody)
                ++headerCells;
            else if (name == QLatin1StringView("th") && inBody)
                rowHeads << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == QLatin1StringView("td"))
                ++dataCells;
            for (const auto &a : xml.attributes())
                QVERIFY2(a.name() != QLatin1StringView("src"), "no embedded resources");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rows, 2);
        QCOMPARE(headerCells, 1 + 3);
        QCOMPARE(dataCells, 2 * 3);
        QCOMPARE(rowHeads, (QStringList{CompareModel::kindLabel(QStringLiteral("results")), CompareModel::kindLabel(QStringLiteral("limitations"))}));
    }

    void csvExportHasPaperColumnsAndSectionRows()
    {
        CompareModel model(&m_library);
        model.setPapers(kPapers);
        const QString path = m_dir.filePath(QStringLiteral("compare.csv"));
        QVERIFY(CompareExporter::write(model, CompareExporter::Format::Csv, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QCOMPARE(rows.size(), 1 + 7);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 1 + 3);
        for (int r = 0; r < 7; ++r) {
            QCOMPARE(rows.at(r + 1).at(0), kKinds.at(r));
            for (int c = 0; c < 3; ++c) {
                // A cell a spreadsheet would run as a formula ("- item" too) starts with an apostrophe.
                const QString cell = model.index(r, c).data(MarkdownRole).toString();
                const bool formula = QStringLiteral("=+-@\t\r").contains(cell.front());
                QCOMPARE(rows.at(r + 1).at(c + 1), formula ? u'\'' + cell : cell);
            }
        }
    }

    void unwritablePathIsAnErrorAndFormatsAreNamed()
    {
        CompareModel model(&m_library);
        model.setPapers(kPapers);
        QVERIFY(!CompareExporter::write(model, CompareExporter::Format::Csv, m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))).ok());
        CompareExporter::Format f;
        QVERIFY(CompareExporter::formatFromName(QStringLiteral("html"), &f));
        QCOMPARE(f, CompareExporter::Format::Html);
        QVERIFY(!CompareExporter::formatFromName(QStringLiteral("pdf"), &f));
    }

    void numbersInResultsAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("numbers");
        QTest::newRow("percent with particle") << QStringLiteral("정확도가 85.2%를 기록하고 12%p 향상")
                                               << QStringList{QStringLiteral("85.2%"), QStringLiteral("12%p")};
        QTest::newRow("speedup and score") << QStringLiteral("a 2.4× speedup and a score of 71.3 (+3.1)")
                                           << QStringList{QStringLiteral("2.4×"), QStringLiteral("71.3"), QStringLiteral("+3.1")};
        QTest::newRow("thousands and times") << QStringLiteral("1,024 samples, 3배 빠름, 10x fewer")
                                             << QStringList{QStringLiteral("1,024"), QStringLiteral("3배"), QStringLiteral("10x")};
        QTest::newRow("names and list numbers stay plain") << QStringLiteral("GPT-4 and 3 datasets on RM-Bench") << QStringList{};
    }

    void numbersInResultsAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, numbers);
        QStringList found;
        for (const auto &[start, length] : CompareModel::numberSpans(text))
            found << text.mid(start, length);
        QCOMPARE(found, numbers);
    }

    void notesRowFollowsTheNotes()
    {
        CompareModel model(&m_library);
        model.setPapers(kPapers);
        model.setShowNotes(true);
        QCOMPARE(model.rowCount(), 7); // no notes yet: no row
        QVERIFY(m_library.annotations().setNote(kPapers.at(1), QStringLiteral("Compare with **Judge-RM**")).ok());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.rowKinds().last(), QStringLiteral("notes"));
        QCOMPARE(model.index(7, 1).data(MarkdownRole).toString(), QStringLiteral("Compare with **Judge-RM**"));
        QVERIFY(model.index(7, 0).data(MissingRole).toBool());
        QVERIFY(m_library.annotations().tagPaper(kPapers.at(1), QStringLiteral("reasoning")).ok());
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("reasoning")));
        QVERIFY(m_library.annotations().setNote(kPapers.at(1), QString()).ok());
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(m_library.annotations().untagPaper(kPapers.at(1), QStringLiteral("reasoning")).ok());
    }

    void commandLineCompare()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const auto run = [&db](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command needs no display
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PAPERBOY_BINARY), QStringList{QStringLiteral("--db"), db} + args);
            if (!p.waitForFinished(60000))
                qFatal("paperboy did not finish");
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        QCOMPARE(run({QStringLiteral("import"), TestCorpus::day()}).first, 0);
        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        QCOMPARE(run(QStringList{QStringLiteral("compare")} + kPapers
                     + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--sections"),
                                   QStringLiteral("results,limitations")})
                     .first,
                 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("results"));
        QCOMPARE(rows.at(2).at(0), QStringLiteral("limitations"));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 4);
        QVERIFY(rows.at(0).at(3).contains(kPapers.at(2)));

        // Wrong input: a clear message and a non-zero exit, and the earlier file is left alone.
        const QStringList out{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv};
        QCOMPARE(run(QStringList{QStringLiteral("compare"), kPapers.at(0)} + out).first, 2);
        QStringList seven;
        for (int i = 0; i < 7; ++i)
            seven << kPapers.at(i % 3);
        QCOMPARE(run(QStringList{QStringLiteral("compare")} + seven + out).first, 2);
        const auto unknown = run(QStringList{QStringLiteral("compare"), kPapers.at(0), QStringLiteral("9999.99999")} + out);
        QCOMPARE(unknown.first, 1);
        QVERIFY2(unknown.second.contains(QStringLiteral("9999.99999")), qPrintable(unknown.second));
        const auto kind = run(QStringList{QStringLiteral("compare")} + kPapers + out + QStringList{QStringLiteral("--sections"), QStringLiteral("conclusion")});
        QCOMPARE(kind.first, 2);
        QVERIFY(kind.second.contains(QStringLiteral("conclusion")));
        QCOMPARE(
            run(QStringList{QStringLiteral("compare")} + kPapers + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), csv})
                .first,
            2);
        QVERIFY(f.seek(0));
        QCOMPARE(parseCsv(QString::fromUtf8(f.readAll())).size(), 3);
    }

    void marksAndSavedComparisonsSurviveReimport()
    {
        QVERIFY(m_library.annotations().setMarked(kPapers.at(0), true).ok());
        QVERIFY(m_library.annotations().setMarked(kPapers.at(2), true).ok());
        QVERIFY(m_library.annotations().saveComparison({QStringLiteral("reward models"), {kPapers.at(2), kPapers.at(0)}, {QStringLiteral("results")}}).ok());
        QVERIFY(m_library.importer().deleteDay(QDate(2025, 5, 24)).ok());
        QVERIFY(m_library.importer().importFile(TestCorpus::day()).outcome != ImportResult::Outcome::Rejected);
        QCOMPARE(m_library.annotations().markedPapers(), (QStringList{kPapers.at(0), kPapers.at(2)}));
        QVERIFY(m_library.annotations().isMarked(kPapers.at(2)));
        const QList<Comparison> saved = m_library.annotations().comparisons();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().papers, (QStringList{kPapers.at(2), kPapers.at(0)}));
        QCOMPARE(saved.first().sections, QStringList{QStringLiteral("results")});
        QVERIFY(m_library.annotations().clearMarks().ok());
        QVERIFY(m_library.annotations().markedPapers().isEmpty());
        QVERIFY(m_library.annotations().removeComparison(QStringLiteral("reward models")).ok());
        QVERIFY(m_library.annotations().comparisons().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompareModel)
#include "tst_comparemodel.moc"
