// Action icons: the bundled themes, the action table, the desktop theme's precedence, HiDPI, and
// icons that stay visible in the light and the dark palette.
#include "actionregistry.h"
#include "appearance.h"
#include "commandpalette.h"
#include "compareview.h"
#include "icons.h"
#include "mainwindow.h"
#include "uitest.h"

#include <QDir>
#include <QDirIterator>
#include <QIcon>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QSettings>
#include <QSvgRenderer>
#include <QUndoStack>

#include <cmath>

using namespace Paperboy;

namespace {

QString bundledFile(const QString &theme, const QString &name)
{
    return QStringLiteral(":/paperboy/icons/%1/scalable/actions/%2.svg").arg(theme, name);
}

double channel(int v)
{
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

// WCAG contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Pixels that are not fully transparent.
int opaquePixels(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

// Pixels that, drawn over background, stand out from it by at least 3:1 (WCAG's ratio for
// graphical objects).
int contrastingPixels(const QPixmap &pixmap, const QColor &background)
{
    QImage image(pixmap.size(), QImage::Format_RGB32);
    image.fill(background);
    {
        QPainter p(&image);
        p.drawImage(0, 0, pixmap.toImage());
    }
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += contrast(QColor(image.pixel(x, y)), background) >= 3.0;
    return n;
}

QImage imageOf(const QIcon &icon, int size, qreal dpr = 1.0)
{
    return icon.pixmap(QSize(size, size), dpr).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Library> m_library;

    // Every action of a real main window and a real comparison window.
    QList<QAction *> allActions(Ui::MainWindow &w, Ui::CompareView &cv) { return w.actions()->actions() + cv.actions()->actions(); }

    // Every mapped action's icon stands out from background at 16 px and at 32 px.
    void checkVisibleAgainst(const QColor &background)
    {
        Ui::MainWindow w(m_library.get());
        QUndoStack undo;
        Ui::CompareView cv(m_library.get(), &undo);
        for (QAction *a : allActions(w, cv)) {
            if (Ui::Icons::forAction(a->objectName()).isEmpty())
                continue;
            const int small = contrastingPixels(a->icon().pixmap(16), background);
            const int large = contrastingPixels(a->icon().pixmap(32), background);
            if (small < 12 || large < 48)
                QFAIL(qPrintable(QStringLiteral("%1 (%2) against %3: %4 pixels at 16 px, %5 at 32 px stand out")
                                     .arg(a->objectName(), Ui::Icons::forAction(a->objectName()), background.name())
                                     .arg(small)
                                     .arg(large)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = UiTest::freshLibrary(m_dir);
        QVERIFY(m_library);
        Ui::Appearance::apply(Ui::Appearance::Scheme::Light);
        Ui::Icons::install();
        QVERIFY(!Ui::Appearance::isDark());
        QVERIFY(QIcon::themeSearchPaths().contains(QStringLiteral(":/paperboy/icons")));
        QCOMPARE(QIcon::fallbackThemeName(), QStringLiteral("paperboy"));
    }

    // Qt draws the bundled SVGs only through the SVG icon engine plugin (package qt6-svg-plugins).
    void svgIconEngineIsThere()
    {
        const QIcon icon(bundledFile(QStringLiteral("paperboy"), QStringLiteral("go-down")));
        QVERIFY(!icon.isNull());
        QVERIFY(opaquePixels(icon.pixmap(16)) > 10);
    }

    void bundledThemesParse_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("paperboy");
        QTest::newRow("dark") << QStringLiteral("paperboy-dark");
    }

    void bundledThemesParse()
    {
        QFETCH(QString, theme);
        const QString root = QStringLiteral(":/paperboy/icons/") + theme;
        QSettings index(root + QStringLiteral("/index.theme"), QSettings::IniFormat);
        QCOMPARE(index.status(), QSettings::NoError);
        QCOMPARE(index.value(QStringLiteral("Icon Theme/Name")).toString(),
                 theme == u"paperboy" ? QStringLiteral("Paperboy") : QStringLiteral("Paperboy Dark"));
        const QStringList dirs = index.value(QStringLiteral("Icon Theme/Directories")).toStringList();
        QCOMPARE(dirs, QStringList{QStringLiteral("scalable/actions")});
        int files = 0;
        for (const QString &dir : dirs) {
            index.beginGroup(dir);
            QCOMPARE(index.value(QStringLiteral("Type")).toString(), QStringLiteral("Scalable"));
            QCOMPARE(index.value(QStringLiteral("Size")).toInt(), 16);
            QVERIFY(index.value(QStringLiteral("MaxSize")).toInt() >= 256);
            index.endGroup();
            QDirIterator it(root + u'/' + dir, {QStringLiteral("*.svg")}, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QSvgRenderer svg(path);
                QVERIFY2(svg.isValid(), qPrintable(path));
                QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 16, 16));
                ++files;
            }
        }
        QVERIFY(files >= 40);
        // The dark theme is the same drawings with the light ink: no dark ink is left in it.
        QDirIterator it(root + QStringLiteral("/scalable/actions"), {QStringLiteral("*.svg")}, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray svg = f.readAll();
            QCOMPARE(svg.contains("#3b4045"), theme == u"paperboy");
            QCOMPARE(svg.contains("#d7dade"), theme == u"paperboy-dark");
            QVERIFY(QFile::exists(
                bundledFile(theme == u"paperboy" ? QStringLiteral("paperboy-dark") : QStringLiteral("paperboy"), QFileInfo(f.fileName()).completeBaseName())));
        }
    }

    // Every name of the table is drawn, and every id of the table is a real action of a window.
    void tableMatchesDrawingsAndActions()
    {
        Ui::MainWindow w(m_library.get());
        QUndoStack undo;
        Ui::CompareView cv(m_library.get(), &undo);
        QSet<QString> ids;
        for (QAction *a : allActions(w, cv))
            ids.insert(a->objectName());
        const QStringList mapped = Ui::Icons::mappedActions();
        QVERIFY(mapped.size() >= 50);
        for (const QString &id : mapped) {
            QVERIFY2(ids.contains(id), qPrintable(id));
            const QString name = Ui::Icons::forAction(id);
            QVERIFY2(QFile::exists(bundledFile(QStringLiteral("paperboy"), name)), qPrintable(name));
            QVERIFY2(QFile::exists(bundledFile(QStringLiteral("paperboy-dark"), name)), qPrintable(name));
        }
        QVERIFY(Ui::Icons::forAction(QStringLiteral("view.dark")).isEmpty()); // a toggle: its check box shows
        QVERIFY(Ui::Icons::forAction(QStringLiteral("no.such_action")).isEmpty());
    }

    // Each mapped action of the real windows has an icon with visible pixels at 16 and 32 px and at
    // a device pixel ratio of 2, where it is drawn from the SVG at 32 device pixels (not 16 scaled up).
    void everyMappedActionHasAnIcon()
    {
        Ui::MainWindow w(m_library.get());
        QUndoStack undo;
        Ui::CompareView cv(m_library.get(), &undo);
        int checked = 0, upscaledLooksSame = 0;
        for (QAction *a : allActions(w, cv)) {
            const QString id = a->objectName();
            if (Ui::Icons::forAction(id).isEmpty()) {
                QVERIFY2(a->icon().isNull(), qPrintable(id));
                continue;
            }
            QVERIFY2(!a->icon().isNull(), qPrintable(id));
            QVERIFY2(opaquePixels(a->icon().pixmap(16)) >= 12, qPrintable(id));
            QVERIFY2(opaquePixels(a->icon().pixmap(32)) >= 48, qPrintable(id));
            const QPixmap hidpi = a->icon().pixmap(QSize(16, 16), 2.0);
            QCOMPARE(hidpi.size(), QSize(32, 32));
            QCOMPARE(hidpi.devicePixelRatio(), 2.0);
            QCOMPARE(hidpi.deviceIndependentSize(), QSizeF(16, 16));
            QVERIFY2(opaquePixels(hidpi) >= 48, qPrintable(id));
            QImage crisp = hidpi.toImage().convertToFormat(QImage::Format_ARGB32);
            crisp.setDevicePixelRatio(1.0);
            QCOMPARE(crisp, imageOf(a->icon(), 32));
            // Only a drawing made of whole pixels (list-remove's bar) looks the same scaled up.
            upscaledLooksSame += crisp == imageOf(a->icon(), 16).scaled(32, 32);
            // With no desktop theme here, the icon is the bundled drawing.
            QCOMPARE(imageOf(a->icon(), 16), imageOf(QIcon(bundledFile(QStringLiteral("paperboy"), Ui::Icons::forAction(id))), 16));
            ++checked;
        }
        QCOMPARE(checked, Ui::Icons::mappedActions().size());
        QVERIFY(upscaledLooksSame <= 2);
    }

    // The menus draw the icons: an entry looks different once its icon is hidden.
    void menusShowIcons()
    {
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_DontShowIconsInMenus));
        Ui::MainWindow w(m_library.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMenu *file = nullptr;
        for (QAction *top : w.menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(w.actions()->action(QStringLiteral("file.refresh"))))
                file = top->menu();
        QVERIFY(file);
        QAction *refresh = w.actions()->action(QStringLiteral("file.refresh"));
        file->popup(w.mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        const QRect rect = file->actionGeometry(refresh);
        const QImage with = file->grab(rect).toImage();
        refresh->setIconVisibleInMenu(false);
        const QImage without = file->grab(rect).toImage();
        refresh->setIconVisibleInMenu(true);
        file->close();
        QVERIFY(with != without);
    }

    // The command palette shows the actions' icons beside their names.
    void paletteShowsIcons()
    {
        Ui::MainWindow w(m_library.get());
        Ui::CommandPalette palette(w.actions(), m_library.get(), &w);
        int withIcon = 0;
        for (int i = 0; i < palette.list()->count(); ++i) {
            const QListWidgetItem *item = palette.list()->item(i);
            const QString id = item->data(Qt::UserRole + 2).toString(); // the palette's payload: the action id
            const QAction *a = w.actions()->action(id);
            if (!a)
                continue;
            QCOMPARE(item->icon().isNull(), a->icon().isNull());
            withIcon += !item->icon().isNull();
        }
        QVERIFY(withIcon >= 30);
    }

    // An icon the desktop's theme has wins over the bundled one; the bundled one fills the gaps.
    void desktopThemeWins()
    {
        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        QDir root(themes.path());
        QVERIFY(root.mkpath(QStringLiteral("desktop-test/16x16/actions")));
        {
            QFile index(root.filePath(QStringLiteral("desktop-test/index.theme")));
            QVERIFY(index.open(QIODevice::WriteOnly));
            index.write("[Icon Theme]\nName=Desktop Test\nDirectories=16x16/actions\n\n"
                        "[16x16/actions]\nSize=16\nType=Fixed\nContext=Actions\n");
        }
        QImage magenta(16, 16, QImage::Format_ARGB32);
        magenta.fill(QColor(255, 0, 255));
        QVERIFY(magenta.save(root.filePath(QStringLiteral("desktop-test/16x16/actions/go-down.png"))));

        const QStringList paths = QIcon::themeSearchPaths();
        QIcon::setThemeSearchPaths(QStringList{themes.path()} + paths);
        QIcon::setThemeName(QStringLiteral("desktop-test"));
        Ui::Icons::update();
        QCOMPARE(QIcon::themeName(), QStringLiteral("desktop-test")); // light palette, light desktop: kept

        Ui::MainWindow w(m_library.get());
        const QImage next = imageOf(w.actions()->action(QStringLiteral("paper.next"))->icon(), 16);
        QCOMPARE(next.pixelColor(8, 8), QColor(255, 0, 255));
        QCOMPARE(imageOf(QIcon::fromTheme(QStringLiteral("go-down")), 16).pixelColor(8, 8), QColor(255, 0, 255));
        // go-up is not in the desktop's theme: the bundled drawing.
        QCOMPARE(imageOf(w.actions()->action(QStringLiteral("paper.previous"))->icon(), 16),
                 imageOf(QIcon(bundledFile(QStringLiteral("paperboy"), QStringLiteral("go-up"))), 16));

        QIcon::setThemeName(QString()); // resets the search paths to the system's
        Ui::Icons::update();
        QVERIFY(QIcon::themeSearchPaths().contains(QStringLiteral(":/paperboy/icons")));
        QVERIFY(!QIcon::themeSearchPaths().contains(themes.path()));
        QVERIFY(imageOf(w.actions()->action(QStringLiteral("paper.next"))->icon(), 16).pixelColor(8, 8) != QColor(255, 0, 255));
    }

    // In the dark palette the bundled dark theme is used, and every icon stands out from the
    // window's and the lists' background; back in the light palette, the same actions follow.
    void visibleInLightAndDark()
    {
        QVERIFY(!Ui::Appearance::isDark());
        const QString desktopTheme = QIcon::themeName();
        checkVisibleAgainst(QApplication::palette().color(QPalette::Window));
        checkVisibleAgainst(QApplication::palette().color(QPalette::Base));

        Ui::MainWindow w(m_library.get());
        QAction *find = w.actions()->action(QStringLiteral("search.focus"));
        const QImage light = imageOf(find->icon(), 16);

        Ui::Appearance::apply(Ui::Appearance::Scheme::Dark);
        QVERIFY(Ui::Appearance::isDark());
        QCOMPARE(QIcon::fallbackThemeName(), QStringLiteral("paperboy-dark"));
        // This desktop is not dark, so its own theme (drawn for light backgrounds) steps aside.
        QCOMPARE(QIcon::themeName(), QStringLiteral("paperboy-dark"));
        const QImage dark = imageOf(find->icon(), 16);
        QVERIFY(dark != light);
        QCOMPARE(dark, imageOf(QIcon(bundledFile(QStringLiteral("paperboy-dark"), QStringLiteral("edit-find"))), 16));
        checkVisibleAgainst(QApplication::palette().color(QPalette::Window));
        checkVisibleAgainst(QApplication::palette().color(QPalette::Base));
        // The light drawings would not do on this background: the test can tell.
        const QColor window = QApplication::palette().color(QPalette::Window);
        QVERIFY(contrastingPixels(QIcon(bundledFile(QStringLiteral("paperboy"), QStringLiteral("edit-find"))).pixmap(16), window) < 12);

        Ui::Appearance::apply(Ui::Appearance::Scheme::Light);
        QCOMPARE(QIcon::fallbackThemeName(), QStringLiteral("paperboy"));
        QCOMPARE(QIcon::themeName(), desktopTheme);
        QVERIFY(QIcon::themeSearchPaths().contains(QStringLiteral(":/paperboy/icons")));
        QCOMPARE(imageOf(find->icon(), 16), light);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
