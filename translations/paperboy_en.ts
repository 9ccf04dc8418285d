<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not in this library (kept; shown once a digest lists them): %n paper(s): %1</source>
        <translation>
            <numerusform>not in this library (kept; shown once a digest lists them): %n paper: %1</numerusform>
            <numerusform>not in this library (kept; shown once a digest lists them): %n papers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) now</source>
        <translation>
            <numerusform>%n day now</numerusform>
            <numerusform>%n days now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n day(s)</source>
        <translation>
            <numerusform>longest %n day</numerusform>
            <numerusform>longest %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesExporter</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n note(s) into %1 but left alone what is a link or not a regular file there: %2</source>
        <translation>
            <numerusform>wrote %n note into %1 but left alone what is a link or not a regular file there: %2</numerusform>
            <numerusform>wrote %n notes into %1 but left alone what is a link or not a regular file there: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesJson</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) without a valid arXiv id (such as 2505.16938 or hep-th/9901001): %1</source>
        <translation>
            <numerusform>%n paper without a valid arXiv id (such as 2505.16938 or hep-th/9901001): %1</numerusform>
            <numerusform>%n papers without a valid arXiv id (such as 2505.16938 or hep-th/9901001): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy</name>
    <message numerus="yes">
        <source>Mark %n paper(s) read</source>
        <translation>
            <numerusform>Mark %n paper read</numerusform>
            <numerusform>Mark %n papers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n paper(s) unread</source>
        <translation>
            <numerusform>Mark %n paper unread</numerusform>
            <numerusform>Mark %n papers unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::DayListModel</name>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1: %n paper</numerusform>
            <numerusform>%1: %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more listed by Hugging Face without a digest</source>
        <translation>
            <numerusform>%n more listed by Hugging Face without a digest</numerusform>
            <numerusform>%n more listed by Hugging Face without a digest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted (hidden by a mute rule)</source>
        <translation>
            <numerusform>%n muted (hidden by a mute rule)</numerusform>
            <numerusform>%n muted (hidden by a mute rule)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::AnnotationController</name>
    <message numerus="yes">
        <source>%n paper(s) marked read (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>%n paper marked read (Ctrl+Z undoes it)</numerusform>
            <numerusform>%n papers marked read (Ctrl+Z undoes it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CaretMode</name>
    <message numerus="yes">
        <source>Copied %n character(s)</source>
        <translation>
            <numerusform>Copied %n character</numerusform>
            <numerusform>Copied %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CommandPalette</name>
    <message numerus="yes">
        <source>Comparison “%1” (%n paper(s))</source>
        <translation>
            <numerusform>Comparison “%1” (%n paper)</numerusform>
            <numerusform>Comparison “%1” (%n papers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1 (%n paper(s))</source>
        <translation>
            <numerusform>Day %1 (%n paper)</numerusform>
            <numerusform>Day %1 (%n papers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CompareController</name>
    <message numerus="yes">
        <source>%n paper(s) marked for comparison</source>
        <translation>
            <numerusform>%n paper marked for comparison</numerusform>
            <numerusform>%n papers marked for comparison</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CompareTray</name>
    <message numerus="yes">
        <source>%n paper(s) marked.</source>
        <translation>
            <numerusform>%n paper marked.</numerusform>
            <numerusform>%n papers marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CompareView</name>
    <message numerus="yes">
        <source>Compare %n paper(s)</source>
        <translation>
            <numerusform>Compare %n paper</numerusform>
            <numerusform>Compare %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::DayDelegate</name>
    <message numerus="yes">
        <source>%n muted</source>
        <extracomment>Below a day in the day list: papers a mute rule hides (View › Show Muted Papers shows them).</extracomment>
        <translation>
            <numerusform>%n muted</numerusform>
            <numerusform>%n muted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>%n paper(s) in this choice.</source>
        <translation>
            <numerusform>%n paper in this choice.</numerusform>
            <numerusform>%n papers in this choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n paper(s)…</source>
        <translation>
            <numerusform>Exporting %n paper…</numerusform>
            <numerusform>Exporting %n papers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Exported to %1 (%n page).</numerusform>
            <numerusform>Exported to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n highlight(s)).</source>
        <translation>
            <numerusform>Exported to %1 (%n highlight).</numerusform>
            <numerusform>Exported to %1 (%n highlights).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ForYouController</name>
    <message numerus="yes">
        <source>No tag has %n paper(s) yet: For You by Tag learns from a tag&apos;s own papers.</source>
        <translation>
            <numerusform>No tag has %n paper yet: For You by Tag learns from a tag&apos;s own papers.</numerusform>
            <numerusform>No tag has %n papers yet: For You by Tag learns from a tag&apos;s own papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For you, from %n paper(s) you starred, kept, tagged or noted</source>
        <translation>
            <numerusform>For you, from %n paper you starred, kept, tagged or noted</numerusform>
            <numerusform>For you, from %n papers you starred, kept, tagged or noted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For you by “%1”, from its %n paper(s)</source>
        <translation>
            <numerusform>For you by “%1”, from its %n paper</numerusform>
            <numerusform>For you by “%1”, from its %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ImportController</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged</source>
        <translation>
            <numerusform>%n file unchanged</numerusform>
            <numerusform>%n files unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n file rejected</numerusform>
            <numerusform>%n files rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ListsController</name>
    <message numerus="yes">
        <source>%n paper(s) taken out of Later</source>
        <translation>
            <numerusform>%n paper taken out of Later</numerusform>
            <numerusform>%n papers taken out of Later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n in Later)</source>
        <translation>
            <numerusform> (%n in Later)</numerusform>
            <numerusform> (%n in Later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) put into Later</source>
        <translation>
            <numerusform>%n paper put into Later</numerusform>
            <numerusform>%n papers put into Later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n changed digest(s) imported from watched folders</source>
        <translation>
            <numerusform>%n changed digest imported from watched folders</numerusform>
            <numerusform>%n changed digests imported from watched folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) on this day</source>
        <translation>
            <numerusform>%n paper on this day</numerusform>
            <numerusform>%n papers on this day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::MuteRulesDialog</name>
    <message numerus="yes">
        <source>%1 (%n paper(s) muted)</source>
        <translation>
            <numerusform>%1 (%n paper muted)</numerusform>
            <numerusform>%1 (%n papers muted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” mutes %n paper(s).</source>
        <translation>
            <numerusform>“%1” mutes %n paper.</numerusform>
            <numerusform>“%1” mutes %n papers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::RecoveryDialog</name>
    <message numerus="yes">
        <source>The library was rebuilt from %n digest(s); the damaged file is kept as %1.</source>
        <translation>
            <numerusform>The library was rebuilt from %n digest; the damaged file is kept as %1.</numerusform>
            <numerusform>The library was rebuilt from %n digests; the damaged file is kept as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::RefreshController</name>
    <message numerus="yes">
        <source>Refresh: %n new</source>
        <translation>
            <numerusform>Refresh: %n new</numerusform>
            <numerusform>Refresh: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (File › Refresh Log shows why)</source>
        <translation>
            <numerusform>, %n failed (File › Refresh Log shows why)</numerusform>
            <numerusform>, %n failed (File › Refresh Log shows why)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::RefreshRangeDialog</name>
    <message numerus="yes">
        <source>At most %n days at a time; days already in the library cost one request each.</source>
        <translation>
            <numerusform>At most %n day at a time; days already in the library cost one request each.</numerusform>
            <numerusform>At most %n days at a time; days already in the library cost one request each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SearchPane</name>
    <message numerus="yes">
        <source>%Ln result(s) for “%1”</source>
        <translation>
            <numerusform>%Ln result for “%1”</numerusform>
            <numerusform>%Ln results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::StatisticsWindow</name>
    <message numerus="yes">
        <source>papers read on %n day(s)</source>
        <translation>
            <numerusform>papers read on %n day</numerusform>
            <numerusform>papers read on %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SummaryView</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n upvote(s)</source>
        <translation>
            <numerusform>▲ %n upvote</numerusform>
            <numerusform>▲ %n upvotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SyncController</name>
    <message numerus="yes">
        <source>Synced: %n paper(s) sent</source>
        <translation>
            <numerusform>Synced: %n paper sent</numerusform>
            <numerusform>Synced: %n papers sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) edited on both machines kept twice</source>
        <translation>
            <numerusform>%n note edited on both machines kept twice</numerusform>
            <numerusform>%n notes edited on both machines kept twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SyncLogDialog</name>
    <message numerus="yes">
        <source>%n paper(s) changed here since then</source>
        <translation>
            <numerusform>%n paper changed here since then</numerusform>
            <numerusform>%n papers changed here since then</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TagManager</name>
    <message numerus="yes">
        <source>%1 (%n paper(s))</source>
        <translation>
            <numerusform>%1 (%n paper)</numerusform>
            <numerusform>%1 (%n papers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TagPicker</name>
    <message numerus="yes">
        <source>Tag %n paper(s) with (a new name creates the tag):</source>
        <translation>
            <numerusform>Tag %n paper with (a new name creates the tag):</numerusform>
            <numerusform>Tag %n papers with (a new name creates the tag):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove from %n paper(s):</source>
        <translation>
            <numerusform>Remove from %n paper:</numerusform>
            <numerusform>Remove from %n papers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TagTrendChart</name>
    <message numerus="yes">
        <source>%1, %2: %n paper(s)</source>
        <extracomment>Tooltip of a point of the tags chart: tag, month, papers.</extracomment>
        <translation>
            <numerusform>%1, %2: %n paper</numerusform>
            <numerusform>%1, %2: %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TopicsWindow</name>
    <message numerus="yes">
        <source>Words whose share of papers rose in the %n week(s) to %1 (%2 papers), against the weeks before (%3 papers).</source>
        <translation>
            <numerusform>Words whose share of papers rose in the %n week to %1 (%2 papers), against the weeks before (%3 papers).</numerusform>
            <numerusform>Words whose share of papers rose in the %n weeks to %1 (%2 papers), against the weeks before (%3 papers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recently</source>
        <translation>
            <numerusform>%n recently</numerusform>
            <numerusform>%n recently</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n paper(s) in the recent weeks</source>
        <translation>
            <numerusform>%1 — %n paper in the recent weeks</numerusform>
            <numerusform>%1 — %n papers in the recent weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before</source>
        <translation>
            <numerusform>%n before</numerusform>
            <numerusform>%n before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) tagged &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n paper tagged &quot;%1&quot;.</numerusform>
            <numerusform>%n papers tagged &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TriageController</name>
    <message numerus="yes">
        <source>%n paper(s) decided: </source>
        <translation>
            <numerusform>%n paper decided: </numerusform>
            <numerusform>%n papers decided: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n note(s) kept as conflict copies</source>
        <translation>
            <numerusform>%n note kept as a conflict copy</numerusform>
            <numerusform>%n notes kept as conflict copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync on %1: %n paper(s) merged</source>
        <translation>
            <numerusform>Sync on %1: %n paper merged</numerusform>
            <numerusform>Sync on %1: %n papers merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync on %1: %n paper(s) changed</source>
        <translation>
            <numerusform>Sync on %1: %n paper changed</numerusform>
            <numerusform>Sync on %1: %n papers changed</numerusform>
        </translation>
    </message>
</context>
</TS>
