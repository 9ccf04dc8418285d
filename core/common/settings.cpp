// Settings: the keys, their defaults and the QSettings reads and writes behind the typed accessors.
#include "settings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace Paperboy::Core {

namespace {

// Every key Paperboy stores. These strings are what earlier versions wrote; changing one loses the
// readers' setting.
namespace Key {
const QString MarkReadSeconds = QStringLiteral("reading/markReadAfterSeconds");
const QString LastDay = QStringLiteral("reader/lastDay");
const QString KeepSample = QStringLiteral("library/keepSample");
const QString LastPaper = QStringLiteral("reader/lastPaper");
const QString Language = QStringLiteral("ui/language");
const QString ColorScheme = QStringLiteral("view/colorScheme");
const QString Zoom = QStringLiteral("view/zoom");
const QString ShortcutsGroup = QStringLiteral("shortcuts");
const QString WindowGeometry = QStringLiteral("window/geometry");
const QString WindowState = QStringLiteral("window/state");
const QString SplitterState = QStringLiteral("window/splitter");
const QString WatchedFolders = QStringLiteral("library/watchedFolders");
const QString RefreshDays = QStringLiteral("network/refreshDays");
const QString AutoRefreshHours = QStringLiteral("network/autoRefreshHours");
const QString ExportScope = QStringLiteral("export/scope");
const QString ExportFormat = QStringLiteral("export/format");
const QString ExportSummaries = QStringLiteral("export/summaries");
const QString ExportHighlights = QStringLiteral("export/highlights");
const QString ExportNotes = QStringLiteral("export/notes");
const QString ExportTags = QStringLiteral("export/tags");
const QString ExportPageSize = QStringLiteral("export/pageSize");
const QString ExportTag = QStringLiteral("export/tag");
const QString ExportDestination = QStringLiteral("export/destination");
const QString CompareExportDir = QStringLiteral("compare/exportDir");
} // namespace Key

QVariant read(const QString &key, const QVariant &fallback = {})
{
    return QSettings().value(key, fallback);
}

} // namespace

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

template<typename T, typename Read, typename Changed>
void Settings::write(const QString &key, const T &value, Read get, Changed changed)
{
    const auto before = (this->*get)();
    if (before == value)
        return;
    QSettings().setValue(key, QVariant::fromValue(value));
    const auto after = (this->*get)();
    if (after != before)
        Q_EMIT(this->*changed)(after);
}

int Settings::markReadSeconds() const
{
    return read(Key::MarkReadSeconds, DefaultMarkReadSeconds).toInt();
}

void Settings::setMarkReadSeconds(int seconds)
{
    write(Key::MarkReadSeconds, seconds, &Settings::markReadSeconds, &Settings::markReadSecondsChanged);
}

bool Settings::keepSample() const
{
    return read(Key::KeepSample, false).toBool();
}

void Settings::setKeepSample(bool keep)
{
    write(Key::KeepSample, keep, &Settings::keepSample, &Settings::keepSampleChanged);
}

QDate Settings::lastDay() const
{
    return read(Key::LastDay).toDate();
}

void Settings::setLastDay(const QDate &day)
{
    write(Key::LastDay, day, &Settings::lastDay, &Settings::lastDayChanged);
}

QString Settings::lastPaper() const
{
    return read(Key::LastPaper).toString();
}

void Settings::setLastPaper(const QString &arxivId)
{
    write(Key::LastPaper, arxivId, &Settings::lastPaper, &Settings::lastPaperChanged);
}

QString Settings::language() const
{
    return read(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    write(Key::Language, language, &Settings::language, &Settings::languageChanged);
}

QString Settings::colorScheme() const
{
    return read(Key::ColorScheme).toString();
}

void Settings::setColorScheme(const QString &scheme)
{
    write(Key::ColorScheme, scheme, &Settings::colorScheme, &Settings::colorSchemeChanged);
}

int Settings::zoom() const
{
    return read(Key::Zoom, 0).toInt();
}

void Settings::setZoom(int steps)
{
    write(Key::Zoom, steps, &Settings::zoom, &Settings::zoomChanged);
}

QHash<QString, QStringList> Settings::shortcutOverrides() const
{
    QSettings settings;
    settings.beginGroup(Key::ShortcutsGroup);
    QHash<QString, QStringList> overrides;
    for (const QString &id : settings.childKeys())
        overrides.insert(id, settings.value(id).toStringList());
    return overrides;
}

void Settings::setShortcutOverrides(const QHash<QString, QStringList> &overrides)
{
    if (shortcutOverrides() == overrides)
        return;
    {
        QSettings settings;
        settings.remove(Key::ShortcutsGroup);
        settings.beginGroup(Key::ShortcutsGroup);
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    Q_EMIT shortcutOverridesChanged(shortcutOverrides());
}

QByteArray Settings::windowGeometry() const
{
    return read(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    write(Key::WindowGeometry, geometry, &Settings::windowGeometry, &Settings::windowGeometryChanged);
}

QByteArray Settings::windowState() const
{
    return read(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    write(Key::WindowState, state, &Settings::windowState, &Settings::windowStateChanged);
}

QByteArray Settings::splitterState() const
{
    return read(Key::SplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    write(Key::SplitterState, state, &Settings::splitterState, &Settings::splitterStateChanged);
}

QStringList Settings::watchedFolders() const
{
    return read(Key::WatchedFolders).toStringList();
}

void Settings::setWatchedFolders(const QStringList &folders)
{
    write(Key::WatchedFolders, folders, &Settings::watchedFolders, &Settings::watchedFoldersChanged);
}

int Settings::refreshDays() const
{
    return std::clamp(read(Key::RefreshDays, DefaultRefreshDays).toInt(), 1, MaxRefreshDays);
}

void Settings::setRefreshDays(int days)
{
    write(Key::RefreshDays, days, &Settings::refreshDays, &Settings::refreshDaysChanged);
}

int Settings::autoRefreshHours() const
{
    return std::max(0, read(Key::AutoRefreshHours, DefaultAutoRefreshHours).toInt());
}

void Settings::setAutoRefreshHours(int hours)
{
    write(Key::AutoRefreshHours, hours, &Settings::autoRefreshHours, &Settings::autoRefreshHoursChanged);
}

int Settings::exportScope() const
{
    return read(Key::ExportScope, NoExportScope).toInt();
}

void Settings::setExportScope(int scope)
{
    write(Key::ExportScope, scope, &Settings::exportScope, &Settings::exportScopeChanged);
}

QString Settings::exportFormat() const
{
    return read(Key::ExportFormat).toString();
}

void Settings::setExportFormat(const QString &format)
{
    write(Key::ExportFormat, format, &Settings::exportFormat, &Settings::exportFormatChanged);
}

int Settings::exportSummaries() const
{
    return read(Key::ExportSummaries, 0).toInt();
}

void Settings::setExportSummaries(int index)
{
    write(Key::ExportSummaries, index, &Settings::exportSummaries, &Settings::exportSummariesChanged);
}

bool Settings::exportHighlights() const
{
    return read(Key::ExportHighlights, true).toBool();
}

void Settings::setExportHighlights(bool on)
{
    write(Key::ExportHighlights, on, &Settings::exportHighlights, &Settings::exportHighlightsChanged);
}

bool Settings::exportNotes() const
{
    return read(Key::ExportNotes, true).toBool();
}

void Settings::setExportNotes(bool on)
{
    write(Key::ExportNotes, on, &Settings::exportNotes, &Settings::exportNotesChanged);
}

bool Settings::exportTags() const
{
    return read(Key::ExportTags, true).toBool();
}

void Settings::setExportTags(bool on)
{
    write(Key::ExportTags, on, &Settings::exportTags, &Settings::exportTagsChanged);
}

int Settings::exportPageSize() const
{
    return read(Key::ExportPageSize, 0).toInt();
}

void Settings::setExportPageSize(int index)
{
    write(Key::ExportPageSize, index, &Settings::exportPageSize, &Settings::exportPageSizeChanged);
}

QString Settings::exportTag() const
{
    return read(Key::ExportTag).toString();
}

void Settings::setExportTag(const QString &tag)
{
    write(Key::ExportTag, tag, &Settings::exportTag, &Settings::exportTagChanged);
}

QString Settings::exportDestination() const
{
    return read(Key::ExportDestination).toString();
}

void Settings::setExportDestination(const QString &path)
{
    write(Key::ExportDestination, path, &Settings::exportDestination, &Settings::exportDestinationChanged);
}

QString Settings::compareExportDir() const
{
    return read(Key::CompareExportDir, QDir::homePath()).toString();
}

void Settings::setCompareExportDir(const QString &dir)
{
    write(Key::CompareExportDir, dir, &Settings::compareExportDir, &Settings::compareExportDirChanged);
}

} // namespace Paperboy::Core
