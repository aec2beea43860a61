<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="109" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="110" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="111" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="112" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="113" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="21" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="21" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="26" />
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="27" />
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="28" />
        <source>patronymic</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="29" />
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="30" />
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="31" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="32" />
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="33" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="34" />
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="35" />
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="36" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="37" />
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="38" />
        <source>categories</source>
        <translation>categories</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="39" />
        <source>route length, km</source>
        <translation>route length, km</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="40" />
        <source>start point</source>
        <translation>start point</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="41" />
        <source>end point</source>
        <translation>end point</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="42" />
        <source>representative</source>
        <translation>representative</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="43" />
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="44" />
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="45" />
        <source>starts</source>
        <translation>starts</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="46" />
        <source>ends</source>
        <translation>ends</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="47" />
        <source>filed on</source>
        <translation>filed on</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="48" />
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="49" />
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="50" />
        <source>sound equipment</source>
        <translation>sound equipment</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="51" />
        <source>visual materials</source>
        <translation>visual materials</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="52" />
        <source>measures</source>
        <translation>measures</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="53" />
        <source>vehicles</source>
        <translation>vehicles</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="54" />
        <source>organizer</source>
        <translation>organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="55" />
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="82" />
        <source>not required for a picket</source>
        <translation>not required for a picket</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="103" />
        <source>Legal checks</source>
        <translation>Legal checks</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="109" />
        <source>Filed in time: the last day to file was %1 (%2).</source>
        <translation>Filed in time: the last day to file was %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="111" />
        <source>Filed LATE: the last day to file was %1 (%2).</source>
        <translation>Filed LATE: the last day to file was %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="116" />
        <source>Borderline: the two readings of the filing period disagree; check before relying on it.</source>
        <translation>Borderline: the two readings of the filing period disagree; check before relying on it.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="120" />
        <source>All 13 content items are present.</source>
        <translation>All 13 content items are present.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="131" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="137" />
        <source>moved from %1 by a calendar change (%2); not yet acknowledged</source>
        <translation>moved from %1 by a calendar change (%2); not yet acknowledged</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="147" />
        <source>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="154" />
        <source>No countdown: the akimat has answered or the filing is closed.</source>
        <translation>No countdown: the akimat has answered or the filing is closed.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="167" />
        <source>Received %1, registered %2 · status: %3</source>
        <translation>Received %1, registered %2 · status: %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="227" />
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="228" />
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="257" />
        <source>Save attachment as</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="302" />
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="303" />
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="304" />
        <source>&amp;Withdrawn by organizer…</source>
        <translation>&amp;Withdrawn by organizer…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="305" />
        <source>&amp;Acknowledge moved deadline</source>
        <translation>&amp;Acknowledge moved deadline</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="306" />
        <source>Attac&amp;h file…</source>
        <translation>Attac&amp;h file…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="307" />
        <source>&amp;Print card…</source>
        <translation>&amp;Print card…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="308" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="309" />
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="310" />
        <source>Days counted for the review period (explain):</source>
        <translation>Days counted for the review period (explain):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="312" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="316" />
        <source>No filing open</source>
        <translation>No filing open</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="317" />
        <source>Open a filing from Today or the register (Enter or double-click).</source>
        <translation>Open a filing from Today or the register (Enter or double-click).</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="49" />
        <source>Correct filing %1</source>
        <translation>Correct filing %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="55" />
        <source>organizer</source>
        <translation>organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="57" />
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="70" />
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="71" />
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="72" />
        <source>&amp;New value:</source>
        <translation>&amp;New value:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="73" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="76" />
        <source>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</source>
        <translation>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="29" />
        <source>answered or closed</source>
        <translation>answered or closed</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="33" />
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day(s) left</numerusform>
            <numerusform>%n working day(s) left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="35" />
        <source>due today, %1 h left</source>
        <translation>due today, %1 h left</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="40" />
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by %n working day(s)</numerusform>
            <numerusform>overdue by %n working day(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="42" />
        <source>overdue since today's close</source>
        <translation>overdue since today's close</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="45" />
        <source>silence means consent after today, %1 h left</source>
        <translation>silence means consent after today, %1 h left</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="48" />
        <source>deadline passed: silence means consent</source>
        <translation>deadline passed: silence means consent</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="55" />
        <source>Review deadline %1, office closes at %2</source>
        <translation>Review deadline %1, office closes at %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="60" />
        <source>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="36" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="37" />
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="38" />
        <source>Proposals awaiting the organizer's answer</source>
        <translation>Proposals awaiting the organizer's answer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="39" />
        <source>Deadlines moved by a calendar change</source>
        <translation>Deadlines moved by a calendar change</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="40" />
        <source>Events in the next 7 days</source>
        <translation>Events in the next 7 days</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="104" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="18" />
        <source>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</source>
        <translation>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="25" />
        <source>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again.</source>
        <translation>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="33" />
        <source>The file could not be read or written: %1. Check the path and the permissions.</source>
        <translation>The file could not be read or written: %1. Check the path and the permissions.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="36" />
        <source>Something went wrong and nothing was saved; what you typed is kept. Details: %1</source>
        <translation>Something went wrong and nothing was saved; what you typed is kept. Details: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="42" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="128" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="129" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="130" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="36" />
        <source>valid check digit</source>
        <translation>valid check digit</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="38" />
        <source>12 digits expected</source>
        <translation>12 digits expected</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="39" />
        <source>digits only</source>
        <translation>digits only</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="40" />
        <source>%1 of 12 digits</source>
        <translation>%1 of 12 digits</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="43" />
        <source>wrong check digit: mistyped?</source>
        <translation>wrong check digit: mistyped?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="137" />
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="142" />
        <source>Organizer is:</source>
        <translation>Organizer is:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="143" />
        <source>Surname:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="144" />
        <source>Given name:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="145" />
        <source>Patronymic:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="146" />
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="149" />
        <source>Name of the legal entity:</source>
        <translation>Name of the legal entity:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="150" />
        <source>BIN:</source>
        <translation>BIN:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="153" />
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="154" />
        <source>Representative:</source>
        <translation>Representative:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="154" />
        <source>acts through a representative</source>
        <translation>acts through a representative</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="155" />
        <source>Representative's surname:</source>
        <translation>Representative's surname:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="156" />
        <source>Representative's given name:</source>
        <translation>Representative's given name:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="157" />
        <source>Representative's IIN:</source>
        <translation>Representative's IIN:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="158" />
        <source>Representative's e-mail:</source>
        <translation>Representative's e-mail:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="159" />
        <source>Representative's phone:</source>
        <translation>Representative's phone:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="161" />
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="162" />
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="164" />
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="165" />
        <source>Starts at:</source>
        <translation>Starts at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="166" />
        <source>Ends at:</source>
        <translation>Ends at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="168" />
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="170" />
        <source>Structures:</source>
        <translation>Structures:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="171" />
        <source>Measures:</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="173" />
        <source>Sound equipment:</source>
        <translation>Sound equipment:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="174" />
        <source>Visual materials:</source>
        <translation>Visual materials:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="175" />
        <source>Vehicles will be used:</source>
        <translation>Vehicles will be used:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="177" />
        <source>Number of vehicles:</source>
        <translation>Number of vehicles:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="178" />
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="179" />
        <source>Route length, km:</source>
        <translation>Route length, km:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="180" />
        <source>Start point:</source>
        <translation>Start point:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="181" />
        <source>End point:</source>
        <translation>End point:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="183" />
        <source>Regulations:</source>
        <translation>Regulations:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="185" />
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="186" />
        <source>Mobile phone:</source>
        <translation>Mobile phone:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="188" />
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="188" />
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="190" />
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="192" />
        <source>Date on the document:</source>
        <translation>Date on the document:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="194" />
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="194" />
        <source>signed by the organizer or representative</source>
        <translation>signed by the organizer or representative</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="197" />
        <source>a citizen</source>
        <translation>a citizen</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="197" />
        <source>a legal entity</source>
        <translation>a legal entity</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="200" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="202" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="204" />
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="277" />
        <source>as chosen above; it decides which items apply</source>
        <translation>as chosen above; it decides which items apply</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="20" />
        <source>Welcome to akimat_desk</source>
        <translation>Welcome to akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="23" />
        <source>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</source>
        <translation>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="35" />
        <source>Fill the register with demo filings (all forms and statuses, Almaty and Astana) to look around. Use a separate folder (--home) for real work.</source>
        <translation>Fill the register with demo filings (all forms and statuses, Almaty and Astana) to look around. Use a separate folder (--home) for real work.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="92" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="93" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="94" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="95" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="96" />
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="97" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="74" />
        <source>what exactly (optional)</source>
        <translation>what exactly (optional)</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="14" />
        <source>Purpose of the assembly</source>
        <translation>Purpose of the assembly</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="15" />
        <source>Form of the assembly</source>
        <translation>Form of the assembly</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="16" />
        <source>Organizer (and representative)</source>
        <translation>Organizer (and representative)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="17" />
        <source>Place of holding</source>
        <translation>Place of holding</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="18" />
        <source>Place or route of movement</source>
        <translation>Place or route of movement</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="19" />
        <source>Date, start and end time</source>
        <translation>Date, start and end time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="20" />
        <source>Expected number of participants</source>
        <translation>Expected number of participants</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="21" />
        <source>Yurts, tents and other structures</source>
        <translation>Yurts, tents and other structures</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="22" />
        <source>Sound-amplifying equipment and visual materials</source>
        <translation>Sound-amplifying equipment and visual materials</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="23" />
        <source>Public order, medical aid and fire-safety measures; equipment and vehicles</source>
        <translation>Public order, medical aid and fire-safety measures; equipment and vehicles</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="26" />
        <source>Vehicles: number, categories, route, start and end</source>
        <translation>Vehicles: number, categories, route, start and end</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="27" />
        <source>Regulations approved by the organizer</source>
        <translation>Regulations approved by the organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="28" />
        <source>E-mail and mobile phone</source>
        <translation>E-mail and mobile phone</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="29" />
        <source>Consent to processing of personal data</source>
        <translation>Consent to processing of personal data</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="30" />
        <source>Sources of funding</source>
        <translation>Sources of funding</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="31" />
        <source>Date of filing and signature</source>
        <translation>Date of filing and signature</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="43" />
        <source>Content items of %1</source>
        <translation>Content items of %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="239" />
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Filings shown: %n</numerusform>
            <numerusform>Filings shown: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="265" />
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — register of peaceful assembly filings</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="269" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="267" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="116" />
        <source>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it with 'akimat-desk calendar confirm'.</source>
        <translation>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it with 'akimat-desk calendar confirm'.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="201" />
        <source>About akimat_desk</source>
        <translation>About akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="202" />
        <source>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</source>
        <translation>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="240" />
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="241" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="247" />
        <source>calendar %1 NOT confirmed</source>
        <translation>calendar %1 NOT confirmed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="249" />
        <source>calendar %1 confirmed</source>
        <translation>calendar %1 confirmed</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="250" />
        <source>user: %1</source>
        <translation>user: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="266" />
        <source>&amp;New filing…</source>
        <translation>&amp;New filing…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="268" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="270" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="271" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="272" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="273" />
        <source>F&amp;iling</source>
        <translation>F&amp;iling</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="274" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="275" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="276" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="278" />
        <source>Today (%n due)</source>
        <translation>
            <numerusform>Today (%n due)</numerusform>
            <numerusform>Today (%n due)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="278" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="278" />
        <source>Filing card</source>
        <translation>Filing card</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="279" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="55" />
        <source>Incoming No.</source>
        <translation>Incoming No.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="56" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="57" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="58" />
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="59" />
        <source>Place or route</source>
        <translation>Place or route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="60" />
        <source>Event date and time</source>
        <translation>Event date and time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="62" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="63" />
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="155" />
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="156" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="242" />
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Search by organizer, purpose, place or number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="243" />
        <source>F&amp;orm:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="244" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="245" />
        <source>Registered f&amp;rom:</source>
        <translation>Registered f&amp;rom:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="246" />
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="248" />
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="249" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="71" />
        <source>New filing</source>
        <translation>New filing</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="99" />
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="99" />
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="100" />
        <source>&amp;Received at:</source>
        <translation>&amp;Received at:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="100" />
        <source>&amp;Language of the filing:</source>
        <translation>&amp;Language of the filing:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="113" />
        <source>Add scans or files…</source>
        <translation>Add scans or files…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="117" />
        <source>E-filing: add the signed file first. It is stored byte for byte with its SHA-256 as the original e-document; the signature itself is verified once signature checking is available (issue 7).</source>
        <translation>E-filing: add the signed file first. It is stored byte for byte with its SHA-256 as the original e-document; the signature itself is verified once signature checking is available (issue 7).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="128" />
        <source>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</source>
        <translation>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="138" />
        <source>&amp;Register (Enter)</source>
        <translation>&amp;Register (Enter)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="141" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="148" />
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="195" />
        <source>All content items are present.</source>
        <translation>All content items are present.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="196" />
        <source>Defects found: %n</source>
        <translation>
            <numerusform>Defects found: %n</numerusform>
            <numerusform>Defects found: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="199" />
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="200" />
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="229" />
        <source>Registered on %1 at %2. Defects recorded: %3.</source>
        <translation>Registered on %1 at %2. Defects recorded: %3.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="233" />
        <source>These files were NOT attached; attach them from the card:</source>
        <translation>These files were NOT attached; attach them from the card:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="243" />
        <source>Incoming number</source>
        <translation>Incoming number</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="256" />
        <source>&amp;Open the card</source>
        <translation>&amp;Open the card</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="258" />
        <source>Register &amp;next</source>
        <translation>Register &amp;next</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="260" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="36" />
        <source>Akimat's name in Kazakh:</source>
        <translation>Akimat's name in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="37" />
        <source>Akimat's name in Russian:</source>
        <translation>Akimat's name in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="38" />
        <source>Akimat's name in English:</source>
        <translation>Akimat's name in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="39" />
        <source>Address in Kazakh:</source>
        <translation>Address in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="40" />
        <source>Address in Russian:</source>
        <translation>Address in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="41" />
        <source>Address in English:</source>
        <translation>Address in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="42" />
        <source>Department in Kazakh:</source>
        <translation>Department in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="43" />
        <source>Department in Russian:</source>
        <translation>Department in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="44" />
        <source>Department in English:</source>
        <translation>Department in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="45" />
        <source>Signatory's position in Kazakh:</source>
        <translation>Signatory's position in Kazakh:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="46" />
        <source>Signatory's position in Russian:</source>
        <translation>Signatory's position in Russian:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="47" />
        <source>Signatory's position in English:</source>
        <translation>Signatory's position in English:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="48" />
        <source>Signatory (initials and surname):</source>
        <translation>Signatory (initials and surname):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="49" />
        <source>Office phone:</source>
        <translation>Office phone:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="50" />
        <source>Office e-mail:</source>
        <translation>Office e-mail:</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="61" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="72" />
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="73" />
        <source>The akimat (letterhead and signatory of letters and receipts)</source>
        <translation>The akimat (letterhead and signatory of letters and receipts)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="74" />
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="30" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="38" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="44" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="44" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/pages/today.py" line="103" />
        <source>%n notification(s) reach the review deadline today. Without an answer by %1 the assembly goes ahead as notified (silence means consent, art. 11 p.1): %2</source>
        <translation>
            <numerusform>%n notification(s) reach the review deadline today. Without an answer by %1 the assembly goes ahead as notified (silence means consent, art. 11 p.1): %2</numerusform>
            <numerusform>%n notification(s) reach the review deadline today. Without an answer by %1 the assembly goes ahead as notified (silence means consent, art. 11 p.1): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/today.py" line="116" />
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
</context>
</TS>