// ExportDialog: collects on the UI thread (the library is not shared), renders and writes on a worker.
#include "exportdialog.h"

#include "inertbrowser.h"

#include "common/settings.h"
#include "export/exporterfactory.h"
#include "library/library.h"
#include "search/searchquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using namespace Paperboy::Core;
using Format = NotesExporter::Format;

ExportDialog::ExportDialog(Library *library, const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_context(context)
    , m_scope(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_format(new QComboBox(this))
    , m_summaries(new QComboBox(this))
    , m_highlights(new QCheckBox(tr("&Highlights"), this))
    , m_notes(new QCheckBox(tr("&Notes"), this))
    , m_tags(new QCheckBox(tr("&Tags"), this))
    , m_pageSize(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_preview(new InertBrowser(this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_exportButton(nullptr)
    , m_cancelButton(nullptr)
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Notes"));

    const QList<std::pair<QString, Scope>> scopes{
        {tr("Current paper"), Scope::CurrentPaper},
        {tr("Papers marked for comparison"), Scope::Marked},
        {tr("A day"), Scope::Day},
        {tr("A range of days"), Scope::DayRange},
        {tr("A tag"), Scope::Tag},
        {tr("Starred papers"), Scope::Starred},
        {tr("Search results"), Scope::Search},
        {tr("Everything annotated (tag, note, highlight or star)"), Scope::Annotated},
        {tr("All papers"), Scope::All},
    };
    for (const auto &[label, scope] : scopes)
        m_scope->addItem(label, QVariant::fromValue(scope));
    for (const TagInfo &t : library->annotations().tags())
        m_tag->addItem(t.name, t.name);
    const QDate day = context.currentDay.isValid() ? context.currentDay : QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(day);
    }
    auto *searchText = new QLineEdit(context.searchText, this);
    searchText->setObjectName(QStringLiteral("exportSearch"));
    searchText->setPlaceholderText(tr("Search words and filters, as in the search field"));
    connect(searchText, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_context.searchText = text;
        updatePreview();
    });

    for (const Exporter *exporter : ExporterFactory::exporters())
        m_format->addItem(exporter->description(), int(exporter->format()));
    m_summaries->addItem(tr("Full summaries"), int(ExportOptions::Summaries::Full));
    m_summaries->addItem(tr("Only sections with highlights"), int(ExportOptions::Summaries::Highlighted));
    m_summaries->addItem(tr("No summaries"), int(ExportOptions::Summaries::None));
    m_pageSize->addItem(tr("A4"), int(ExportOptions::PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(ExportOptions::PageSize::Letter));
    for (QCheckBox *box : {m_highlights, m_notes, m_tags})
        box->setChecked(true);

    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto *include = new QHBoxLayout;
    include->addWidget(m_highlights);
    include->addWidget(m_notes);
    include->addWidget(m_tags);
    include->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Papers:"), m_scope);
    form->addRow(tr("Ta&g:"), m_tag);
    auto *daysLabel = new QLabel(tr("&Days:"), this);
    daysLabel->setBuddy(m_from);
    form->addRow(daysLabel, range);
    form->addRow(tr("Searc&h:"), searchText);
    form->addRow(QString(), m_count);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Summaries:"), m_summaries);
    form->addRow(tr("Include:"), include);
    form->addRow(tr("Page si&ze:"), m_pageSize);
    auto *destinationLabel = new QLabel(tr("Dest&ination:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);

    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview of the first paper"));
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    m_exportButton->setDefault(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addStretch(1);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview of the first paper:"), this));
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(previewBox);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    // Roomy where the screen allows, never larger than nine tenths of it (800×600 included).
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 9 / 10 : QSize(1100, 680);
    resize(QSize(1100, 680).boundedTo(room).expandedTo(minimumSizeHint()));

    restoreChoices();
    if (!context.currentPaper.isEmpty() && Settings::instance().exportScope() == Settings::NoExportScope)
        setScope(Scope::CurrentPaper);

    // The preview follows every choice, a moment after the last change.
    auto *previewTimer = new QTimer(this);
    previewTimer->setSingleShot(true);
    previewTimer->setInterval(150);
    connect(previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    const auto later = [previewTimer] { previewTimer->start(); };
    connect(m_scope, &QComboBox::currentIndexChanged, this, later);
    connect(m_tag, &QComboBox::currentIndexChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_summaries, &QComboBox::currentIndexChanged, this, later);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, later);
    for (QCheckBox *box : {m_highlights, m_notes, m_tags})
        connect(box, &QCheckBox::toggled, this, later);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, later] {
        // Keep the destination's name, change its extension to the format's.
        const QString suffix = exporter().fileSuffix();
        QFileInfo info(m_destination->text());
        if (!m_destination->text().isEmpty()) {
            const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
            m_destination->setText(QDir(info.path()).filePath(suffix.isEmpty() ? base : base + u'.' + suffix));
        }
        later();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

void ExportDialog::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(QVariant::fromValue(scope)));
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

const Exporter &ExportDialog::exporter() const
{
    return ExporterFactory::exporter(format());
}

ExportScope ExportDialog::scope() const
{
    ExportScope s;
    switch (m_scope->currentData().value<Scope>()) {
    case Scope::CurrentPaper: s.ids = QStringList{m_context.currentPaper}; break;
    case Scope::Marked: s.marked = true; break;
    case Scope::Day: s.from = s.to = m_from->date(); break;
    case Scope::DayRange:
        s.from = std::min(m_from->date(), m_to->date());
        s.to = std::max(m_from->date(), m_to->date());
        break;
    case Scope::Tag: s.tags = QStringList{m_tag->currentData().toString()}; break;
    case Scope::Starred: s.starredOnly = true; break;
    case Scope::Search: s.query = SearchQuery::parse(m_context.searchText); break;
    case Scope::Annotated: s.annotatedOnly = true; break;
    case Scope::All: break;
    }
    return s;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.summaries = ExportOptions::Summaries(m_summaries->currentData().toInt());
    o.includeHighlights = m_highlights->isChecked();
    o.includeNotes = m_notes->isChecked();
    o.includeTags = m_tags->isChecked();
    o.pageSize = ExportOptions::PageSize(m_pageSize->currentData().toInt());
    return o;
}

void ExportDialog::updateEnabled()
{
    const Scope s = m_scope->currentData().value<Scope>();
    m_tag->setEnabled(s == Scope::Tag);
    m_from->setEnabled(s == Scope::Day || s == Scope::DayRange);
    m_to->setEnabled(s == Scope::DayRange);
    findChild<QLineEdit *>(QStringLiteral("exportSearch"))->setEnabled(s == Scope::Search);
    m_pageSize->setEnabled(exporter().isPaged());
    m_exportButton->setEnabled(!isRunning());
}

void ExportDialog::updatePreview()
{
    const Scope s = m_scope->currentData().value<Scope>();
    if ((s == Scope::CurrentPaper && m_context.currentPaper.isEmpty()) || (s == Scope::Tag && m_tag->count() == 0)
        || (s == Scope::Search && m_context.searchText.trimmed().isEmpty())) {
        m_count->setText(tr("Nothing chosen."));
        m_preview->setPlainText(QString());
        return;
    }
    ExportSet set = NotesExporter::collect(*m_library, scope());
    m_count->setText(tr("%n paper(s) in this choice.", nullptr, int(set.papers.size())));
    if (set.papers.isEmpty()) {
        m_preview->setPlainText(tr("No paper matches this choice."));
        return;
    }
    set.papers = set.papers.mid(0, 1);
    // A PDF previews as the HTML it is laid out from.
    const Exporter &shown = ExporterFactory::exporter(exporter().previewFormat());
    const ExportResult r = shown.render(set, options());
    if (!r.status || r.files.isEmpty()) {
        m_preview->setPlainText(r.status.message());
        return;
    }
    const QString text = QString::fromUtf8(r.files.first().data);
    if (shown.isHtml())
        m_preview->setHtml(text);
    else
        m_preview->setPlainText(text);
}

void ExportDialog::browse()
{
    const Exporter &e = exporter();
    const QString start = m_destination->text().isEmpty() ? QDir::homePath() : m_destination->text();
    QString path;
    if (e.destination() == Exporter::Destination::Folder) {
        path = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), start);
    } else {
        const QString suffix = e.fileSuffix();
        path = QFileDialog::getSaveFileName(this, tr("Export to File"), start, tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += u'.' + suffix;
    }
    if (!path.isEmpty())
        m_destination->setText(path);
}

void ExportDialog::saveChoices() const
{
    Settings &settings = Settings::instance();
    settings.setExportScope(int(m_scope->currentData().value<Scope>()));
    settings.setExportFormat(exporter().name());
    settings.setExportSummaries(m_summaries->currentIndex());
    settings.setExportHighlights(m_highlights->isChecked());
    settings.setExportNotes(m_notes->isChecked());
    settings.setExportTags(m_tags->isChecked());
    settings.setExportPageSize(m_pageSize->currentIndex());
    settings.setExportTag(m_tag->currentData().toString());
    settings.setExportDestination(m_destination->text());
}

void ExportDialog::restoreChoices()
{
    const Settings &settings = Settings::instance();
    if (const int scope = settings.exportScope(); scope != Settings::NoExportScope)
        setScope(Scope(scope));
    if (const Exporter *e = ExporterFactory::find(settings.exportFormat()))
        setFormat(e->format());
    m_summaries->setCurrentIndex(settings.exportSummaries());
    m_highlights->setChecked(settings.exportHighlights());
    m_notes->setChecked(settings.exportNotes());
    m_tags->setChecked(settings.exportTags());
    m_pageSize->setCurrentIndex(settings.exportPageSize());
    if (const int i = m_tag->findData(settings.exportTag()); i >= 0)
        m_tag->setCurrentIndex(i);
    QString destination = settings.exportDestination();
    if (destination.isEmpty()) {
        const QString suffix = exporter().fileSuffix();
        destination = QDir::home().filePath(suffix.isEmpty() ? QStringLiteral("paperboy-notes") : QStringLiteral("paperboy-notes.") + suffix);
    }
    m_destination->setText(destination);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    if (m_destination->text().trimmed().isEmpty())
        browse();
    const QString path = m_destination->text().trimmed();
    if (path.isEmpty())
        return;
    saveChoices();
    const ExportSet set = NotesExporter::collect(*m_library, scope());
    if (set.papers.isEmpty()) {
        m_status->setText(tr("No paper matches this choice; nothing was written."));
        Q_EMIT finished(false, m_status->text());
        return;
    }
    const Format f = format();
    // Factory-owned and without state: safe to use on the worker.
    const Exporter *exporter = &this->exporter();
    ExportOptions opts = options();
    exporter->prepare(path, &opts);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, int(set.papers.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Exporting %n paper(s)…", nullptr, int(set.papers.size())));
    m_cancelButton->setEnabled(true);

    QPointer<ExportDialog> self(this);
    const auto cancel = m_cancel;
    m_worker = QThread::create([self, set, f, exporter, opts, path, cancel] {
        ExportResult result = exporter->render(
            set, opts,
            [self](int done, int total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total] {
                        if (!self)
                            return;
                        self->m_progress->setValue(done);
                        Q_EMIT self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        if (!result.cancelled && result.status && cancel->load())
            result.cancelled = true; // cancelled after the last paper: still write nothing
        if (!result.cancelled && result.status)
            result.status = exporter->write(result, path);
        QMetaObject::invokeMethod(
            self,
            [self, result, path, f] {
                if (self)
                    self->onRendered(result, path, f);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    updateEnabled();
    m_worker->start();
}

void ExportDialog::onRendered(const ExportResult &result, const QString &path, Format format)
{
    if (m_worker)
        m_worker->wait();
    m_worker = nullptr;
    m_progress->hide();
    m_cancelButton->setEnabled(false);
    updateEnabled();
    QString message;
    bool ok = false;
    if (result.cancelled) {
        message = tr("Export cancelled; nothing was written.");
    } else if (!result.status) {
        message = tr("Export failed: %1. Nothing was replaced.").arg(result.status.message());
    } else {
        ok = true;
        if (result.rows == 0)
            message = tr("Exported to %1: only the header row, as these papers have no highlights.").arg(path);
        else if (result.rows > 0)
            message = tr("Exported to %1 (%n highlight(s)).", nullptr, result.rows).arg(path);
        else if (ExporterFactory::exporter(format).isPaged())
            message = tr("Exported to %1 (%n page(s)).", nullptr, result.pageCount).arg(path);
        else
            message = tr("Exported to %1.").arg(path);
    }
    m_status->setText(message);
    Q_EMIT finished(ok, message);
}

void ExportDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        // Closing while exporting cancels; the dialog closes once the worker has stopped.
        cancelExport();
        m_worker->wait();
    }
    QDialog::reject();
}

} // namespace Paperboy::Ui
