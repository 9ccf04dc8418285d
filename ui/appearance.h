// Light and dark: the system's colour scheme by default, or the reader's choice (View › Dark Colours).
#pragma once

#include <QString>

namespace Paperboy::Ui::Appearance {

enum class Scheme { System, Light, Dark };

// PAPERBOY_COLOR_SCHEME=system|light|dark wins (screenshots, tests), then the setting view/colorScheme.
Scheme configured();
// Saves the choice and applies it.
void setConfigured(Scheme scheme);
// Applies a scheme to the whole application: Fusion with a dark or light palette, or the platform's
// own palette (following its changes) for System.
void apply(Scheme scheme);
// Whether the palette in use is dark.
bool isDark();

QString name(Scheme scheme);
Scheme fromName(const QString &name);

} // namespace Paperboy::Ui::Appearance
