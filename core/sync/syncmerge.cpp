// SyncMerge: last-writer-wins sets and flags, and the three-way note with its conflict copy.
#include "sync/syncmerge.h"

#include <QSet>

namespace Paperboy::Core {

namespace {

// A set with tombstones. present: key → (time of the add, payload); removed: key → time.
template<typename T, typename AddedAt, typename Prefer>
void mergeSet(const QMap<QString, T> &oursPresent, const QMap<QString, QString> &oursRemoved, const QMap<QString, T> &theirsPresent,
              const QMap<QString, QString> &theirsRemoved, QMap<QString, T> &present, QMap<QString, QString> &removed, AddedAt addedAt, Prefer prefer)
{
    QSet<QString> keys;
    for (const auto *m : {&oursPresent, &theirsPresent})
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            keys.insert(it.key());
    for (const auto *m : {&oursRemoved, &theirsRemoved})
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const auto o = oursPresent.constFind(key);
        const auto t = theirsPresent.constFind(key);
        const T *best = nullptr;
        if (o != oursPresent.cend() && t != theirsPresent.cend())
            best = prefer(*o, *t) ? &*o : &*t;
        else if (o != oursPresent.cend())
            best = &*o;
        else if (t != theirsPresent.cend())
            best = &*t;
        const QString removedAt = std::max(oursRemoved.value(key), theirsRemoved.value(key));
        const bool wasRemoved = oursRemoved.contains(key) || theirsRemoved.contains(key);
        if (best && (!wasRemoved || addedAt(*best) > removedAt))
            present.insert(key, *best);
        else
            removed.insert(key, removedAt);
    }
}

SyncFlag mergeFlag(const SyncFlag &ours, const SyncFlag &theirs)
{
    if (!ours.known())
        return theirs;
    if (!theirs.known())
        return ours;
    if (ours.at != theirs.at)
        return ours.at > theirs.at ? ours : theirs;
    return ours.on ? theirs : ours; // the same time: off wins
}

// A note or a conflict copy as a last-writer-wins value (a removal on a tie).
SyncNote latest(const SyncNote &ours, const SyncNote &theirs)
{
    if (!ours.known())
        return theirs;
    if (!theirs.known())
        return ours;
    if (ours.at != theirs.at)
        return ours.at > theirs.at ? ours : theirs;
    if (ours.text.isEmpty() != theirs.text.isEmpty())
        return ours.text.isEmpty() ? ours : theirs;
    return ours.text >= theirs.text ? ours : theirs;
}

bool sameNote(const SyncNote &a, const SyncNote &b)
{
    return a.text == b.text && a.at == b.at;
}

} // namespace

SyncRecord SyncMerge::merge(const SyncRecord *base, const SyncRecord &ours, const SyncRecord &theirs, const QString &oursDevice, const QString &theirsDevice,
                            bool *conflict)
{
    if (conflict)
        *conflict = false;
    SyncRecord r;
    r.arxivId = ours.arxivId.isEmpty() ? theirs.arxivId : ours.arxivId;
    const auto timeOf = [](const QString &at) { return at; };
    const auto laterTime = [](const QString &a, const QString &b) { return a >= b; };
    mergeSet(ours.tags, ours.removedTags, theirs.tags, theirs.removedTags, r.tags, r.removedTags, timeOf, laterTime);
    mergeSet(
        ours.highlights, ours.removedHighlights, theirs.highlights, theirs.removedHighlights, r.highlights, r.removedHighlights,
        [](const SyncHighlight &h) { return h.changedAt(); },
        [](const SyncHighlight &a, const SyncHighlight &b) {
            if (a.changedAt() != b.changedAt())
                return a.changedAt() > b.changedAt();
            return a.color + a.comment >= b.color + b.comment;
        });
    // An event's key starts with its time: an event is added when it happened.
    QMap<QString, QString> events, removedEvents;
    QMap<QString, std::pair<QString, QString>> oursEvents, theirsEvents; // key → (at, day)
    for (auto it = ours.events.cbegin(); it != ours.events.cend(); ++it)
        oursEvents.insert(it.key(), {it.key().section(u' ', 0, 0), it.value()});
    for (auto it = theirs.events.cbegin(); it != theirs.events.cend(); ++it)
        theirsEvents.insert(it.key(), {it.key().section(u' ', 0, 0), it.value()});
    QMap<QString, std::pair<QString, QString>> mergedEvents;
    mergeSet(
        oursEvents, ours.removedEvents, theirsEvents, theirs.removedEvents, mergedEvents, r.removedEvents,
        [](const std::pair<QString, QString> &e) { return e.first; },
        [](const std::pair<QString, QString> &a, const std::pair<QString, QString> &b) { return a.second >= b.second; });
    for (auto it = mergedEvents.cbegin(); it != mergedEvents.cend(); ++it)
        r.events.insert(it.key(), it.value().second);

    r.star = mergeFlag(ours.star, theirs.star);
    r.read = mergeFlag(ours.read, theirs.read);
    r.later = mergeFlag(ours.later, theirs.later);
    if (r.later.on)
        r.laterPosition = r.later == ours.later ? ours.laterPosition : theirs.laterPosition;

    r.conflict = latest(ours.conflict, theirs.conflict);
    const SyncNote b = base ? base->note : SyncNote{};
    const SyncNote &o = ours.note;
    const SyncNote &t = theirs.note;
    if (sameNote(o, t) || sameNote(t, b)) {
        r.note = o;
    } else if (sameNote(o, b)) {
        r.note = t;
    } else if (o.text == t.text) {
        r.note = latest(o, t); // the same text (or both removed) at different times
    } else {
        // Changed on both sides since the base: the later edit is the note, the other its conflict copy.
        r.note = latest(o, t);
        const bool oursWon = sameNote(r.note, o);
        SyncNote lost = oursWon ? t : o;
        if (!lost.text.isEmpty()) {
            lost.from = oursWon ? theirsDevice : oursDevice;
            r.conflict = lost;
            if (conflict)
                *conflict = true;
        }
    }
    if (!r.note.text.isEmpty())
        r.note.from.clear();
    return r;
}

SyncTagColors SyncMerge::mergeTags(const SyncTagColors *base, const SyncTagColors &ours, const SyncTagColors &theirs)
{
    SyncTagColors out;
    QSet<QString> names;
    for (const SyncTagColors *m : {&ours, &theirs})
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            names.insert(it.key());
    for (const QString &name : std::as_const(names)) {
        const std::optional<QString> b = base && base->contains(name) ? std::optional(base->value(name)) : std::nullopt;
        const std::optional<QString> o = ours.contains(name) ? std::optional(ours.value(name)) : std::nullopt;
        const std::optional<QString> t = theirs.contains(name) ? std::optional(theirs.value(name)) : std::nullopt;
        const std::optional<QString> chosen = (t == b) ? o : (o == b ? t : (o ? o : t));
        if (chosen)
            out.insert(name, *chosen);
    }
    return out;
}

} // namespace Paperboy::Core
