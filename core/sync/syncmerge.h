// The sync's merge of one paper's user data, field by field (docs/SYNC.md, "Merge rules"). Pure:
// records in, a record out, no files and no database.
#pragma once

#include "sync/syncrecord.h"

namespace Paperboy::Core {

class SyncMerge
{
public:
    // base: the paper as both sides last agreed on it (the merge base's file); null when there was
    // none. Tags, highlights and events are sets with tombstones: the latest add or removal of an
    // element wins, a removal at the same time as an add wins. Star, read and Later: the latest
    // change wins, off on a tie. The note: a side that did not change it since the base takes the
    // other's; changed on both, the later edit wins and the other becomes the conflict copy
    // (from: the machine it came from), so no text is lost. *conflict tells whether that happened.
    static SyncRecord merge(const SyncRecord *base, const SyncRecord &ours, const SyncRecord &theirs, const QString &oursDevice, const QString &theirsDevice,
                            bool *conflict = nullptr);

    // The tags' colours, three-way by name: a tag changed (or removed) on one side only takes that
    // change; changed differently on both, ours stays.
    static SyncTagColors mergeTags(const SyncTagColors *base, const SyncTagColors &ours, const SyncTagColors &theirs);
};

} // namespace Paperboy::Core
