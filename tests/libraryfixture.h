// Libraries for the tests that need several days of the corpus or an older schema.
#pragma once

#include "testcorpus.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace LibraryFixture {

// The corpus day as days 2025-04-02, 2025-04-03, ... in dir: the paths, or fewer on failure.
inline QStringList dayCopies(const QTemporaryDir &dir, int days)
{
    const QByteArray digest = TestCorpus::dayBytes();
    if (digest.isEmpty())
        return {};
    QStringList files;
    for (int i = 1; i <= days; ++i) {
        QByteArray copy = digest;
        const QString date = QDate(2025, 4, 1).addDays(i).toString(Qt::ISODate);
        copy.replace("2025-05-24", date.toUtf8());
        QFile f(dir.filePath(date + QStringLiteral(".md")));
        if (!f.open(QIODevice::WriteOnly) || f.write(copy) != copy.size())
            return files;
        files << f.fileName();
    }
    return files;
}

// Schema 9 undone: the search index as schemas 2 and 6 made it, with bigrams across white space.
inline QString undoSchema9()
{
    return QStringLiteral("DROP TABLE search_fts;"
                          "CREATE VIRTUAL TABLE search_fts USING fts5(title, motivation, contributions, method, experiments, results, limitations, "
                          "  future_work, other, note, content = 'search_docs', content_rowid = 'id', tokenize = 'paperboy');"
                          "INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0)');"
                          "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);"
                          "INSERT INTO search_fts(search_fts) VALUES ('rebuild');");
}

} // namespace LibraryFixture
