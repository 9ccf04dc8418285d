// Item-data roles of every model, one enum so no two roles share a number.
#pragma once

#include <Qt>

namespace Paperboy::Core {

enum ItemRole {
    DateRole = Qt::UserRole + 1, // QDate of a day row, or the day a paper row belongs to
    PaperCountRole,
    UnreadCountRole,
    ArxivIdRole,
    StarredRole,
    ReadRole,
    TagsRole, // QStringList
    SectionIndexRole, // section rows: index in the paper's sections; paper rows: -1
    SectionKindRole, // section rows: canonical kind name
    TagColorsRole, // QStringList of #rrggbb, parallel to TagsRole
    MarkedRole, // bool: marked for comparison
    NoDigestRole, // paper rows: bool, only a daily-papers listing names it; day rows: int, such papers
    PublisherRole, // section rows and compare cells: qint64, the publisher whose summary it is in

    // The sidebar (TagModel)
    FilterKindRole, // TagModel::Kind of the row
    TagNameRole,
    TagCountRole, // papers with the tag (starred / unread papers on their rows)
    TagColorRole, // #rrggbb
    QueryRole, // the sidebar's Later, Recently read and smart lists: the search they stand for
    SmartListIdRole, // qint64, smart list rows only

    // Search results (SearchResultModel)
    SnippetRole, // the matching text with the matches marked

    // Compare cells (CompareModel; ArxivIdRole, DateRole and SectionKindRole too)
    MarkdownRole, // a section's Markdown
    MissingRole, // bool: the paper has no section of the row's kind
    TitleRole, // the paper's title

    // Mute rules and seen before (schema 12)
    MutedRole, // paper rows: bool, a mute rule hides the paper; day rows: int, papers hidden so
    SeenRole, // paper rows: int, PaperListing::Seen (0 first listing, 1 seen before, 2 updated)
    FirstSeenRole, // paper rows: QDate, the first day that lists the paper
    LaterRole, // paper rows: bool, in the reading queue
    DayPositionRole, // paper rows: int, the paper's place in its day (muted papers may be hidden)

    // For you (PaperTreeModel::setRecommendations): paper rows, invalid when the day is not ranked
    ForYouScoreRole, // double 0..1, the model's probability that the reader wants the paper
    ForYouReasonsRole, // QStringList, the terms that raised the score most, as the paper writes them
    ClosestStarredRole, // QString, arXiv id of the starred paper most like it ("" when none)
    ClosestStarredTitleRole, // QString, its title
};

} // namespace Paperboy::Core
