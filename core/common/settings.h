// Settings: every preference Paperboy keeps, typed, with its key and default in one place.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Paperboy::Core {

// One getter, one setter and one changed signal per setting; nothing else reads or writes QSettings
// keys. Values live in QSettings (the application's organisation and name), under the keys earlier
// versions used, so existing preferences keep working. Nothing is cached: a getter reads QSettings,
// so a value written there by anyone in the process is seen at once. A setter writes and emits its
// signal only when the value read back changes:
//
//   Settings::instance().setRefreshDays(21);   // writes network/refreshDays, emits refreshDaysChanged(21)
//   Settings::instance().setRefreshDays(21);   // same value: no write, no signal
//
// One process-wide instance, like the QSettings store beneath it (QCoreApplication's organisation
// and application name): the window, its dialogs, views made deep inside them, the action registry
// and the command line's handlers (plain functions in a table) all read the same preferences, and
// the code base already reaches such process-wide state through static accessors. Getters and
// setters may be called from any thread; the signals are for the main thread's objects.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int DefaultMarkReadSeconds = 2;
    static constexpr int DefaultRefreshDays = 14;
    static constexpr int MaxRefreshDays = 366;
    static constexpr int DefaultAutoRefreshHours = 6;
    static constexpr int NoExportScope = -1;

    static Settings &instance();

    // --- reading
    // Seconds a paper is shown before it counts as read; 0 = only by hand (reading/markReadAfterSeconds, 2).
    int markReadSeconds() const;
    void setMarkReadSeconds(int seconds);
    // Whether the bundled sample digest stays once the reader's own digests are in (library/keepSample, false).
    bool keepSample() const;
    void setKeepSample(bool keep);
    // The last day and paper shown, restored at start (reader/lastDay, reader/lastPaper; none).
    QDate lastDay() const;
    void setLastDay(const QDate &day);
    QString lastPaper() const;
    void setLastPaper(const QString &arxivId);

    // --- interface
    // Empty follows the system, else a language code such as "ko" or "en" (ui/language, empty).
    QString language() const;
    void setLanguage(const QString &language);
    // "system", "light" or "dark"; empty is the system's (view/colorScheme, empty).
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);
    // The summary's zoom in steps from the normal size (view/zoom, 0).
    int zoom() const;
    void setZoom(int steps);
    // Shortcut overrides by action id, each as PortableText key sequences; an empty list is "no
    // shortcut". Actions at their defaults are absent (group shortcuts, empty).
    QHash<QString, QStringList> shortcutOverrides() const;
    void setShortcutOverrides(const QHash<QString, QStringList> &overrides);

    // --- the window (QMainWindow / QSplitter state; empty when never saved)
    QByteArray windowGeometry() const; // window/geometry
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const; // window/state
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const; // window/splitter
    void setSplitterState(const QByteArray &state);

    // --- library
    // Folders whose digests are imported as they change (library/watchedFolders, none).
    QStringList watchedFolders() const;
    void setWatchedFolders(const QStringList &folders);

    // --- network: what Refresh and `paperboy fetch` share
    // Days a refresh fetches up to its last day, 1 to 366 (network/refreshDays, 14).
    int refreshDays() const;
    void setRefreshDays(int days);
    // Hours after which a start refreshes by itself; 0 = never (network/autoRefreshHours, 6).
    int autoRefreshHours() const;
    void setAutoRefreshHours(int hours);

    // --- the notes export dialog's last choices (export/...)
    // The scope as the dialog numbers it, NoExportScope when never chosen (export/scope).
    int exportScope() const;
    void setExportScope(int scope);
    QString exportFormat() const; // a NotesExporter format name (export/format, empty)
    void setExportFormat(const QString &format);
    int exportSummaries() const; // index of the summaries choice (export/summaries, 0)
    void setExportSummaries(int index);
    bool exportHighlights() const; // export/highlights, true
    void setExportHighlights(bool on);
    bool exportNotes() const; // export/notes, true
    void setExportNotes(bool on);
    bool exportTags() const; // export/tags, true
    void setExportTags(bool on);
    int exportPageSize() const; // index of the PDF page size (export/pageSize, 0)
    void setExportPageSize(int index);
    QString exportTag() const; // the tag of the tag scope (export/tag, empty)
    void setExportTag(const QString &tag);
    QString exportDestination() const; // export/destination, empty
    void setExportDestination(const QString &path);

    // --- the comparison window
    // Folder of the last exported comparison (compare/exportDir, the home folder).
    QString compareExportDir() const;
    void setCompareExportDir(const QString &dir);

Q_SIGNALS:
    void markReadSecondsChanged(int seconds);
    void keepSampleChanged(bool keep);
    void lastDayChanged(const QDate &day);
    void lastPaperChanged(const QString &arxivId);
    void languageChanged(const QString &language);
    void colorSchemeChanged(const QString &scheme);
    void zoomChanged(int steps);
    void shortcutOverridesChanged(const QHash<QString, QStringList> &overrides);
    void windowGeometryChanged(const QByteArray &geometry);
    void windowStateChanged(const QByteArray &state);
    void splitterStateChanged(const QByteArray &state);
    void watchedFoldersChanged(const QStringList &folders);
    void refreshDaysChanged(int days);
    void autoRefreshHoursChanged(int hours);
    void exportScopeChanged(int scope);
    void exportFormatChanged(const QString &format);
    void exportSummariesChanged(int index);
    void exportHighlightsChanged(bool on);
    void exportNotesChanged(bool on);
    void exportTagsChanged(bool on);
    void exportPageSizeChanged(int index);
    void exportTagChanged(const QString &tag);
    void exportDestinationChanged(const QString &path);
    void compareExportDirChanged(const QString &dir);

private:
    Settings() = default;

    // Writes value under key and emits changed(read()) when read() gives something else afterwards
    // than before; nothing when the value is the same.
    template<typename T, typename Read, typename Changed>
    void write(const QString &key, const T &value, Read read, Changed changed);
};

} // namespace Paperboy::Core
