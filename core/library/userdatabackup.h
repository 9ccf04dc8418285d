// The automatic JSON backup of the reader's data, kept next to the library file.
#pragma once

#include "common/status.h"
#include "export/notesjson.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

class QTimer;

namespace Paperboy::Core {

class Library;

// Tags, notes, highlights, stars, read state and comparison marks of a library, written as a notes
// file (docs/NOTES-JSON.md, so `import-notes` reads it too) to "<library>.userdata.json" with
// QSaveFile. Watching a library, it writes a second after the last change and when it is destroyed;
// LibraryRecovery merges it back after restoring or rebuilding a damaged library. The digest files
// the library was imported from are listed too ("digest_sources"), for a rebuild.
class UserDataBackup : public QObject
{
    Q_OBJECT

public:
    struct Contents {
        NotesJson::Archive archive;
        QStringList marks;          // papers marked for comparison, in order
        QStringList digestSources;  // files the days were imported from
        QDateTime writtenAt;
    };

    static constexpr int DebounceMsecs = 1000;

    // Starts watching library (which must be open and stay alive while this lives).
    explicit UserDataBackup(Library *library, QObject *parent = nullptr);
    ~UserDataBackup() override;

    static QString pathFor(const QString &libraryPath);
    // Reads the library in a few queries and writes the file atomically; the file is left as it
    // was when reading or writing fails.
    static Status write(Library &library, const QString &path);
    static Status read(const QString &path, Contents *contents);

    // Writes now when something changed since the last write.
    Status flush();
    bool isPending() const { return m_dirty; }
    QString path() const { return m_path; }
    Status lastStatus() const { return m_lastStatus; }

Q_SIGNALS:
    void written(bool ok, const QString &message);

private:
    void changed();

    Library *m_library;
    QString m_path;
    QTimer *m_timer;
    bool m_dirty = false;
    Status m_lastStatus;
};

} // namespace Paperboy::Core
