// SyncRecord: the identity of a highlight and what counts as no data.
#include "sync/syncrecord.h"

namespace Paperboy::Core {

QString SyncHighlight::keyOf(const QString &section, const QString &prefix, const QString &exact, const QString &suffix)
{
    const QChar sep(0x1f);
    return section + sep + prefix + sep + exact + sep + suffix;
}

QString SyncHighlight::key() const
{
    return keyOf(section, prefix, exact, suffix);
}

bool SyncRecord::isEmpty() const
{
    return tags.isEmpty() && removedTags.isEmpty() && !note.known() && !conflict.known() && highlights.isEmpty() && removedHighlights.isEmpty() && !star.known()
        && !read.known() && !later.known() && events.isEmpty() && removedEvents.isEmpty();
}

} // namespace Paperboy::Core
