// A digest written to do harm, imported and shown in the real summary view and compare view: nothing
// is fetched from the network or read from disk for it, only http(s) links open, and every paper
// renders (a 10 MB line, 10,000-deep lists and quotes) within the test's time.
#include "actionregistry.h"
#include "comparecontroller.h"
#include "compareview.h"
#include "hostiledigest.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "models/comparemodel.h"
#include "readercontroller.h"
#include "summaryview.h"
#include "uitest.h"

#include "windowparts.h"
#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <sys/inotify.h>
#include <unistd.h>

using namespace Paperboy;
using namespace TestWindow;

// Stands in for the desktop's URL handlers (QDesktopServices::setUrlHandler): records what would open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

namespace {

// Every link of a browser's document, clicked with the mouse where it is drawn.
QList<QUrl> clickLinks(QTextBrowser *browser)
{
    QList<QUrl> hrefs;
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            hrefs << QUrl(fragment.charFormat().anchorHref());
            QTextCursor c(doc);
            c.setPosition(fragment.position());
            browser->setTextCursor(c);
            browser->ensureCursorVisible();
            const QRect r = browser->cursorRect(c);
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 2, r.center().y()));
        }
    }
    return hrefs;
}

} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_secret;
    QTcpServer m_server;
    int m_connections = 0;
    int m_inotify = -1;
    UrlRecorder m_recorder;
    const QStringList m_schemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("javascript"), QStringLiteral("file"), QStringLiteral("data")};

    // Names of files in the watched folder that were opened or read since the last call.
    QStringList filesTouched()
    {
        QStringList names;
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t n = ::read(m_inotify, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
                if (e->len)
                    names << QString::fromUtf8(e->name);
                at += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A real image where the digest's local images point: were it read, inotify would say so.
        m_secret = m_dir.filePath(QStringLiteral("secret.png"));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_secret));
        QVERIFY(QDir::setCurrent(m_dir.path())); // where "secret.png", relative, would resolve
        m_inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(m_inotify >= 0);
        QVERIFY(inotify_add_watch(m_inotify, QFile::encodeName(m_dir.path()).constData(), IN_OPEN | IN_ACCESS) >= 0);
        // Every remote reference points here; a connection would be a request.
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                s->close();
            }
        });
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, &m_recorder, "open");
    }

    void cleanupTestCase()
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
        if (m_inotify >= 0)
            ::close(m_inotify);
    }

    void hostileDigestIsShownInert()
    {
        QTemporaryDir libDir;
        auto lib = UiTest::freshLibrary(libDir);
        QVERIFY(lib);
        const QString path = libDir.filePath(QStringLiteral("2025-06-02.md"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray remote = "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
            f.write(HostileDigest::make(remote, QFile::encodeName(m_secret)));
        }
        const Core::ImportResult imported = lib->importer().importFile(path);
        QVERIFY(imported.outcome == Core::ImportResult::Outcome::Imported);
        QCOMPARE(lib->catalog().papersOfDay(HostileDigest::kDay).size(), 3);
        filesTouched(); // the image written above

        Ui::MainWindow w(lib.get());
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QList<QUrl> clicked;
        for (const QString &id : {HostileDigest::kHtmlPaper, HostileDigest::kLongLinePaper, HostileDigest::kDeepPaper}) {
            QVERIFY(w.reader()->openPaper(HostileDigest::kDay, id));
            Ui::SummaryView *view = summaryView(w);
            QVERIFY(view->document()->documentLayout()->documentSize().height() > 0);
            QVERIFY(!w.grab().isNull()); // paints, so images are asked for
            QVERIFY2(!view->toPlainText().isEmpty(), qPrintable(id));
            if (id == HostileDigest::kHtmlPaper) {
                // Raw HTML is shown as the text it is, never run or styled.
                QVERIFY(view->toPlainText().contains(QStringLiteral("<script>alert('x')</script>")));
                clicked += clickLinks(view);
            }
            if (id == HostileDigest::kDeepPaper)
                QVERIFY(view->toPlainText().contains(QStringLiteral("bottom of the quote")));
        }

        Ui::CompareView *cv = w.comparer()->openComparison({HostileDigest::kHtmlPaper, HostileDigest::kLongLinePaper, HostileDigest::kDeepPaper});
        QVERIFY(cv);
        QCOMPARE(cv->model()->columnCount(), 3);
        QVERIFY(!cv->grab().isNull());
        for (int r = 0; r < cv->model()->rowCount(); ++r) {
            QTextBrowser *cell = cv->cell(r, 0);
            QVERIFY(cell);
            QVERIFY(cell->document()->documentLayout()->documentSize().height() > 0);
            cv->setCurrentCell(r, 0);
            clicked += clickLinks(cell);
            for (int c = 1; c < cv->model()->columnCount(); ++c)
                QVERIFY(cv->cell(r, c)->document()->documentLayout()->documentSize().height() > 0);
        }
        // The 10 MB line is shown cut, with the note that says so.
        const int results = int(cv->model()->rowKinds().indexOf(QStringLiteral("results")));
        QVERIFY(results >= 0);
        QTextBrowser *longCell = cv->cell(results, 1);
        QVERIFY(longCell->property("cut").toBool());
        QVERIFY(longCell->toPlainText().size() < Ui::CompareView::MaxCellCharacters + Ui::CompareView::cutNote().size() + 100);
        QVERIFY(longCell->toPlainText().endsWith(Ui::CompareView::cutNote()));
        QTest::qWait(200); // time for a connection to arrive, were one made

        // The links were there and were clicked: the http(s) ones opened, nothing else did.
        QVERIFY(clicked.contains(QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(clicked.contains(QUrl(QStringLiteral("https://example.org/paper"))));
        QVERIFY(m_recorder.opened.contains(QUrl(QStringLiteral("https://example.org/paper"))));
        for (const QUrl &url : m_recorder.opened)
            QVERIFY2(url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"), qPrintable(url.toString()));
        for (const QUrl &url : clicked)
            if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
                QVERIFY2(!m_recorder.opened.contains(url), qPrintable(url.toString()));

        // Nothing fetched: the server saw no connection except the link clicks' (there are none: the
        // handlers only record), and the local image was never opened.
        QCOMPARE(m_connections, 0);
        const QStringList touched = filesTouched();
        QVERIFY2(!touched.contains(QStringLiteral("secret.png")), qPrintable(touched.join(u' ')));
    }
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
