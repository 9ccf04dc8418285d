// Undoable edits of the reader's data: tags, notes and highlights (for a QUndoStack).
#pragma once

#include "annotate/highlight.h"

#include <QStringList>
#include <QUndoCommand>

namespace Paperboy::Core {

class Library;

// Adds or removes one tag on several papers; undo touches exactly the papers that changed.
class TagCommand : public QUndoCommand
{
public:
    TagCommand(Library *library, const QStringList &arxivIds, const QString &tag, bool add);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    QStringList m_ids;
    QStringList m_changed;
    QString m_tag;
    bool m_add;
};

// Marks several papers read (or unread); undo gives back exactly those whose state changed.
class ReadCommand : public QUndoCommand
{
public:
    // changed, when given, learns how many papers the first redo() changed. A command that changes
    // nothing marks itself obsolete, so QUndoStack::push drops it.
    ReadCommand(Library *library, const QStringList &arxivIds, bool read, int *changed = nullptr);
    void redo() override;
    void undo() override;

private:
    Library *m_library;
    QStringList m_ids;
    QStringList m_changed;
    bool m_read;
    int *m_changedOut;
};

// Replaces a note's text. Edits of the same note less than two seconds apart merge into one undo step.
class NoteCommand : public QUndoCommand
{
public:
    NoteCommand(Library *library, const QString &arxivId, const QString &before, const QString &after);
    void redo() override;
    void undo() override;
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Library *m_library;
    QString m_arxivId;
    QString m_before;
    QString m_after;
    qint64 m_lastEdit; // ms since epoch of the latest merged edit
};

// Adds (or removes) a highlight; undo restores it with its id, comment and colour.
class HighlightCommand : public QUndoCommand
{
public:
    HighlightCommand(Library *library, const Highlight &highlight, bool add);
    void redo() override;
    void undo() override;
    qint64 highlightId() const { return m_highlight.id; }

private:
    Library *m_library;
    Highlight m_highlight;
    bool m_add;
};

} // namespace Paperboy::Core
