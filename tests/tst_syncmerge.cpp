// The sync's merge rules on records alone (SyncMerge) and the paper file format (SyncFormat): no git,
// no database.
#include "sync/syncformat.h"
#include "sync/syncmerge.h"

#include <QTest>

using namespace Paperboy::Core;

namespace {

// A time a few seconds into the test's day: at(1) < at(2).
QString at(int second)
{
    return QStringLiteral("2026-12-07T09:00:%1.000Z").arg(second, 2, 10, QLatin1Char('0'));
}

SyncRecord paper()
{
    return SyncRecord::of(QStringLiteral("2505.01234"));
}

SyncHighlight highlight(const QString &exact, const QString &created, const QString &comment = {})
{
    SyncHighlight h;
    h.section = QStringLiteral("method");
    h.exact = exact;
    h.prefix = QStringLiteral("before ");
    h.suffix = QStringLiteral(" after");
    h.position = 10;
    h.color = QStringLiteral("#ffe066");
    h.comment = comment;
    h.createdAt = created;
    return h;
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagAddedOnOneSideIsKept()
    {
        SyncRecord ours = paper(), theirs = paper();
        ours.tags.insert(QStringLiteral("llm"), at(1));
        theirs.tags.insert(QStringLiteral("rl"), at(2));
        const SyncRecord m = SyncMerge::merge(nullptr, ours, theirs, QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(m.tags.keys(), (QStringList{QStringLiteral("llm"), QStringLiteral("rl")}));
        QVERIFY(m.removedTags.isEmpty());
    }

    void removalWinsOverAnOlderAdd()
    {
        SyncRecord ours = paper(), theirs = paper();
        ours.removedTags.insert(QStringLiteral("llm"), at(5));
        theirs.tags.insert(QStringLiteral("llm"), at(3));
        SyncRecord m = SyncMerge::merge(nullptr, ours, theirs, QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(m.tags.isEmpty());
        QCOMPARE(m.removedTags.value(QStringLiteral("llm")), at(5));
        // Either way round.
        m = SyncMerge::merge(nullptr, theirs, ours, QStringLiteral("b"), QStringLiteral("a"));
        QVERIFY(m.tags.isEmpty());
        // A later add wins over the removal, and the same time goes to the removal.
        theirs.tags[QStringLiteral("llm")] = at(7);
        QCOMPARE(SyncMerge::merge(nullptr, ours, theirs, {}, {}).tags.keys(), QStringList{QStringLiteral("llm")});
        theirs.tags[QStringLiteral("llm")] = at(5);
        QVERIFY(SyncMerge::merge(nullptr, ours, theirs, {}, {}).tags.isEmpty());
    }

    void highlightsMergeByAnchor()
    {
        SyncRecord ours = paper(), theirs = paper();
        const SyncHighlight a = highlight(QStringLiteral("alpha"), at(1));
        SyncHighlight b = highlight(QStringLiteral("beta"), at(2));
        ours.highlights.insert(a.key(), a);
        theirs.highlights.insert(a.key(), a);
        theirs.highlights.insert(b.key(), b);
        SyncRecord m = SyncMerge::merge(nullptr, ours, theirs, {}, {});
        QCOMPARE(m.highlights.size(), 2);
        // A comment edited later wins; a removal before that edit does not.
        SyncHighlight edited = a;
        edited.comment = QStringLiteral("why");
        edited.updatedAt = at(9);
        theirs.highlights.insert(a.key(), edited);
        ours.highlights.remove(a.key());
        ours.removedHighlights.insert(a.key(), at(8));
        m = SyncMerge::merge(nullptr, ours, theirs, {}, {});
        QCOMPARE(m.highlights.value(a.key()).comment, QStringLiteral("why"));
        // Removed after the edit: gone, with its tombstone.
        ours.removedHighlights[a.key()] = at(10);
        m = SyncMerge::merge(nullptr, ours, theirs, {}, {});
        QVERIFY(!m.highlights.contains(a.key()));
        QCOMPARE(m.removedHighlights.value(a.key()), at(10));
    }

    void flagsTakeTheLatestChange()
    {
        SyncRecord ours = paper(), theirs = paper();
        ours.star = {true, at(1)};
        theirs.star = {false, at(2)};
        QVERIFY(!SyncMerge::merge(nullptr, ours, theirs, {}, {}).star.on);
        ours.star = {true, at(3)};
        QVERIFY(SyncMerge::merge(nullptr, ours, theirs, {}, {}).star.on);
        ours.star = {true, at(2)}; // the same time: off
        QVERIFY(!SyncMerge::merge(nullptr, ours, theirs, {}, {}).star.on);
        QVERIFY(!SyncMerge::merge(nullptr, theirs, ours, {}, {}).star.on);
        // Unknown on one side: the other's.
        theirs.read = {true, at(4)};
        QCOMPARE(SyncMerge::merge(nullptr, ours, theirs, {}, {}).read, (SyncFlag{true, at(4)}));
        theirs.later = {true, at(4)};
        theirs.laterPosition = 3;
        const SyncRecord m = SyncMerge::merge(nullptr, ours, theirs, {}, {});
        QVERIFY(m.later.on);
        QCOMPARE(m.laterPosition, 3);
    }

    void noteChangedOnOneSideTakesIt()
    {
        SyncRecord base = paper();
        base.note = {QStringLiteral("old"), at(1), {}};
        SyncRecord ours = base, theirs = base;
        theirs.note = {QStringLiteral("new"), at(2), {}};
        bool conflict = true;
        SyncRecord m = SyncMerge::merge(&base, ours, theirs, {}, {}, &conflict);
        QCOMPARE(m.note.text, QStringLiteral("new"));
        QVERIFY(!conflict);
        QVERIFY(!m.conflict.known());
        // Only ours changed, even when theirs is newer by some clock: ours.
        ours.note = {QStringLiteral("mine"), at(0), {}};
        theirs = base;
        QCOMPARE(SyncMerge::merge(&base, ours, theirs, {}, {}).note.text, QStringLiteral("mine"));
        // Removed on one side only: removed.
        ours = base;
        theirs.note = {QString(), at(3), {}};
        m = SyncMerge::merge(&base, ours, theirs, {}, {});
        QVERIFY(m.note.text.isEmpty());
        QCOMPARE(m.note.at, at(3));
    }

    void noteEditedOnBothKeepsBoth()
    {
        SyncRecord base = paper();
        base.note = {QStringLiteral("old"), at(1), {}};
        SyncRecord ours = base, theirs = base;
        ours.note = {QStringLiteral("laptop text"), at(3), {}};
        theirs.note = {QStringLiteral("desktop text"), at(2), {}};
        bool conflict = false;
        SyncRecord m = SyncMerge::merge(&base, ours, theirs, QStringLiteral("laptop"), QStringLiteral("desktop"), &conflict);
        QVERIFY(conflict);
        QCOMPARE(m.note.text, QStringLiteral("laptop text"));
        QCOMPARE(m.conflict.text, QStringLiteral("desktop text"));
        QCOMPARE(m.conflict.from, QStringLiteral("desktop"));
        // The other way round gives the same note and copy.
        m = SyncMerge::merge(&base, theirs, ours, QStringLiteral("desktop"), QStringLiteral("laptop"), &conflict);
        QCOMPARE(m.note.text, QStringLiteral("laptop text"));
        QCOMPARE(m.conflict.text, QStringLiteral("desktop text"));
        // No base (both machines had a note before their first sync): the same.
        m = SyncMerge::merge(nullptr, ours, theirs, QStringLiteral("laptop"), QStringLiteral("desktop"), &conflict);
        QVERIFY(conflict);
        QCOMPARE(m.conflict.text, QStringLiteral("desktop text"));
        // Removed on one side, edited later on the other: the edit; edited earlier: removed, and the
        // text kept as the conflict copy.
        ours.note = {QString(), at(4), {}};
        m = SyncMerge::merge(&base, ours, theirs, QStringLiteral("laptop"), QStringLiteral("desktop"), &conflict);
        QVERIFY(m.note.text.isEmpty());
        QCOMPARE(m.conflict.text, QStringLiteral("desktop text"));
        ours.note = {QString(), at(1), {}};
        theirs.note = {QStringLiteral("desktop text"), at(5), {}};
        m = SyncMerge::merge(&base, ours, theirs, QStringLiteral("laptop"), QStringLiteral("desktop"), &conflict);
        QCOMPARE(m.note.text, QStringLiteral("desktop text"));
        QVERIFY(!conflict);
    }

    void eventsAreASet()
    {
        SyncRecord ours = paper(), theirs = paper();
        ours.events.insert(at(1) + QStringLiteral(" keep"), QStringLiteral("2025-05-24"));
        theirs.events.insert(at(2) + QStringLiteral(" read"), QStringLiteral("2025-05-24"));
        QCOMPARE(SyncMerge::merge(nullptr, ours, theirs, {}, {}).events.size(), 2);
        theirs.removedEvents.insert(at(1) + QStringLiteral(" keep"), at(3)); // undone there
        const SyncRecord m = SyncMerge::merge(nullptr, ours, theirs, {}, {});
        QCOMPARE(m.events.keys(), QStringList{at(2) + QStringLiteral(" read")});
        QCOMPARE(m.removedEvents.size(), 1);
    }

    void mergeIsTheSameInEitherOrderAndStable()
    {
        SyncRecord a = paper(), b = paper();
        a.tags.insert(QStringLiteral("x"), at(1));
        a.removedTags.insert(QStringLiteral("y"), at(4));
        b.tags.insert(QStringLiteral("y"), at(2));
        b.star = {true, at(3)};
        a.read = {false, at(5)};
        b.read = {true, at(4)};
        const SyncRecord ab = SyncMerge::merge(nullptr, a, b, {}, {});
        const SyncRecord ba = SyncMerge::merge(nullptr, b, a, {}, {});
        QCOMPARE(ab, ba);
        QCOMPARE(SyncMerge::merge(nullptr, ab, a, {}, {}), ab); // idempotent
    }

    void tagColorsMergeThreeWay()
    {
        const SyncTagColors base{{QStringLiteral("llm"), QStringLiteral("#111111")}, {QStringLiteral("rl"), QStringLiteral("#222222")}};
        SyncTagColors ours = base, theirs = base;
        ours[QStringLiteral("llm")] = QStringLiteral("#333333");
        theirs.remove(QStringLiteral("rl"));
        theirs.insert(QStringLiteral("new"), QStringLiteral("#444444"));
        const SyncTagColors m = SyncMerge::mergeTags(&base, ours, theirs);
        QCOMPARE(m.value(QStringLiteral("llm")), QStringLiteral("#333333"));
        QVERIFY(!m.contains(QStringLiteral("rl")));
        QCOMPARE(m.value(QStringLiteral("new")), QStringLiteral("#444444"));
    }

    void paperFileRoundTrips()
    {
        SyncRecord r = paper();
        r.tags.insert(QStringLiteral("llm"), at(1));
        r.removedTags.insert(QStringLiteral("old"), at(2));
        r.note = {QStringLiteral("line one\nline two"), at(3), {}};
        r.conflict = {QStringLiteral("other"), at(2), QStringLiteral("desktop")};
        const SyncHighlight h = highlight(QStringLiteral("alpha"), at(1), QStringLiteral("c"));
        r.highlights.insert(h.key(), h);
        r.removedHighlights.insert(highlight(QStringLiteral("gone"), at(1)).key(), at(4));
        r.star = {true, at(1)};
        r.read = {false, at(2)};
        r.later = {true, at(3)};
        r.laterPosition = 2;
        r.events.insert(at(1) + QStringLiteral(" keep"), QStringLiteral("2025-05-24"));
        r.removedEvents.insert(at(2) + QStringLiteral(" skip"), at(3));
        const QByteArray bytes = SyncFormat::writePaper(r);
        const std::optional<SyncRecord> back = SyncFormat::readPaper(bytes);
        QVERIFY(back);
        QCOMPARE(*back, r);
        QCOMPARE(SyncFormat::writePaper(*back), bytes); // stable bytes: no diff without a change
        QVERIFY(bytes.contains("\"arxiv_id\": \"2505.01234\""));
        QString error;
        QVERIFY(!SyncFormat::readPaper("{\"tags\": {}}", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!SyncFormat::readPaper("not json", &error));
    }

    void pathsAndTimes()
    {
        QCOMPARE(SyncFormat::paperPath(QStringLiteral("2505.01234")), QStringLiteral("papers/2505/01/2505.01234.json"));
        QCOMPARE(SyncFormat::paperPath(QStringLiteral("cs/0101001")), QStringLiteral("papers/cs_0/01/cs_0101001.json"));
        QVERIFY(SyncFormat::isPaperPath(QStringLiteral("papers/2505/01/2505.01234.json")));
        QVERIFY(!SyncFormat::isPaperPath(QStringLiteral("tags.json")));
        QCOMPARE(SyncFormat::normalTime(QStringLiteral("2026-12-07T09:00:01Z")), QStringLiteral("2026-12-07T09:00:01.000Z"));
        int version = 0;
        const std::optional<SyncTagColors> tags = SyncFormat::readTags(SyncFormat::writeTags({{QStringLiteral("llm"), QStringLiteral("#123456")}}), &version);
        QVERIFY(tags);
        QCOMPARE(version, SyncFormat::Version);
        QCOMPARE(tags->value(QStringLiteral("llm")), QStringLiteral("#123456"));
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
