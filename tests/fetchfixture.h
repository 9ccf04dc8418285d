// What the network tests share: the corpus day under other dates, and a checksum of what a reader sees.
#pragma once

#include "library/library.h"
#include "testcorpus.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

namespace FetchFixture {

using namespace Paperboy::Core;

// The corpus day of 2025-05-24 (TestCorpus::kPapers papers), or the same text dated day.
inline QByteArray digest(const QDate &day = QDate(2025, 5, 24))
{
    QByteArray bytes = TestCorpus::dayBytes();
    bytes.replace("2025-05-24", day.toString(Qt::ISODate).toUtf8());
    return bytes;
}

// A gzip member (RFC 1952) of data, for servers that answer with Content-Encoding: gzip. The deflate
// stream is the one qCompress makes (zlib format after a 4-byte size: 2 bytes of header, 4 of Adler-32).
inline QByteArray gzip(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    const QByteArray zlib = qCompress(data, 9);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    for (const quint32 v : {~crc, quint32(data.size())})
        for (int i = 0; i < 4; ++i)
            out += char((v >> (8 * i)) & 0xff);
    return out;
}

// 64 MiB of zeros in 64 KiB: past the default body limit (32 MiB) and Qt's own threshold (10 MiB).
inline const QByteArray &gzipBomb()
{
    static const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, '\0'));
    return bomb;
}

inline QByteArray dailyPapersJson()
{
    return TestCorpus::read(QStringLiteral(PAPERBOY_TEST_DATA "/daily_papers-2025-05-24.json"));
}

// Everything a reader can see of the library: days, papers with their summaries and sections, the
// reader's tags, notes, stars and read state, and the Hugging Face metadata with its listings
// (not the times things were fetched). Equal before and after: nothing visible changed.
inline QByteArray visibleChecksum(const Library &library)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString &s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    for (const DayInfo &day : library.catalog().days()) {
        add(day.date.toString(Qt::ISODate));
        add(QString::number(day.paperCount));
        for (const PaperListing &p : library.catalog().papersOfDay(day.date)) {
            add(p.arxivId);
            add(p.title);
            add(p.tags.join(u','));
            add(p.sectionKinds.join(u','));
            add(QString::number(int(p.starred) * 2 + int(p.read)));
            add(library.annotations().note(p.arxivId));
            if (const auto detail = library.catalog().paper(p.arxivId, day.date)) {
                add(detail->link);
                add(detail->summaryMarkdown);
                for (const Section &s : detail->sections)
                    add(s.markdown);
            }
        }
    }
    for (const QDate &day : library.network().listedDays()) {
        add(day.toString(Qt::ISODate));
        for (const PaperMeta &m : library.network().paperMetaOfDay(day)) {
            add(m.arxivId);
            add(m.title);
            add(m.authors.join(u';'));
            add(m.abstract);
            add(m.aiSummary);
            add(m.aiKeywords.join(u';'));
            add(QString::number(m.upvotes));
            add(QString::number(m.comments));
            add(m.github);
            add(m.publishedAt.toString(Qt::ISODate));
        }
    }
    return h.result().toHex();
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// Runs the real binary on db without blocking this thread: the test's own server answers meanwhile.
inline Run paperboy(const QString &db, const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands need no display
    env.insert(extra);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(PAPERBOY_BINARY), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForStarted(10000))
        qFatal("paperboy did not start");
    p.write(input);
    p.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(120000))
        qFatal("paperboy did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace FetchFixture
