// LibraryUpgrade: a library of an older schema is upgraded on a worker thread behind a dialog.
#include "library/database.h"
#include "library/library.h"
#include "libraryupgrade.h"
#include "search/searchquery.h"

#include "libraryfixture.h"

#include <QApplication>
#include <QFile>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Paperboy;

class TestLibraryUpgrade : public QObject
{
    Q_OBJECT

    // Three days of the corpus day in a library set back to schema 8 (the search index with
    // bigrams across white space), closed.
    static bool makeSchema8(const QTemporaryDir &dir, const QString &path)
    {
        const QStringList files = LibraryFixture::dayCopies(dir, 3);
        if (files.size() != 3)
            return false;
        {
            Core::Library lib;
            if (!lib.open(path).ok() || lib.importer().importPaths(files).size() != 3)
                return false;
        }
        Core::Database v8;
        return v8.open(path).ok() && v8.execScript(LibraryFixture::undoSchema10()).ok()
            && v8.execScript(LibraryFixture::undoSchema9() + QStringLiteral("PRAGMA user_version = 8;")).ok();
    }

private Q_SLOTS:
    void neededOnlyForOlderLibraries()
    {
        QTemporaryDir dir;
        QVERIFY(!Ui::LibraryUpgrade::needed(dir.filePath(QStringLiteral("missing.sqlite"))));
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(200, 'x'));
        text.close();
        QVERIFY(!Ui::LibraryUpgrade::needed(text.fileName()));
        QCOMPARE(Core::Database::fileVersion(text.fileName()), -1);
        const QString current = dir.filePath(QStringLiteral("current.sqlite"));
        {
            Core::Library lib;
            QVERIFY(lib.open(current).ok());
        }
        QCOMPARE(Core::Database::fileVersion(current), Core::Database::latestVersion());
        QVERIFY(!Ui::LibraryUpgrade::needed(current));
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(makeSchema8(dir, old));
        QCOMPARE(Core::Database::fileVersion(old), 8);
        QVERIFY(Ui::LibraryUpgrade::needed(old));
    }

    void upgradesBehindADialogWhileTheEventLoopRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        QVERIFY(makeSchema8(dir, path));
        int ticks = 0;
        QString shownText;
        QTimer watch;
        watch.setInterval(1);
        connect(&watch, &QTimer::timeout, this, [&] {
            ++ticks;
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QProgressDialog *>(w); dialog && dialog->isVisible())
                    shownText = dialog->labelText();
        });
        watch.start();
        const Core::Status upgraded = Ui::LibraryUpgrade::run(path, nullptr, 0);
        watch.stop();
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message()));
        QVERIFY(ticks > 0); // the event loop ran during the upgrade
        QVERIFY2(shownText.contains(QStringLiteral("lib.sqlite.backup-v8")), qPrintable(shownText));
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QProgressDialog *>(w) || !w->isVisible());
        QVERIFY(QFile::exists(path + QStringLiteral(".backup-v8")));
        QCOMPARE(Core::Database::fileVersion(path), Core::Database::latestVersion());
        QVERIFY(!Ui::LibraryUpgrade::needed(path));
        // Opened as usual afterwards: no second upgrade, and the rebuilt index answers.
        Core::Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.database().lastBackupPath(), QString());
        QVERIFY(!lib.searchIndex().search(Core::SearchQuery::parse(QStringLiteral("강화학습"))).isEmpty());
        QCOMPARE(lib.catalog().dayCount(), 3);
    }
};

QTEST_MAIN(TestLibraryUpgrade)
#include "tst_libraryupgrade.moc"
