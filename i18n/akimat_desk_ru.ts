<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../src/akimat_desk/ui/qt_app.py" line="44" />
        <source>Empty register</source>
        <translation>Пустой журнал</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/qt_app.py" line="45" />
        <source>The register is empty. Load a demo register with 60 sample filings to look around?
Use a separate folder (--home) for real work.</source>
        <translation>Журнал регистрации пуст. Загрузить демонстрационный журнал с 60 примерами обращений, чтобы осмотреться?
Для настоящей работы используйте отдельную папку (--home).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="93" />
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Показано обращений: %n</numerusform>
            <numerusform>Показано обращений: %n</numerusform>
            <numerusform>Показано обращений: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="96" />
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — журнал регистрации уведомлений и заявлений о мирных собраниях</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="97" />
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Поиск по организатору, цели, месту или номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="98" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="99" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="100" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="101" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="102" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="30" />
        <source>Incoming No.</source>
        <translation>Вх. №</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="31" />
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="32" />
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="33" />
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="34" />
        <source>Place or route</source>
        <translation>Место или маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="35" />
        <source>Event date and time</source>
        <translation>Дата и время проведения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="36" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="37" />
        <source>Defects</source>
        <translation>Недостатки</translation>
    </message>
</context>
</TS>