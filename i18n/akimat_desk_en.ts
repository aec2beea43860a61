<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../src/akimat_desk/ui/qt_app.py" line="44" />
        <source>Empty register</source>
        <translation>Empty register</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/qt_app.py" line="45" />
        <source>The register is empty. Load a demo register with 60 sample filings to look around?
Use a separate folder (--home) for real work.</source>
        <translation>The register is empty. Load a demo register with 60 sample filings to look around?
Use a separate folder (--home) for real work.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="93" />
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Filings shown: %n</numerusform>
            <numerusform>Filings shown: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="96" />
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — register of peaceful assembly filings</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="97" />
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Search by organizer, purpose, place or number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="98" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="99" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="100" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="101" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="102" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="30" />
        <source>Incoming No.</source>
        <translation>Incoming No.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="31" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="32" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="33" />
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="34" />
        <source>Place or route</source>
        <translation>Place or route</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="35" />
        <source>Event date and time</source>
        <translation>Event date and time</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="36" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="37" />
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
</context>
</TS>