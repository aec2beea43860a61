<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="142"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="150"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="152"/>
        <source>Register copies (*.db);;All files (*)</source>
        <translation>Register copies (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="165"/>
        <source>Restored from %1; the replaced register is kept as %2</source>
        <translation>Restored from %1; the replaced register is kept as %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="49"/>
        <source>Places &amp; bookings</source>
        <translation>Places &amp; bookings</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="53"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="60"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="189"/>
        <source>&amp;Import a legacy journal…</source>
        <translation>&amp;Import a legacy journal…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="190"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="191"/>
        <source>R&amp;estore from a backup…</source>
        <translation>R&amp;estore from a backup…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="195"/>
        <source>single-clerk mode: no user accounts, %1 may do everything</source>
        <translation>single-clerk mode: no user accounts, %1 may do everything</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="202"/>
        <source>logged in: %1 (%2)</source>
        <translation>logged in: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="45"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="46"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="47"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="48"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="49"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="78"/>
        <source>The history of this register could not be checked, so a change made outside the application would go unnoticed: %1</source>
        <translation>The history of this register could not be checked, so a change made outside the application would go unnoticed: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="216"/>
        <source>Today&apos;s automatic backup was not made: %1 Make a copy with File &gt; Back up now.</source>
        <translation>Today&apos;s automatic backup was not made: %1 Make a copy with File &gt; Back up now.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="69"/>
        <source>The history of this register was changed outside the application: %1 Work can go on; tell the administrator, who compares it with the last good backup.</source>
        <translation>The history of this register was changed outside the application: %1 Work can go on; tell the administrator, who compares it with the last good backup.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="99"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="111"/>
        <source>Copying and verifying the register…</source>
        <translation>Copying and verifying the register…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="120"/>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="208"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="126"/>
        <source>Backup saved and verified (integrity ok, history intact): %1</source>
        <translation>Backup saved and verified (integrity ok, history intact): %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="130"/>
        <source>Older copies removed by the retention rule: %1</source>
        <translation>Older copies removed by the retention rule: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="150"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="151"/>
        <source>Replace the whole register with the copy %1? What it holds now is kept as a &apos;before-restore&apos; copy in the backups folder.</source>
        <translation>Replace the whole register with the copy %1? What it holds now is kept as a &apos;before-restore&apos; copy in the backups folder.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="162"/>
        <source>Verifying the copy and restoring…</source>
        <translation>Verifying the copy and restoring…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="180"/>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="197"/>
        <source>Making the automatic backup before closing…</source>
        <translation>Making the automatic backup before closing…</translation>
    </message>
</context>
<context>
    <name>BackupPolicyBox</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="277"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="289"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="298"/>
        <source>Backups (verified copies of the register)</source>
        <translation>Backups (verified copies of the register)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="299"/>
        <source>Backup &amp;folder (a USB disk or a network share):</source>
        <translation>Backup &amp;folder (a USB disk or a network share):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="301"/>
        <source>Copies to &amp;keep:</source>
        <translation>Copies to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="303"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="304"/>
        <source>A copy every day (at start, when the last one is a day old)</source>
        <translation>A copy every day (at start, when the last one is a day old)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="305"/>
        <source>A copy when the window closes</source>
        <translation>A copy when the window closes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="306"/>
        <source>Save backup settings</source>
        <translation>Save backup settings</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="27"/>
        <source>copying and verifying the register</source>
        <translation>copying and verifying the register</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="28"/>
        <source>restoring the register from a backup</source>
        <translation>restoring the register from a backup</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="29"/>
        <source>checking the history chains</source>
        <translation>checking the history chains</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="30"/>
        <source>computing the statistics</source>
        <translation>computing the statistics</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="31"/>
        <source>exporting</source>
        <translation>exporting</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="32"/>
        <source>importing the journal</source>
        <translation>importing the journal</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="33"/>
        <source>preparing the letter</source>
        <translation>preparing the letter</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="34"/>
        <source>reading the scan</source>
        <translation>reading the scan</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="35"/>
        <source>consolidating the reports</source>
        <translation>consolidating the reports</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="36"/>
        <source>signing</source>
        <translation>signing</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="37"/>
        <source>verifying the signature</source>
        <translation>verifying the signature</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="44"/>
        <source>Working: %1…</source>
        <translation>Working: %1…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="45"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="108"/>
        <source>✔ The calendar of %1 is confirmed.</source>
        <translation>✔ The calendar of %1 is confirmed.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="113"/>
        <source>⚠ The calendar of %1 is NOT confirmed: deadlines in %1 are counted on the days known so far and shown as such.</source>
        <translation>⚠ The calendar of %1 is NOT confirmed: deadlines in %1 are counted on the days known so far and shown as such.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="120"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="120"/>
        <source>confirmation withdrawn</source>
        <translation>confirmation withdrawn</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="138"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="140"/>
        <source>Deadlines moved by this change: %1 (see Today).</source>
        <translation>Deadlines moved by this change: %1 (see Today).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="153"/>
        <source>Confirm a year once its transfers of days off and the day of Kurban Ait are published. Until then the register warns that the year&apos;s deadlines may move.</source>
        <translation>Confirm a year once its transfers of days off and the day of Kurban Ait are published. Until then the register warns that the year&apos;s deadlines may move.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="156"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="157"/>
        <source>Days off on weekdays:</source>
        <translation>Days off on weekdays:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="158"/>
        <source>Working Saturdays and Sundays:</source>
        <translation>Working Saturdays and Sundays:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="159"/>
        <source>Confirmations:</source>
        <translation>Confirmations:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="160"/>
        <source>&amp;Act (order, decision; optional):</source>
        <translation>&amp;Act (order, decision; optional):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="161"/>
        <source>Order of the Ministry of Labour No. … of …</source>
        <translation>Order of the Ministry of Labour No. … of …</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="162"/>
        <source>&amp;Confirm the year</source>
        <translation>&amp;Confirm the year</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="163"/>
        <source>&amp;Withdraw the confirmation</source>
        <translation>&amp;Withdraw the confirmation</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="22"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="22"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="27"/>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="28"/>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="29"/>
        <source>patronymic</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="30"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="31"/>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="32"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="33"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="34"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="35"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="36"/>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="37"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="38"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="39"/>
        <source>categories</source>
        <translation>categories</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="40"/>
        <source>route length, km</source>
        <translation>route length, km</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="41"/>
        <source>start point</source>
        <translation>start point</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="42"/>
        <source>end point</source>
        <translation>end point</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="43"/>
        <source>representative</source>
        <translation>representative</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="44"/>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="45"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="46"/>
        <source>starts</source>
        <translation>starts</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="47"/>
        <source>ends</source>
        <translation>ends</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="48"/>
        <source>filed on</source>
        <translation>filed on</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="49"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="50"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="51"/>
        <source>sound equipment</source>
        <translation>sound equipment</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="52"/>
        <source>visual materials</source>
        <translation>visual materials</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="53"/>
        <source>measures</source>
        <translation>measures</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="54"/>
        <source>vehicles</source>
        <translation>vehicles</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="55"/>
        <source>organizer</source>
        <translation>organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="56"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="111"/>
        <source>not required for a picket</source>
        <translation>not required for a picket</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="136"/>
        <source>Legal checks</source>
        <translation>Legal checks</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="142"/>
        <source>Filed in time: the last day to file was %1 (%2).</source>
        <translation>Filed in time: the last day to file was %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="144"/>
        <source>Filed LATE: the last day to file was %1 (%2).</source>
        <translation>Filed LATE: the last day to file was %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="155"/>
        <source>Borderline: the two readings of the filing period disagree; check before relying on it.</source>
        <translation>Borderline: the two readings of the filing period disagree; check before relying on it.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="163"/>
        <source>All 13 content items are present.</source>
        <translation>All 13 content items are present.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="174"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="180"/>
        <source>moved from %1 by a calendar change (%2); not yet acknowledged</source>
        <translation>moved from %1 by a calendar change (%2); not yet acknowledged</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="198"/>
        <source>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="209"/>
        <source>No countdown: the akimat has answered or the filing is closed.</source>
        <translation>No countdown: the akimat has answered or the filing is closed.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="228"/>
        <source>Received %1, registered %2 · status: %3</source>
        <translation>Received %1, registered %2 · status: %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="291"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="294"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="325"/>
        <source>Save attachment as</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="378"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="379"/>
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="380"/>
        <source>&amp;Withdrawn by organizer…</source>
        <translation>&amp;Withdrawn by organizer…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="381"/>
        <source>&amp;Acknowledge moved deadline</source>
        <translation>&amp;Acknowledge moved deadline</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="382"/>
        <source>Attac&amp;h file…</source>
        <translation>Attac&amp;h file…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="383"/>
        <source>&amp;Print card…</source>
        <translation>&amp;Print card…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="384"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="385"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="386"/>
        <source>Days counted for the review period (explain):</source>
        <translation>Days counted for the review period (explain):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="388"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="389"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="390"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="391"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="392"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="398"/>
        <source>No filing open</source>
        <translation>No filing open</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="399"/>
        <source>Open a filing from Today or the register (Enter or double-click).</source>
        <translation>Open a filing from Today or the register (Enter or double-click).</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="122"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="123"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="124"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="125"/>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="126"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="133"/>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="135"/>
        <source>production</source>
        <translation>production</translation>
    </message>
</context>
<context>
    <name>CheckLetterDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="293"/>
        <source>Letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="294"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="327"/>
        <source>Check a letter</source>
        <translation>Check a letter</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="299"/>
        <source>Reading the QR code…</source>
        <translation>Reading the QR code…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="328"/>
        <source>&amp;Open a PDF or a photo of the letter…</source>
        <translation>&amp;Open a PDF or a photo of the letter…</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="79"/>
        <source>Specialized place: %1 (capacity %2)</source>
        <translation>Specialized place: %1 (capacity %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="84"/>
        <source>Not linked to a specialized place.</source>
        <translation>Not linked to a specialized place.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="88"/>
        <source>No place or time problem found.</source>
        <translation>No place or time problem found.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="93"/>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="95"/>
        <source>suggested refusal ground: %1 (art. 14 p.1 sub. %1)</source>
        <translation>suggested refusal ground: %1 (art. 14 p.1 sub. %1)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="113"/>
        <source>No specialized places yet: the administrator adds them on the Places page.</source>
        <translation>No specialized places yet: the administrator adds them on the Places page.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="123"/>
        <source>Place and time checks (suggestions: the clerk decides, nothing is refused automatically)</source>
        <translation>Place and time checks (suggestions: the clerk decides, nothing is refused automatically)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="125"/>
        <source>&amp;Link to a place…</source>
        <translation>&amp;Link to a place…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="128"/>
        <source>61-NP: the place is booked. Before refusing on ground 10 (art. 14 p.1 sub. 10) the akimat must first PROPOSE another place and/or time to the organizer (Constitutional Court normative resolution No. 61-NP).</source>
        <translation>61-NP: the place is booked. Before refusing on ground 10 (art. 14 p.1 sub. 10) the akimat must first PROPOSE another place and/or time to the organizer (Constitutional Court normative resolution No. 61-NP).</translation>
    </message>
</context>
<context>
    <name>ConsolidationView</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="154"/>
        <source>Import the list of offices</source>
        <translation>Import the list of offices</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="154"/>
        <source>CSV tables (*.csv);;All files (*)</source>
        <translation>CSV tables (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="171"/>
        <source>Import statistics packages</source>
        <translation>Import statistics packages</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="171"/>
        <source>Statistics packages (*.akstat);;All files (*)</source>
        <translation>Statistics packages (*.akstat);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="252"/>
        <source>Compute the tables first.</source>
        <translation>Compute the tables first.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="254"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="254"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="255"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="262"/>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="284"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="271"/>
        <source>Export open data</source>
        <translation>Export open data</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="271"/>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>CSV table (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="290"/>
        <source>Import the list of &amp;offices…</source>
        <translation>Import the list of &amp;offices…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="291"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="292"/>
        <source>Months &amp;from:</source>
        <translation>Months &amp;from:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="293"/>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="296"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="303"/>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="304"/>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="305"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="306"/>
        <source>Open &amp;data…</source>
        <translation>Open &amp;data…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="307"/>
        <source>Import packages, then press Compute.</source>
        <translation>Import packages, then press Compute.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="41"/>
        <source>Correct filing %1</source>
        <translation>Correct filing %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="56"/>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="57"/>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="58"/>
        <source>&amp;New value:</source>
        <translation>&amp;New value:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="59"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="62"/>
        <source>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</source>
        <translation>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="33"/>
        <source>answered or closed</source>
        <translation>answered or closed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="43"/>
        <source>the organizer&apos;s day to answer the proposal ended %1: record the answer; without agreement a refusal is due (art. 11 p.3, art. 13 p.3)</source>
        <translation>the organizer&apos;s day to answer the proposal ended %1: record the answer; without agreement a refusal is due (art. 11 p.3, art. 13 p.3)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="47"/>
        <source>the organizer answers the proposal by %1, the close of office hours</source>
        <translation>the organizer answers the proposal by %1, the close of office hours</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="56"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day(s) left</numerusform>
            <numerusform>%n working day(s) left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="58"/>
        <source>due today, %1 h left</source>
        <translation>due today, %1 h left</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="63"/>
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by %n working day(s)</numerusform>
            <numerusform>overdue by %n working day(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="65"/>
        <source>overdue since today&apos;s close</source>
        <translation>overdue since today&apos;s close</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="68"/>
        <source>without an answer after today the organizer holds it as notified, %1 h left</source>
        <translation>without an answer after today the organizer holds it as notified, %1 h left</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="71"/>
        <source>deadline passed: the organizer holds it as notified (art. 11 p.1)</source>
        <translation>deadline passed: the organizer holds it as notified (art. 11 p.1)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="79"/>
        <source>The organizer&apos;s answer to the proposal: one working day after it reached the organizer, until %1 (office closes at %2)</source>
        <translation>The organizer&apos;s answer to the proposal: one working day after it reached the organizer, until %1 (office closes at %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="84"/>
        <source>Review deadline %1, office closes at %2</source>
        <translation>Review deadline %1, office closes at %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="88"/>
        <source>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</translation>
    </message>
</context>
<context>
    <name>CrlsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="143"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="144"/>
        <source>Full / delta</source>
        <translation>Full / delta</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="145"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="146"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="147"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="148"/>
        <source>Next update</source>
        <translation>Next update</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="154"/>
        <source>delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="156"/>
        <source>full</source>
        <translation>full</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="38"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="39"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="40"/>
        <source>Proposals awaiting the organizer&apos;s answer</source>
        <translation>Proposals awaiting the organizer&apos;s answer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="41"/>
        <source>Deadlines moved by a calendar change</source>
        <translation>Deadlines moved by a calendar change</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="42"/>
        <source>Events in the next 7 days</source>
        <translation>Events in the next 7 days</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="127"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="37"/>
        <source>Needs a decision (due today, none by noon)</source>
        <translation>Needs a decision (due today, none by noon)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="43"/>
        <source>Registered-mail copy to send</source>
        <translation>Registered-mail copy to send</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="129"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="141"/>
        <source>%1: this date must be stated; type it as %2.</source>
        <translation>%1: this date must be stated; type it as %2.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="143"/>
        <source>%1: not a complete date; type it as %2.</source>
        <translation>%1: not a complete date; type it as %2.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="217"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="221"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="222"/>
        <source>Type the digits: 16122026 gives 16.12.2026</source>
        <translation>Type the digits: 16122026 gives 16.12.2026</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="315"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="341"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>dd.mm.yyyy hh:mm</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="219"/>
        <source>ground %1</source>
        <translation>ground %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="224"/>
        <source>the proposal</source>
        <translation>the proposal</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="225"/>
        <source>the information</source>
        <translation>the information</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="226"/>
        <source>why the law does not apply</source>
        <translation>why the law does not apply</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="234"/>
        <source>Write %1 in Kazakh and in Russian: each letter prints only the text in its own language.</source>
        <translation>Write %1 in Kazakh and in Russian: each letter prints only the text in its own language.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="238"/>
        <source>The text of %1 in a language&apos;s box is written in another language: correct it before deciding.</source>
        <translation>The text of %1 in a language&apos;s box is written in another language: correct it before deciding.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="247"/>
        <source>Tick at least one ground of refusal and write its reason (art. 14 p.2).</source>
        <translation>Tick at least one ground of refusal and write its reason (art. 14 p.2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="251"/>
        <source>Ground %1 needs a written reason: a refusal must be justified and reasoned (art. 14 p.2).</source>
        <translation>Ground %1 needs a written reason: a refusal must be justified and reasoned (art. 14 p.2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="276"/>
        <source>grounds: %1</source>
        <translation>grounds: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="277"/>
        <source>Record the decision: %1 for filing %2?</source>
        <translation>Record the decision: %1 for filing %2?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="283"/>
        <source>Record the decision?</source>
        <translation>Record the decision?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="285"/>
        <source>This will be in the register&apos;s history. It can be undone only within this minute.</source>
        <translation>This will be in the register&apos;s history. It can be undone only within this minute.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="287"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="288"/>
        <source>&amp;Record the decision</source>
        <translation>&amp;Record the decision</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="309"/>
        <source>Decision on %1</source>
        <translation>Decision on %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="314"/>
        <source>Choose the outcome. The letter is then printed from the card in the filing&apos;s language, with the akimat&apos;s letterhead and an outgoing number.</source>
        <translation>Choose the outcome. The letter is then printed from the card in the filing&apos;s language, with the akimat&apos;s letterhead and an outgoing number.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="320"/>
        <source>Late: the review deadline has passed. The decision is accepted but marked late in the card and the history.</source>
        <translation>Late: the review deadline has passed. The decision is accepted but marked late in the card and the history.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="324"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="325"/>
        <source>&amp;Proposed place, route and/or time:</source>
        <translation>&amp;Proposed place, route and/or time:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="326"/>
        <source>Further &amp;information (e.g. the akimat&apos;s representative):</source>
        <translation>Further &amp;information (e.g. the akimat&apos;s representative):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="327"/>
        <source>&amp;Why the law does not apply:</source>
        <translation>&amp;Why the law does not apply:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="330"/>
        <source>Grounds of refusal (art. 14 p.1; each needs a written reason). Greyed grounds cannot be used now: see the note under them.</source>
        <translation>Grounds of refusal (art. 14 p.1; each needs a written reason). Greyed grounds cannot be used now: see the note under them.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="334"/>
        <source>&amp;Decide</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="335"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DecisionTexts</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="15"/>
        <source>Inform: held as notified</source>
        <translation>Inform: held as notified</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="16"/>
        <source>Inform with conditions (art. 11 p.1 sub. 1)</source>
        <translation>Inform with conditions (art. 11 p.1 sub. 1)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="19"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="20"/>
        <source>Approve without sound-amplifying equipment and vehicles</source>
        <translation>Approve without sound-amplifying equipment and vehicles</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="23"/>
        <source>Propose another place and/or time</source>
        <translation>Propose another place and/or time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="24"/>
        <source>Refuse (with grounds and reasons)</source>
        <translation>Refuse (with grounds and reasons)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="25"/>
        <source>Outside the scope of the law (art. 2 p.5)</source>
        <translation>Outside the scope of the law (art. 2 p.5)</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="120"/>
        <source>No decision yet.</source>
        <translation>No decision yet.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="132"/>
        <source>late: after the review deadline</source>
        <translation>late: after the review deadline</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="141"/>
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="145"/>
        <source>The answer went out within the review deadline.</source>
        <translation>The answer went out within the review deadline.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="149"/>
        <source>The answer went out AFTER the review deadline.</source>
        <translation>The answer went out AFTER the review deadline.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="153"/>
        <source>The letter has not been sent yet: record the dispatch.</source>
        <translation>The letter has not been sent yet: record the dispatch.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="158"/>
        <source>The e-mail bounced and counts as not sent: %1</source>
        <translation>The e-mail bounced and counts as not sent: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="274"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="275"/>
        <source>Organizer&apos;s &amp;answer…</source>
        <translation>Organizer&apos;s &amp;answer…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="276"/>
        <source>&amp;Letter (preview, print)…</source>
        <translation>&amp;Letter (preview, print)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="277"/>
        <source>Record dis&amp;patch…</source>
        <translation>Record dis&amp;patch…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="278"/>
        <source>Record deli&amp;very…</source>
        <translation>Record deli&amp;very…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="295"/>
        <source>Decisions and letters</source>
        <translation>Decisions and letters</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="241"/>
        <source>Record the delivery</source>
        <translation>Record the delivery</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="242"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Tracking number:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="243"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Delivered on:</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="180"/>
        <source>Record the dispatch of letter %1 by %2 to %3?</source>
        <translation>Record the dispatch of letter %1 by %2 to %3?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="182"/>
        <source>Record the dispatch of letter %1 by %2?</source>
        <translation>Record the dispatch of letter %1 by %2?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="185"/>
        <source>Tracking number: %1.</source>
        <translation>Tracking number: %1.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="191"/>
        <source>Record the dispatch?</source>
        <translation>Record the dispatch?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="193"/>
        <source>This will be in the register&apos;s history.</source>
        <translation>This will be in the register&apos;s history.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="195"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="196"/>
        <source>&amp;Record the dispatch</source>
        <translation>&amp;Record the dispatch</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="205"/>
        <source>Record the dispatch of letter %1</source>
        <translation>Record the dispatch of letter %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="206"/>
        <source>Letter:</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="207"/>
        <source>Sent by (art. 11 p.2):</source>
        <translation>Sent by (art. 11 p.2):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="210"/>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="211"/>
        <source>Only together with registered mail.</source>
        <translation>Only together with registered mail.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="212"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Tracking number:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="213"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
</context>
<context>
    <name>EDocumentPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="132"/>
        <source>Choose the signed file</source>
        <translation>Choose the signed file</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="134"/>
        <source>Signed documents (*.cms *.p7s *.p7m *.sig *.xml *.der *.pem *.txt);;All files (*)</source>
        <translation>Signed documents (*.cms *.p7s *.p7m *.sig *.xml *.der *.pem *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="140"/>
        <source>Choose the signed document (detached signature)</source>
        <translation>Choose the signed document (detached signature)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="154"/>
        <source>Signed file: %1</source>
        <translation>Signed file: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="156"/>
        <source>Signed document: %1</source>
        <translation>Signed document: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="181"/>
        <source>Checking the signature of %1 (%2 MB, about %3 s)… You may go on typing.</source>
        <translation>Checking the signature of %1 (%2 MB, about %3 s)… You may go on typing.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="198"/>
        <source>Check stopped. Registering will check the file again.</source>
        <translation>Check stopped. Registering will check the file again.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="233"/>
        <source>Electronic document (EDS)</source>
        <translation>Electronic document (EDS)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="236"/>
        <source>Drop the signed file here (.cms, .p7s, signed .xml), or choose it. For a detached signature choose the signed document too. The signature is checked offline against the imported roots and CRLs.</source>
        <translation>Drop the signed file here (.cms, .p7s, signed .xml), or choose it. For a detached signature choose the signed document too. The signature is checked offline against the imported roots and CRLs.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="241"/>
        <source>Choose the &amp;signed file…</source>
        <translation>Choose the &amp;signed file…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="242"/>
        <source>Signed &amp;document (detached)…</source>
        <translation>Signed &amp;document (detached)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="243"/>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="28"/>
        <source>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</source>
        <translation>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="38"/>
        <source>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again. The details are in %1.</source>
        <translation>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again. The details are in %1.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="43"/>
        <source>An internal error of akimat_desk stopped this action: it is not a fault of your input or of the register. Nothing was saved; what you typed is kept. The details are in %1; send that file to your administrator.</source>
        <translation>An internal error of akimat_desk stopped this action: it is not a fault of your input or of the register. Nothing was saved; what you typed is kept. The details are in %1; send that file to your administrator.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="66"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="64"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="65"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="66"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="35"/>
        <source>valid check digit</source>
        <translation>valid check digit</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="37"/>
        <source>12 digits expected</source>
        <translation>12 digits expected</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="38"/>
        <source>digits only</source>
        <translation>digits only</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="39"/>
        <source>%1 of 12 digits</source>
        <translation>%1 of 12 digits</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="42"/>
        <source>wrong check digit: mistyped?</source>
        <translation>wrong check digit: mistyped?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="157"/>
        <source>acts through a representative</source>
        <translation>acts through a representative</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="167"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="168"/>
        <source>Starts at:</source>
        <translation>Starts at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="169"/>
        <source>Ends at:</source>
        <translation>Ends at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="178"/>
        <source>Vehicles will be used:</source>
        <translation>Vehicles will be used:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="180"/>
        <source>Number of vehicles:</source>
        <translation>Number of vehicles:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="181"/>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="182"/>
        <source>Route length, km:</source>
        <translation>Route length, km:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="183"/>
        <source>Start point:</source>
        <translation>Start point:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="184"/>
        <source>End point:</source>
        <translation>End point:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="191"/>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="196"/>
        <source>signed by the organizer or representative</source>
        <translation>signed by the organizer or representative</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="198"/>
        <source>a citizen</source>
        <translation>a citizen</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="198"/>
        <source>a legal entity</source>
        <translation>a legal entity</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="201"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="203"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="205"/>
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="298"/>
        <source>the form decides which items apply</source>
        <translation>the form decides which items apply</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="92"/>
        <source>Welcome to akimat_desk</source>
        <translation>Welcome to akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="93"/>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="96"/>
        <source>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</source>
        <translation>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="101"/>
        <source>Fill the register with demo filings (all forms and statuses, in Almaty) to look around. Use a separate folder (--home) for real work.</source>
        <translation>Fill the register with demo filings (all forms and statuses, in Almaty) to look around. Use a separate folder (--home) for real work.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="128"/>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Nothing was saved: correct the field marked in red.</translation>
    </message>
</context>
<context>
    <name>GroundRow</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="90"/>
        <source>The reason: the facts of this filing that meet this ground</source>
        <translation>The reason: the facts of this filing that meet this ground</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="22"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="23"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="24"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="25"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="26"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="27"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="61"/>
        <source>Import a legacy journal</source>
        <translation>Import a legacy journal</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="62"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="63"/>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="68"/>
        <source>C&amp;heck rows</source>
        <translation>C&amp;heck rows</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="77"/>
        <source>Import only the valid rows (skip the refused ones)</source>
        <translation>Import only the valid rows (skip the refused ones)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="96"/>
        <source>Columns of the file, the field each fills, and the first rows:</source>
        <translation>Columns of the file, the field each fills, and the first rows:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="100"/>
        <source>Refused rows and why:</source>
        <translation>Refused rows and why:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="120"/>
        <source>Legacy journal</source>
        <translation>Legacy journal</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="120"/>
        <source>Journals (*.xlsx *.csv);;All files (*)</source>
        <translation>Journals (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="142"/>
        <source>%n data rows</source>
        <translation>
            <numerusform>%n data rows</numerusform>
            <numerusform>%n data rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="145"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="145"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="146"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="152"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="164"/>
        <source>Check the fields, then press &quot;Check rows&quot;. Nothing is written yet.</source>
        <translation>Check the fields, then press &quot;Check rows&quot;. Nothing is written yet.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="208"/>
        <source>%1 rows: %2 can be registered (%3 of them with defects, listed in their cards), %4 refused. Nothing has been written.</source>
        <translation>%1 rows: %2 can be registered (%3 of them with defects, listed in their cards), %4 refused. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="232"/>
        <source>%1 rows were refused: fix the file or the fields, or tick &quot;Import only the valid rows&quot;.</source>
        <translation>%1 rows were refused: fix the file or the fields, or tick &quot;Import only the valid rows&quot;.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="236"/>
        <source>Register %1 filings from %2 with new incoming numbers, in one transaction?</source>
        <translation>Register %1 filings from %2 with new incoming numbers, in one transaction?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="269"/>
        <source>%1 filings registered: %2 … %3</source>
        <translation>%1 filings registered: %2 … %3</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="73"/>
        <source>what exactly (optional)</source>
        <translation>what exactly (optional)</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="14"/>
        <source>Purpose of the assembly</source>
        <translation>Purpose of the assembly</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="15"/>
        <source>Form of the assembly</source>
        <translation>Form of the assembly</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="16"/>
        <source>Organizer (and representative)</source>
        <translation>Organizer (and representative)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="17"/>
        <source>Place of holding</source>
        <translation>Place of holding</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="18"/>
        <source>Place or route of movement</source>
        <translation>Place or route of movement</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="19"/>
        <source>Date, start and end time</source>
        <translation>Date, start and end time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="20"/>
        <source>Expected number of participants</source>
        <translation>Expected number of participants</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="21"/>
        <source>Yurts, tents and other structures</source>
        <translation>Yurts, tents and other structures</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="22"/>
        <source>Sound-amplifying equipment and visual materials</source>
        <translation>Sound-amplifying equipment and visual materials</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="23"/>
        <source>Public order, medical aid and fire-safety measures; equipment and vehicles</source>
        <translation>Public order, medical aid and fire-safety measures; equipment and vehicles</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="26"/>
        <source>Vehicles: number, categories, route, start and end</source>
        <translation>Vehicles: number, categories, route, start and end</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="27"/>
        <source>Regulations approved by the organizer</source>
        <translation>Regulations approved by the organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="28"/>
        <source>E-mail and mobile phone</source>
        <translation>E-mail and mobile phone</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="29"/>
        <source>Consent to processing of personal data</source>
        <translation>Consent to processing of personal data</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="30"/>
        <source>Sources of funding</source>
        <translation>Sources of funding</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="31"/>
        <source>Date of filing and signature</source>
        <translation>Date of filing and signature</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="43"/>
        <source>Content items of %1</source>
        <translation>Content items of %1</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="69"/>
        <source>This reads as %1, not as this box&apos;s language.</source>
        <translation>This reads as %1, not as this box&apos;s language.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="76"/>
        <source>In Kazakh (official):</source>
        <translation>In Kazakh (official):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="77"/>
        <source>In Russian (official):</source>
        <translation>In Russian (official):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="78"/>
        <source>In English (optional, unofficial translation):</source>
        <translation>In English (optional, unofficial translation):</translation>
    </message>
</context>
<context>
    <name>LegalClock</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="13"/>
        <source>Take the decision</source>
        <translation>Take the decision</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="14"/>
        <source>Send the proposal (the organizer&apos;s day runs from receipt)</source>
        <translation>Send the proposal (the organizer&apos;s day runs from receipt)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="17"/>
        <source>Wait for the organizer&apos;s answer to the proposal</source>
        <translation>Wait for the organizer&apos;s answer to the proposal</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="20"/>
        <source>Record the organizer&apos;s answer, or that none came</source>
        <translation>Record the organizer&apos;s answer, or that none came</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="23"/>
        <source>Refuse (art. 11 p.3 / 13 p.3): the proposal was not accepted</source>
        <translation>Refuse (art. 11 p.3 / 13 p.3): the proposal was not accepted</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="26"/>
        <source>Decide on the agreed place and time</source>
        <translation>Decide on the agreed place and time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="29"/>
        <source>Send the decision and record the dispatch</source>
        <translation>Send the decision and record the dispatch</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="30"/>
        <source>Send the registered-mail copy of the e-mail / SMS answer</source>
        <translation>Send the registered-mail copy of the e-mail / SMS answer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="33"/>
        <source>Nothing to do until the event day</source>
        <translation>Nothing to do until the event day</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="34"/>
        <source>Record whether the event was held</source>
        <translation>Record whether the event was held</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="35"/>
        <source>Nothing left to do</source>
        <translation>Nothing left to do</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="41"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="42"/>
        <source>Review (3 / 7 working days)</source>
        <translation>Review (3 / 7 working days)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="43"/>
        <source>Organizer&apos;s answer to the proposal (1 working day)</source>
        <translation>Organizer&apos;s answer to the proposal (1 working day)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="46"/>
        <source>Refusal after the proposal was not accepted</source>
        <translation>Refusal after the proposal was not accepted</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="49"/>
        <source>Decision sent to the organizer</source>
        <translation>Decision sent to the organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="50"/>
        <source>Registered-mail copy of the e-mail / SMS answer</source>
        <translation>Registered-mail copy of the e-mail / SMS answer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="53"/>
        <source>Day of the peaceful assembly</source>
        <translation>Day of the peaceful assembly</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="78"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="79"/>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="80"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="81"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="82"/>
        <source>passed unanswered: held as notified (art. 11 p.1)</source>
        <translation>passed unanswered: held as notified (art. 11 p.1)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="89"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="95"/>
        <source>art. 10 / 12</source>
        <translation>art. 10 / 12</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="90"/>
        <source>art. 11 p.1 / 13 p.1</source>
        <translation>art. 11 p.1 / 13 p.1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="91"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="92"/>
        <source>art. 11 p.3 / 13 p.3</source>
        <translation>art. 11 p.3 / 13 p.3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="93"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="94"/>
        <source>art. 11 p.2 / 13 p.2</source>
        <translation>art. 11 p.2 / 13 p.2</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="272"/>
        <source>Open Settings and fill in the akimat&apos;s letterhead and the signatory.</source>
        <translation>Open Settings and fill in the akimat&apos;s letterhead and the signatory.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="286"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="288"/>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="404"/>
        <source>Registration receipt</source>
        <translation>Registration receipt</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="292"/>
        <source>Preview under Outgoing No. %1: issuing or printing stores this language&apos;s letter under the same number.</source>
        <translation>Preview under Outgoing No. %1: issuing or printing stores this language&apos;s letter under the same number.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="300"/>
        <source>Draft: not numbered yet. Issuing or printing gives the decision its outgoing number, shared by every language.</source>
        <translation>Draft: not numbered yet. Issuing or printing gives the decision its outgoing number, shared by every language.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="307"/>
        <source>outgoing number issued now</source>
        <translation>outgoing number issued now</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="307"/>
        <source>issued before; the same PDF</source>
        <translation>issued before; the same PDF</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="308"/>
        <source>Outgoing No. %1</source>
        <translation>Outgoing No. %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="316"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="320"/>
        <source>Printing page %1 of %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="349"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="403"/>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="405"/>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="408"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="410"/>
        <source>kk + ru in one print job</source>
        <translation>kk + ru in one print job</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="411"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="412"/>
        <source>&amp;Issue and number</source>
        <translation>&amp;Issue and number</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="413"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="414"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="415"/>
        <source>Sign with &amp;EDS…</source>
        <translation>Sign with &amp;EDS…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="416"/>
        <source>Sign the letter through NCALayer (Ctrl+Shift+S)</source>
        <translation>Sign the letter through NCALayer (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="417"/>
        <source>I&amp;mport signature…</source>
        <translation>I&amp;mport signature…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="418"/>
        <source>Copy with &amp;QR</source>
        <translation>Copy with &amp;QR</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="419"/>
        <source>Send by e-&amp;mail</source>
        <translation>Send by e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="420"/>
        <source>Record a &amp;bounce…</source>
        <translation>Record a &amp;bounce…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="421"/>
        <source>Open the delivery failure notice (.eml) the mail server sent back</source>
        <translation>Open the delivery failure notice (.eml) the mail server sent back</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="41"/>
        <source>Outgoing No.</source>
        <translation>Outgoing No.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="42"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="43"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="44"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="45"/>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="64"/>
        <source>BOUNCED, not sent: %1</source>
        <translation>BOUNCED, not sent: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="68"/>
        <source>tracking %1</source>
        <translation>tracking %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="72"/>
        <source>delivered %1</source>
        <translation>delivered %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="76"/>
        <source>delivery not yet confirmed</source>
        <translation>delivery not yet confirmed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="78"/>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="41"/>
        <source>akimat_desk — log in</source>
        <translation>akimat_desk — log in</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="43"/>
        <source>This register has user accounts. Log in with your name and password (no network needed).</source>
        <translation>This register has user accounts. Log in with your name and password (no network needed).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="54"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="60"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="230"/>
        <source>The working-day calendar could not be checked against the golden list, so a wrong holiday or transfer would go unnoticed: %1</source>
        <translation>The working-day calendar could not be checked against the golden list, so a wrong holiday or transfer would go unnoticed: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="243"/>
        <source>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it under Settings, Working-day calendar (or with &apos;akimat-desk calendar confirm&apos;).</source>
        <translation>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it under Settings, Working-day calendar (or with &apos;akimat-desk calendar confirm&apos;).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="380"/>
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Filings shown: %n</numerusform>
            <numerusform>Filings shown: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="413"/>
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — register of peaceful assembly filings</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="417"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="415"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="332"/>
        <source>About akimat_desk</source>
        <translation>About akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="333"/>
        <source>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</source>
        <translation>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="381"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="382"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="388"/>
        <source>calendar %1 NOT confirmed</source>
        <translation>calendar %1 NOT confirmed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="390"/>
        <source>calendar %1 confirmed</source>
        <translation>calendar %1 confirmed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="391"/>
        <source>user: %1</source>
        <translation>user: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="414"/>
        <source>&amp;New filing…</source>
        <translation>&amp;New filing…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="416"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="418"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="419"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="420"/>
        <source>&amp;Check a letter…</source>
        <translation>&amp;Check a letter…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="421"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="422"/>
        <source>F&amp;iling</source>
        <translation>F&amp;iling</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="423"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="424"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="428"/>
        <source>Today (%n due)</source>
        <translation>
            <numerusform>Today (%n due)</numerusform>
            <numerusform>Today (%n due)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="429"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="430"/>
        <source>Filing card</source>
        <translation>Filing card</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="431"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NumberFormatsTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="175"/>
        <source>The year&apos;s first numbers will be: incoming %1, outgoing %2.</source>
        <translation>The year&apos;s first numbers will be: incoming %1, outgoing %2.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="184"/>
        <source>Numbers of incoming filings and outgoing letters. A format may use {akimat} (the akimat&apos;s code), {year} and must use {seq}, the running number of the year ({seq:04d}: four digits, 0001). A new format applies to the next numbers; numbers given stay as they are.</source>
        <translation>Numbers of incoming filings and outgoing letters. A format may use {akimat} (the akimat&apos;s code), {year} and must use {seq}, the running number of the year ({seq:04d}: four digits, 0001). A new format applies to the next numbers; numbers given stay as they are.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="187"/>
        <source>&amp;Akimat&apos;s code in numbers:</source>
        <translation>&amp;Akimat&apos;s code in numbers:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="188"/>
        <source>&amp;Incoming filings:</source>
        <translation>&amp;Incoming filings:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="189"/>
        <source>&amp;Outgoing letters:</source>
        <translation>&amp;Outgoing letters:</translation>
    </message>
</context>
<context>
    <name>OfficeHoursTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="123"/>
        <source>The office&apos;s working hours. Reminders come only within them, on working days; a review deadline&apos;s day ends when the office closes (art. 11 p.1).</source>
        <translation>The office&apos;s working hours. Reminders come only within them, on working days; a review deadline&apos;s day ends when the office closes (art. 11 p.1).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="126"/>
        <source>The office &amp;opens at:</source>
        <translation>The office &amp;opens at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="127"/>
        <source>The office &amp;closes at:</source>
        <translation>The office &amp;closes at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="128"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="88"/>
        <source>Encrypted register</source>
        <translation>Encrypted register</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="91"/>
        <source>The register %1 is encrypted and this computer&apos;s keyring holds no key for it (or there is no keyring). Type the passphrase chosen when it was encrypted.</source>
        <translation>The register %1 is encrypted and this computer&apos;s keyring holds no key for it (or there is no keyring). Type the passphrase chosen when it was encrypted.</translation>
    </message>
</context>
<context>
    <name>PlaceDialogs</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="29"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="34"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="114"/>
        <source>Name in Kazakh:</source>
        <translation>Name in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="35"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="115"/>
        <source>Name in Russian:</source>
        <translation>Name in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="36"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="116"/>
        <source>Name in English:</source>
        <translation>Name in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="37"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="117"/>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="40"/>
        <source>Address, or the route from start to end:</source>
        <translation>Address, or the route from start to end:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="45"/>
        <source>Route length, km:</source>
        <translation>Route length, km:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="50"/>
        <source>Maximum occupancy (people):</source>
        <translation>Maximum occupancy (people):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="53"/>
        <source>Rules of use:</source>
        <translation>Rules of use:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="56"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="124"/>
        <source>Maslikhat decision No.:</source>
        <translation>Maslikhat decision No.:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="59"/>
        <source>Decision date:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="60"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="125"/>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="61"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="126"/>
        <source>Valid to:</source>
        <translation>Valid to:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="67"/>
        <source>Add a specialized place or route</source>
        <translation>Add a specialized place or route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="74"/>
        <source>Edit a specialized place or route</source>
        <translation>Edit a specialized place or route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="89"/>
        <source>Kind of event or works:</source>
        <translation>Kind of event or works:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="94"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="95"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="96"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="97"/>
        <source>Expected participants:</source>
        <translation>Expected participants:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="98"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="101"/>
        <source>Book %1 for another event or works</source>
        <translation>Book %1 for another event or works</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="109"/>
        <source>Category (art. 9 p.5):</source>
        <translation>Category (art. 9 p.5):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="118"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="121"/>
        <source>Words that name it in a filing&apos;s place (separated by ;):</source>
        <translation>Words that name it in a filing&apos;s place (separated by ;):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="130"/>
        <source>Add a no-picket zone</source>
        <translation>Add a no-picket zone</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="143"/>
        <source>Specialized place or route:</source>
        <translation>Specialized place or route:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="150"/>
        <source>Reason (kept in the history):</source>
        <translation>Reason (kept in the history):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="151"/>
        <source>the organizer named this place</source>
        <translation>the organizer named this place</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="157"/>
        <source>Link the filing to a place</source>
        <translation>Link the filing to a place</translation>
    </message>
</context>
<context>
    <name>PlaceGrid</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="34"/>
        <source>place booked by another event or works (ground 10)</source>
        <translation>place booked by another event or works (ground 10)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="35"/>
        <source>another filing for the same place and time (art. 9 p.3)</source>
        <translation>another filing for the same place and time (art. 9 p.3)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="36"/>
        <source>over the place&apos;s capacity (ground 9)</source>
        <translation>over the place&apos;s capacity (ground 9)</translation>
    </message>
</context>
<context>
    <name>PlaceGridWidget</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="72"/>
        <source>Choose a place to see its calendar.</source>
        <translation>Choose a place to see its calendar.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="117"/>
        <source>not in force</source>
        <translation>not in force</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="127"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="155"/>
        <source>CONFLICT</source>
        <translation>CONFLICT</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="163"/>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="246"/>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="226"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="227"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="228"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="229"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="230"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="231"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="232"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="249"/>
        <source>Click to open the filing.</source>
        <translation>Click to open the filing.</translation>
    </message>
</context>
<context>
    <name>PlacesModels</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="33"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="38"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="75"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="39"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="58"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="40"/>
        <source>Address or route</source>
        <translation>Address or route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="41"/>
        <source>Capacity / length</source>
        <translation>Capacity / length</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="43"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="59"/>
        <source>Maslikhat decision</source>
        <translation>Maslikhat decision</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="46"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="54"/>
        <source>No-picket zone</source>
        <translation>No-picket zone</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="55"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="56"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="57"/>
        <source>Words matched</source>
        <translation>Words matched</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="74"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="76"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="77"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="78"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="79"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="115"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="120"/>
        <source>LOCKED until %1</source>
        <translation>LOCKED until %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="123"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="126"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="127"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="128"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="129"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="130"/>
        <source>Failed logins</source>
        <translation>Failed logins</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="137"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="138"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="139"/>
        <source>Why refused</source>
        <translation>Why refused</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="146"/>
        <source>places of mass burial (art. 9 p.5(1))</source>
        <translation>places of mass burial (art. 9 p.5(1))</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="147"/>
        <source>railway, water, air or road transport facilities (art. 9 p.5(2))</source>
        <translation>railway, water, air or road transport facilities (art. 9 p.5(2))</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="148"/>
        <source>defence, state security or life-support facilities (art. 9 p.5(3))</source>
        <translation>defence, state security or life-support facilities (art. 9 p.5(3))</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="151"/>
        <source>residences of the President (art. 9 p.5(4))</source>
        <translation>residences of the President (art. 9 p.5(4))</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="152"/>
        <source>hazardous industrial facilities (art. 9 p.5(5))</source>
        <translation>hazardous industrial facilities (art. 9 p.5(5))</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="153"/>
        <source>trunk railways, pipelines, power or communication lines (art. 9 p.5(6))</source>
        <translation>trunk railways, pipelines, power or communication lines (art. 9 p.5(6))</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="156"/>
        <source>territory set by the maslikhat (art. 8 p.2(2))</source>
        <translation>territory set by the maslikhat (art. 8 p.2(2))</translation>
    </message>
</context>
<context>
    <name>PlacesView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="242"/>
        <source>⚠ %n slot(s) in conflict: hatched in red. Point at a slot for the reason.</source>
        <translation>
            <numerusform>⚠ %n slot(s) in conflict: hatched in red. Point at a slot for the reason.</numerusform>
            <numerusform>⚠ %n slot(s) in conflict: hatched in red. Point at a slot for the reason.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="257"/>
        <source>No specialized places yet. The administrator adds them from the maslikhat decisions.</source>
        <translation>No specialized places yet. The administrator adds them from the maslikhat decisions.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="262"/>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="263"/>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="264"/>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="265"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="266"/>
        <source>Address or route</source>
        <translation>Address or route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="267"/>
        <source>Route length, km</source>
        <translation>Route length, km</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="268"/>
        <source>Maximum occupancy</source>
        <translation>Maximum occupancy</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="269"/>
        <source>Maslikhat decision</source>
        <translation>Maslikhat decision</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="270"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="271"/>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="272"/>
        <source>Rules of use</source>
        <translation>Rules of use</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="312"/>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="312"/>
        <source>Cancel the booking &quot;%1&quot;?</source>
        <translation>Cancel the booking &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="326"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="327"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="330"/>
        <source>Language of the board:</source>
        <translation>Language of the board:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="336"/>
        <source>Occupancy board for the website</source>
        <translation>Occupancy board for the website</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="342"/>
        <source>Save the occupancy board</source>
        <translation>Save the occupancy board</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="342"/>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="358"/>
        <source>Saved: %1 and %2</source>
        <translation>Saved: %1 and %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="373"/>
        <source>Specialized places and routes (maslikhat decisions)</source>
        <translation>Specialized places and routes (maslikhat decisions)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="374"/>
        <source>&amp;Add place…</source>
        <translation>&amp;Add place…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="375"/>
        <source>&amp;Edit place…</source>
        <translation>&amp;Edit place…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="376"/>
        <source>&amp;Book for another event…</source>
        <translation>&amp;Book for another event…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="377"/>
        <source>Add no-picket &amp;zone…</source>
        <translation>Add no-picket &amp;zone…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="378"/>
        <source>Cancel the selected booking…</source>
        <translation>Cancel the selected booking…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="379"/>
        <source>Export occupancy &amp;board…</source>
        <translation>Export occupancy &amp;board…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="380"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="382"/>
        <source>A day of the week or month shown</source>
        <translation>A day of the week or month shown</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="383"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="384"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>No-picket zones</source>
        <translation>No-picket zones</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Other bookings</source>
        <translation>Other bookings</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="391"/>
        <source>Blue: filing under review · green slot: agreed · purple: other booking · red hatched with ⚠: conflict (booked place, another filing at the same time, over capacity) · light green: free between 09:00 and 20:00 · grey: the place is not in force. Click a filing to open it.</source>
        <translation>Blue: filing under review · green slot: agreed · purple: other booking · red hatched with ⚠: conflict (booked place, another filing at the same time, over capacity) · light green: free between 09:00 and 20:00 · grey: the place is not in force. Click a filing to open it.</translation>
    </message>
</context>
<context>
    <name>ProposalAnswerDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="295"/>
        <source>The organizer&apos;s answer to the proposal</source>
        <translation>The organizer&apos;s answer to the proposal</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="296"/>
        <source>The organizer:</source>
        <translation>The organizer:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="299"/>
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="302"/>
        <source>&amp;Answer came by:</source>
        <translation>&amp;Answer came by:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="303"/>
        <source>&amp;Received at:</source>
        <translation>&amp;Received at:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="68"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="69"/>
        <source>&amp;Reason for the undo (kept in the register&apos;s history):</source>
        <translation>&amp;Reason for the undo (kept in the register&apos;s history):</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="48"/>
        <source>Incoming No.</source>
        <translation>Incoming No.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="49"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="50"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="51"/>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="52"/>
        <source>Place or route</source>
        <translation>Place or route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="53"/>
        <source>Event date and time</source>
        <translation>Event date and time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="55"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="56"/>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="191"/>
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="192"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="279"/>
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Search by organizer, purpose, place or number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="280"/>
        <source>F&amp;orm:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="281"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="282"/>
        <source>Registered f&amp;rom:</source>
        <translation>Registered f&amp;rom:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="283"/>
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="286"/>
        <source>Empty: any day. Type the digits: 01022026 gives 01.02.2026.</source>
        <translation>Empty: any day. Type the digits: 01022026 gives 01.02.2026.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="287"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="103"/>
        <source>New filing</source>
        <translation>New filing</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="161"/>
        <source>Add scans or files…</source>
        <translation>Add scans or files…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="172"/>
        <source>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</source>
        <translation>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="182"/>
        <source>&amp;Register (Ctrl+Enter)</source>
        <translation>&amp;Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="193"/>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="251"/>
        <source>Discard the filing?</source>
        <translation>Discard the filing?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="252"/>
        <source>The filing is not registered. Throw away what was typed?</source>
        <translation>The filing is not registered. Throw away what was typed?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="280"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="254"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="264"/>
        <source>Register with defects?</source>
        <translation>Register with defects?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="265"/>
        <source>The filing has %n defect(s). Register it as it is?</source>
        <translation>
            <numerusform>The filing has %n defect. Register it as it is?</numerusform>
            <numerusform>The filing has %n defects. Register it as it is?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="267"/>
        <source>Register &amp;with defects</source>
        <translation>Register &amp;with defects</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="309"/>
        <source>All content items are present.</source>
        <translation>All content items are present.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="310"/>
        <source>Defects found: %n</source>
        <translation>
            <numerusform>Defects found: %n</numerusform>
            <numerusform>Defects found: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="315"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="318"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="336"/>
        <source>Received at: type the day and time of receipt as dd.mm.yyyy hh:mm.</source>
        <translation>Received at: type the day and time of receipt as dd.mm.yyyy hh:mm.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="376"/>
        <source>Registered on %1 at %2. Defects recorded: %3.</source>
        <translation>Registered on %1 at %2. Defects recorded: %3.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="382"/>
        <source>These files were NOT attached; attach them from the card:</source>
        <translation>These files were NOT attached; attach them from the card:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="388"/>
        <source>Register the &amp;next filing of the scan (%n left)</source>
        <translation>
            <numerusform>Register the &amp;next filing of the scan (%n left)</numerusform>
            <numerusform>Register the &amp;next filing of the scan (%n left)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="396"/>
        <source>Incoming number</source>
        <translation>Incoming number</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="409"/>
        <source>&amp;Open the card</source>
        <translation>&amp;Open the card</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="411"/>
        <source>Register &amp;next</source>
        <translation>Register &amp;next</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="413"/>
        <source>Print the &amp;receipt…</source>
        <translation>Print the &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="415"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="444"/>
        <source>Taken from the signer&apos;s certificate: please confirm.</source>
        <translation>Taken from the signer&apos;s certificate: please confirm.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="142"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="153"/>
        <source>The digest went to %1 (%2 filing(s)).</source>
        <translation>The digest went to %1 (%2 filing(s)).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="173"/>
        <source>The &amp;day before a review deadline, at:</source>
        <translation>The &amp;day before a review deadline, at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="174"/>
        <source>On the &amp;due day, at:</source>
        <translation>On the &amp;due day, at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="175"/>
        <source>&amp;Hours before the office closes:</source>
        <translation>&amp;Hours before the office closes:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="176"/>
        <source>Keep reminding from the &amp;tray</source>
        <translation>Keep reminding from the &amp;tray</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="177"/>
        <source>Digest to (head of department&apos;s e-mail):</source>
        <translation>Digest to (head of department&apos;s e-mail):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="178"/>
        <source>SMTP &amp;server:</source>
        <translation>SMTP &amp;server:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="179"/>
        <source>SMTP port:</source>
        <translation>SMTP port:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="180"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="181"/>
        <source>SMTP user:</source>
        <translation>SMTP user:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="182"/>
        <source>SMTP password (for this sending, not stored):</source>
        <translation>SMTP password (for this sending, not stored):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="183"/>
        <source>Sender address:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="190"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="191"/>
        <source>Send the digest &amp;now</source>
        <translation>Send the digest &amp;now</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="199"/>
        <source>The digest goes through the office&apos;s SMTP server %1 (Settings, with its password in the keyring); the server above is used only when that one is not set.</source>
        <translation>The digest goes through the office&apos;s SMTP server %1 (Settings, with its password in the keyring); the server above is used only when that one is not set.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="203"/>
        <source>The office&apos;s SMTP server is not set in Settings: the digest goes through the server above (its password: the keyring entry of the digest, or typed here).</source>
        <translation>The office&apos;s SMTP server is not set in Settings: the digest goes through the server above (its password: the keyring entry of the digest, or typed here).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="216"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
</context>
<context>
    <name>ReportDueBanner</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="270"/>
        <source>Report upward…</source>
        <translation>Report upward…</translation>
    </message>
</context>
<context>
    <name>ReportUpwardDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="147"/>
        <source>Office %1, %2 – %3: %4 rows, %5 filings. Only these counts are sent: no name, IIN, address, phone, purpose or place text. Signed: %6.</source>
        <translation>Office %1, %2 – %3: %4 rows, %5 filings. Only these counts are sent: no name, IIN, address, phone, purpose or place text. Signed: %6.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="166"/>
        <source>Save the statistics package</source>
        <translation>Save the statistics package</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="168"/>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="194"/>
        <source>Statistics packages (*.akstat)</source>
        <translation>Statistics packages (*.akstat)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="183"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="192"/>
        <source>Save the package to attach</source>
        <translation>Save the package to attach</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="200"/>
        <source>Statistics of peaceful assemblies %1 – %2, KATO %3</source>
        <translation>Statistics of peaceful assemblies %1 – %2, KATO %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="206"/>
        <source>Please find attached the statistics package %1 (SHA-256 of the counts %2).</source>
        <translation>Please find attached the statistics package %1 (SHA-256 of the counts %2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="211"/>
        <source>Attach %1 to the message the mail program opened.</source>
        <translation>Attach %1 to the message the mail program opened.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="218"/>
        <source>Report upward</source>
        <translation>Report upward</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="219"/>
        <source>Months &amp;from:</source>
        <translation>Months &amp;from:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="220"/>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="225"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="226"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="227"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="228"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="229"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="230"/>
        <source>Refusal grounds</source>
        <translation>Refusal grounds</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="231"/>
        <source>Specialized place</source>
        <translation>Specialized place</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="232"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="235"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="236"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Send by &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="237"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportUpwardParts</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="298"/>
        <source>Consolidation (region)</source>
        <translation>Consolidation (region)</translation>
    </message>
</context>
<context>
    <name>ScanFill</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_fill.py" line="130"/>
        <source>Read by the machine from the scan, confidence %1%: please check.</source>
        <translation>Read by the machine from the scan, confidence %1%: please check.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_fill.py" line="132"/>
        <source>Read by the machine with LOW confidence (%1%): check it on the scan.</source>
        <translation>Read by the machine with LOW confidence (%1%): check it on the scan.</translation>
    </message>
</context>
<context>
    <name>ScanIntake</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="61"/>
        <source>Read a &amp;scan (OCR)…</source>
        <translation>Read a &amp;scan (OCR)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="63"/>
        <source>Fill the form from a scanned paper filing (Ctrl+Shift+S); nothing leaves this computer.</source>
        <translation>Fill the form from a scanned paper filing (Ctrl+Shift+S); nothing leaves this computer.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="75"/>
        <source>Read a scanned filing</source>
        <translation>Read a scanned filing</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="77"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="86"/>
        <source>Reading the scan… (about two seconds a page)</source>
        <translation>Reading the scan… (about two seconds a page)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="116"/>
        <source>Filing %1 of %2 in this scan (pages %3).</source>
        <translation>Filing %1 of %2 in this scan (pages %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="134"/>
        <source>Read by the machine: %n field(s), marked green; check each against the scan.</source>
        <translation>
            <numerusform>Read by the machine: %n field, marked green; check it against the scan.</numerusform>
            <numerusform>Read by the machine: %n fields, marked green; check each against the scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="139"/>
        <source>%n read with low confidence, marked orange.</source>
        <translation>
            <numerusform>%n read with low confidence, marked orange.</numerusform>
            <numerusform>%n read with low confidence, marked orange.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="140"/>
        <source>Nothing is registered until you press Register; the time of receipt is yours.</source>
        <translation>Nothing is registered until you press Register; the time of receipt is yours.</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="64"/>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="65"/>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="133"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="73"/>
        <source>Akimat&apos;s name in Kazakh:</source>
        <translation>Akimat&apos;s name in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="74"/>
        <source>Akimat&apos;s name in Russian:</source>
        <translation>Akimat&apos;s name in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="75"/>
        <source>Akimat&apos;s name in English:</source>
        <translation>Akimat&apos;s name in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="76"/>
        <source>Address in Kazakh:</source>
        <translation>Address in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="77"/>
        <source>Address in Russian:</source>
        <translation>Address in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="78"/>
        <source>Address in English:</source>
        <translation>Address in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="79"/>
        <source>Department in Kazakh:</source>
        <translation>Department in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="80"/>
        <source>Department in Russian:</source>
        <translation>Department in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="81"/>
        <source>Department in English:</source>
        <translation>Department in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="82"/>
        <source>Signatory&apos;s position in Kazakh:</source>
        <translation>Signatory&apos;s position in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="83"/>
        <source>Signatory&apos;s position in Russian:</source>
        <translation>Signatory&apos;s position in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="84"/>
        <source>Signatory&apos;s position in English:</source>
        <translation>Signatory&apos;s position in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="85"/>
        <source>Signatory (initials and surname):</source>
        <translation>Signatory (initials and surname):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="86"/>
        <source>Office phone:</source>
        <translation>Office phone:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="87"/>
        <source>Office e-mail:</source>
        <translation>Office e-mail:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="88"/>
        <source>Executor (full name):</source>
        <translation>Executor (full name):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="90"/>
        <source>Emblem file (PNG, JPEG):</source>
        <translation>Emblem file (PNG, JPEG):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="98"/>
        <source>KATO code of the akimat (9 digits, for the statistics reported upward):</source>
        <translation>KATO code of the akimat (9 digits, for the statistics reported upward):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="99"/>
        <source>Day of the month the monthly statistics report is due (1–28):</source>
        <translation>Day of the month the monthly statistics report is due (1–28):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="103"/>
        <source>* required: every letter and receipt prints it.</source>
        <translation>* required: every letter and receipt prints it.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="89"/>
        <source>Executor&apos;s phone:</source>
        <translation>Executor&apos;s phone:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="91"/>
        <source>Akimat&apos;s BIN (12 digits; its EDS must carry it):</source>
        <translation>Akimat&apos;s BIN (12 digits; its EDS must carry it):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="92"/>
        <source>Signatory&apos;s IIN (12 digits):</source>
        <translation>Signatory&apos;s IIN (12 digits):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="93"/>
        <source>SMTP server for e-mailed answers:</source>
        <translation>SMTP server for e-mailed answers:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="94"/>
        <source>SMTP port:</source>
        <translation>SMTP port:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="95"/>
        <source>SMTP security (starttls, ssl, none):</source>
        <translation>SMTP security (starttls, ssl, none):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="96"/>
        <source>SMTP user (the password is kept in the OS keyring):</source>
        <translation>SMTP user (the password is kept in the OS keyring):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="97"/>
        <source>Sender address of e-mailed answers:</source>
        <translation>Sender address of e-mailed answers:</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="81"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="90"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="95"/>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Nothing was saved: correct the field marked in red.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="104"/>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="105"/>
        <source>The akimat (letterhead and signatory of letters and receipts)</source>
        <translation>The akimat (letterhead and signatory of letters and receipts)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="106"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="109"/>
        <source>The akimat</source>
        <translation>The akimat</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="110"/>
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="111"/>
        <source>Number formats</source>
        <translation>Number formats</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="112"/>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="113"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>SignLetterDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="109"/>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="109"/>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Key files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="120"/>
        <source>Signing… NCALayer is waiting for the signatory to choose the key and enter the PIN.</source>
        <translation>Signing… NCALayer is waiting for the signatory to choose the key and enter the PIN.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="121"/>
        <source>Signing with the training key…</source>
        <translation>Signing with the training key…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="158"/>
        <source>Sign with EDS</source>
        <translation>Sign with EDS</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="159"/>
        <source>&amp;NCALayer (the signatory&apos;s key or ID card)</source>
        <translation>&amp;NCALayer (the signatory&apos;s key or ID card)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="160"/>
        <source>&amp;Training key file (TEST register only)</source>
        <translation>&amp;Training key file (TEST register only)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="161"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="162"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="163"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="164"/>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
</context>
<context>
    <name>SignatureDetails</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="58"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="59"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="60"/>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="61"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="62"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="63"/>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="65"/>
        <source>Signing time stated by the signer</source>
        <translation>Signing time stated by the signer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="72"/>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="74"/>
        <source>NOT trusted: not used as the time</source>
        <translation>NOT trusted: not used as the time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="78"/>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="86"/>
        <source>Certificates checked</source>
        <translation>Certificates checked</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="90"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="93"/>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="97"/>
        <source>Technical notes</source>
        <translation>Technical notes</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="303"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="149"/>
        <source>No signed e-document is stored with this filing.</source>
        <translation>No signed e-document is stored with this filing.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="161"/>
        <source>Checking the signature again…</source>
        <translation>Checking the signature again…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="170"/>
        <source>Checked again: %1 (before: %2). The earlier verdicts are kept.</source>
        <translation>Checked again: %1 (before: %2). The earlier verdicts are kept.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="181"/>
        <source>&amp;Re-verify now</source>
        <translation>&amp;Re-verify now</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="184"/>
        <source>Check the stored original again with the roots and CRLs imported today; the new verdict is added to the history.</source>
        <translation>Check the stored original again with the roots and CRLs imported today; the new verdict is added to the history.</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../src/akimat_desk/ui/startup.py" line="73"/>
        <source>Opening the register…</source>
        <translation>Opening the register…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/startup.py" line="77"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="215"/>
        <source>Filings by %1</source>
        <translation>Filings by %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="215"/>
        <source>Filings</source>
        <translation>Filings</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="219"/>
        <source>Filings by month of registration</source>
        <translation>Filings by month of registration</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="224"/>
        <source>Total: %1 filings registered from %2 to %3</source>
        <translation>Total: %1 filings registered from %2 to %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="237"/>
        <source>Compute the statistics first.</source>
        <translation>Compute the statistics first.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="239"/>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="260"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="239"/>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="259"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="240"/>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="261"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="264"/>
        <source>Export the registration journal</source>
        <translation>Export the registration journal</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="286"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="293"/>
        <source>Registered &amp;from:</source>
        <translation>Registered &amp;from:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="294"/>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="297"/>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="299"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="300"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="301"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="302"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="303"/>
        <source>Refusal ground</source>
        <translation>Refusal ground</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="304"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="308"/>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="309"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="310"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="311"/>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="312"/>
        <source>Report &amp;upward…</source>
        <translation>Report &amp;upward…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="313"/>
        <source>Registration journal of the period</source>
        <translation>Registration journal of the period</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="314"/>
        <source>Journal PDF…</source>
        <translation>Journal PDF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="315"/>
        <source>Journal XLSX…</source>
        <translation>Journal XLSX…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="316"/>
        <source>Journal CSV…</source>
        <translation>Journal CSV…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="317"/>
        <source>Unmask personal data (IIN, address, phone, e-mail)</source>
        <translation>Unmask personal data (IIN, address, phone, e-mail)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="318"/>
        <source>Press Compute.</source>
        <translation>Press Compute.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="38"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="44"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="44"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="88"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="96"/>
        <source>done %1 (due %2)</source>
        <translation>done %1 (due %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="118"/>
        <source>The legal clock of this filing</source>
        <translation>The legal clock of this filing</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="122"/>
        <source>%n notification(s) reach the review deadline today. Without an answer by %1 the organizer holds the assembly as notified (art. 11 p.1 part 2): %2</source>
        <translation>
            <numerusform>%n notification reaches the review deadline today. Without an answer by %1 the organizer holds the assembly as notified (art. 11 p.1 part 2): %2</numerusform>
            <numerusform>%n notifications reach the review deadline today. Without an answer by %1 the organizer holds the assembly as notified (art. 11 p.1 part 2): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="135"/>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="150"/>
        <source>Sent by e-mail or SMS: the copy by registered mail with acknowledgment of delivery is still to be sent</source>
        <translation>Sent by e-mail or SMS: the copy by registered mail with acknowledgment of delivery is still to be sent</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="128"/>
        <source>Import a root or intermediate certificate</source>
        <translation>Import a root or intermediate certificate</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="130"/>
        <source>Certificates (*.cer *.crt *.der *.pem);;All files (*)</source>
        <translation>Certificates (*.cer *.crt *.der *.pem);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="136"/>
        <source>Expected SHA-256</source>
        <translation>Expected SHA-256</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="137"/>
        <source>The SHA-256 published by NCA RK (64 hex digits; leave empty to import without a pin):</source>
        <translation>The SHA-256 published by NCA RK (64 hex digits; leave empty to import without a pin):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="161"/>
        <source>Import a revocation list (CRL)</source>
        <translation>Import a revocation list (CRL)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="161"/>
        <source>Revocation lists (*.crl);;All files (*)</source>
        <translation>Revocation lists (*.crl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="184"/>
        <source>Trust TEST roots?</source>
        <translation>Trust TEST roots?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="208"/>
        <source>TEST roots are for training registers only. While this is on, signatures made with NCA RK test keys count as trusted (each verdict notes it). NEVER turn it on in production.</source>
        <translation>TEST roots are for training registers only. While this is on, signatures made with NCA RK test keys count as trusted (each verdict notes it). NEVER turn it on in production.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="220"/>
        <source>Signatures are checked offline against these certificates and revocation lists only. Download them from the official NCA RK sites, compare the SHA-256 with the published value, then import.</source>
        <translation>Signatures are checked offline against these certificates and revocation lists only. Download them from the official NCA RK sites, compare the SHA-256 with the published value, then import.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="225"/>
        <source>Root and intermediate certificates</source>
        <translation>Root and intermediate certificates</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="226"/>
        <source>Revocation lists (CRL)</source>
        <translation>Revocation lists (CRL)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="227"/>
        <source>Import a &amp;certificate…</source>
        <translation>Import a &amp;certificate…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="228"/>
        <source>Import a C&amp;RL…</source>
        <translation>Import a C&amp;RL…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="229"/>
        <source>Trust NCA RK &amp;TEST roots (training only)</source>
        <translation>Trust NCA RK &amp;TEST roots (training only)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="232"/>
        <source>You may view the trust store; importing needs the administrator&apos;s role.</source>
        <translation>You may view the trust store; importing needs the administrator&apos;s role.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="246"/>
        <source>Trust: roots and CRLs</source>
        <translation>Trust: roots and CRLs</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="147"/>
        <source>Decision recorded.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="147"/>
        <source>Dispatch recorded.</source>
        <translation>Dispatch recorded.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="149"/>
        <source>&amp;Undo (within this minute)</source>
        <translation>&amp;Undo (within this minute)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="150"/>
        <source>Ctrl+Z: undo with a reason; the history keeps both entries.</source>
        <translation>Ctrl+Z: undo with a reason; the history keeps both entries.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="37"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>The two new passwords differ; type them again.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="124"/>
        <source>registrar</source>
        <translation>registrar</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="125"/>
        <source>executor</source>
        <translation>executor</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="126"/>
        <source>signatory</source>
        <translation>signatory</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="127"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="128"/>
        <source>viewer (read only)</source>
        <translation>viewer (read only)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="136"/>
        <source>User name (latin or Cyrillic letters):</source>
        <translation>User name (latin or Cyrillic letters):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="137"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="138"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="191"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="139"/>
        <source>Password (at least 8 characters):</source>
        <translation>Password (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="140"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="146"/>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="146"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="152"/>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="154"/>
        <source>From the next start everyone logs in; single-clerk mode has ended.</source>
        <translation>From the next start everyone logs in; single-clerk mode has ended.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="163"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="217"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="164"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="218"/>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="169"/>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="176"/>
        <source>Password of %1 reset; the account is unlocked.</source>
        <translation>Password of %1 reset; the account is unlocked.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="183"/>
        <source>%1 unlocked.</source>
        <translation>%1 unlocked.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="194"/>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="200"/>
        <source>Role of %1 changed.</source>
        <translation>Role of %1 changed.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="209"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="216"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="223"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="230"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="241"/>
        <source>Single-clerk mode: this register has no user accounts, so the computer&apos;s account (%1) is the clerk and may do everything. Create the first administrator to require a login.</source>
        <translation>Single-clerk mode: this register has no user accounts, so the computer&apos;s account (%1) is the clerk and may do everything. Create the first administrator to require a login.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="245"/>
        <source>Create the first &amp;administrator…</source>
        <translation>Create the first &amp;administrator…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="248"/>
        <source>Logged in as %1 (%2).</source>
        <translation>Logged in as %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="252"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="253"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="254"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="255"/>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="256"/>
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="257"/>
        <source>Change &amp;my password…</source>
        <translation>Change &amp;my password…</translation>
    </message>
</context>
<context>
    <name>VerificationsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="86"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="87"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="88"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="89"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="90"/>
        <source>IIN / BIN</source>
        <translation>IIN / BIN</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="91"/>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="117"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="173"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="184"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="197"/>
        <source>Import signature</source>
        <translation>Import signature</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="173"/>
        <source>Signatures (*.cms *.p7s *.sig);;All files (*)</source>
        <translation>Signatures (*.cms *.p7s *.sig);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="228"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="231"/>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="242"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="258"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="261"/>
        <source>Record a bounce</source>
        <translation>Record a bounce</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="242"/>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>E-mail messages (*.eml);;All files (*)</translation>
    </message>
</context>
</TS>
