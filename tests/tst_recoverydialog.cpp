// The dialog shown at start for a damaged library: real widgets offscreen, real files.
#include "faultfixture.h"
#include "library/libraryrecovery.h"
#include "library/userdatabackup.h"
#include "recoverydialog.h"
#include "testcorpus.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy;
using Core::Library;

namespace {
const QString kDigest = TestCorpus::day();
const QString kJudgeRm = QStringLiteral("2505.96265");
} // namespace

class TestRecoveryDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A damaged library whose reader tagged a paper; with a database backup when asked.
    QString damagedLibrary(bool withBackup)
    {
        const QString path = m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_n));
        {
            Library lib;
            if (!lib.open(path).ok() || lib.importer().importFile(kDigest).outcome != Core::ImportResult::Outcome::Imported)
                return {};
            if (withBackup) {
                QSqlQuery q(lib.database().sql());
                q.prepare(QStringLiteral("VACUUM INTO ?"));
                q.addBindValue(path + QStringLiteral(".backup-v4"));
                if (!q.exec())
                    return {};
            }
            Core::UserDataBackup backup(&lib);
            if (!lib.annotations().tagPaper(kJudgeRm, QStringLiteral("after the backup")).ok())
                return {};
        }
        return FaultFixture::overwrite(path, 0, QByteArray(32, '#')) ? path : QString();
    }

    static QString openProblem(const QString &path)
    {
        Library lib;
        const Core::Status s = lib.open(path);
        return lib.isDamaged() ? s.message() : QString();
    }

private Q_SLOTS:
    void restoreFromTheDialog()
    {
        const QString path = damagedLibrary(true);
        QVERIFY(!path.isEmpty());
        const QString problem = openProblem(path);
        QVERIFY(!problem.isEmpty());
        Ui::RecoveryDialog d(path, problem);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.restoreButton()->isEnabled());
        QVERIFY(d.restoreButton()->isDefault());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("recoveryProblem"))->text().contains(problem));
        QTest::mouseClick(d.restoreButton(), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY2(d.summary().contains(QStringLiteral("restored")), qPrintable(d.summary()));
        Library lib;
        QVERIFY(lib.open(path, Core::Database::Check::Quick).ok());
        QCOMPARE(lib.catalog().papersOfDay(QDate(2025, 5, 24)).size(), TestCorpus::kPapers);
        QCOMPARE(lib.annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("after the backup")}); // from the JSON backup
    }

    void rebuildWhenThereIsNoBackup()
    {
        const QString path = damagedLibrary(false);
        Ui::RecoveryDialog d(path, openProblem(path));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.restoreButton()->isEnabled());
        QVERIFY(d.rebuildButton()->isDefault());
        QTest::mouseClick(d.rebuildButton(), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.report().digestsImported, 1);
        Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.catalog().dayCount(), 1);
        QCOMPARE(lib.annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("after the backup")});
    }

    void aFailureShowsWhyAndQuitRejects()
    {
        const QString path = damagedLibrary(true);
        Ui::RecoveryDialog d(path, openProblem(path));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.restoreButton()->isEnabled());
        // The backup goes bad after the dialog looked: restoring fails, says why, and nothing moves.
        QVERIFY(FaultFixture::overwrite(path + QStringLiteral(".backup-v4"), 0, QByteArray(16, '#')));
        QTest::mouseClick(d.restoreButton(), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY(d.errorLabel()->isVisible());
        QVERIFY2(d.errorLabel()->text().contains(QStringLiteral("no usable backup")), qPrintable(d.errorLabel()->text()));
        QVERIFY(QFileInfo::exists(path));
        QTest::mouseClick(d.quitButton(), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"
