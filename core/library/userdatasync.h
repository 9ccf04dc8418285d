// Snapshots of the reader's data for exports, and the merge that import-notes does.
#pragma once

#include "library/librarytypes.h"
#include "library/store.h"

#include <functional>

namespace Paperboy::Core {

class UserDataSync : public Store
{
    Q_DECLARE_TR_FUNCTIONS(UserDataSync)

public:
    UserDataSync(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // Papers with a tag, a note, a highlight or a star, sorted by id (also ones no digest lists).
    QStringList annotatedPapers() const;
    // The annotated papers listed on days in [from, to] (either may be invalid: open), each once, in
    // Catalog::papersBetween's order (newest day first, then position), without reading the others.
    QStringList annotatedPapersBetween(const QDate &from, const QDate &to) const;
    // Papers with any user data (read state too) that no digest in the library lists, sorted by id.
    QStringList papersWithoutEntries() const;
    PaperUserData userData(const QString &arxivId) const;
    // Merges in one transaction; running it again with the same input changes nothing. Tags are
    // created with the given colours (existing tags keep theirs); paper tags, stars, read state and
    // highlights (same anchor = same highlight) are added; a note is added when the paper has none
    // and replaces one only when the incoming note is newer. Data of papers no digest lists is kept.
    // beforeCommit, when given, runs inside the transaction with what the merge did; a failure it
    // returns undoes the whole merge (NotesJson keeps the replaced notes in a file this way).
    Status mergeUserData(const QList<PaperUserData> &papers, const QList<TagInfo> &tags, UserDataMerge *report = nullptr,
                         const std::function<Status(UserDataMerge &)> &beforeCommit = {});
};

} // namespace Paperboy::Core
