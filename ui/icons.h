// Action icons: the desktop's icon theme where it has the icon, Paperboy's own drawings otherwise.
#pragma once

#include <QString>
#include <QStringList>

namespace Paperboy::Ui::Icons {

// Where the bundled themes live in the resources: "paperboy" (dark ink, for light palettes) and
// "paperboy-dark" (light ink, for dark palettes), both freedesktop icon themes (resources/icons).
inline constexpr char16_t searchPath[] = u":/paperboy/icons";
inline constexpr char16_t lightTheme[] = u"paperboy";
inline constexpr char16_t darkTheme[] = u"paperboy-dark";

// Adds the bundled themes to QIcon's theme search paths and makes the one that suits the palette
// the fallback theme, so QIcon::fromTheme(name) gives the desktop theme's icon when it has one and
// the bundled one otherwise. Follows palette changes from then on. Needs the QApplication.
void install();
// Chooses the bundled theme again for the current palette (install() does this on every change).
// When the palette's scheme differs from the desktop's (View › Dark Colours on a light desktop),
// the desktop's icons are drawn for the other background, so the bundled theme stands in for it.
void update();
// The bundled theme that suits the current palette.
QString bundledTheme();

// The freedesktop icon name for an action id ("file.refresh" → "view-refresh"), empty for none.
// Checkable actions (toggles) have none: a menu shows their check box.
QString forAction(const QString &actionId);
// Every action id forAction() knows.
QStringList mappedActions();

} // namespace Paperboy::Ui::Icons
