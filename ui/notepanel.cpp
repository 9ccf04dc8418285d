// NotePanel: QPlainTextEdit with KF6 Markdown highlighting, a rendered preview, the highlight list.
#include "notepanel.h"

#include "annotate/annotationcommands.h"
#include "common/inertdocument.h"
#include "digest/markdowndialect.h"
#include "library/library.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Paperboy::Ui {

namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
} // namespace

NotePanel::NotePanel(Core::Library *library, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_undo(undo)
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_stack(new QStackedWidget(this))
    , m_previewToggle(new QToolButton(this))
    , m_highlights(new QListWidget(this))
    , m_conflict(new QFrame(this))
    , m_conflictLabel(new QLabel(m_conflict))
    , m_conflictText(new QPlainTextEdit(m_conflict))
    , m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("notePanel"));
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setPlaceholderText(tr("Your note on this paper (Markdown)"));
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(repository().defaultTheme(palette().color(QPalette::Base).lightness() < 128 ? KSyntaxHighlighting::Repository::DarkTheme
                                                                                                      : KSyntaxHighlighting::Repository::LightTheme));
    m_preview->setOpenLinks(false);
    m_preview->setDocument(new Core::InertDocument(m_preview)); // an imported note may name any file as an image
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_preview);
    m_previewToggle->setText(tr("Preview"));
    m_previewToggle->setCheckable(true);
    connect(m_previewToggle, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_preview->setMarkdown(Core::MarkdownDialect::withLiteralTildes(m_editor->toPlainText()));
        m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_preview) : m_editor);
    });
    m_highlights->setObjectName(QStringLiteral("highlightList"));
    m_highlights->setWordWrap(true);
    connect(m_highlights, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT highlightActivated(item->data(Qt::UserRole).toLongLong()); });

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveMsecs);
    connect(m_autosave, &QTimer::timeout, this, &NotePanel::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_arxivId.isEmpty())
            m_autosave->start();
    });
    connect(library, &Core::Library::papersChanged, this, [this](const QStringList &ids, Core::Changes what) {
        // An undo or another window changed the stored note: show it unless the user is typing.
        if (what & Core::Change::Note && ids.contains(m_arxivId) && !m_autosave->isActive()
            && m_library->annotations().note(m_arxivId) != m_editor->toPlainText())
            reloadNote();
    });

    // Esc leaves the panel, Ctrl+Enter leaves the editor. The editor takes them before any shortcut of
    // the window (Esc also closes a search there), as Kate's and Okular's tool views do.
    for (QWidget *part : {static_cast<QWidget *>(m_editor), static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_highlights)})
        part->installEventFilter(this);

    // The other machine's version of a note both edited since their last sync (schema 13).
    m_conflict->setObjectName(QStringLiteral("noteConflict"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->setTextFormat(Qt::PlainText);
    m_conflictText->setObjectName(QStringLiteral("noteConflictText"));
    m_conflictText->setReadOnly(true);
    m_conflictText->setMaximumHeight(fontMetrics().height() * 8);
    auto *use = new QPushButton(tr("&Use This Version"), m_conflict);
    auto *dismiss = new QPushButton(tr("&Dismiss"), m_conflict);
    connect(use, &QPushButton::clicked, this, &NotePanel::useConflictVersion);
    connect(dismiss, &QPushButton::clicked, this, &NotePanel::dismissConflict);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(use);
    conflictButtons->addWidget(dismiss);
    conflictButtons->addStretch(1);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->addWidget(m_conflictLabel);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictButtons);
    m_conflict->hide();
    connect(library, &Core::Library::papersChanged, this, [this](const QStringList &ids, Core::Changes what) {
        if (what & Core::Change::Note && ids.contains(m_arxivId))
            reloadConflict();
    });

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Note"), this);
    layout->addWidget(title);
    layout->addWidget(m_conflict);
    layout->addWidget(m_previewToggle);
    layout->addWidget(m_stack, 2);
    layout->addWidget(new QLabel(tr("Highlights"), this));
    layout->addWidget(m_highlights, 1);
    setEnabled(false);
}

void NotePanel::setPaper(const QString &arxivId)
{
    flush();
    m_arxivId = arxivId;
    setEnabled(!arxivId.isEmpty());
    // Typing into a library that cannot save would only lose the text later.
    m_editor->setReadOnly(m_library->isReadOnly());
    if (m_library->isReadOnly())
        m_editor->setPlaceholderText(m_library->writeNotice());
    reloadNote();
}

void NotePanel::reloadConflict()
{
    const Core::SyncNote other = m_arxivId.isEmpty() ? Core::SyncNote{} : m_library->syncState().noteConflict(m_arxivId);
    if (!other.known()) {
        m_conflict->hide();
        return;
    }
    const QDateTime at = QDateTime::fromString(other.at, Qt::ISODate);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : other.at;
    m_conflictLabel->setText(other.from.isEmpty() ? tr("This note was also edited on another machine (%1). Its version:").arg(when)
                                                  : tr("This note was also edited on %1 (%2). Its version:").arg(other.from, when));
    m_conflictText->setPlainText(other.text);
    m_conflict->show();
}

void NotePanel::useConflictVersion()
{
    const Core::SyncNote other = m_library->syncState().noteConflict(m_arxivId);
    if (!other.known())
        return;
    flush();
    m_undo->push(new Core::NoteCommand(m_library, m_arxivId, m_saved, other.text));
    reloadNote();
    dismissConflict();
}

void NotePanel::dismissConflict()
{
    if (!m_arxivId.isEmpty())
        m_library->syncState().dismissNoteConflict(m_arxivId);
    reloadConflict();
}

void NotePanel::reloadNote()
{
    m_saved = m_arxivId.isEmpty() ? QString() : m_library->annotations().note(m_arxivId);
    reloadConflict();
    QSignalBlocker block(m_editor);
    m_editor->setPlainText(m_saved);
    if (m_previewToggle->isChecked())
        m_preview->setMarkdown(Core::MarkdownDialect::withLiteralTildes(m_saved));
}

void NotePanel::flush()
{
    m_autosave->stop();
    if (m_arxivId.isEmpty())
        return;
    const QString text = m_editor->toPlainText();
    if (text == m_saved)
        return;
    m_undo->push(new Core::NoteCommand(m_library, m_arxivId, m_saved, text));
    // When it could not be saved (the library was locked; Library::writeFailed said so), the text
    // stays unsaved and the next flush tries again.
    if (m_library->annotations().note(m_arxivId) == text)
        m_saved = text;
}

bool NotePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool escape = key->key() == Qt::Key_Escape && mods == Qt::NoModifier;
    const bool finish = watched == m_editor && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && mods == Qt::ControlModifier;
    if (!escape && !finish)
        return QWidget::eventFilter(watched, event);
    event->accept(); // a ShortcutOverride accepted: the key comes here as a key press, no action gets it
    if (event->type() == QEvent::KeyPress) {
        flush();
        Q_EMIT leaveRequested();
    }
    return true;
}

void NotePanel::setHighlights(const QList<Core::Highlight> &highlights, const QList<qint64> &orphaned)
{
    m_highlights->clear();
    for (const Core::Highlight &h : highlights) {
        QString text = QStringLiteral("“%1”").arg(h.exact);
        if (!h.comment.isEmpty())
            text += QStringLiteral("\n— ") + h.comment;
        const bool orphan = orphaned.contains(h.id);
        if (orphan)
            text.prepend(tr("[not found in the current summary] "));
        auto *item = new QListWidgetItem(text, m_highlights);
        item->setData(Qt::UserRole, h.id);
        item->setData(Qt::UserRole + 1, orphan);
        item->setBackground(QColor(h.color).lighter(orphan ? 150 : 110));
        item->setForeground(QColor(Qt::black));
    }
}

} // namespace Paperboy::Ui
