// Icons: the bundled themes' registration and the table of action icons.
#include "icons.h"

#include "appearance.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QStyleHints>

namespace Paperboy::Ui::Icons {

namespace {

// Action id → freedesktop icon name. Names from the Icon Naming Specification where it has one,
// else the name the common desktop themes use (tag, document-export, draw-highlight, ...); every
// name here is drawn in resources/icons/paperboy (tst_icons checks).
const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> icons = {
        // File
        {QStringLiteral("file.import"), QStringLiteral("document-open")},
        {QStringLiteral("file.import_folder"), QStringLiteral("folder-open")},
        {QStringLiteral("file.watch_folder"), QStringLiteral("folder-sync")},
        {QStringLiteral("file.cancel_import"), QStringLiteral("process-stop")},
        {QStringLiteral("file.refresh"), QStringLiteral("view-refresh")},
        {QStringLiteral("file.cancel_refresh"), QStringLiteral("process-stop")},
        {QStringLiteral("file.refresh_log"), QStringLiteral("view-list-details")},
        {QStringLiteral("file.sources"), QStringLiteral("network-server")},
        {QStringLiteral("file.export"), QStringLiteral("document-export")},
        {QStringLiteral("app.settings"), QStringLiteral("preferences-system")},
        {QStringLiteral("file.quit"), QStringLiteral("application-exit")},
        // Go
        {QStringLiteral("paper.next"), QStringLiteral("go-down")},
        {QStringLiteral("paper.previous"), QStringLiteral("go-up")},
        {QStringLiteral("paper.next_unread"), QStringLiteral("go-down-search")},
        // Older / newer day: down / up the day list (newest first), the way the keys move.
        {QStringLiteral("day.next"), QStringLiteral("go-down")},
        {QStringLiteral("day.previous"), QStringLiteral("go-up")},
        {QStringLiteral("search.focus"), QStringLiteral("edit-find")},
        {QStringLiteral("search.close"), QStringLiteral("window-close")},
        {QStringLiteral("app.palette"), QStringLiteral("system-run")},
        // Paper
        {QStringLiteral("paper.toggle_read"), QStringLiteral("mail-mark-read")},
        {QStringLiteral("paper.toggle_star"), QStringLiteral("starred")},
        {QStringLiteral("paper.open_hf"), QStringLiteral("applications-internet")},
        {QStringLiteral("paper.open_pdf"), QStringLiteral("application-pdf")},
        {QStringLiteral("paper.tag"), QStringLiteral("tag-new")},
        {QStringLiteral("paper.untag"), QStringLiteral("tag-delete")},
        {QStringLiteral("paper.note"), QStringLiteral("document-edit")},
        {QStringLiteral("paper.highlight"), QStringLiteral("draw-highlight")},
        {QStringLiteral("paper.highlight_comment"), QStringLiteral("edit-comment")},
        {QStringLiteral("paper.remove_highlight"), QStringLiteral("draw-eraser")},
        {QStringLiteral("tags.manage"), QStringLiteral("tag")},
        // Compare (main window)
        {QStringLiteral("compare.toggle_mark"), QStringLiteral("checkmark")},
        {QStringLiteral("compare.clear_marks"), QStringLiteral("edit-clear")},
        {QStringLiteral("compare.open"), QStringLiteral("view-split-left-right")},
        {QStringLiteral("compare.open_saved"), QStringLiteral("document-open")},
        // Edit
        {QStringLiteral("edit.undo"), QStringLiteral("edit-undo")},
        {QStringLiteral("edit.redo"), QStringLiteral("edit-redo")},
        // View
        {QStringLiteral("view.zoom_in"), QStringLiteral("zoom-in")},
        {QStringLiteral("view.zoom_out"), QStringLiteral("zoom-out")},
        {QStringLiteral("view.zoom_reset"), QStringLiteral("zoom-original")},
        // Help
        {QStringLiteral("help.cheatsheet"), QStringLiteral("input-keyboard")},
        {QStringLiteral("help.about"), QStringLiteral("help-about")},
        // The comparison window
        {QStringLiteral("compare.open_paper"), QStringLiteral("go-jump")},
        {QStringLiteral("compare.highlight"), QStringLiteral("draw-highlight")},
        {QStringLiteral("compare.highlight_comment"), QStringLiteral("edit-comment")},
        {QStringLiteral("compare.copy"), QStringLiteral("edit-copy")},
        {QStringLiteral("compare.move_left"), QStringLiteral("go-previous")},
        {QStringLiteral("compare.move_right"), QStringLiteral("go-next")},
        {QStringLiteral("compare.remove_paper"), QStringLiteral("list-remove")},
        {QStringLiteral("compare.export"), QStringLiteral("document-export")},
        {QStringLiteral("compare.save"), QStringLiteral("document-save")},
        {QStringLiteral("compare.close"), QStringLiteral("window-close")},
        {QStringLiteral("compare.next_row"), QStringLiteral("go-down")},
        {QStringLiteral("compare.previous_row"), QStringLiteral("go-up")},
    };
    return icons;
}

// Whether update() replaced the desktop's theme with a bundled one (and so may give it back).
bool g_standingIn = false;

void addSearchPath()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(QString::fromUtf16(searchPath))) {
        // After the desktop's folders: a theme of the same name installed there wins.
        paths.append(QString::fromUtf16(searchPath));
        QIcon::setThemeSearchPaths(paths);
    }
}

// Chooses the bundled theme again whenever the application's palette or the desktop's scheme changes.
class PaletteWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            update();
        return false;
    }
};

} // namespace

QString bundledTheme()
{
    return QString::fromUtf16(Appearance::isDark() ? darkTheme : lightTheme);
}

void update()
{
    addSearchPath();
    const QString bundled = bundledTheme();
    if (QIcon::fallbackThemeName() != bundled)
        QIcon::setFallbackThemeName(bundled);
    const bool paletteDark = Appearance::isDark();
    const bool desktopDark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    if (paletteDark != desktopDark) {
        if (QIcon::themeName() != bundled)
            QIcon::setThemeName(bundled);
        g_standingIn = true;
    } else if (g_standingIn) {
        g_standingIn = false;
        QIcon::setThemeName(QString()); // the desktop's again; this also resets the search paths
        addSearchPath();
    }
}

void install()
{
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    static QPointer<PaletteWatcher> watcher;
    if (!watcher) {
        watcher = new PaletteWatcher(app);
        app->installEventFilter(watcher);
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, watcher, [] { update(); });
    }
    update();
}

QString forAction(const QString &actionId)
{
    return table().value(actionId);
}

QStringList mappedActions()
{
    QStringList ids = table().keys();
    ids.sort();
    return ids;
}

} // namespace Paperboy::Ui::Icons
