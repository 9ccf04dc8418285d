// Appearance: palettes are built from Qt's Fusion roles so every widget (and the summary's code
// highlighting, which reads the palette) follows.
#include "appearance.h"

#include "common/settings.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Paperboy::Ui::Appearance {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb5, 0x9c, 0xff));
    p.setColor(QPalette::Accent, QColor(0x3d, 0x7e, 0xd6));
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

bool systemIsDark()
{
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
}

bool g_followingSystem = false;

} // namespace

QString name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light: return QStringLiteral("light");
    case Scheme::Dark: return QStringLiteral("dark");
    case Scheme::System: break;
    }
    return QStringLiteral("system");
}

Scheme fromName(const QString &name)
{
    if (name.compare(QLatin1StringView("dark"), Qt::CaseInsensitive) == 0)
        return Scheme::Dark;
    if (name.compare(QLatin1StringView("light"), Qt::CaseInsensitive) == 0)
        return Scheme::Light;
    return Scheme::System;
}

Scheme configured()
{
    const QString forced = qEnvironmentVariable("PAPERBOY_COLOR_SCHEME");
    if (!forced.isEmpty())
        return fromName(forced);
    return fromName(Core::Settings::instance().colorScheme());
}

void setConfigured(Scheme scheme)
{
    Core::Settings::instance().setColorScheme(name(scheme));
    apply(scheme);
}

void apply(Scheme scheme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    static bool connected = false;
    if (!connected) {
        connected = true;
        // Following the system: a change of its scheme (e.g. at sunset) changes ours.
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, app, [] {
            if (g_followingSystem)
                apply(Scheme::System);
        });
    }
    g_followingSystem = scheme == Scheme::System;
    const bool dark = scheme == Scheme::Dark || (scheme == Scheme::System && systemIsDark());
    if (scheme == Scheme::System && !dark) {
        QApplication::setPalette(QPalette()); // the platform's own
        return;
    }
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

} // namespace Paperboy::Ui::Appearance
