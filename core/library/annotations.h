// What the reader attaches to papers: stars, read state, tags, highlights, notes, compare marks
// and saved comparisons. Everything is keyed by arXiv id, so it outlives re-imports of digests.
#pragma once

#include "library/librarytypes.h"
#include "library/store.h"

namespace Paperboy::Core {

class Annotations : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Annotations)

public:
    Annotations(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // Each change is one statement whatever the number of papers, signalled once
    // (Library::papersChanged) with the papers whose state really changed.
    Status setStarred(const QStringList &arxivIds, bool starred);
    // changed: the papers whose state this changed.
    Status setRead(const QStringList &arxivIds, bool read, QStringList *changed = nullptr);
    Status setStarred(const QString &arxivId, bool starred) { return setStarred(QStringList{arxivId}, starred); }
    Status setRead(const QString &arxivId, bool read) { return setRead(QStringList{arxivId}, read); }
    bool isStarred(const QString &arxivId) const;
    bool isRead(const QString &arxivId) const;
    int starredCount() const;
    int unreadPaperCount() const; // papers (not entries) without read state

    // Tags are created on first use (name compared without case) and kept when unused.
    // *changed: the papers that got (lost) the tag.
    Status tagPapers(const QStringList &arxivIds, const QString &tag, QStringList *changed = nullptr);
    Status untagPapers(const QStringList &arxivIds, const QString &tag, QStringList *changed = nullptr);
    Status tagPaper(const QString &arxivId, const QString &tag) { return tagPapers({arxivId}, tag); }
    Status untagPaper(const QString &arxivId, const QString &tag) { return untagPapers({arxivId}, tag); }
    QStringList tagsOf(const QString &arxivId) const;
    QStringList allTags() const;
    QList<TagInfo> tags() const;
    Status renameTag(const QString &from, const QString &to); // fails when `to` exists: merge instead
    Status setTagColor(const QString &tag, const QString &color);
    Status mergeTags(const QString &from, const QString &into); // papers of `from` get `into`; `from` goes
    Status deleteTag(const QString &tag);

    // Highlights. addHighlight stores h (with its id when it has one, as undo does) and sets h.id.
    Status addHighlight(Highlight &h);
    Status updateHighlight(qint64 id, const QString &color, const QString &comment);
    Status removeHighlight(qint64 id);
    QList<Highlight> highlights(const QString &arxivId) const;

    // One Markdown note per paper; an empty text removes it. Search sees the new text at once.
    Status setNote(const QString &arxivId, const QString &markdown);
    QString note(const QString &arxivId) const;

    // Papers marked for comparison, in the order they were marked.
    Status setMarked(const QStringList &arxivIds, bool marked);
    Status setMarked(const QString &arxivId, bool marked) { return setMarked(QStringList{arxivId}, marked); }
    bool isMarked(const QString &arxivId) const;
    QStringList markedPapers() const;
    Status clearMarks();
    Status saveComparison(const Comparison &comparison);
    QList<Comparison> comparisons() const;
    Status removeComparison(const QString &name);

private:
    Status setFlag(const QString &table, const QString &column, const QStringList &arxivIds, bool on, QStringList *changed);
};

} // namespace Paperboy::Core
