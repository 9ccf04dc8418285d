// Paperboy's entry point: options, the library file, and the window (or a command-line task).
#include "appearance.h"
#include "commandline.h"
#include "common/settings.h"
#include "icons.h"
#include "instance/singleinstance.h"
#include "languages.h"
#include "library/dailybackup.h"
#include "library/library.h"
#include "library/sampledigest.h"
#include "library/userdatabackup.h"
#include "libraryupgrade.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "recoverydialog.h"
#include "refreshcontroller.h"
#include "settingsdialog.h"
#include "windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <paperboy/version.h>

#include <cstdio>
#include <memory>
#include <string_view>

using namespace Paperboy;

namespace {

// Reports the first paint of the window (for the startup benchmark) and quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("first paint after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    // --version and --help print and exit: they must work without a display (scripts, packaging).
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-v" || arg == "--version") {
            std::printf("paperboy %s\n", PAPERBOY_VERSION);
            return 0;
        }
        if ((arg == "-h" || arg == "--help" || arg == "--help-all") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (App::CommandLine::isCommand(argc, argv)) {
        std::unique_ptr<QCoreApplication> app;
        if (App::CommandLine::needsGuiApplication(argc, argv)) {
            // Fonts without a window: the offscreen platform needs no display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PAPERBOY_VERSION));
        App::Languages languages;
        languages.apply(Core::Settings::instance().language());
        return App::CommandLine::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paperboy"));
    QApplication::setOrganizationName(QStringLiteral("paperboy"));
    QApplication::setApplicationVersion(QStringLiteral(PAPERBOY_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Paperboy"));
    QGuiApplication::setDesktopFileName(QStringLiteral(PAPERBOY_APP_ID));
    Ui::Appearance::apply(Ui::Appearance::configured());
    Ui::Icons::install();
    // The theme's icon when the package installed one, else the PNGs built into the binary.
    QIcon bundledIcon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        bundledIcon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PAPERBOY_APP_ID), bundledIcon));
    // The language of the settings (or the system's), switched at runtime from Settings.
    App::Languages languages;
    languages.apply(Core::Settings::instance().language());
    Ui::SettingsDialog::setLanguageSwitch([&languages](const QString &choice) { languages.apply(choice); });

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A reader for daily AI-paper digests."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("main", "Print the version and exit."));
    parser.addOption(versionOption);
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Use the library FILE (also PAPERBOY_DB)."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a PNG of the window to FILE and exit."),
                                              QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    QCommandLineOption paintOption(QStringLiteral("exit-after-paint"),
                                   QCoreApplication::translate("main", "Print the time to the first painted window and exit."));
    paintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(paintOption);
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("main", "Digests to import and show."), QStringLiteral("[FILE.md...]"));
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "Or a command without a window (below)."),
                                 QStringLiteral("[command]"));
    // The commands come from the command line's own table, after the window's options.
    if (parser.parse(QCoreApplication::arguments()) && parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << '\n' << App::CommandLine::usage();
        return 0;
    }
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::printf("paperboy %s\n", PAPERBOY_VERSION);
        return 0;
    }

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : Core::Library::defaultPath();
    // A second start on the same library hands its files to the running window and exits.
    Core::SingleInstance instance(dbPath);
    const bool oneShot = parser.isSet(screenshotOption) || parser.isSet(paintOption);
    QString notHandedOver;
    if (!oneShot && instance.forwardToRunning(parser.positionalArguments(), 3000, &notHandedOver))
        return 0;
    if (!notHandedOver.isEmpty())
        std::fprintf(stderr, "paperboy: %s\n", qPrintable(notHandedOver));
    Core::Library library;
    // An exit without closing (crash, kill -9, power loss) leaves a -wal file behind: then every
    // page is checked, which costs about a second for 300 days (docs/RECOVERY.md), so not on every start.
    const bool unclean = QFileInfo(dbPath + QStringLiteral("-wal")).size() > 0;
    // A library from an older version is upgraded first, with a note on screen while it takes
    // (open() below would do it without one); what goes wrong is reported by open() below.
    if (!oneShot && Ui::LibraryUpgrade::needed(dbPath))
        Ui::LibraryUpgrade::run(dbPath);
    Core::Status opened = library.open(dbPath, unclean ? Core::Database::Check::Quick : Core::Database::Check::Header);
    QString recovered;
    // The one-shot modes (screenshot, startup timing) have nobody to answer a dialog.
    if (!opened && library.isDamaged() && !oneShot) {
        std::fprintf(stderr, "paperboy: %s\n", qPrintable(opened.message()));
        Ui::RecoveryDialog dialog(dbPath, opened.message());
        if (dialog.exec() != QDialog::Accepted)
            return 2;
        recovered = dialog.summary();
        opened = library.open(dbPath);
    }
    if (!opened) {
        std::fprintf(stderr, "paperboy: %s\n", qPrintable(opened.message()));
        if (!oneShot)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Paperboy"),
                                  QCoreApplication::translate("main", "The library cannot be opened:\n%1").arg(opened.message()));
        return 2;
    }
    if (!library.writeNotice().isEmpty())
        std::fprintf(stderr, "paperboy: %s\n", qPrintable(library.writeNotice()));
    if (!library.isReadOnly())
        Core::SampleDigest::importIfEmpty(library); // a new reader sees real content at once
    // Before the window: destroyed after it, so the window's last note is in the backup.
    Core::UserDataBackup userDataBackup(&library);
    QDate lastImported;
    for (const QString &file : parser.positionalArguments()) {
        const auto r = library.importer().importFile(file);
        for (const auto &d : r.diagnostics)
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        if (r.day.isValid() && r.outcome != Core::ImportResult::Outcome::Rejected)
            lastImported = r.day;
    }
    Core::SampleDigest::removeOnceOthersArrive(library);

    FirstPaint firstPaint(clock);
    if (parser.isSet(paintOption))
        app.installEventFilter(&firstPaint);
    // The host rebuilds the window when the language changes, so ask it for the current one.
    App::WindowHost host(&library);
    if (lastImported.isValid())
        host.window()->reader()->selectDay(lastImported);
    // A screenshot shows the window at the size the README pictures use, whatever the screen, or
    // at PAPERBOY_SCREENSHOT_SIZE (WxH: the small-screen picture is 800x600).
    if (parser.isSet(screenshotOption)) {
        const QStringList size = qEnvironmentVariable("PAPERBOY_SCREENSHOT_SIZE").split(u'x');
        const int w = size.value(0).toInt(), h = size.value(1).toInt();
        host.window()->resize(w >= 400 && h >= 300 ? QSize(w, h) : QSize(1440, 900));
    }
    host.window()->show();
    std::unique_ptr<Core::DailyBackup> dailyBackup; // after host: gone before the window
    if (!recovered.isEmpty())
        host.window()->statusBar()->showMessage(recovered, 20000);
    if (!oneShot) {
        QString error;
        if (!instance.listen(&error))
            std::fprintf(stderr, "paperboy: %s\n",
                         qPrintable(QCoreApplication::translate("main", "other starts cannot hand files to this window: %1").arg(error)));
        QObject::connect(&instance, &Core::SingleInstance::filesReceived, &host, [&host](const QStringList &paths) { host.window()->openFiles(paths); });
        // Sources not refreshed for longer than the configured hours refresh once the window is up.
        QTimer::singleShot(0, &host, [&host] { host.window()->refresher()->startIfStale(); });
        // A copy of the whole library once a day, in the background; a failure only says so.
        dailyBackup = std::make_unique<Core::DailyBackup>(&library);
        QObject::connect(dailyBackup.get(), &Core::DailyBackup::finished, &host, [&host](bool ok, const QString &, const QString &message) {
            if (ok)
                return;
            std::fprintf(stderr, "paperboy: %s\n", qPrintable(message));
            host.window()->statusBar()->showMessage(message, 15000);
        });
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(500, &host, [&host, file] {
            const bool ok = host.window()->grab().save(file, "PNG");
            if (!ok)
                std::fprintf(stderr, "paperboy: %s\n", qPrintable(QCoreApplication::translate("main", "cannot write %1").arg(file)));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
