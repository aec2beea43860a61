<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../src/akimat_desk/ui/qt_app.py" line="44" />
        <source>Empty register</source>
        <translation>Бос тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/qt_app.py" line="45" />
        <source>The register is empty. Load a demo register with 60 sample filings to look around?
Use a separate folder (--home) for real work.</source>
        <translation>Тіркеу журналы бос. Танысу үшін 60 үлгі құжаты бар демонстрациялық журналды жүктеу керек пе?
Нақты жұмыс үшін бөлек қалтаны (--home) пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="93" />
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Көрсетілген құжаттар: %n</numerusform>
            <numerusform>Көрсетілген құжаттар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="96" />
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — бейбіт жиналыстар туралы хабарламалар мен өтініштерді тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="97" />
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Ұйымдастырушы, мақсат, орын немесе нөмір бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="98" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="99" />
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="100" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="101" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="102" />
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="30" />
        <source>Incoming No.</source>
        <translation>Кіріс №</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="31" />
        <source>Received</source>
        <translation>Түскені</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="32" />
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="33" />
        <source>Organizer</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="34" />
        <source>Place or route</source>
        <translation>Орын немесе бағыт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="35" />
        <source>Event date and time</source>
        <translation>Өткізу күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="36" />
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="37" />
        <source>Defects</source>
        <translation>Кемшіліктер</translation>
    </message>
</context>
</TS>