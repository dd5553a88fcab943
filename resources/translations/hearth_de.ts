<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>&amp;Log conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only contacts of this temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm or hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update (same UID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRecipientsDialog</name>
    <message>
        <source>Add Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, companies, places, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more: narrow the search</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c/o, building, floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>{0} — before the update to schema {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the address book with this backup (the current state is backed up first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <source>Briefing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing {0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardRunWindow</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected envelopes&apos; recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One envelope for the selected recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An envelope of their own for each member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected recipients and never add them to a run automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the addressee or salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected envelopes {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sent us a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelopes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} recipients in {2} envelopes, {3} sent. Sender: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: set it for envelopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n recipient(s) from the run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked “no cards” and removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now share one envelope</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now get an envelope each</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee lines (separate lines with |); empty for the automatic one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter salutation; empty for the automatic one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted for %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n planned recipient(s) as printed?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n recipient(s) printed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <extracomment>Longest text a value shows in full; the rest is in its tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was changed elsewhere while you were editing it. Changes that do not clash have been merged. These fields were changed on both sides: choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save nothing now; your edits stay in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title / prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other vCard lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo ({0} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an image Hearth can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost: your edits are still in the form. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}, merged with changes made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact was changed in another window or by a command while you were editing. Your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr., Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jr., MBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title / prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, e-mail and web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Customer, Trade fair 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when picked for a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (not added to runs automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>23.04.2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>23.04.1980, or 23.04. without a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>23.04.2010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal address (Sie / Mr, Ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the name unless set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal facts, preferences, anything worth remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {0} · updated {1} · UID {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact: give the year too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the temperature, or let Hearth compute it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations logged yet. Press Ctrl+L to log one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature and conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export CSV for Mail Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per envelope: addressee, every address line, postal code, town, country, salutation and the members&apos; names. UTF-8 with a byte-order mark, so Excel and LibreOffice show umlauts; cells that would start a formula are made harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; ) — Excel in Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , ) — Excel in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedBanner</name>
    <message>
        <source>Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth copies everything it can still read into a new file and keeps the damaged one beside it. Repair now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for contacts that appear twice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two contacts side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge, keep the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge, keep the &amp;duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge keeps every phone, e-mail, address, tag and conversation of both; the other contact goes to the trash, where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates could not be searched: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that may be the same person. Compare them and merge the ones that are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two could not be merged: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopeTableModel</name>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no postal address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export vCards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected contacts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the current &amp;search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those matching the current &amp;search “{0}” ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those &amp;tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Every contact (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One .vcf file with every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per contact, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 — read by nearly everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: {0} could not be written ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsPanel</name>
    <message>
        <source>Recipients at the same address: one envelope each household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChoosePage</name>
    <message>
        <source>&lt;p&gt;Bring in the contacts your phone, Outlook, Apple Contacts, Gmail or Thunderbird exported as vCards (.vcf).&lt;/p&gt;&lt;p&gt;Drop the files or a folder here, or choose them. You will see every card before anything is stored.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import vCards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of vCards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no .vcf files in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. The address book is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; the address book is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {0} of this import ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, card {1}, line {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Cards to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the selected cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found while reading (unreadable cards are skipped; repaired ones are imported):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; in {1}: {2} new, {3} already in the address book (same UID), {4} possible duplicates, {5} unreadable. Change what happens to a card in its &lt;i&gt;Action&lt;/i&gt; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;&lt;br&gt;Created: {0}&lt;br&gt;Updated: {1}&lt;br&gt;Merged: {2}&lt;br&gt;Skipped: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the cards:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastYearPanel</name>
    <message>
        <source>Add Selected to This &amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier run to compare with; cards sent and received are those of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped since last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a card to them, none back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card from them, none sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Edit conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone else who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. offer requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met is still empty for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did we meet?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, companies, e-mail, phone, city, notes, tags  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved. Quit anyway and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n contact(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Trash&lt;/b&gt; — select contacts and choose Restore (Ctrl+Shift+R), or empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash — Ctrl+Z to undo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) in the trash for good? A backup of the address book is written first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The trash was not emptied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hearth {0}&lt;/b&gt;&lt;p&gt;An address book that keeps your contacts warm.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRunWizard</name>
    <message>
        <source>New Card Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <source>Which mailing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is one mailing: an occasion in a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one, or type your own occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Christmas 2026 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home country for phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as numbers of the contact&apos;s own country (from the address), else of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Hearth is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Address List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw label outlines (for a test print on plain paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is printed where a window envelope shows it (DIN 5008), with your sender line above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sheet, or enter a custom size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom label size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns x rows : label width x height [: left, top margin] in mm, e.g. 3x8:70x36:0,4.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a label sheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOutputs</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient of this run has a postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProblemsPanel</name>
    <message>
        <source>Double-click a problem to open the contact and fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleContacts</name>
    <message>
        <source>Adding sample contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderForm</name>
    <message>
        <source>Two-letter country code, e.g. DE: addresses in this country get no country line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code, &amp;town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who sends the cards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender line goes above the address on envelopes; the country decides which addresses are abroad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Click the first free label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Who gets a card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose any number of sources; they add up. Contacts marked “no cards” and contacts in the trash are left out. You can add and remove recipients by hand afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recipients of an earlier &amp;run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} recipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with the &amp;yearly-card flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with the &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts matching the &amp;search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who are &amp;warm or hot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatures are not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n recipient(s) from these sources.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>You can open another address book file, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create an address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemperatureSettingsDialog</name>
    <message>
        <source>Temperature settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many days a conversation counts half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two conversations within … make hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a conversation adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands (score from 0 to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch, by tag (days; 0 = no default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every … days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>we reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — looking through your contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today could not be gathered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (showing the first {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a recognised phone number; kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address book is empty. Bring in the contacts you have, start typing them in, or look around with sample data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}); the details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Move conversation “{0}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Log conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Log conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing temperatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>temperature</name>
    <message>
        <source>hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (not a conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no card runs yet: start one with Cards › New Card Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Card Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Card Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Card Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact is in the trash: open View › Show Trash to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
