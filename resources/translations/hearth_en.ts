<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddRecipientsDialog</name>
    <message numerus="yes">
        <source>%n more: narrow the search</source>
        <translation><numerusform>%n more: narrow the search</numerusform><numerusform>%n more: narrow the search</numerusform></translation>
    </message>
</context>
<context>
    <name>CardRunWindow</name>
    <message numerus="yes">
        <source>Added %n recipient(s)</source>
        <translation><numerusform>Added %n recipient</numerusform><numerusform>Added %n recipients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n recipient(s) from the run</source>
        <translation><numerusform>Removed %n recipient from the run</numerusform><numerusform>Removed %n recipients from the run</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked “no cards” and removed</source>
        <translation><numerusform>%n contact marked “no cards” and removed</numerusform><numerusform>%n contacts marked “no cards” and removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now share one envelope</source>
        <translation><numerusform>%n recipient now share one envelope</numerusform><numerusform>%n recipients now share one envelope</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now get an envelope each</source>
        <translation><numerusform>%n recipient now get an envelope each</numerusform><numerusform>%n recipients now get an envelope each</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n household(s)</source>
        <translation><numerusform>Accepted %n household</numerusform><numerusform>Accepted %n households</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n recipient(s)</source>
        <translation><numerusform>Marked %n recipient</numerusform><numerusform>Marked %n recipients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Noted for %n recipient(s)</source>
        <translation><numerusform>Noted for %n recipient</numerusform><numerusform>Noted for %n recipients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n planned recipient(s) as printed?</source>
        <translation><numerusform>Mark %n planned recipient as printed?</numerusform><numerusform>Mark %n planned recipients as printed?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n recipient(s) printed</source>
        <translation><numerusform>Marked %n recipient printed</numerusform><numerusform>Marked %n recipients printed</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation><numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>CopyOffer</name>
    <message numerus="yes">
        <source>The office database {0} is empty. Copy the %n contact(s) of {1} there, with their conversations, card runs and settings?</source>
        <translation><numerusform>The office database {0} is empty. Copy the %n contact of {1} there, with their conversations, card runs and settings?</numerusform><numerusform>The office database {0} is empty. Copy the %n contacts of {1} there, with their conversations, card runs and settings?</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation><numerusform>%n envelope</numerusform><numerusform>%n envelopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) left out: no postal address (see the run's Problems).</source>
        <translation><numerusform>%n envelope left out: no postal address (see the run's Problems).</numerusform><numerusform>%n envelopes left out: no postal address (see the run's Problems).</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n note(s) about the rows:</source>
        <translation><numerusform>%n note about the rows:</numerusform><numerusform>%n notes about the rows:</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvPreviewPage</name>
    <message numerus="yes">
        <source>%n problem(s) found while reading (unreadable rows are skipped; the others are imported):</source>
        <translation><numerusform>%n problem found while reading (unreadable rows are skipped; the others are imported):</numerusform><numerusform>%n problems found while reading (unreadable rows are skipped; the others are imported):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation><numerusform>&amp;Import %n row</numerusform><numerusform>&amp;Import %n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>DeskHabits</name>
    <message numerus="yes">
        <source>%n contact(s) exported to {0}</source>
        <translation><numerusform>%n contact exported to {0}</numerusform><numerusform>%n contacts exported to {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of contacts that may be the same person. Compare them and merge the ones that are.</source>
        <translation><numerusform>%n pair of contacts that may be the same person. Compare them and merge the ones that are.</numerusform><numerusform>%n pairs of contacts that may be the same person. Compare them and merge the ones that are.</numerusform></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>%n kept without them and their name</source>
        <translation><numerusform>%n kept without them and their name</numerusform><numerusform>%n kept without them and their name</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n kept, marked “referred by: erased contact”</source>
        <translation><numerusform>%n kept, marked “referred by: erased contact”</numerusform><numerusform>%n kept, marked “referred by: erased contact”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Also erase them from the backups that hold them (%n)</source>
        <translation><numerusform>Also erase them from the backups that hold them (%n)</numerusform><numerusform>Also erase them from the backups that hold them (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Backups left as they are still hold the person until newer backups replace them (the newest %n daily backups are kept; copies taken before a schema update stay until you delete them).</source>
        <translation><numerusform>Backups left as they are still hold the person until newer backups replace them (the newest %n daily backups are kept; copies taken before a schema update stay until you delete them).</numerusform><numerusform>Backups left as they are still hold the person until newer backups replace them (the newest %n daily backups are kept; copies taken before a schema update stay until you delete them).</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The &amp;selected contacts (%n)</source>
        <translation><numerusform>The &amp;selected contacts (%n)</numerusform><numerusform>The &amp;selected contacts (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Every contact (%n)</source>
        <translation><numerusform>&amp;Every contact (%n)</numerusform><numerusform>&amp;Every contact (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contact(s)…</source>
        <translation><numerusform>Writing %n contact…</numerusform><numerusform>Writing %n contacts…</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>%n problem(s) found while reading (unreadable cards are skipped; repaired ones are imported):</source>
        <translation><numerusform>%n problem found while reading (unreadable cards are skipped; repaired ones are imported):</numerusform><numerusform>%n problems found while reading (unreadable cards are skipped; repaired ones are imported):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n card(s)</source>
        <translation><numerusform>&amp;Import %n card</numerusform><numerusform>&amp;Import %n cards</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message numerus="yes">
        <source>%n note(s) about the cards:</source>
        <translation><numerusform>%n note about the cards:</numerusform><numerusform>%n notes about the cards:</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Counting the matches among %n contact(s)…</source>
        <translation><numerusform>Counting the matches among %n contact…</numerusform><numerusform>Counting the matches among %n contacts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the trash</source>
        <translation><numerusform>%n contact in the trash</numerusform><numerusform>%n contacts in the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n contact(s) shown</source>
        <translation><numerusform>{0} of %n contact shown</numerusform><numerusform>{0} of %n contacts shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash — Ctrl+Z to undo</source>
        <translation><numerusform>Moved %n contact to the trash — Ctrl+Z to undo</numerusform><numerusform>Moved %n contacts to the trash — Ctrl+Z to undo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation><numerusform>Restored %n contact</numerusform><numerusform>Restored %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) in the trash for good? A backup of the address book is written first.</source>
        <translation><numerusform>Delete %n contact in the trash for good? A backup of the address book is written first.</numerusform><numerusform>Delete %n contacts in the trash for good? A backup of the address book is written first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation><numerusform>Deleted %n contact for good</numerusform><numerusform>Deleted %n contacts for good</numerusform></translation>
    </message>
</context>
<context>
    <name>MarkSentQuestion</name>
    <message numerus="yes">
        <source>%n selected recipient(s) without a postal address: no card can have gone out to them.</source>
        <translation><numerusform>%n selected recipient without a postal address: no card can have gone out to them.</numerusform><numerusform>%n selected recipients without a postal address: no card can have gone out to them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected recipient(s) with an address still planned: no label or envelope was printed for them.</source>
        <translation><numerusform>%n selected recipient with an address still planned: no label or envelope was printed for them.</numerusform><numerusform>%n selected recipients with an address still planned: no label or envelope was printed for them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n with an Address</source>
        <translation><numerusform>Mark the %n with an Address</numerusform><numerusform>Mark the %n with an Address</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark All %n</source>
        <translation><numerusform>Mark All %n</numerusform><numerusform>Mark All %n</numerusform></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>%n envelope(s) left out: no postal address (see the run's Problems).</source>
        <translation><numerusform>%n envelope left out: no postal address (see the run's Problems).</numerusform><numerusform>%n envelopes left out: no postal address (see the run's Problems).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation><numerusform>%n label</numerusform><numerusform>%n labels</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation><numerusform>%n sheet</numerusform><numerusform>%n sheets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation><numerusform>%n envelope</numerusform><numerusform>%n envelopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) listed</source>
        <translation><numerusform>%n envelope listed</numerusform><numerusform>%n envelopes listed</numerusform></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <source>About %n recipient(s) from these sources.</source>
        <translation><numerusform>About %n recipient from these sources.</numerusform><numerusform>About %n recipients from these sources.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message numerus="yes">
        <source>Erased for good (erasure log {0}); still in %n backup(s): {1}</source>
        <translation><numerusform>Erased for good (erasure log {0}); still in %n backup: {1}</numerusform><numerusform>Erased for good (erasure log {0}); still in %n backups: {1}</numerusform></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message numerus="yes">
        <source>Move %n contact(s) to the trash</source>
        <translation><numerusform>Move %n contact to the trash</numerusform><numerusform>Move %n contacts to the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation><numerusform>Restore %n contact</numerusform><numerusform>Restore %n contacts</numerusform></translation>
    </message>
</context>
</TS>