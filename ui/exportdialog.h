// Ctrl+E: export annotated notes — scope, format, options, destination, a preview of the first paper,
// progress and cancel while the export renders on a worker thread.
#pragma once

#include "export/notesexporter.h"

#include <QDate>
#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { CurrentPaper, Marked, Day, DayRange, Tag, Starred, Search, Annotated, All };
    Q_ENUM(Scope)

    // What the window has at hand when the dialog opens: the paper shown, the day, the search typed.
    struct Context {
        QString currentPaper;
        QDate currentDay;
        QString searchText;
    };

    ExportDialog(Core::Library *library, const Context &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *summariesBox() const { return m_summaries; }
    QComboBox *tagBox() const { return m_tag; }
    QCheckBox *highlightsBox() const { return m_highlights; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *destination() const { return m_destination; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_exportButton; }
    QLabel *statusLabel() const { return m_status; }
    bool isRunning() const { return m_worker != nullptr; }

    void setScope(Scope scope);
    void setFormat(Core::NotesExporter::Format format);
    Core::ExportScope scope() const;
    Core::NotesExporter::Format format() const;
    Core::ExportOptions options() const;

public Q_SLOTS:
    // Renders and writes off the UI thread; finished() reports the outcome.
    void startExport();
    void cancelExport();

    // Closing while an export runs cancels it first.
    void reject() override;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void updatePreview();
    void updateEnabled();
    void browse();
    void saveChoices() const;
    void restoreChoices();
    void onRendered(const Core::ExportResult &result, const QString &path, Core::NotesExporter::Format format);
    const Core::Exporter &exporter() const; // the chosen format's

    Core::Library *m_library;
    Context m_context;
    QComboBox *m_scope;
    QComboBox *m_tag;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QComboBox *m_summaries;
    QCheckBox *m_highlights;
    QCheckBox *m_notes;
    QCheckBox *m_tags;
    QComboBox *m_pageSize;
    QLineEdit *m_destination;
    QTextBrowser *m_preview;
    QLabel *m_count;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Paperboy::Ui
