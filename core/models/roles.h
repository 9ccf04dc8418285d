// Item-data roles shared by the day list and paper tree models.
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
    TagsRole,          // QStringList
    SectionIndexRole,  // section rows: index in the paper's sections; paper rows: -1
    SectionKindRole,   // section rows: canonical kind name
    TagColorsRole,     // QStringList of #rrggbb, parallel to TagsRole
    MarkedRole,        // bool: marked for comparison
    NoDigestRole,      // paper rows: bool, only a daily-papers listing names it; day rows: int, such papers
};

} // namespace Paperboy::Core
