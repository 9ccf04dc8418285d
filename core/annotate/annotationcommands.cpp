// The commands call Library; Library signals the change, so views follow undo and redo too.
#include "annotationcommands.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QDateTime>

#include <utility>

namespace Paperboy::Core {

TagCommand::TagCommand(Library *library, const QStringList &arxivIds, const QString &tag, bool add)
    : m_library(library)
    , m_ids(arxivIds)
    , m_tag(tag.trimmed())
    , m_add(add)
{
    setText(add ? QCoreApplication::translate("Paperboy", "Tag “%1”").arg(m_tag) : QCoreApplication::translate("Paperboy", "Remove tag “%1”").arg(m_tag));
}

void TagCommand::redo()
{
    // One statement for all the papers; undo touches exactly those that changed.
    m_changed.clear();
    if (m_add)
        m_library->annotations().tagPapers(m_ids, m_tag, &m_changed);
    else
        m_library->annotations().untagPapers(m_ids, m_tag, &m_changed);
}

void TagCommand::undo()
{
    if (m_changed.isEmpty())
        return;
    if (m_add)
        m_library->annotations().untagPapers(m_changed, m_tag);
    else
        m_library->annotations().tagPapers(m_changed, m_tag);
}

ReadCommand::ReadCommand(Library *library, const QStringList &arxivIds, bool read, int *changed)
    : m_library(library)
    , m_ids(arxivIds)
    , m_read(read)
    , m_changedOut(changed)
{
    setText(read ? QCoreApplication::translate("Paperboy", "Mark %n paper(s) read", nullptr, int(arxivIds.size()))
                 : QCoreApplication::translate("Paperboy", "Mark %n paper(s) unread", nullptr, int(arxivIds.size())));
}

void ReadCommand::redo()
{
    m_changed.clear();
    m_library->annotations().setRead(m_ids, m_read, &m_changed);
    if (m_changedOut)
        *std::exchange(m_changedOut, nullptr) = int(m_changed.size());
    setObsolete(m_changed.isEmpty());
}

void ReadCommand::undo()
{
    if (!m_changed.isEmpty())
        m_library->annotations().setRead(m_changed, !m_read);
}

NoteCommand::NoteCommand(Library *library, const QString &arxivId, const QString &before, const QString &after)
    : m_library(library)
    , m_arxivId(arxivId)
    , m_before(before)
    , m_after(after)
    , m_lastEdit(QDateTime::currentMSecsSinceEpoch())
{
    setText(QCoreApplication::translate("Paperboy", "Edit note"));
}

void NoteCommand::redo()
{
    if (m_library->annotations().note(m_arxivId) != m_after)
        m_library->annotations().setNote(m_arxivId, m_after);
}

void NoteCommand::undo()
{
    m_library->annotations().setNote(m_arxivId, m_before);
}

bool NoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const NoteCommand *>(other);
    if (o->m_arxivId != m_arxivId || o->m_lastEdit - m_lastEdit > 2000)
        return false;
    m_after = o->m_after;
    m_lastEdit = o->m_lastEdit;
    return true;
}

HighlightCommand::HighlightCommand(Library *library, const Highlight &highlight, bool add)
    : m_library(library)
    , m_highlight(highlight)
    , m_add(add)
{
    setText(add ? QCoreApplication::translate("Paperboy", "Highlight") : QCoreApplication::translate("Paperboy", "Remove highlight"));
}

void HighlightCommand::redo()
{
    if (m_add)
        m_library->annotations().addHighlight(m_highlight); // keeps its id from the first time on redo
    else
        m_library->annotations().removeHighlight(m_highlight.id);
}

void HighlightCommand::undo()
{
    if (m_add)
        m_library->annotations().removeHighlight(m_highlight.id);
    else
        m_library->annotations().addHighlight(m_highlight);
}

} // namespace Paperboy::Core
