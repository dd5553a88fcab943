<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Gespräch erfassen…</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Briefing…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Temperature &amp;settings…</source>
        <translation>Temperatur-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your &amp;name in the log…</source>
        <translation>Ihr &amp;Name im Gesprächsprotokoll…</translation>
    </message>
    <message>
        <source>C&amp;onversations</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <source>Show only contacts of this temperature</source>
        <translation>Nur Kontakte dieser Temperatur zeigen</translation>
    </message>
    <message>
        <source>All temperatures</source>
        <translation>Alle Temperaturen</translation>
    </message>
    <message>
        <source>Warm or hot</source>
        <translation>Warm oder heiß</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update (same UID)</source>
        <translation>Aktualisieren (gleiche UID)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Vorhandenen aktualisieren</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Mit vorhandenem zusammenführen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>same UID</source>
        <translation>gleiche UID</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Sync Accounts</source>
        <translation>Synchronisierungskonten</translation>
    </message>
    <message>
        <source>Contacts in these CardDAV address books (a phone&apos;s, Nextcloud, iCloud, …) are kept in step with Hearth.</source>
        <translation>Die Kontakte in diesen CardDAV-Adressbüchern (auf einem Telefon, in Nextcloud, iCloud, …) werden mit Hearth abgeglichen.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>{0} — {1} at {2} ({3})</source>
        <translation>{0} — {1} bei {2} ({3})</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Stop syncing with {0}? Its contacts stay in Hearth and on the server.</source>
        <translation>Nicht mehr mit {0} synchronisieren? Die Kontakte des Kontos bleiben in Hearth und auf dem Server.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add Sync Account</source>
        <translation>Synchronisierungskonto hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Phone</source>
        <translation>z. B. Telefon</translation>
    </message>
    <message>
        <source>e.g. cloud.example.com</source>
        <translation>z. B. cloud.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Find Address Books</source>
        <translation>&amp;Adressbücher suchen</translation>
    </message>
    <message>
        <source>Enter the server and your login, then find the address books to sync.</source>
        <translation>Geben Sie den Server und Ihre Anmeldedaten ein und suchen Sie dann die Adressbücher, die synchronisiert werden sollen.</translation>
    </message>
    <message>
        <source>Looking for address books…</source>
        <translation>Adressbücher werden gesucht…</translation>
    </message>
    <message>
        <source>Choose the address books to sync:</source>
        <translation>Wählen Sie die Adressbücher, die synchronisiert werden sollen:</translation>
    </message>
</context>
<context>
    <name>AddRecipientsDialog</name>
    <message>
        <source>Add Recipients</source>
        <translation>Empfänger hinzufügen</translation>
    </message>
    <message>
        <source>Search names, companies, places, tags</source>
        <translation>Namen, Firmen, Orte, Schlagworte suchen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n more: narrow the search</source>
        <translation>
            <numerusform>%n weiterer: Suche eingrenzen</numerusform>
            <numerusform>%n weitere: Suche eingrenzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>c/o, building, floor</source>
        <translation>c/o, Gebäude, Etage</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(kein Land)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>eine Adresse</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>{0} — before the update to schema {1}</source>
        <translation>{0} — vor der Aktualisierung auf Schema {1}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Sicherung geschrieben nach {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Hearth restores backups of address book files only. A database on a PostgreSQL server is restored from its pg_dump backup with pg_restore.</source>
        <translation>Hearth stellt nur Sicherungen von Adressbuchdateien wieder her. Eine Datenbank auf einem PostgreSQL-Server wird aus ihrer pg_dump-Sicherung mit pg_restore wiederhergestellt.</translation>
    </message>
    <message>
        <source>There are no backups in {0} yet.</source>
        <translation>In {0} gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Replace the address book with this backup (the current state is backed up first):</source>
        <translation>Das Adressbuch durch diese Sicherung ersetzen (der jetzige Stand wird vorher gesichert):</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>{0} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>{0} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <source>Briefing: {0}</source>
        <translation>Briefing: {0}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save briefing as PDF</source>
        <translation>Briefing als PDF speichern</translation>
    </message>
    <message>
        <source>Briefing {0}.pdf</source>
        <translation>Briefing {0}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
</context>
<context>
    <name>CardRunWindow</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Haushalte</translation>
    </message>
    <message>
        <source>Last Year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>&amp;Add Recipients…</source>
        <translation>Empfänger &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected envelopes&apos; recipients</source>
        <translation>Die Empfänger der gewählten Umschläge entfernen</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Zusammenlegen</translation>
    </message>
    <message>
        <source>One envelope for the selected recipients</source>
        <translation>Ein Umschlag für die gewählten Empfänger</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Aufteilen</translation>
    </message>
    <message>
        <source>An envelope of their own for each member</source>
        <translation>Ein eigener Umschlag für jedes Mitglied</translation>
    </message>
    <message>
        <source>No Cards</source>
        <translation>Keine Karten</translation>
    </message>
    <message>
        <source>Remove the selected recipients and never add them to a run automatically</source>
        <translation>Die gewählten Empfänger entfernen und nie mehr automatisch in eine Kartenaktion aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Wording…</source>
        <translation>&amp;Beschriftung…</translation>
    </message>
    <message>
        <source>Change the addressee or salutation</source>
        <translation>Empfängerzeilen oder Anrede ändern</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Mark the selected envelopes {0}</source>
        <translation>Die gewählten Umschläge als {0} markieren</translation>
    </message>
    <message>
        <source>Card Received</source>
        <translation>Karte erhalten</translation>
    </message>
    <message>
        <source>They sent us a card</source>
        <translation>Sie haben uns eine Karte geschickt</translation>
    </message>
    <message>
        <source>No Card</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Etiketten…</translation>
    </message>
    <message>
        <source>&amp;Envelopes…</source>
        <translation>&amp;Umschläge…</translation>
    </message>
    <message>
        <source>Address &amp;List…</source>
        <translation>Adress&amp;liste…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Sen&amp;der…</source>
        <translation>Absen&amp;der…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Show the run as the contacts are now</source>
        <translation>Die Kartenaktion so zeigen, wie die Kontakte jetzt sind</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Kartenaktion</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>Markieren:</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Card run</source>
        <translation>Kartenaktion</translation>
    </message>
    <message>
        <source>{0} — Hearth</source>
        <translation>{0} — Hearth</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} recipients in {2} envelopes, {3} sent. Sender: {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} Empfänger in {2} Umschlägen, {3} verschickt. Absender: {4}</translation>
    </message>
    <message>
        <source>(none: set it for envelopes)</source>
        <translation>(keiner: für Umschläge bitte festlegen)</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>Probleme ({0})</translation>
    </message>
    <message>
        <source>Households ({0})</source>
        <translation>Haushalte ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Added %n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger hinzugefügt</numerusform>
            <numerusform>%n Empfänger hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n recipient(s) from the run</source>
        <translation>
            <numerusform>%n Empfänger aus der Kartenaktion entfernt</numerusform>
            <numerusform>%n Empfänger aus der Kartenaktion entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked “no cards” and removed</source>
        <translation>
            <numerusform>%n Kontakt als „keine Karten“ markiert und entfernt</numerusform>
            <numerusform>%n Kontakte als „keine Karten“ markiert und entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now share one envelope</source>
        <translation>
            <numerusform>%n Empfänger teilt sich jetzt einen Umschlag</numerusform>
            <numerusform>%n Empfänger teilen sich jetzt einen Umschlag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) now get an envelope each</source>
        <translation>
            <numerusform>%n Empfänger bekommt jetzt einen eigenen Umschlag</numerusform>
            <numerusform>%n Empfänger bekommen jetzt je einen eigenen Umschlag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n household(s)</source>
        <translation>
            <numerusform>%n Haushalt übernommen</numerusform>
            <numerusform>%n Haushalte übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Addressee lines (separate lines with |); empty for the automatic one:</source>
        <translation>Empfängerzeilen (Zeilen mit | trennen); leer für die automatische:</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Letter salutation; empty for the automatic one:</source>
        <translation>Briefanrede; leer für die automatische:</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Wording changed</source>
        <translation>Beschriftung geändert</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger markiert</numerusform>
            <numerusform>%n Empfänger markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted for %n recipient(s)</source>
        <translation>
            <numerusform>Für %n Empfänger vermerkt</numerusform>
            <numerusform>Für %n Empfänger vermerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sender changed</source>
        <translation>Absender geändert</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n planned recipient(s) as printed?</source>
        <translation>
            <numerusform>%n geplanten Empfänger als gedruckt markieren?</numerusform>
            <numerusform>%n geplante Empfänger als gedruckt markieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n recipient(s) printed</source>
        <translation>
            <numerusform>%n Empfänger als gedruckt markiert</numerusform>
            <numerusform>%n Empfänger als gedruckt markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <extracomment>Longest text a value shows in full; the rest is in its tooltip.</extracomment>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was changed elsewhere while you were editing it. Changes that do not clash have been merged. These fields were changed on both sides: choose what to keep.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; wurde anderswo geändert, während Sie es bearbeitet haben. Änderungen ohne Widerspruch wurden zusammengeführt. Diese Felder wurden auf beiden Seiten geändert: wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Anderswo gespeichert</translation>
    </message>
    <message>
        <source>was: {0}</source>
        <translation>war: {0}</translation>
    </message>
    <message>
        <source>Save nothing now; your edits stay in the form</source>
        <translation>Jetzt nichts speichern; Ihre Änderungen bleiben im Formular</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Ihre behalten</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Die andere behalten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title / prefix</source>
        <translation>Titel / Präfix</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Postanschriften</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Förmliche Anrede</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Yearly card</source>
        <translation>Jährliche Karte</translation>
    </message>
    <message>
        <source>Never send cards</source>
        <translation>Nie Karten schicken</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>vCard-UID</translation>
    </message>
    <message>
        <source>Other vCard lines</source>
        <translation>Weitere vCard-Zeilen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>A photo ({0} KB)</source>
        <translation>Ein Foto ({0} KB)</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(kein Foto)</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Office Database</source>
        <translation>Mit Bürodatenbank verbinden</translation>
    </message>
    <message>
        <source>An office shares one address book on a PostgreSQL server. Ask whoever set it up for these details.</source>
        <translation>Ein Büro teilt sich ein Adressbuch auf einem PostgreSQL-Server. Die Angaben erhalten Sie von der Person, die ihn eingerichtet hat.</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>Servername oder -adresse</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>or &amp;address:</source>
        <translation>oder &amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Fill in the server and the database, or an address that starts with postgresql://.</source>
        <translation>Geben Sie Server und Datenbank an oder eine Adresse, die mit postgresql:// beginnt.</translation>
    </message>
    <message>
        <source>The server did not accept the password for {0}.</source>
        <translation>Der Server hat das Passwort für {0} nicht angenommen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for {0}:</source>
        <translation>Passwort für {0}:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} ist nicht lesbar: {1}</translation>
    </message>
    <message>
        <source>{0} is not an image Hearth can show.</source>
        <translation>{0} ist kein Bild, das Hearth zeigen kann.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>the address book</source>
        <translation>das Adressbuch</translation>
    </message>
    <message>
        <source>Nothing was lost: the database server for {0} cannot be reached, so your edits stay in the form; save again once it is back.</source>
        <translation>Nichts ist verloren: Der Datenbankserver für {0} ist nicht erreichbar, Ihre Eingaben bleiben im Formular; speichern Sie erneut, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>Nothing was lost: your edits are still in the form. {0}</source>
        <translation>Nichts ging verloren: Ihre Änderungen stehen noch im Formular. {0}</translation>
    </message>
    <message>
        <source>Saved {0}, merged with changes made elsewhere.</source>
        <translation>{0} gespeichert, zusammengeführt mit anderswo gemachten Änderungen.</translation>
    </message>
    <message>
        <source>This contact was changed in another window or by a command while you were editing. Your edits are still here.</source>
        <translation>Dieser Kontakt wurde in einem anderen Fenster oder durch einen Befehl geändert, während Sie ihn bearbeitet haben. Ihre Änderungen sind noch da.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>(from the country)</source>
        <translation>(nach dem Land)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Dr., Prof.</source>
        <translation>Dr., Prof.</translation>
    </message>
    <message>
        <source>Jr., MBA</source>
        <translation>jun., MBA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title / prefix</source>
        <translation>Titel / Präfix</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Webadresse hinzufügen</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://beispiel.de</translation>
    </message>
    <message>
        <source>Phones, e-mail and web</source>
        <translation>Telefon, E-Mail und Web</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Postanschriften</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Einen Namen eingeben</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Customer, Trade fair 2026</source>
        <translation>Durch Komma getrennt, z. B. Kunde, Messe 2026</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <source>Only when picked for a run</source>
        <translation>Nur wenn für eine Kartenaktion gewählt</translation>
    </message>
    <message>
        <source>Never (not added to runs automatically)</source>
        <translation>Nie (nicht automatisch in Kartenaktionen)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>{0}, or {1} without a year</source>
        <translation>{0} oder {1} ohne Jahr</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Kontakt halten alle</translation>
    </message>
    <message>
        <source>Greeting cards</source>
        <translation>Grußkarten</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>Formal address (Sie / Mr, Ms)</source>
        <translation>Förmliche Anrede (Sie / Herr, Frau)</translation>
    </message>
    <message>
        <source>Derived from the name unless set here</source>
        <translation>Aus dem Namen abgeleitet, wenn hier nicht gesetzt</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönliches</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Anredeform</translation>
    </message>
    <message>
        <source>Letter salutation</source>
        <translation>Briefanrede</translation>
    </message>
    <message>
        <source>Personal facts, preferences, anything worth remembering</source>
        <translation>Persönliches, Vorlieben, alles, was man sich merken sollte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>cold list</source>
        <translation>Kaltakquise-Liste</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>an erased contact</source>
        <translation>ein gelöschter Kontakt</translation>
    </message>
    <message>
        <source>Created {0} · updated {1} · UID {2}</source>
        <translation>Angelegt {0} · geändert {1} · UID {2}</translation>
    </message>
    <message>
        <source>Birthday: {0}</source>
        <translation>Geburtstag: {0}</translation>
    </message>
    <message>
        <source>Anniversary: {0}</source>
        <translation>Jahrestag: {0}</translation>
    </message>
    <message>
        <source>First contact: {0}</source>
        <translation>Erster Kontakt: {0}</translation>
    </message>
    <message>
        <source>First contact: give the year too</source>
        <translation>Erster Kontakt: bitte auch das Jahr angeben</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Eine Firma braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Every row&apos;s flags, combined once: the view asks for them per cell and per repaint, and combining two enum flags costs Python more than the rest of flags().</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>{0} (pinned)</source>
        <translation>{0} (festgelegt)</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Pin as {0}</source>
        <translation>Als {0} festlegen</translation>
    </message>
    <message>
        <source>Pin the temperature, or let Hearth compute it</source>
        <translation>Die Temperatur festlegen oder von Hearth berechnen lassen</translation>
    </message>
    <message>
        <source>No conversations logged yet. Press Ctrl+L to log one.</source>
        <translation>Noch keine Gespräche erfasst. Mit Strg+L eines erfassen.</translation>
    </message>
    <message>
        <source>Log conversation…</source>
        <translation>Gespräch erfassen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Briefing (F9)</source>
        <translation>Briefing (F9)</translation>
    </message>
    <message>
        <source>Temperature and conversations</source>
        <translation>Temperatur und Gespräche</translation>
    </message>
</context>
<context>
    <name>CopyOffer</name>
    <message>
        <source>Copy the address book</source>
        <translation>Adressbuch kopieren</translation>
    </message>
    <message numerus="yes">
        <source>The office database {0} is empty. Copy the %n contact(s) of {1} there, with their conversations, card runs and settings?</source>
        <translation>
            <numerusform>Die Bürodatenbank {0} ist leer. Den %n Kontakt aus {1} mit Gesprächen, Kartenaktionen und Einstellungen dorthin kopieren?</numerusform>
            <numerusform>Die Bürodatenbank {0} ist leer. Die %n Kontakte aus {1} mit Gesprächen, Kartenaktionen und Einstellungen dorthin kopieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>Copying the address book to {0}…</source>
        <translation>Das Adressbuch wird nach {0} kopiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copied the address book to {0}.</source>
        <translation>Das Adressbuch wurde nach {0} kopiert.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Das Kopieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The address book was not copied. {0}</source>
        <translation>Das Adressbuch wurde nicht kopiert. {0}</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export CSV for Mail Merge</source>
        <translation>CSV für Serienbrief exportieren</translation>
    </message>
    <message>
        <source>One row per envelope: addressee, every address line, postal code, town, country, salutation and the members&apos; names. UTF-8 with a byte-order mark, so Excel and LibreOffice show umlauts; cells that would start a formula are made harmless.</source>
        <translation>Eine Zeile pro Umschlag: Empfänger, jede Adresszeile, Postleitzahl, Ort, Land, Anrede und die Namen der Mitglieder. UTF-8 mit Byte-Order-Mark, damit Excel und LibreOffice Umlaute zeigen; Zellen, die eine Formel beginnen würden, werden entschärft.</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) — Excel in Germany</source>
        <translation>Semikolon ( ; ) — Excel in Deutschland</translation>
    </message>
    <message>
        <source>Comma ( , ) — Excel in English</source>
        <translation>Komma ( , ) — Excel auf Englisch</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Column &amp;names:</source>
        <translation>Spalten&amp;namen:</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n Umschlag</numerusform>
            <numerusform>%n Umschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) left out: no postal address (see the run&apos;s Problems).</source>
        <translation>
            <numerusform>%n Umschlag ausgelassen: keine Postanschrift (siehe Probleme der Kartenaktion).</numerusform>
            <numerusform>%n Umschläge ausgelassen: keine Postanschrift (siehe Probleme der Kartenaktion).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written: {1}</source>
        <translation>Die Datei {0} konnte nicht geschrieben werden: {1}</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <extracomment>Rows shown in the mapping preview.
----------
per file done: (path, encoding, delimiter, targets)</extracomment>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Bring in the contacts Outlook, Google Contacts or an Excel list exported as CSV.&lt;/p&gt;&lt;p&gt;Drop the files here, or choose them. You will see how each column is read, and every contact, before anything is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Übernehmen Sie Kontakte, die aus Outlook, Google Kontakte oder einer Excel-Liste als CSV exportiert wurden.&lt;/p&gt;&lt;p&gt;Ziehen Sie die Dateien hierher oder wählen Sie sie aus. Bevor etwas gespeichert wird, sehen Sie, wie jede Spalte gelesen wird, und jeden einzelnen Kontakt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} konnte nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Die Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>Das Lesen wurde abgebrochen. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>Die Datei konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Storing the contacts…</source>
        <translation>Die Kontakte werden gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the rows:</source>
        <translation>
            <numerusform>%n Hinweis zu den Zeilen:</numerusform>
            <numerusform>%n Hinweise zu den Zeilen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvMappingPage</name>
    <message>
        <source>UTF-8</source>
        <extracomment>Python codec names offered, beside what was guessed.</extracomment>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel „Unicode-Text“)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <source>ISO-8859-15</source>
        <translation>ISO-8859-15</translation>
    </message>
    <message>
        <source>Mac Roman</source>
        <translation>Mac Roman</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Columns of the file and the field each feeds</source>
        <translation>Die Spalten der Datei und das Feld, in das jede übernommen wird</translation>
    </message>
    <message>
        <source>Choose in the first row what each column feeds, or “(ignore)”. Several columns may feed phones, e-mails and addresses; each becomes one with its label. Hearth remembers your choice for the next file with the same columns.</source>
        <translation>Wählen Sie in der ersten Zeile, in welches Feld jede Spalte übernommen wird, oder „(ignorieren)“. Mehrere Spalten können Telefonnummern, E-Mail-Adressen und Anschriften füllen; jede wird zu einem eigenen Eintrag mit ihrer Bezeichnung. Hearth merkt sich Ihre Zuordnung für die nächste Datei mit denselben Spalten.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} columns, the first rows below.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} Spalten, unten die ersten Zeilen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; (file {1} of {2}): {3} columns, the first rows below.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (Datei {1} von {2}): {3} Spalten, unten die ersten Zeilen.</translation>
    </message>
    <message>
        <source>Guessed from the file: {0}, {1}. If the rows below look wrong, choose another encoding or delimiter.</source>
        <translation>Aus der Datei erkannt: {0}, {1}. Wenn die Zeilen unten falsch aussehen, wählen Sie eine andere Zeichenkodierung oder ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Columns imported: {0} of {1}.</source>
        <translation>Importierte Spalten: {0} von {1}.</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>line {0} of {1} ({2}, {3})</source>
        <translation>Zeile {0} von {1} ({2}, {3})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0}, Zeile {1}</translation>
    </message>
</context>
<context>
    <name>CsvPreviewPage</name>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>For the selected rows:</source>
        <translation>Für die gewählten Zeilen:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found while reading (unreadable rows are skipped; the others are imported):</source>
        <translation>
            <numerusform>%n Problem beim Lesen gefunden (unlesbare Zeilen werden übersprungen, die anderen importiert):</numerusform>
            <numerusform>%n Probleme beim Lesen gefunden (unlesbare Zeilen werden übersprungen, die anderen importiert):</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; in {1}: {2} new, {3} already in the address book (same UID), {4} possible duplicates, {5} unreadable. Change what happens to a row in its &lt;i&gt;Action&lt;/i&gt; column.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; in {1}: {2} neu, {3} schon im Adressbuch (gleiche UID), {4} mögliche Duplikate, {5} unlesbar. Was mit einer Zeile geschieht, ändern Sie in ihrer Spalte &lt;i&gt;Aktion&lt;/i&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>%n Zeile &amp;importieren</numerusform>
            <numerusform>%n Zeilen &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedBanner</name>
    <message>
        <source>Restore a Backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparieren…</translation>
    </message>
    <message>
        <source>Repair the address book</source>
        <translation>Das Adressbuch reparieren</translation>
    </message>
    <message>
        <source>Hearth copies everything it can still read into a new file and keeps the damaged one beside it. Repair now?</source>
        <translation>Hearth kopiert alles, was noch lesbar ist, in eine neue Datei und behält die beschädigte daneben. Jetzt reparieren?</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Connect to &amp;Office Database…</source>
        <translation>Mit &amp;Bürodatenbank verbinden…</translation>
    </message>
    <message>
        <source>Use an address book on a PostgreSQL server, shared with colleagues</source>
        <translation>Ein Adressbuch auf einem PostgreSQL-Server verwenden, gemeinsam mit Kollegen</translation>
    </message>
    <message>
        <source>&amp;Open Address Book File…</source>
        <translation>Adressbuch&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Use an address book file on this computer</source>
        <translation>Eine Adressbuchdatei auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Hearth — {0}</source>
        <translation>Hearth — {0}</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Office database: {0}</source>
        <translation>Bürodatenbank: {0}</translation>
    </message>
    <message>
        <source>The connection to {0} was lost; Hearth keeps trying, and what you typed stays in the form.</source>
        <translation>Die Verbindung zu {0} ist unterbrochen; Hearth versucht es weiter, und Ihre Eingaben bleiben im Formular.</translation>
    </message>
    <message>
        <source>Connected to {0} again.</source>
        <translation>Wieder mit {0} verbunden.</translation>
    </message>
    <message>
        <source>Open or create an address book</source>
        <translation>Adressbuch öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Hearth database (*.db)</source>
        <translation>Hearth-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Open the address book</source>
        <translation>Adressbuch öffnen</translation>
    </message>
</context>
<context>
    <name>DeskHabits</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>{0} imported of {1} contacts shown</source>
        <translation>{0} importierte von {1} Kontakten angezeigt</translation>
    </message>
    <message>
        <source>Showing the imported contacts: press Esc in the search box to see all.</source>
        <translation>Die importierten Kontakte werden angezeigt: Drücken Sie Esc im Suchfeld, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Rückgängig gemacht: {0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>Wiederholt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to {0}</source>
        <translation>
            <numerusform>%n Kontakt nach {0} exportiert</numerusform>
            <numerusform>%n Kontakte nach {0} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>same UID</source>
        <translation>gleiche UID</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>Looking for contacts that appear twice…</source>
        <translation>Suche nach doppelt erfassten Kontakten…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>The two contacts side by side</source>
        <translation>Die beiden Kontakte nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Merge, keep the contact</source>
        <translation>&amp;Zusammenführen, Kontakt behalten</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;duplicate</source>
        <translation>Zusammenführen, &amp;Duplikat behalten</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Nicht dieselben</translation>
    </message>
    <message>
        <source>A merge keeps every phone, e-mail, address, tag and conversation of both; the other contact goes to the trash, where it can be restored.</source>
        <translation>Beim Zusammenführen bleiben alle Telefone, E-Mails, Adressen, Schlagworte und Gespräche beider erhalten; der andere Kontakt kommt in den Papierkorb und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: {0}</source>
        <translation>Duplikate konnten nicht gesucht werden: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that may be the same person. Compare them and merge the ones that are.</source>
        <translation>
            <numerusform>%n Paar von Kontakten ist vielleicht dieselbe Person. Vergleichen Sie sie und führen Sie zusammen, was zusammengehört.</numerusform>
            <numerusform>%n Paare von Kontakten sind vielleicht dieselbe Person. Vergleichen Sie sie und führen Sie zusammen, was zusammengehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Keine Duplikate gefunden.</translation>
    </message>
    <message>
        <source>These two could not be merged: {0}</source>
        <translation>Diese beiden konnten nicht zusammengeführt werden: {0}</translation>
    </message>
</context>
<context>
    <name>EnvelopeTableModel</name>
    <message>
        <source>Addressee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card from them</source>
        <translation>Karte von ihnen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verschickt</translation>
    </message>
    <message>
        <source>returned undeliverable</source>
        <translation>unzustellbar zurück</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>(no postal address)</source>
        <translation>(keine Postanschrift)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase Personal Data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase {0} for good?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Everything Hearth stores about this person is removed at once, not moved to the trash, and cannot be undone. Export their data first if they asked for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0} endgültig löschen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alles, was Hearth über diese Person speichert, wird sofort entfernt, nicht in den Papierkorb verschoben, und kann nicht rückgängig gemacht werden. Exportieren Sie die Daten vorher, falls die Person Auskunft verlangt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Telefonnummern:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation>E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Postal addresses:</source>
        <translation>Postanschriften:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagworte:</translation>
    </message>
    <message>
        <source>Conversations only with them:</source>
        <translation>Gespräche nur mit der Person:</translation>
    </message>
    <message>
        <source>Conversations shared with others:</source>
        <translation>Gespräche auch mit anderen:</translation>
    </message>
    <message numerus="yes">
        <source>%n kept without them and their name</source>
        <translation>
            <numerusform>%n, bleibt ohne die Person und ihren Namen erhalten</numerusform>
            <numerusform>%n, bleiben ohne die Person und ihren Namen erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Greeting-card entries:</source>
        <translation>Einträge in Kartenaktionen:</translation>
    </message>
    <message>
        <source>Cards received from them:</source>
        <translation>Von der Person erhaltene Karten:</translation>
    </message>
    <message>
        <source>Contacts they referred:</source>
        <translation>Von der Person empfohlene Kontakte:</translation>
    </message>
    <message numerus="yes">
        <source>%n kept, marked “referred by: erased contact”</source>
        <translation>
            <numerusform>%n, bleibt erhalten, vermerkt als „Empfohlen von: gelöschter Kontakt“</numerusform>
            <numerusform>%n, bleiben erhalten, vermerkt als „Empfohlen von: gelöschter Kontakt“</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies in an unfinished import:</source>
        <translation>Kopien in einem nicht abgeschlossenen Import:</translation>
    </message>
    <message>
        <source>Backups that hold them:</source>
        <translation>Sicherungen, die die Person enthalten:</translation>
    </message>
    <message numerus="yes">
        <source>Also erase them from the backups that hold them (%n)</source>
        <translation>
            <numerusform>Die Person auch aus der Sicherung löschen, die sie enthält (%n)</numerusform>
            <numerusform>Die Person auch aus den Sicherungen löschen, die sie enthalten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups left as they are still hold the person until newer backups replace them (the newest %n daily backups are kept; copies taken before a schema update stay until you delete them).</source>
        <translation>
            <numerusform>Unveränderte Sicherungen enthalten die Person weiterhin, bis neuere Sicherungen sie ersetzen (aufbewahrt wird %n tägliche Sicherung, die neueste; Kopien von vor einer Schema-Aktualisierung bleiben, bis Sie sie löschen).</numerusform>
            <numerusform>Unveränderte Sicherungen enthalten die Person weiterhin, bis neuere Sicherungen sie ersetzen (die neuesten %n täglichen Sicherungen werden aufbewahrt; Kopien von vor einer Schema-Aktualisierung bleiben, bis Sie sie löschen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export vCards</source>
        <translation>vCards exportieren</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Welche Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected contacts (%n)</source>
        <translation>
            <numerusform>Der &amp;gewählte Kontakt (%n)</numerusform>
            <numerusform>Die &amp;gewählten Kontakte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the current &amp;search</source>
        <translation>Die zur aktuellen &amp;Suche passenden</translation>
    </message>
    <message>
        <source>Those matching the current &amp;search “{0}” ({1})</source>
        <translation>Die zur aktuellen &amp;Suche „{0}“ passenden ({1})</translation>
    </message>
    <message>
        <source>Those &amp;tagged</source>
        <translation>Die mit dem &amp;Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Every contact (%n)</source>
        <translation>
            <numerusform>&amp;Jeder Kontakt (%n)</numerusform>
            <numerusform>&amp;Alle Kontakte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>One .vcf file with every card</source>
        <translation>Eine .vcf-Datei mit allen Karten</translation>
    </message>
    <message>
        <source>One file per contact, in a folder</source>
        <translation>Eine Datei pro Kontakt, in einem Ordner</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <source>vCard 3.0 — read by nearly everything</source>
        <translation>vCard 3.0 — liest fast jedes Programm</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Include &amp;photos</source>
        <translation>&amp;Fotos einschließen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export into this folder</source>
        <translation>In diesen Ordner exportieren</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>kontakte.vcf</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>No contacts to export.</source>
        <translation>Keine Kontakte zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contact(s)…</source>
        <translation>
            <numerusform>%n Kontakt wird geschrieben…</numerusform>
            <numerusform>%n Kontakte werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was exported: {0} could not be written ({1}).</source>
        <translation>Nichts wurde exportiert: {0} konnte nicht geschrieben werden ({1}).</translation>
    </message>
</context>
<context>
    <name>HouseholdsPanel</name>
    <message>
        <source>&amp;Families at one private address</source>
        <translation>&amp;Familien an einer Privatadresse</translation>
    </message>
    <message>
        <source>One envelope per &amp;company</source>
        <translation>Ein Umschlag je &amp;Firma</translation>
    </message>
    <message>
        <source>Accept &amp;Selected</source>
        <translation>&amp;Gewählte übernehmen</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>&amp;Alle übernehmen</translation>
    </message>
    <message>
        <source>A firm and its people at the firm&apos;s address: one envelope for each company?</source>
        <translation>Eine Firma und ihre Leute an der Firmenadresse: ein Umschlag je Firma?</translation>
    </message>
    <message>
        <source>The same family at the same private address: one envelope for each household?</source>
        <translation>Dieselbe Familie an derselben Privatadresse: ein Umschlag je Haushalt?</translation>
    </message>
</context>
<context>
    <name>ImportChoosePage</name>
    <message>
        <source>&lt;p&gt;Bring in the contacts your phone, Outlook, Apple Contacts, Gmail or Thunderbird exported as vCards (.vcf).&lt;/p&gt;&lt;p&gt;Drop the files or a folder here, or choose them. You will see every card before anything is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Übernehmen Sie die Kontakte, die Ihr Telefon, Outlook, Apple Kontakte, Gmail oder Thunderbird als vCards (.vcf) exportiert hat.&lt;/p&gt;&lt;p&gt;Legen Sie die Dateien oder einen Ordner hier ab oder wählen Sie sie aus. Sie sehen jede Karte, bevor etwas gespeichert wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>&amp;Dateien wählen…</translation>
    </message>
    <message>
        <source>Choose a F&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import vCards</source>
        <translation>vCards importieren</translation>
    </message>
    <message>
        <source>&amp;Show Imported Contacts</source>
        <translation>Importierte Kontakte &amp;zeigen</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of vCards</source>
        <translation>Einen Ordner mit vCards importieren</translation>
    </message>
    <message>
        <source>There are no .vcf files in {0}.</source>
        <translation>In {0} gibt es keine .vcf-Dateien.</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Die Karten werden gelesen…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>Das Lesen wurde abgebrochen. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The files could not be read: {0}</source>
        <translation>Die Dateien konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Storing the contacts…</source>
        <translation>Die Kontakte werden gespeichert…</translation>
    </message>
    <message>
        <source>The import was cancelled. The address book is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Das Adressbuch ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed; the address book is unchanged.</source>
        <translation>Der Import ist fehlgeschlagen; das Adressbuch ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {0}</source>
        <translation>Der Import ist fehlgeschlagen, nichts wurde geändert: {0}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Found as</source>
        <translation>Gefunden als</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>card {0} of this import ({1}, {2})</source>
        <translation>Karte {0} dieses Imports ({1}, {2})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <source>{0}, card {1}, line {2}</source>
        <translation>{0}, Karte {1}, Zeile {2}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Cards to import</source>
        <translation>Zu importierende Karten</translation>
    </message>
    <message>
        <source>For the selected cards:</source>
        <translation>Für die gewählten Karten:</translation>
    </message>
    <message>
        <source>Set &amp;Action</source>
        <translation>&amp;Aktion setzen</translation>
    </message>
    <message>
        <source>Problems found while reading</source>
        <translation>Beim Lesen gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found while reading (unreadable cards are skipped; repaired ones are imported):</source>
        <translation>
            <numerusform>%n Problem beim Lesen gefunden (unlesbare Karten werden übersprungen, reparierte importiert):</numerusform>
            <numerusform>%n Probleme beim Lesen gefunden (unlesbare Karten werden übersprungen, reparierte importiert):</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; in {1}: {2} new, {3} already in the address book (same UID), {4} possible duplicates, {5} unreadable. Change what happens to a card in its &lt;i&gt;Action&lt;/i&gt; column.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; in {1}: {2} neu, {3} schon im Adressbuch (gleiche UID), {4} mögliche Duplikate, {5} unlesbar. Was mit einer Karte geschieht, ändern Sie in ihrer Spalte &lt;i&gt;Aktion&lt;/i&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n card(s)</source>
        <translation>
            <numerusform>%n Karte &amp;importieren</numerusform>
            <numerusform>%n Karten &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;&lt;br&gt;Created: {0}&lt;br&gt;Updated: {1}&lt;br&gt;Merged: {2}&lt;br&gt;Skipped: {3}</source>
        <translation>&lt;b&gt;Import abgeschlossen.&lt;/b&gt;&lt;br&gt;Neu angelegt: {0}&lt;br&gt;Aktualisiert: {1}&lt;br&gt;Zusammengeführt: {2}&lt;br&gt;Übersprungen: {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the cards:</source>
        <translation>
            <numerusform>%n Hinweis zu den Karten:</numerusform>
            <numerusform>%n Hinweise zu den Karten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>LastYearPanel</name>
    <message>
        <source>Add Selected to This &amp;Run</source>
        <translation>Gewählte zu dieser Kartenaktion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>There is no earlier run to compare with; cards sent and received are those of this run.</source>
        <translation>Es gibt keine frühere Kartenaktion zum Vergleich; verschickte und erhaltene Karten sind die dieser Aktion.</translation>
    </message>
    <message>
        <source>Compared with {0}.</source>
        <translation>Verglichen mit {0}.</translation>
    </message>
    <message>
        <source>New this year</source>
        <translation>Neu in diesem Jahr</translation>
    </message>
    <message>
        <source>Dropped since last year</source>
        <translation>Seit letztem Jahr weggefallen</translation>
    </message>
    <message>
        <source>Sent a card to them, none back</source>
        <translation>Karte an sie verschickt, keine zurück</translation>
    </message>
    <message>
        <source>Card from them, none sent</source>
        <translation>Karte von ihnen, keine verschickt</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Edit conversation</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>Log conversation</source>
        <translation>Gespräch erfassen</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Add someone else who took part</source>
        <translation>Weitere Beteiligte hinzufügen</translation>
    </message>
    <message>
        <source>Also with</source>
        <translation>Außerdem mit</translation>
    </message>
    <message>
        <source>We reached out</source>
        <translation>Wir haben uns gemeldet</translation>
    </message>
    <message>
        <source>They reached out</source>
        <translation>Sie haben sich gemeldet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Worum es ging</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>e.g. offer requested</source>
        <translation>z. B. Angebot angefordert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Erinnern am</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>How we met is still empty for this contact</source>
        <translation>„Wie wir uns kennen“ ist für diesen Kontakt noch leer</translation>
    </message>
    <message>
        <source>How did we meet?</source>
        <translation>Wie haben wir uns kennengelernt?</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New &amp;Person</source>
        <translation>Neue &amp;Person</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;Organisation</source>
        <translation>Neue &amp;Firma</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Eine Firma hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>vCards &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <source>&amp;Export vCards…</source>
        <translation>vCards &amp;exportieren…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate finden…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>Kontakt &amp;speichern</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash</source>
        <translation>Die gewählten Kontakte in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>&amp;Papierkorb zeigen</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Ü&amp;ber Hearth</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>E&amp;xport Personal Data…</source>
        <translation>Personenbezogene Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Erase Personal &amp;Data…</source>
        <translation>Personenbezogene &amp;Daten löschen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search names, companies, e-mail, phone, city, notes, tags  (Ctrl+F)</source>
        <translation>Namen, Firmen, E-Mail, Telefon, Ort, Notizen, Schlagworte suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The contact could not be saved. Quit anyway and lose the changes?</source>
        <translation>Der Kontakt konnte nicht gespeichert werden. Trotzdem beenden und die Änderungen verlieren?</translation>
    </message>
    <message numerus="yes">
        <source>Counting the matches among %n contact(s)…</source>
        <translation>
            <numerusform>Treffer unter %n Kontakt werden gezählt …</numerusform>
            <numerusform>Treffer unter %n Kontakten werden gezählt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the trash</source>
        <translation>
            <numerusform>%n Kontakt im Papierkorb</numerusform>
            <numerusform>%n Kontakte im Papierkorb</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n contact(s) shown</source>
        <translation>
            <numerusform>{0} von %n Kontakt angezeigt</numerusform>
            <numerusform>{0} von %n Kontakten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Trash&lt;/b&gt; — select contacts and choose Restore (Ctrl+Shift+R), or empty the trash</source>
        <translation>&lt;b&gt;Papierkorb&lt;/b&gt; — Kontakte wählen und Wiederherstellen (Strg+Umschalt+R) wählen, oder den Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschoben — Strg+Z macht es rückgängig</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschoben — Strg+Z macht es rückgängig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt wiederhergestellt</numerusform>
            <numerusform>%n Kontakte wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) in the trash for good? A backup of the address book is written first.</source>
        <translation>
            <numerusform>%n Kontakt im Papierkorb endgültig löschen? Vorher wird das Adressbuch gesichert.</numerusform>
            <numerusform>%n Kontakte im Papierkorb endgültig löschen? Vorher wird das Adressbuch gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash was not emptied: {0}</source>
        <translation>Der Papierkorb wurde nicht geleert: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation>
            <numerusform>%n Kontakt endgültig gelöscht</numerusform>
            <numerusform>%n Kontakte endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hearth {0}&lt;/b&gt;&lt;p&gt;An address book that keeps your contacts warm.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hearth {0}&lt;/b&gt;&lt;p&gt;Ein Adressbuch, das Ihre Kontakte warm hält.&lt;/p&gt;&lt;p&gt;Datenbank: {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPreviewModel</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>What the column “{0}” feeds</source>
        <translation>Wohin die Spalte „{0}“ übernommen wird</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
</context>
<context>
    <name>MarkSentQuestion</name>
    <message>
        <source>Mark Sent</source>
        <translation>Als versandt markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n selected recipient(s) without a postal address: no card can have gone out to them.</source>
        <translation>
            <numerusform>%n ausgewählter Empfänger ohne Postanschrift: an ihn kann keine Karte gegangen sein.</numerusform>
            <numerusform>%n ausgewählte Empfänger ohne Postanschrift: an sie kann keine Karte gegangen sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected recipient(s) with an address still planned: no label or envelope was printed for them.</source>
        <translation>
            <numerusform>%n ausgewählter Empfänger mit Anschrift ist noch geplant: für ihn wurde kein Etikett und kein Umschlag gedruckt.</numerusform>
            <numerusform>%n ausgewählte Empfänger mit Anschrift sind noch geplant: für sie wurde kein Etikett und kein Umschlag gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n with an Address</source>
        <translation>
            <numerusform>Den %n mit Anschrift markieren</numerusform>
            <numerusform>Die %n mit Anschrift markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark All %n</source>
        <translation>
            <numerusform>Alle %n markieren</numerusform>
            <numerusform>Alle %n markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewRunWizard</name>
    <message>
        <source>New Card Run</source>
        <translation>Neue Kartenaktion</translation>
    </message>
    <message>
        <source>&amp;Create Run</source>
        <translation>Kartenaktion &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>OccasionPage</name>
    <message>
        <source>Which mailing?</source>
        <translation>Welche Aussendung?</translation>
    </message>
    <message>
        <source>A run is one mailing: an occasion in a year.</source>
        <translation>Eine Kartenaktion ist eine Aussendung: ein Anlass in einem Jahr.</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>Weihnachten</translation>
    </message>
    <message>
        <source>New Year</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>Easter</source>
        <translation>Ostern</translation>
    </message>
    <message>
        <source>Choose one, or type your own occasion</source>
        <translation>Einen wählen oder einen eigenen Anlass eingeben</translation>
    </message>
    <message>
        <source>optional, e.g. Christmas 2026 customers</source>
        <translation>optional, z. B. Weihnachten 2026 Kunden</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Home country for phone numbers</source>
        <translation>Heimatland für Telefonnummern</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as numbers of the contact&apos;s own country (from the address), else of this one.</source>
        <translation>Nummern ohne Ländervorwahl gelten als Nummern im Land des Kontakts (aus der Adresse), sonst in diesem.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when Hearth is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Hearth.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print Labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <source>Print Envelopes</source>
        <translation>Umschläge drucken</translation>
    </message>
    <message>
        <source>Print Address List</source>
        <translation>Adressliste drucken</translation>
    </message>
    <message>
        <source>Draw label outlines (for a test print on plain paper)</source>
        <translation>Etikettenränder zeichnen (für einen Probedruck auf Normalpapier)</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Eigene Größe…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Bogen:</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Beginnen bei &amp;Etikett:</translation>
    </message>
    <message>
        <source>Envelope &amp;size:</source>
        <translation>Umschlag&amp;format:</translation>
    </message>
    <message>
        <source>The address is printed where a window envelope shows it (DIN 5008), with your sender line above it.</source>
        <translation>Die Adresse wird dort gedruckt, wo ein Fensterumschlag sie zeigt (DIN 5008), mit Ihrer Absenderzeile darüber.</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) left out: no postal address (see the run&apos;s Problems).</source>
        <translation>
            <numerusform>%n Umschlag ausgelassen: keine Postanschrift (siehe Probleme der Kartenaktion).</numerusform>
            <numerusform>%n Umschläge ausgelassen: keine Postanschrift (siehe Probleme der Kartenaktion).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Choose a sheet, or enter a custom size.</source>
        <translation>Einen Bogen wählen oder eine eigene Größe eingeben.</translation>
    </message>
    <message>
        <source>Custom label size</source>
        <translation>Eigene Etikettengröße</translation>
    </message>
    <message>
        <source>Columns x rows : label width x height [: left, top margin] in mm, e.g. 3x8:70x36:0,4.5</source>
        <translation>Spalten x Zeilen : Etikettenbreite x -höhe [: linker, oberer Rand] in mm, z. B. 3x8:70x36:0,4.5</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n Etikett</numerusform>
            <numerusform>%n Etiketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n Bogen</numerusform>
            <numerusform>%n Bögen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n Umschlag</numerusform>
            <numerusform>%n Umschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) listed</source>
        <translation>
            <numerusform>%n Umschlag aufgeführt</numerusform>
            <numerusform>%n Umschläge aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a label sheet first.</source>
        <translation>Bitte zuerst einen Etikettenbogen wählen.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}: {1}</source>
        <translation>Das PDF konnte nicht nach {0} geschrieben werden: {1}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RemovedRowBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Removed “{0}”.</source>
        <translation>„{0}“ entfernt.</translation>
    </message>
</context>
<context>
    <name>RunOutputs</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>No recipient of this run has a postal address.</source>
        <translation>Kein Empfänger dieser Kartenaktion hat eine Postanschrift.</translation>
    </message>
    <message>
        <source>Salutation: {0}</source>
        <translation>Anrede: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
</context>
<context>
    <name>RunProblemsPanel</name>
    <message>
        <source>Double-click a problem to open the contact and fix it.</source>
        <translation>Doppelklick auf ein Problem öffnet den Kontakt zum Beheben.</translation>
    </message>
    <message>
        <source>Double-click to open {0}</source>
        <translation>Doppelklick öffnet {0}</translation>
    </message>
</context>
<context>
    <name>SampleContacts</name>
    <message>
        <source>Adding sample contacts…</source>
        <translation>Beispielkontakte werden angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Gespeichert unter {0}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>SenderForm</name>
    <message>
        <source>Two-letter country code, e.g. DE: addresses in this country get no country line</source>
        <translation>Zweistelliger Ländercode, z. B. DE: Adressen in diesem Land bekommen keine Länderzeile</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Postal code, &amp;town:</source>
        <translation>Postleitzahl, &amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who sends the cards?</source>
        <translation>Wer verschickt die Karten?</translation>
    </message>
    <message>
        <source>The sender line goes above the address on envelopes; the country decides which addresses are abroad.</source>
        <translation>Die Absenderzeile steht auf Umschlägen über der Adresse; das Land entscheidet, welche Adressen im Ausland sind.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Click the first free label</source>
        <translation>Auf das erste freie Etikett klicken</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Close a secondary window (Today, briefing, card run, …)</source>
        <translation>Ein Nebenfenster schließen (Heute, Briefing, Kartenaktion, …)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} oder {1}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Who gets a card?</source>
        <translation>Wer bekommt eine Karte?</translation>
    </message>
    <message>
        <source>Choose any number of sources; they add up. Contacts marked “no cards” and contacts in the trash are left out. You can add and remove recipients by hand afterwards.</source>
        <translation>Wählen Sie beliebig viele Quellen; sie addieren sich. Kontakte mit „keine Karten“ und Kontakte im Papierkorb bleiben außen vor. Empfänger können Sie danach von Hand hinzufügen und entfernen.</translation>
    </message>
    <message>
        <source>Copy the recipients of an earlier &amp;run:</source>
        <translation>Die Empfänger einer früheren &amp;Kartenaktion übernehmen:</translation>
    </message>
    <message>
        <source>{0} ({1} recipients)</source>
        <translation>{0} ({1} Empfänger)</translation>
    </message>
    <message>
        <source>Contacts with the &amp;yearly-card flag</source>
        <translation>Kontakte mit der &amp;jährlichen Karte</translation>
    </message>
    <message>
        <source>Contacts with the &amp;tag:</source>
        <translation>Kontakte mit dem &amp;Schlagwort:</translation>
    </message>
    <message>
        <source>Contacts matching the &amp;search:</source>
        <translation>Kontakte, die zur &amp;Suche passen:</translation>
    </message>
    <message>
        <source>Contacts who are &amp;warm or hot now</source>
        <translation>Kontakte, die jetzt &amp;warm oder heiß sind</translation>
    </message>
    <message>
        <source>Temperatures are not available yet.</source>
        <translation>Temperaturen sind noch nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>About %n recipient(s) from these sources.</source>
        <translation>
            <numerusform>Etwa %n Empfänger aus diesen Quellen.</numerusform>
            <numerusform>Etwa %n Empfänger aus diesen Quellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>You can open another address book file, or quit.</source>
        <translation>Sie können eine andere Adressbuchdatei öffnen oder beenden.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Open or create an address book</source>
        <translation>Ein Adressbuch öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Hearth database (*.db)</source>
        <translation>Hearth-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written. {0}</source>
        <translation>Die heutige Sicherung konnte nicht geschrieben werden. {0}</translation>
    </message>
    <message>
        <source>Password for {0}:</source>
        <translation>Passwort für {0}:</translation>
    </message>
    <message>
        <source>You can open the address book file on this computer, or quit.</source>
        <translation>Sie können die Adressbuchdatei auf diesem Computer öffnen oder Hearth beenden.</translation>
    </message>
    <message>
        <source>Open the File Instead</source>
        <translation>Stattdessen die Datei öffnen</translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <source>Changed in Hearth and on the Server</source>
        <translation>In Hearth und auf dem Server geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; was changed both in Hearth and on the server of {1} since the last sync. Changes that do not clash have been merged. These fields were changed on both sides: choose what to keep.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; wurde seit dem letzten Synchronisieren sowohl in Hearth als auch auf dem Server von {1} geändert. Änderungen ohne Widerspruch wurden zusammengeführt. Diese Felder wurden auf beiden Seiten geändert: wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <source>In Hearth</source>
        <translation>In Hearth</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Keep Hearth&apos;s</source>
        <translation>Die aus Hearth behalten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Die vom Server behalten</translation>
    </message>
    <message>
        <source>Change nothing now; you are asked again after the next sync</source>
        <translation>Jetzt nichts ändern; Sie werden nach dem nächsten Synchronisieren erneut gefragt</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;Sync Now</source>
        <extracomment>Minutes between syncs while the window is open (the setting &quot;sync_minutes&quot;).</extracomment>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Exchange changes with the CardDAV accounts</source>
        <translation>Änderungen mit den CardDAV-Konten austauschen</translation>
    </message>
    <message>
        <source>Sync &amp;Accounts…</source>
        <translation>Synchronisierungs&amp;konten…</translation>
    </message>
    <message>
        <source>Sync waits for the password: press F5.</source>
        <translation>Das Synchronisieren wartet auf das Passwort: Drücken Sie F5.</translation>
    </message>
    <message>
        <source>Synchronising contacts…</source>
        <translation>Kontakte werden synchronisiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Sync Password</source>
        <translation>Passwort für das Synchronisieren</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>Passwort des Benutzers {0} für {1}:</translation>
    </message>
    <message>
        <source>{0} Not synchronised: {1}</source>
        <translation>{0} Nicht synchronisiert: {1}</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one picks up from there.</source>
        <translation>Synchronisieren abgebrochen; beim nächsten Mal geht es dort weiter.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync failed {0}: {1}</source>
        <translation>Synchronisierung fehlgeschlagen ({0}): {1}</translation>
    </message>
    <message>
        <source>Synchronised {0}: {1} received, {2} sent, {3} deleted, {4} to choose, {5} failed</source>
        <translation>Synchronisiert {0}: {1} empfangen, {2} gesendet, {3} gelöscht, {4} zu entscheiden, {5} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Synchronised {0}: {1} received, {2} sent</source>
        <translation>Synchronisiert {0}: {1} empfangen, {2} gesendet</translation>
    </message>
    <message>
        <source>Synchronised {0}: {1} received, {2} sent, {3} deleted, {4} to choose</source>
        <translation>Synchronisiert {0}: {1} empfangen, {2} gesendet, {3} gelöscht, {4} zu entscheiden</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <source>Field for the column {0}</source>
        <translation>Feld für die Spalte {0}</translation>
    </message>
</context>
<context>
    <name>TemperatureSettingsDialog</name>
    <message>
        <source>Temperature settings</source>
        <translation>Temperatur-Einstellungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>After this many days a conversation counts half</source>
        <translation>Nach so vielen Tagen zählt ein Gespräch nur noch halb</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Halbwertszeit</translation>
    </message>
    <message>
        <source>Two conversations within … make hot</source>
        <translation>Zwei Gespräche innerhalb von … machen heiß</translation>
    </message>
    <message>
        <source>What a conversation adds</source>
        <translation>Was ein Gespräch beiträgt</translation>
    </message>
    <message>
        <source>Bands (score from 0 to 100)</source>
        <translation>Temperaturstufen (Wert von 0 bis 100)</translation>
    </message>
    <message>
        <source>from </source>
        <translation>ab </translation>
    </message>
    <message>
        <source>Keep in touch, by tag (days; 0 = no default)</source>
        <translation>Kontakt halten, nach Schlagwort (Tage; 0 = keine Vorgabe)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Every … days</source>
        <translation>Alle … Tage</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>we reached out</source>
        <translation>wir haben uns gemeldet</translation>
    </message>
    <message>
        <source>they reached out</source>
        <translation>sie haben sich gemeldet</translation>
    </message>
    <message>
        <source>logged by {0}</source>
        <translation>erfasst von {0}</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Ergebnis: {0}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Follow-up {0} ({1})</source>
        <translation>Wiedervorlage {0} ({1})</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Worum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Log conversation…</source>
        <translation>Gespräch erfassen…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <source>Today — looking through your contacts…</source>
        <translation>Heute — Ihre Kontakte werden durchgesehen…</translation>
    </message>
    <message>
        <source>Today could not be gathered</source>
        <translation>„Heute“ konnte nicht zusammengestellt werden</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Heute, {0}</translation>
    </message>
    <message>
        <source> (showing the first {0})</source>
        <translation> (die ersten {0} angezeigt)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>{0} days overdue</source>
        <translation>{0} Tage überfällig</translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation>Kühlen ab</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Geburtstage in den nächsten 14 Tagen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name in the log</source>
        <translation>Ihr Name im Gesprächsprotokoll</translation>
    </message>
    <message>
        <source>Each conversation records who logged it, so that colleagues reading a briefing know whom to ask. Which name should the conversations logged on this computer carry?</source>
        <translation>Jedes Gespräch hält fest, wer es erfasst hat, damit Kollegen beim Lesen eines Briefings wissen, wen sie fragen können. Welchen Namen sollen die auf diesem Computer erfassten Gespräche tragen?</translation>
    </message>
    <message>
        <source>The name the conversations you log on this computer carry. Conversations logged before keep the name they have.</source>
        <translation>Der Name, den die auf diesem Computer erfassten Gespräche tragen. Früher erfasste Gespräche behalten ihren Namen.</translation>
    </message>
    <message>
        <source>e.g. Anna Schmidt</source>
        <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
        <source>Kept on this computer only. Leave it empty to log without a name.</source>
        <translation>Wird nur auf diesem Computer gespeichert. Leer lassen, um ohne Namen zu erfassen.</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Not a recognised phone number; kept as typed.</source>
        <translation>Keine erkannte Telefonnummer; so übernommen, wie eingegeben.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <source>Your address book is empty. Bring in the contacts you have, start typing them in, or look around with sample data first.</source>
        <translation>Ihr Adressbuch ist leer. Übernehmen Sie Ihre vorhandenen Kontakte, tippen Sie sie ein oder sehen Sie sich zuerst mit Beispieldaten um.</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>vCards importieren…</translation>
    </message>
    <message>
        <source>Import from Outlook, Excel or CSV…</source>
        <translation>Aus Outlook, Excel oder CSV importieren…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the address book</source>
        <translation>das Adressbuch</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}); the details were written to the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({0}); die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Move conversation “{0}” to the trash</source>
        <translation>Gespräch „{0}“ in den Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Log conversation</source>
        <translation>Gespräch erfassen</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Bitte zuerst einen Kontakt in der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Log conversation</source>
        <translation>Gespräch erfassen</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Bitte zuerst einen Kontakt in der Liste wählen.</translation>
    </message>
    <message>
        <source>Temperatures recomputed</source>
        <translation>Temperaturen neu berechnet</translation>
    </message>
    <message>
        <source>Temperature settings</source>
        <translation>Temperatur-Einstellungen</translation>
    </message>
    <message>
        <source>Recomputing temperatures… {0} %</source>
        <translation>Temperaturen werden neu berechnet … {0} %</translation>
    </message>
    <message>
        <source>Recomputing temperatures…</source>
        <translation>Temperaturen werden neu berechnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>Folder for the personal data</source>
        <translation>Ordner für die personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Personenbezogene Daten werden exportiert…</translation>
    </message>
    <message>
        <source>Personal data written to {0}</source>
        <translation>Personenbezogene Daten geschrieben nach {0}</translation>
    </message>
    <message>
        <source>The personal data could not be written: {0}</source>
        <translation>Die personenbezogenen Daten konnten nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Personenbezogene Daten werden gelöscht…</translation>
    </message>
    <message>
        <source>Erased for good (erasure log {0})</source>
        <translation>Endgültig gelöscht (Löschprotokoll {0})</translation>
    </message>
    <message numerus="yes">
        <source>Erased for good (erasure log {0}); still in %n backup(s): {1}</source>
        <translation>
            <numerusform>Endgültig gelöscht (Löschprotokoll {0}); noch in %n Sicherung: {1}</numerusform>
            <numerusform>Endgültig gelöscht (Löschprotokoll {0}); noch in %n Sicherungen: {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased for good; backups not done yet were left as they are</source>
        <translation>Endgültig gelöscht; noch nicht bearbeitete Sicherungen blieben unverändert</translation>
    </message>
    <message>
        <source>The contact was not erased: {0}</source>
        <translation>Der Kontakt wurde nicht gelöscht: {0}</translation>
    </message>
</context>
<context>
    <name>temperature</name>
    <message>
        <source>hot</source>
        <translation>heiß</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>cool</source>
        <translation>kühl</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Greeting card</source>
        <translation>Grußkarte</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note (not a conversation)</source>
        <translation>Notiz (kein Gespräch)</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(leer lassen)</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Cold list</source>
        <translation>Kaltakquise-Liste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>Card Runs</source>
        <translation>Kartenaktionen</translation>
    </message>
    <message>
        <source>There are no card runs yet: start one with Cards › New Card Run.</source>
        <translation>Es gibt noch keine Kartenaktionen: beginnen Sie eine mit Karten › Neue Kartenaktion.</translation>
    </message>
    <message>
        <source>{0} — {1} recipients</source>
        <translation>{0} — {1} Empfänger</translation>
    </message>
    <message>
        <source>Open Card Run</source>
        <translation>Kartenaktion öffnen</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Kartenaktion:</translation>
    </message>
    <message>
        <source>&amp;New Card Run…</source>
        <translation>&amp;Neue Kartenaktion…</translation>
    </message>
    <message>
        <source>&amp;Open Card Run…</source>
        <translation>Kartenaktion ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>That contact is in the trash: open View › Show Trash to restore it.</source>
        <translation>Dieser Kontakt ist im Papierkorb: öffnen Sie Ansicht › Papierkorb zeigen, um ihn wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to the trash</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschieben</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt wiederherstellen</numerusform>
            <numerusform>%n Kontakte wiederherstellen</numerusform>
        </translation>
    </message>
</context>
</TS>
