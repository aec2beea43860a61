<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="142"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="150"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="152"/>
        <source>Register copies (*.db);;All files (*)</source>
        <translation>Копии журнала (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="165"/>
        <source>Restored from %1; the replaced register is kept as %2</source>
        <translation>Восстановлено из %1; заменённый журнал сохранён как %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="49"/>
        <source>Places &amp; bookings</source>
        <translation>Места и бронирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="53"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="60"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="189"/>
        <source>&amp;Import a legacy journal…</source>
        <translation>&amp;Импорт старого журнала…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="190"/>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="191"/>
        <source>R&amp;estore from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="195"/>
        <source>single-clerk mode: no user accounts, %1 may do everything</source>
        <translation>режим одного работника: учётных записей нет, %1 может всё</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="202"/>
        <source>logged in: %1 (%2)</source>
        <translation>вход: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="45"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="46"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="47"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="48"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="49"/>
        <source>SHA-256</source>
        <translation>Хеш SHA-256</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="78"/>
        <source>The history of this register could not be checked, so a change made outside the application would go unnoticed: %1</source>
        <translation>Историю этого журнала не удалось проверить, поэтому изменение в обход приложения осталось бы незамеченным: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="216"/>
        <source>Today&apos;s automatic backup was not made: %1 Make a copy with File &gt; Back up now.</source>
        <translation>Сегодняшняя автоматическая резервная копия не создана: %1 Создайте копию через Файл &gt; Создать резервную копию.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="69"/>
        <source>The history of this register was changed outside the application: %1 Work can go on; tell the administrator, who compares it with the last good backup.</source>
        <translation>История этого журнала изменена в обход приложения: %1 Работу можно продолжать; сообщите администратору, он сравнит с последней исправной копией.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="99"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="111"/>
        <source>Copying and verifying the register…</source>
        <translation>Копирование и проверка журнала…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="120"/>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="208"/>
        <source>Backup failed</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="126"/>
        <source>Backup saved and verified (integrity ok, history intact): %1</source>
        <translation>Копия сохранена и проверена (целостность в порядке, история не нарушена): %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="130"/>
        <source>Older copies removed by the retention rule: %1</source>
        <translation>Старых копий удалено по правилу хранения: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="150"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="151"/>
        <source>Replace the whole register with the copy %1? What it holds now is kept as a &apos;before-restore&apos; copy in the backups folder.</source>
        <translation>Заменить весь журнал копией %1? Текущее содержимое будет сохранено как копия «before-restore» в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="162"/>
        <source>Verifying the copy and restoring…</source>
        <translation>Проверка копии и восстановление…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="180"/>
        <source>Restore failed</source>
        <translation>Восстановление не выполнено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="197"/>
        <source>Making the automatic backup before closing…</source>
        <translation>Автоматическая резервная копия перед закрытием…</translation>
    </message>
</context>
<context>
    <name>BackupPolicyBox</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="277"/>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="289"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="298"/>
        <source>Backups (verified copies of the register)</source>
        <translation>Резервные копии (проверенные копии журнала)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="299"/>
        <source>Backup &amp;folder (a USB disk or a network share):</source>
        <translation>&amp;Папка копий (USB-диск или сетевая папка):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="301"/>
        <source>Copies to &amp;keep:</source>
        <translation>&amp;Сколько копий хранить:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="303"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="304"/>
        <source>A copy every day (at start, when the last one is a day old)</source>
        <translation>Копия каждый день (при запуске, если последней больше суток)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="305"/>
        <source>A copy when the window closes</source>
        <translation>Копия при закрытии окна</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="306"/>
        <source>Save backup settings</source>
        <translation>Сохранить настройки копий</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="27"/>
        <source>copying and verifying the register</source>
        <translation>копирование и проверка журнала</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="28"/>
        <source>restoring the register from a backup</source>
        <translation>восстановление журнала из резервной копии</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="29"/>
        <source>checking the history chains</source>
        <translation>проверка цепочек истории</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="30"/>
        <source>computing the statistics</source>
        <translation>расчёт статистики</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="31"/>
        <source>exporting</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="32"/>
        <source>importing the journal</source>
        <translation>импорт журнала</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="33"/>
        <source>preparing the letter</source>
        <translation>подготовка письма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="34"/>
        <source>reading the scan</source>
        <translation>распознавание скана</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="35"/>
        <source>consolidating the reports</source>
        <translation>сведение отчётов</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="36"/>
        <source>signing</source>
        <translation>подписание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="37"/>
        <source>verifying the signature</source>
        <translation>проверка подписи</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="44"/>
        <source>Working: %1…</source>
        <translation>Выполняется: %1…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="45"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="107"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="108"/>
        <source>✔ The calendar of %1 is confirmed.</source>
        <translation>✔ Календарь %1 года подтверждён.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="113"/>
        <source>⚠ The calendar of %1 is NOT confirmed: deadlines in %1 are counted on the days known so far and shown as such.</source>
        <translation>⚠ Календарь %1 года НЕ подтверждён: сроки в %1 году считаются по известным на сегодня дням и отмечаются как неподтверждённые.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="120"/>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="120"/>
        <source>confirmation withdrawn</source>
        <translation>подтверждение отозвано</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="138"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="140"/>
        <source>Deadlines moved by this change: %1 (see Today).</source>
        <translation>Сроков перенесено этим изменением: %1 (см. «Сегодня»).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="153"/>
        <source>Confirm a year once its transfers of days off and the day of Kurban Ait are published. Until then the register warns that the year&apos;s deadlines may move.</source>
        <translation>Подтвердите год, когда опубликованы переносы выходных дней и день Курбан айта. До этого журнал предупреждает, что сроки этого года могут сместиться.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="156"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="157"/>
        <source>Days off on weekdays:</source>
        <translation>Выходные в будние дни:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="158"/>
        <source>Working Saturdays and Sundays:</source>
        <translation>Рабочие субботы и воскресенья:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="159"/>
        <source>Confirmations:</source>
        <translation>Подтверждения:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="160"/>
        <source>&amp;Act (order, decision; optional):</source>
        <translation>&amp;Акт (приказ, решение; необязательно):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="161"/>
        <source>Order of the Ministry of Labour No. … of …</source>
        <translation>Приказ МТСЗН № … от …</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="162"/>
        <source>&amp;Confirm the year</source>
        <translation>&amp;Подтвердить год</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="163"/>
        <source>&amp;Withdraw the confirmation</source>
        <translation>&amp;Отозвать подтверждение</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="22"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="22"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="27"/>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="28"/>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="29"/>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="30"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="31"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="32"/>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="33"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="34"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="35"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="36"/>
        <source>used</source>
        <translation>используется</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="37"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="38"/>
        <source>number</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="39"/>
        <source>categories</source>
        <translation>категории</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="40"/>
        <source>route length, km</source>
        <translation>протяжённость маршрута, км</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="41"/>
        <source>start point</source>
        <translation>начальный пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="42"/>
        <source>end point</source>
        <translation>конечный пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="43"/>
        <source>representative</source>
        <translation>представитель</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="44"/>
        <source>route</source>
        <translation>маршрут следования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="45"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="46"/>
        <source>starts</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="47"/>
        <source>ends</source>
        <translation>окончание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="48"/>
        <source>filed on</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="49"/>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="50"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="51"/>
        <source>sound equipment</source>
        <translation>звукоусиливающие технические средства</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="52"/>
        <source>visual materials</source>
        <translation>средства наглядной агитации</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="53"/>
        <source>measures</source>
        <translation>меры</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="54"/>
        <source>vehicles</source>
        <translation>транспортные средства</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="55"/>
        <source>organizer</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="56"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="111"/>
        <source>not required for a picket</source>
        <translation>не требуется для пикетирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="136"/>
        <source>Legal checks</source>
        <translation>Правовые проверки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="142"/>
        <source>Filed in time: the last day to file was %1 (%2).</source>
        <translation>Подано в срок: последний день подачи — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="144"/>
        <source>Filed LATE: the last day to file was %1 (%2).</source>
        <translation>Подано С ОПОЗДАНИЕМ: последний день подачи — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="155"/>
        <source>Borderline: the two readings of the filing period disagree; check before relying on it.</source>
        <translation>Пограничный случай: два прочтения срока подачи расходятся; проверьте, прежде чем полагаться.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="163"/>
        <source>All 13 content items are present.</source>
        <translation>Все 13 пунктов содержания на месте.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="174"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="180"/>
        <source>moved from %1 by a calendar change (%2); not yet acknowledged</source>
        <translation>перенесён с %1 изменением календаря (%2); ещё не подтверждено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="198"/>
        <source>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Без ответа до конца рабочего дня в последний день срока организатор проводит мирное собрание согласно уведомлению (п. 1 ст. 11 Закона).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="209"/>
        <source>No countdown: the akimat has answered or the filing is closed.</source>
        <translation>Отсчёта нет: акимат ответил или обращение закрыто.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="228"/>
        <source>Received %1, registered %2 · status: %3</source>
        <translation>Поступило %1, зарегистрировано %2 · статус: %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="291"/>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="294"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканированные копии и документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="325"/>
        <source>Save attachment as</source>
        <translation>Сохранить вложение как</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="378"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="379"/>
        <source>Change &amp;status</source>
        <translation>Изменить &amp;статус</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="380"/>
        <source>&amp;Withdrawn by organizer…</source>
        <translation>&amp;Отозвано организатором…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="381"/>
        <source>&amp;Acknowledge moved deadline</source>
        <translation>&amp;Подтвердить перенос срока</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="382"/>
        <source>Attac&amp;h file…</source>
        <translation>П&amp;риложить файл…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="383"/>
        <source>&amp;Print card…</source>
        <translation>&amp;Печать карточки…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="384"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="385"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="386"/>
        <source>Days counted for the review period (explain):</source>
        <translation>Дни, засчитанные в срок рассмотрения (пояснение):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="388"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="389"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="390"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="391"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="392"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="398"/>
        <source>No filing open</source>
        <translation>Обращение не открыто</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="399"/>
        <source>Open a filing from Today or the register (Enter or double-click).</source>
        <translation>Откройте обращение со страницы «Сегодня» или из журнала (Enter или двойной щелчок).</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="122"/>
        <source>Subject</source>
        <translation>Владелец (subject)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="123"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="124"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="125"/>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="126"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="133"/>
        <source>TEST</source>
        <translation>ТЕСТ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="135"/>
        <source>production</source>
        <translation>рабочий (промышленный)</translation>
    </message>
</context>
<context>
    <name>CheckLetterDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="293"/>
        <source>Letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Письма (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="294"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="327"/>
        <source>Check a letter</source>
        <translation>Проверить письмо</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="299"/>
        <source>Reading the QR code…</source>
        <translation>Чтение QR-кода…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="328"/>
        <source>&amp;Open a PDF or a photo of the letter…</source>
        <translation>&amp;Открыть PDF или фото письма…</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="79"/>
        <source>Specialized place: %1 (capacity %2)</source>
        <translation>Специализированное место: %1 (норма предельной заполняемости %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="84"/>
        <source>Not linked to a specialized place.</source>
        <translation>Не привязано к специализированному месту.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="88"/>
        <source>No place or time problem found.</source>
        <translation>Проблем с местом и временем не найдено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="93"/>
        <source>Article: %1</source>
        <translation>Норма: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="95"/>
        <source>suggested refusal ground: %1 (art. 14 p.1 sub. %1)</source>
        <translation>возможное основание отказа: %1 (подп. %1) п. 1 ст. 14)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="113"/>
        <source>No specialized places yet: the administrator adds them on the Places page.</source>
        <translation>Специализированных мест пока нет: администратор добавляет их на странице «Места».</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="123"/>
        <source>Place and time checks (suggestions: the clerk decides, nothing is refused automatically)</source>
        <translation>Проверки места и времени (подсказки: решает работник, автоматических отказов нет)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="125"/>
        <source>&amp;Link to a place…</source>
        <translation>&amp;Привязать к месту…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="128"/>
        <source>61-NP: the place is booked. Before refusing on ground 10 (art. 14 p.1 sub. 10) the akimat must first PROPOSE another place and/or time to the organizer (Constitutional Court normative resolution No. 61-NP).</source>
        <translation>61-НП: место занято. Прежде чем отказать по основанию 10 (подп. 10) п. 1 ст. 14), акимат должен сначала ПРЕДЛОЖИТЬ организатору другое место и (или) время (нормативное постановление Конституционного Суда № 61-НП).</translation>
    </message>
</context>
<context>
    <name>ConsolidationView</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="154"/>
        <source>Import the list of offices</source>
        <translation>Импорт списка акиматов</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="154"/>
        <source>CSV tables (*.csv);;All files (*)</source>
        <translation>Таблицы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="171"/>
        <source>Import statistics packages</source>
        <translation>Импорт пакетов статистики</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="171"/>
        <source>Statistics packages (*.akstat);;All files (*)</source>
        <translation>Пакеты статистики (*.akstat);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="252"/>
        <source>Compute the tables first.</source>
        <translation>Сначала рассчитайте таблицы.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="254"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="254"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="255"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="262"/>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="284"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="271"/>
        <source>Export open data</source>
        <translation>Экспорт открытых данных</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="271"/>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>Таблица CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="290"/>
        <source>Import the list of &amp;offices…</source>
        <translation>Импорт списка &amp;акиматов…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="291"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Импорт пакетов…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="292"/>
        <source>Months &amp;from:</source>
        <translation>Месяцы &amp;с:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="293"/>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="296"/>
        <source>&amp;Table:</source>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="303"/>
        <source>&amp;Compute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="304"/>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="305"/>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="306"/>
        <source>Open &amp;data…</source>
        <translation>Открытые &amp;данные…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="307"/>
        <source>Import packages, then press Compute.</source>
        <translation>Импортируйте пакеты и нажмите «Рассчитать».</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="41"/>
        <source>Correct filing %1</source>
        <translation>Исправление обращения %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="56"/>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="57"/>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="58"/>
        <source>&amp;New value:</source>
        <translation>&amp;Новое значение:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="59"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="62"/>
        <source>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</source>
        <translation>Входящий номер не меняется никогда. Исправление сохраняется в истории: кто, когда, старое и новое значение и причина.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="33"/>
        <source>answered or closed</source>
        <translation>ответ дан или закрыто</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="43"/>
        <source>the organizer&apos;s day to answer the proposal ended %1: record the answer; without agreement a refusal is due (art. 11 p.3, art. 13 p.3)</source>
        <translation>срок ответа организатора на предложение истёк %1: внесите ответ; без согласия выносится отказ (п. 3 ст. 11, п. 3 ст. 13 Закона)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="47"/>
        <source>the organizer answers the proposal by %1, the close of office hours</source>
        <translation>организатор отвечает на предложение до %1, до окончания приёма</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="56"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>осталось %n рабочий день</numerusform>
            <numerusform>осталось %n рабочих дня</numerusform>
            <numerusform>осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="58"/>
        <source>due today, %1 h left</source>
        <translation>срок сегодня, осталось %1 ч</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="63"/>
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>просрочено на %n рабочий день</numerusform>
            <numerusform>просрочено на %n рабочих дня</numerusform>
            <numerusform>просрочено на %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="65"/>
        <source>overdue since today&apos;s close</source>
        <translation>просрочено с конца сегодняшнего рабочего дня</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="68"/>
        <source>without an answer after today the organizer holds it as notified, %1 h left</source>
        <translation>без ответа после сегодняшнего дня организатор проводит согласно уведомлению, осталось %1 ч</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="71"/>
        <source>deadline passed: the organizer holds it as notified (art. 11 p.1)</source>
        <translation>срок истёк: организатор проводит согласно уведомлению (п. 1 ст. 11)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="79"/>
        <source>The organizer&apos;s answer to the proposal: one working day after it reached the organizer, until %1 (office closes at %2)</source>
        <translation>Ответ организатора мирного собрания на предложение: один рабочий день после его вручения организатору, до %1 (приём заканчивается в %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="84"/>
        <source>Review deadline %1, office closes at %2</source>
        <translation>Срок рассмотрения %1, окончание рабочего дня %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="88"/>
        <source>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Без ответа в срок организатор проводит мирное собрание согласно уведомлению (п. 1 ст. 11 Закона).</translation>
    </message>
</context>
<context>
    <name>CrlsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="143"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="144"/>
        <source>Full / delta</source>
        <translation>Полный / дельта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="145"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="146"/>
        <source>Entries</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="147"/>
        <source>Issued</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="148"/>
        <source>Next update</source>
        <translation>Следующее обновление</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="154"/>
        <source>delta</source>
        <translation>дельта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="156"/>
        <source>full</source>
        <translation>полный</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="38"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="39"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="40"/>
        <source>Proposals awaiting the organizer&apos;s answer</source>
        <translation>Предложения, ждущие ответа организатора</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="41"/>
        <source>Deadlines moved by a calendar change</source>
        <translation>Сроки, перенесённые изменением календаря</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="42"/>
        <source>Events in the next 7 days</source>
        <translation>Мирные собрания в ближайшие 7 дней</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="127"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="37"/>
        <source>Needs a decision (due today, none by noon)</source>
        <translation>Требует решения (срок сегодня, к полудню решения нет)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="43"/>
        <source>Registered-mail copy to send</source>
        <translation>Копия заказным письмом к отправке</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="129"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="141"/>
        <source>%1: this date must be stated; type it as %2.</source>
        <translation>%1: дату нужно указать; наберите её как %2.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="143"/>
        <source>%1: not a complete date; type it as %2.</source>
        <translation>%1: дата неполная; наберите её как %2.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="217"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="221"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Календарь (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="222"/>
        <source>Type the digits: 16122026 gives 16.12.2026</source>
        <translation>Наберите только цифры: 16122026 → 16.12.2026</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="315"/>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="341"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>дд.мм.гггг чч:мм</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="219"/>
        <source>ground %1</source>
        <translation>основания %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="224"/>
        <source>the proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="225"/>
        <source>the information</source>
        <translation>дополнительную информацию</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="226"/>
        <source>why the law does not apply</source>
        <translation>почему Закон не применяется</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="234"/>
        <source>Write %1 in Kazakh and in Russian: each letter prints only the text in its own language.</source>
        <translation>Напишите %1 на казахском и на русском языках: каждое письмо печатает только текст на своем языке.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="238"/>
        <source>The text of %1 in a language&apos;s box is written in another language: correct it before deciding.</source>
        <translation>Текст (%1) в поле одного языка написан на другом языке: исправьте его до принятия решения.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="247"/>
        <source>Tick at least one ground of refusal and write its reason (art. 14 p.2).</source>
        <translation>Отметьте хотя бы одно основание отказа и напишите его мотивы (п. 2 ст. 14).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="251"/>
        <source>Ground %1 needs a written reason: a refusal must be justified and reasoned (art. 14 p.2).</source>
        <translation>Для основания %1 нужны письменные мотивы: отказ должен быть обоснованным и мотивированным (п. 2 ст. 14).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="276"/>
        <source>grounds: %1</source>
        <translation>основания: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="277"/>
        <source>Record the decision: %1 for filing %2?</source>
        <translation>Записать решение: %1 по обращению %2?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="283"/>
        <source>Record the decision?</source>
        <translation>Записать решение?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="285"/>
        <source>This will be in the register&apos;s history. It can be undone only within this minute.</source>
        <translation>Это останется в истории журнала. Отменить можно только в течение этой минуты.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="287"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Вернуться к форме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="288"/>
        <source>&amp;Record the decision</source>
        <translation>&amp;Записать решение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="309"/>
        <source>Decision on %1</source>
        <translation>Решение по %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="314"/>
        <source>Choose the outcome. The letter is then printed from the card in the filing&apos;s language, with the akimat&apos;s letterhead and an outgoing number.</source>
        <translation>Выберите исход. Письмо затем печатается из карточки на языке обращения, на бланке акимата и с исходящим номером.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="320"/>
        <source>Late: the review deadline has passed. The decision is accepted but marked late in the card and the history.</source>
        <translation>С опозданием: срок рассмотрения истёк. Решение принимается, но отмечается как принятое с опозданием в карточке и истории.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="324"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Исход:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="325"/>
        <source>&amp;Proposed place, route and/or time:</source>
        <translation>Предлагаемые &amp;место, маршрут и (или) время:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="326"/>
        <source>Further &amp;information (e.g. the akimat&apos;s representative):</source>
        <translation>Дополнительная &amp;информация (например, представитель акимата):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="327"/>
        <source>&amp;Why the law does not apply:</source>
        <translation>&amp;Почему Закон не применяется:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="330"/>
        <source>Grounds of refusal (art. 14 p.1; each needs a written reason). Greyed grounds cannot be used now: see the note under them.</source>
        <translation>Основания отказа (п. 1 ст. 14; для каждого нужны письменные мотивы). Серые основания сейчас применить нельзя: см. примечание под ними.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="334"/>
        <source>&amp;Decide</source>
        <translation>&amp;Принять решение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="335"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DecisionTexts</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="15"/>
        <source>Inform: held as notified</source>
        <translation>Сообщить: проводится как уведомлено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="16"/>
        <source>Inform with conditions (art. 11 p.1 sub. 1)</source>
        <translation>Сообщить с условиями (подп. 1 п. 1 ст. 11)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="19"/>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="20"/>
        <source>Approve without sound-amplifying equipment and vehicles</source>
        <translation>Согласовать без звукоусиливающих технических средств и транспортных средств</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="23"/>
        <source>Propose another place and/or time</source>
        <translation>Предложить иное место и (или) время</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="24"/>
        <source>Refuse (with grounds and reasons)</source>
        <translation>Отказать в проведении (с основаниями и мотивами)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="25"/>
        <source>Outside the scope of the law (art. 2 p.5)</source>
        <translation>Не распространяется действие Закона (п. 5 ст. 2)</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="120"/>
        <source>No decision yet.</source>
        <translation>Решения ещё нет.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="132"/>
        <source>late: after the review deadline</source>
        <translation>с опозданием: после срока рассмотрения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="141"/>
        <source>Proposed: %1</source>
        <translation>Предложено: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="145"/>
        <source>The answer went out within the review deadline.</source>
        <translation>Ответ отправлен в срок рассмотрения.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="149"/>
        <source>The answer went out AFTER the review deadline.</source>
        <translation>Ответ отправлен ПОСЛЕ срока рассмотрения.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="153"/>
        <source>The letter has not been sent yet: record the dispatch.</source>
        <translation>Письмо ещё не отправлено: зарегистрируйте отправку.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="158"/>
        <source>The e-mail bounced and counts as not sent: %1</source>
        <translation>Электронное письмо вернулось и считается неотправленным: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="274"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Принять решение…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="275"/>
        <source>Organizer&apos;s &amp;answer…</source>
        <translation>&amp;Ответ организатора…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="276"/>
        <source>&amp;Letter (preview, print)…</source>
        <translation>&amp;Письмо (просмотр, печать)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="277"/>
        <source>Record dis&amp;patch…</source>
        <translation>Зарегистрировать &amp;отправку…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="278"/>
        <source>Record deli&amp;very…</source>
        <translation>Зарегистрировать &amp;вручение…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="295"/>
        <source>Decisions and letters</source>
        <translation>Решения и письма</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="241"/>
        <source>Record the delivery</source>
        <translation>Регистрация вручения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="242"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Трек-номер:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="243"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Дата вручения:</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="180"/>
        <source>Record the dispatch of letter %1 by %2 to %3?</source>
        <translation>Записать отправку письма %1: %2, по адресу %3?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="182"/>
        <source>Record the dispatch of letter %1 by %2?</source>
        <translation>Записать отправку письма %1: %2?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="185"/>
        <source>Tracking number: %1.</source>
        <translation>Почтовый идентификатор: %1.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="191"/>
        <source>Record the dispatch?</source>
        <translation>Записать отправку?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="193"/>
        <source>This will be in the register&apos;s history.</source>
        <translation>Это останется в истории журнала.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="195"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Вернуться к форме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="196"/>
        <source>&amp;Record the dispatch</source>
        <translation>&amp;Записать отправку</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="205"/>
        <source>Record the dispatch of letter %1</source>
        <translation>Запись отправки письма %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="206"/>
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="207"/>
        <source>Sent by (art. 11 p.2):</source>
        <translation>Способ отправки (п. 2 ст. 11):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="210"/>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="211"/>
        <source>Only together with registered mail.</source>
        <translation>Только вместе с заказным почтовым отправлением.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="212"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Трек-номер:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="213"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
</context>
<context>
    <name>EDocumentPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="132"/>
        <source>Choose the signed file</source>
        <translation>Выберите подписанный файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="134"/>
        <source>Signed documents (*.cms *.p7s *.p7m *.sig *.xml *.der *.pem *.txt);;All files (*)</source>
        <translation>Подписанные документы (*.cms *.p7s *.p7m *.sig *.xml *.der *.pem *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="140"/>
        <source>Choose the signed document (detached signature)</source>
        <translation>Выберите подписанный документ (открепленная подпись)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="154"/>
        <source>Signed file: %1</source>
        <translation>Подписанный файл: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="156"/>
        <source>Signed document: %1</source>
        <translation>Подписанный документ: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="181"/>
        <source>Checking the signature of %1 (%2 MB, about %3 s)… You may go on typing.</source>
        <translation>Проверяется подпись %1 (%2 МБ, около %3 с)… Можно продолжать ввод.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="198"/>
        <source>Check stopped. Registering will check the file again.</source>
        <translation>Проверка остановлена. При регистрации файл будет проверен заново.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="233"/>
        <source>Electronic document (EDS)</source>
        <translation>Электронный документ (ЭЦП)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="236"/>
        <source>Drop the signed file here (.cms, .p7s, signed .xml), or choose it. For a detached signature choose the signed document too. The signature is checked offline against the imported roots and CRLs.</source>
        <translation>Перетащите сюда подписанный файл (.cms, .p7s, подписанный .xml) или выберите его. Для открепленной подписи выберите и подписанный документ. Подпись проверяется без сети по импортированным корневым сертификатам и CRL.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="241"/>
        <source>Choose the &amp;signed file…</source>
        <translation>Выбрать подписанный &amp;файл…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="242"/>
        <source>Signed &amp;document (detached)…</source>
        <translation>Подписанный &amp;документ (откреплённая)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="243"/>
        <source>Stop waiting</source>
        <translation>Не ждать</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="28"/>
        <source>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</source>
        <translation>Сохранённый файл не совпадает со своей контрольной суммой SHA-256: файл журнала повреждён. Восстановите журнал из последней резервной копии и сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="38"/>
        <source>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again. The details are in %1.</source>
        <translation>Журнал недоступен или занят. Ничего не сохранено; введённое сохранено в окне. Проверьте сеть или диск и повторите. Подробности — в файле %1.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="43"/>
        <source>An internal error of akimat_desk stopped this action: it is not a fault of your input or of the register. Nothing was saved; what you typed is kept. The details are in %1; send that file to your administrator.</source>
        <translation>Действие остановлено внутренней ошибкой akimat_desk: это не ошибка введённых данных и не неисправность журнала. Ничего не сохранено; введённое сохранено в окне. Подробности — в файле %1; отправьте этот файл администратору.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="66"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="64"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="65"/>
        <source>Counted</source>
        <translation>Засчитан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="66"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="35"/>
        <source>valid check digit</source>
        <translation>контрольная цифра верна</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="37"/>
        <source>12 digits expected</source>
        <translation>нужно 12 цифр</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="38"/>
        <source>digits only</source>
        <translation>только цифры</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="39"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="42"/>
        <source>wrong check digit: mistyped?</source>
        <translation>неверная контрольная цифра: опечатка?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="157"/>
        <source>acts through a representative</source>
        <translation>действует через представителя</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="167"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="168"/>
        <source>Starts at:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="169"/>
        <source>Ends at:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="178"/>
        <source>Vehicles will be used:</source>
        <translation>Будут транспортные средства:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="180"/>
        <source>Number of vehicles:</source>
        <translation>Количество транспортных средств:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="181"/>
        <source>Categories:</source>
        <translation>Категории:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="182"/>
        <source>Route length, km:</source>
        <translation>Протяжённость маршрута, км:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="183"/>
        <source>Start point:</source>
        <translation>Начальный пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="184"/>
        <source>End point:</source>
        <translation>Конечный пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="191"/>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="196"/>
        <source>signed by the organizer or representative</source>
        <translation>подписано организатором или представителем</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="198"/>
        <source>a citizen</source>
        <translation>гражданин</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="198"/>
        <source>a legal entity</source>
        <translation>юридическое лицо</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="201"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="203"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="205"/>
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="298"/>
        <source>the form decides which items apply</source>
        <translation>форма определяет, какие пункты нужны</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="92"/>
        <source>Welcome to akimat_desk</source>
        <translation>Добро пожаловать в akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="93"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="96"/>
        <source>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</source>
        <translation>Укажите, чей это журнал. Наименования, адрес и подписант печатаются в каждом письме и расписке; позже их можно изменить в «Настройках».</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="101"/>
        <source>Fill the register with demo filings (all forms and statuses, in Almaty) to look around. Use a separate folder (--home) for real work.</source>
        <translation>Заполнить журнал демонстрационными обращениями (все формы и статусы, в Алматы), чтобы осмотреться. Для реальной работы используйте отдельную папку (--home).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="128"/>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Ничего не сохранено: исправьте поле, отмеченное красным.</translation>
    </message>
</context>
<context>
    <name>GroundRow</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="90"/>
        <source>The reason: the facts of this filing that meet this ground</source>
        <translation>Мотивы: обстоятельства этого обращения, подпадающие под это основание</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="22"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="23"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="24"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="25"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="26"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="27"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="61"/>
        <source>Import a legacy journal</source>
        <translation>Импорт старого журнала</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="62"/>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="63"/>
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="68"/>
        <source>C&amp;heck rows</source>
        <translation>&amp;Проверить строки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="77"/>
        <source>Import only the valid rows (skip the refused ones)</source>
        <translation>Импортировать только правильные строки (отклонённые пропустить)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="96"/>
        <source>Columns of the file, the field each fills, and the first rows:</source>
        <translation>Столбцы файла, поле, которое заполняет каждый, и первые строки:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="100"/>
        <source>Refused rows and why:</source>
        <translation>Отклонённые строки и причины:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="120"/>
        <source>Legacy journal</source>
        <translation>Старый журнал</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="120"/>
        <source>Journals (*.xlsx *.csv);;All files (*)</source>
        <translation>Журналы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="142"/>
        <source>%n data rows</source>
        <translation>
            <numerusform>строк данных: %n</numerusform>
            <numerusform>строк данных: %n</numerusform>
            <numerusform>строк данных: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="145"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="145"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="146"/>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="152"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="164"/>
        <source>Check the fields, then press &quot;Check rows&quot;. Nothing is written yet.</source>
        <translation>Проверьте поля и нажмите «Проверить строки». Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="208"/>
        <source>%1 rows: %2 can be registered (%3 of them with defects, listed in their cards), %4 refused. Nothing has been written.</source>
        <translation>Строк: %1; можно зарегистрировать %2 (из них с недостатками %3, они будут в карточках), отклонено %4. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="232"/>
        <source>%1 rows were refused: fix the file or the fields, or tick &quot;Import only the valid rows&quot;.</source>
        <translation>Отклонено строк: %1. Исправьте файл или поля либо отметьте «Импортировать только правильные строки».</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="236"/>
        <source>Register %1 filings from %2 with new incoming numbers, in one transaction?</source>
        <translation>Зарегистрировать %1 обращений из %2 с новыми входящими номерами одной транзакцией?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="269"/>
        <source>%1 filings registered: %2 … %3</source>
        <translation>Зарегистрировано обращений: %1 (%2 … %3)</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="73"/>
        <source>what exactly (optional)</source>
        <translation>что именно (необязательно)</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="14"/>
        <source>Purpose of the assembly</source>
        <translation>Цель мирного собрания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="15"/>
        <source>Form of the assembly</source>
        <translation>Форма мирного собрания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="16"/>
        <source>Organizer (and representative)</source>
        <translation>Организатор (и представитель)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="17"/>
        <source>Place of holding</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="18"/>
        <source>Place or route of movement</source>
        <translation>Место или маршрут следования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="19"/>
        <source>Date, start and end time</source>
        <translation>Дата, время начала и окончания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="20"/>
        <source>Expected number of participants</source>
        <translation>Предполагаемое количество участников</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="21"/>
        <source>Yurts, tents and other structures</source>
        <translation>Юрты, палатки, иные сооружения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="22"/>
        <source>Sound-amplifying equipment and visual materials</source>
        <translation>Звукоусиливающие технические средства и наглядная агитация</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="23"/>
        <source>Public order, medical aid and fire-safety measures; equipment and vehicles</source>
        <translation>Меры по охране общественного порядка, медицинской помощи и пожарной безопасности; технические и транспортные средства</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="26"/>
        <source>Vehicles: number, categories, route, start and end</source>
        <translation>Транспортные средства: количество, категории, маршрут, начальный и конечный пункты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="27"/>
        <source>Regulations approved by the organizer</source>
        <translation>Регламент, утверждённый организатором</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="28"/>
        <source>E-mail and mobile phone</source>
        <translation>Адрес эл. почты и абонентский номер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="29"/>
        <source>Consent to processing of personal data</source>
        <translation>Согласие на сбор и обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="30"/>
        <source>Sources of funding</source>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="31"/>
        <source>Date of filing and signature</source>
        <translation>Дата подачи и подпись</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="43"/>
        <source>Content items of %1</source>
        <translation>Пункты содержания по %1</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="69"/>
        <source>This reads as %1, not as this box&apos;s language.</source>
        <translation>Этот текст похож на %1, а не на язык этого поля.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="76"/>
        <source>In Kazakh (official):</source>
        <translation>На казахском (официальный):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="77"/>
        <source>In Russian (official):</source>
        <translation>На русском (официальный):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="78"/>
        <source>In English (optional, unofficial translation):</source>
        <translation>На английском (необязательно, неофициальный перевод):</translation>
    </message>
</context>
<context>
    <name>LegalClock</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="13"/>
        <source>Take the decision</source>
        <translation>Принять решение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="14"/>
        <source>Send the proposal (the organizer&apos;s day runs from receipt)</source>
        <translation>Направить предложение (срок организатора идёт с получения)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="17"/>
        <source>Wait for the organizer&apos;s answer to the proposal</source>
        <translation>Ждать ответа организатора на предложение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="20"/>
        <source>Record the organizer&apos;s answer, or that none came</source>
        <translation>Внести ответ организатора или отметить, что ответа нет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="23"/>
        <source>Refuse (art. 11 p.3 / 13 p.3): the proposal was not accepted</source>
        <translation>Отказать (п. 3 ст. 11 / п. 3 ст. 13): предложение не принято</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="26"/>
        <source>Decide on the agreed place and time</source>
        <translation>Принять решение по согласованным месту и времени</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="29"/>
        <source>Send the decision and record the dispatch</source>
        <translation>Направить решение и отметить отправку</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="30"/>
        <source>Send the registered-mail copy of the e-mail / SMS answer</source>
        <translation>Направить копию ответа по эл. почте / SMS заказным почтовым отправлением</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="33"/>
        <source>Nothing to do until the event day</source>
        <translation>До дня мирного собрания действий не требуется</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="34"/>
        <source>Record whether the event was held</source>
        <translation>Отметить, состоялось ли мирное собрание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="35"/>
        <source>Nothing left to do</source>
        <translation>Действий не требуется</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="41"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="42"/>
        <source>Review (3 / 7 working days)</source>
        <translation>Рассмотрение (3 / 7 рабочих дней)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="43"/>
        <source>Organizer&apos;s answer to the proposal (1 working day)</source>
        <translation>Ответ организатора на предложение (1 рабочий день)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="46"/>
        <source>Refusal after the proposal was not accepted</source>
        <translation>Отказ после непринятого предложения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="49"/>
        <source>Decision sent to the organizer</source>
        <translation>Решение направлено организатору</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="50"/>
        <source>Registered-mail copy of the e-mail / SMS answer</source>
        <translation>Копия ответа по эл. почте / SMS заказным почтовым отправлением</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="53"/>
        <source>Day of the peaceful assembly</source>
        <translation>День мирного собрания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="78"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="79"/>
        <source>due</source>
        <translation>к сроку</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="80"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="81"/>
        <source>waiting</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="82"/>
        <source>passed unanswered: held as notified (art. 11 p.1)</source>
        <translation>истёк без ответа: проводится как уведомлено (п. 1 ст. 11)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="89"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="95"/>
        <source>art. 10 / 12</source>
        <translation>ст. 10 / 12 Закона</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="90"/>
        <source>art. 11 p.1 / 13 p.1</source>
        <translation>п. 1 ст. 11 / п. 1 ст. 13</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="91"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="92"/>
        <source>art. 11 p.3 / 13 p.3</source>
        <translation>п. 3 ст. 11 / п. 3 ст. 13</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="93"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="94"/>
        <source>art. 11 p.2 / 13 p.2</source>
        <translation>п. 2 ст. 11 / п. 2 ст. 13</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="272"/>
        <source>Open Settings and fill in the akimat&apos;s letterhead and the signatory.</source>
        <translation>Откройте настройки и заполните бланк акимата и подписанта.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="286"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="288"/>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="404"/>
        <source>Registration receipt</source>
        <translation>Расписка о регистрации</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="292"/>
        <source>Preview under Outgoing No. %1: issuing or printing stores this language&apos;s letter under the same number.</source>
        <translation>Предпросмотр под исх. № %1: выпуск или печать сохраняет письмо на этом языке под тем же номером.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="300"/>
        <source>Draft: not numbered yet. Issuing or printing gives the decision its outgoing number, shared by every language.</source>
        <translation>Проект: номер еще не присвоен. Выпуск или печать присваивает решению исходящий номер, общий для всех языков.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="307"/>
        <source>outgoing number issued now</source>
        <translation>исходящий номер присвоен сейчас</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="307"/>
        <source>issued before; the same PDF</source>
        <translation>выдано ранее; тот же PDF</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="308"/>
        <source>Outgoing No. %1</source>
        <translation>Исх. № %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="316"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="320"/>
        <source>Printing page %1 of %2…</source>
        <translation>Печать страницы %1 из %2…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="349"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="403"/>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="405"/>
        <source>Letter preview</source>
        <translation>Просмотр письма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="408"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="410"/>
        <source>kk + ru in one print job</source>
        <translation>казахский + русский одним заданием печати</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="411"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="412"/>
        <source>&amp;Issue and number</source>
        <translation>&amp;Выпустить с номером</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="413"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="414"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="415"/>
        <source>Sign with &amp;EDS…</source>
        <translation>Подписать &amp;ЭЦП…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="416"/>
        <source>Sign the letter through NCALayer (Ctrl+Shift+S)</source>
        <translation>Подписать письмо через NCALayer (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="417"/>
        <source>I&amp;mport signature…</source>
        <translation>&amp;Импортировать подпись…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="418"/>
        <source>Copy with &amp;QR</source>
        <translation>Копия с &amp;QR</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="419"/>
        <source>Send by e-&amp;mail</source>
        <translation>Отправить по &amp;эл. почте</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="420"/>
        <source>Record a &amp;bounce…</source>
        <translation>Записать &amp;возврат…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="421"/>
        <source>Open the delivery failure notice (.eml) the mail server sent back</source>
        <translation>Открыть уведомление о недоставке (.eml), которое вернул почтовый сервер</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="41"/>
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="42"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="43"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="44"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="45"/>
        <source>Dispatch</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="64"/>
        <source>BOUNCED, not sent: %1</source>
        <translation>ВОЗВРАТ, не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="68"/>
        <source>tracking %1</source>
        <translation>трек %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="72"/>
        <source>delivered %1</source>
        <translation>вручено %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="76"/>
        <source>delivery not yet confirmed</source>
        <translation>вручение ещё не подтверждено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="78"/>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="41"/>
        <source>akimat_desk — log in</source>
        <translation>akimat_desk — вход</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="43"/>
        <source>This register has user accounts. Log in with your name and password (no network needed).</source>
        <translation>В этом журнале есть учётные записи. Войдите по имени и паролю (сеть не нужна).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="54"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="60"/>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="230"/>
        <source>The working-day calendar could not be checked against the golden list, so a wrong holiday or transfer would go unnoticed: %1</source>
        <translation>Календарь рабочих дней не удалось сверить с эталонным списком, поэтому ошибочный праздник или перенос остался бы незамеченным: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="243"/>
        <source>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it under Settings, Working-day calendar (or with &apos;akimat-desk calendar confirm&apos;).</source>
        <translation>Календарь рабочих дней на %1 НЕ подтверждён администратором: переносы выходных или Курбан айт ещё могут сдвинуть сроки. Подтвердите его в Настройках, «Календарь рабочих дней» (или командой &apos;akimat-desk calendar confirm&apos;).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="380"/>
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Показано обращений: %n</numerusform>
            <numerusform>Показано обращений: %n</numerusform>
            <numerusform>Показано обращений: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="413"/>
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — журнал регистрации уведомлений и заявлений о мирных собраниях</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="417"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="415"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="332"/>
        <source>About akimat_desk</source>
        <translation>О программе akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="333"/>
        <source>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</source>
        <translation>akimat_desk: журнал уведомлений и заявлений о мирных собраниях по Закону № 333-VI от 25 мая 2020 года.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="381"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n со сроком сегодня</numerusform>
            <numerusform>%n со сроком сегодня</numerusform>
            <numerusform>%n со сроком сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="382"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочен</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="388"/>
        <source>calendar %1 NOT confirmed</source>
        <translation>календарь %1 НЕ подтверждён</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="390"/>
        <source>calendar %1 confirmed</source>
        <translation>календарь %1 подтверждён</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="391"/>
        <source>user: %1</source>
        <translation>пользователь: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="414"/>
        <source>&amp;New filing…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="416"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="418"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="419"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="420"/>
        <source>&amp;Check a letter…</source>
        <translation>&amp;Проверить письмо…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="421"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="422"/>
        <source>F&amp;iling</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="423"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="424"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="428"/>
        <source>Today (%n due)</source>
        <translation>
            <numerusform>Сегодня (%n срочный)</numerusform>
            <numerusform>Сегодня (%n срочных)</numerusform>
            <numerusform>Сегодня (%n срочных)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="429"/>
        <source>Register</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="430"/>
        <source>Filing card</source>
        <translation>Карточка обращения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="431"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>NumberFormatsTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="175"/>
        <source>The year&apos;s first numbers will be: incoming %1, outgoing %2.</source>
        <translation>Первые номера года будут: входящий %1, исходящий %2.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="184"/>
        <source>Numbers of incoming filings and outgoing letters. A format may use {akimat} (the akimat&apos;s code), {year} and must use {seq}, the running number of the year ({seq:04d}: four digits, 0001). A new format applies to the next numbers; numbers given stay as they are.</source>
        <translation>Номера входящих обращений и исходящих писем. Формат может содержать {akimat} (код акимата), {year} и обязательно {seq} — порядковый номер в году ({seq:04d}: четыре цифры, 0001). Новый формат действует для следующих номеров; присвоенные номера не меняются.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="187"/>
        <source>&amp;Akimat&apos;s code in numbers:</source>
        <translation>&amp;Код акимата в номерах:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="188"/>
        <source>&amp;Incoming filings:</source>
        <translation>&amp;Входящие обращения:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="189"/>
        <source>&amp;Outgoing letters:</source>
        <translation>&amp;Исходящие письма:</translation>
    </message>
</context>
<context>
    <name>OfficeHoursTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="123"/>
        <source>The office&apos;s working hours. Reminders come only within them, on working days; a review deadline&apos;s day ends when the office closes (art. 11 p.1).</source>
        <translation>Часы работы акимата. Напоминания приходят только в эти часы в рабочие дни; день окончания срока рассмотрения заканчивается с окончанием приёма (п. 1 ст. 11 Закона).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="126"/>
        <source>The office &amp;opens at:</source>
        <translation>Приём &amp;начинается в:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="127"/>
        <source>The office &amp;closes at:</source>
        <translation>Приём &amp;заканчивается в:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="128"/>
        <source>&amp;Time zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="88"/>
        <source>Encrypted register</source>
        <translation>Зашифрованный журнал</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="91"/>
        <source>The register %1 is encrypted and this computer&apos;s keyring holds no key for it (or there is no keyring). Type the passphrase chosen when it was encrypted.</source>
        <translation>Журнал %1 зашифрован, а в хранилище ключей этого компьютера нет ключа к нему (или хранилища нет). Введите парольную фразу, выбранную при шифровании.</translation>
    </message>
</context>
<context>
    <name>PlaceDialogs</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="29"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="34"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="114"/>
        <source>Name in Kazakh:</source>
        <translation>Название на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="35"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="115"/>
        <source>Name in Russian:</source>
        <translation>Название на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="36"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="116"/>
        <source>Name in English:</source>
        <translation>Название на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="37"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="117"/>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="40"/>
        <source>Address, or the route from start to end:</source>
        <translation>Адрес или маршрут от начала до конца:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="45"/>
        <source>Route length, km:</source>
        <translation>Протяжённость маршрута, км:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="50"/>
        <source>Maximum occupancy (people):</source>
        <translation>Норма предельной заполняемости (человек):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="53"/>
        <source>Rules of use:</source>
        <translation>Правила использования:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="56"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="124"/>
        <source>Maslikhat decision No.:</source>
        <translation>№ решения маслихата:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="59"/>
        <source>Decision date:</source>
        <translation>Дата решения:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="60"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="125"/>
        <source>Valid from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="61"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="126"/>
        <source>Valid to:</source>
        <translation>Действует по:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="67"/>
        <source>Add a specialized place or route</source>
        <translation>Добавить специализированное место или маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="74"/>
        <source>Edit a specialized place or route</source>
        <translation>Изменить специализированное место или маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="89"/>
        <source>Kind of event or works:</source>
        <translation>Вид мероприятия или работ:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="94"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="95"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="96"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="97"/>
        <source>Expected participants:</source>
        <translation>Предполагаемое количество участников:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="98"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="101"/>
        <source>Book %1 for another event or works</source>
        <translation>Занять %1 другим мероприятием или работами</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="109"/>
        <source>Category (art. 9 p.5):</source>
        <translation>Категория (п. 5 ст. 9):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="118"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="121"/>
        <source>Words that name it in a filing&apos;s place (separated by ;):</source>
        <translation>Слова, которыми его называют в месте проведения (через ;):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="130"/>
        <source>Add a no-picket zone</source>
        <translation>Добавить зону запрета пикетирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="143"/>
        <source>Specialized place or route:</source>
        <translation>Специализированное место или маршрут:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="150"/>
        <source>Reason (kept in the history):</source>
        <translation>Причина (сохраняется в истории):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="151"/>
        <source>the organizer named this place</source>
        <translation>организатор указал это место</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="157"/>
        <source>Link the filing to a place</source>
        <translation>Привязать обращение к месту</translation>
    </message>
</context>
<context>
    <name>PlaceGrid</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="34"/>
        <source>place booked by another event or works (ground 10)</source>
        <translation>место занято другим мероприятием или работами (основание 10)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="35"/>
        <source>another filing for the same place and time (art. 9 p.3)</source>
        <translation>другое обращение на то же место и время (п. 3 ст. 9)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="36"/>
        <source>over the place&apos;s capacity (ground 9)</source>
        <translation>больше нормы предельной заполняемости места (основание 9)</translation>
    </message>
</context>
<context>
    <name>PlaceGridWidget</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="72"/>
        <source>Choose a place to see its calendar.</source>
        <translation>Выберите место, чтобы увидеть его календарь.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="117"/>
        <source>not in force</source>
        <translation>не действует</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="127"/>
        <source>free</source>
        <translation>свободно</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="155"/>
        <source>CONFLICT</source>
        <translation>КОНФЛИКТ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="163"/>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="246"/>
        <source>%1 people</source>
        <translation>%1 чел.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="226"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="227"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="228"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="229"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="230"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="231"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="232"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="249"/>
        <source>Click to open the filing.</source>
        <translation>Щёлкните, чтобы открыть обращение.</translation>
    </message>
</context>
<context>
    <name>PlacesModels</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="33"/>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="37"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="38"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="75"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="39"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="58"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="40"/>
        <source>Address or route</source>
        <translation>Адрес или маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="41"/>
        <source>Capacity / length</source>
        <translation>Норма предельной заполняемости / протяжённость маршрута</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="43"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="59"/>
        <source>Maslikhat decision</source>
        <translation>Решение маслихата</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="46"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="54"/>
        <source>No-picket zone</source>
        <translation>Зона запрета пикетирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="55"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="56"/>
        <source>Article</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="57"/>
        <source>Words matched</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="74"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="76"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="77"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="78"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="79"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="115"/>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="120"/>
        <source>LOCKED until %1</source>
        <translation>ЗАБЛОКИРОВАНА до %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="123"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="126"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="127"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="128"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="129"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="130"/>
        <source>Failed logins</source>
        <translation>Неудачные входы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="137"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="138"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="139"/>
        <source>Why refused</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="146"/>
        <source>places of mass burial (art. 9 p.5(1))</source>
        <translation>места массовых захоронений (подп. 1) п. 5 ст. 9)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="147"/>
        <source>railway, water, air or road transport facilities (art. 9 p.5(2))</source>
        <translation>объекты железнодорожного, водного, воздушного и автомобильного транспорта (подп. 2) п. 5 ст. 9)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="148"/>
        <source>defence, state security or life-support facilities (art. 9 p.5(3))</source>
        <translation>объекты обороны, национальной безопасности и жизнеобеспечения (подп. 3) п. 5 ст. 9)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="151"/>
        <source>residences of the President (art. 9 p.5(4))</source>
        <translation>резиденции Президента (подп. 4) п. 5 ст. 9)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="152"/>
        <source>hazardous industrial facilities (art. 9 p.5(5))</source>
        <translation>опасные производственные объекты (подп. 5) п. 5 ст. 9)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="153"/>
        <source>trunk railways, pipelines, power or communication lines (art. 9 p.5(6))</source>
        <translation>магистральные железные дороги, трубопроводы, линии электропередачи и связи (подп. 6) п. 5 ст. 9)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="156"/>
        <source>territory set by the maslikhat (art. 8 p.2(2))</source>
        <translation>территория, определённая маслихатом (подп. 2) п. 2 ст. 8)</translation>
    </message>
</context>
<context>
    <name>PlacesView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="242"/>
        <source>⚠ %n slot(s) in conflict: hatched in red. Point at a slot for the reason.</source>
        <translation>
            <numerusform>⚠ В конфликте записей: %n (красная штриховка). Наведите указатель на запись, чтобы увидеть причину.</numerusform>
            <numerusform>⚠ В конфликте записей: %n (красная штриховка). Наведите указатель на запись, чтобы увидеть причину.</numerusform>
            <numerusform>⚠ В конфликте записей: %n (красная штриховка). Наведите указатель на запись, чтобы увидеть причину.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="257"/>
        <source>No specialized places yet. The administrator adds them from the maslikhat decisions.</source>
        <translation>Специализированных мест пока нет. Администратор вносит их по решениям маслихата.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="262"/>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="263"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="264"/>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="265"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="266"/>
        <source>Address or route</source>
        <translation>Адрес или маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="267"/>
        <source>Route length, km</source>
        <translation>Протяжённость маршрута, км</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="268"/>
        <source>Maximum occupancy</source>
        <translation>Норма предельной заполняемости</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="269"/>
        <source>Maslikhat decision</source>
        <translation>Решение маслихата</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="270"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="271"/>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="272"/>
        <source>Rules of use</source>
        <translation>Правила использования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="312"/>
        <source>Cancel booking</source>
        <translation>Отмена бронирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="312"/>
        <source>Cancel the booking &quot;%1&quot;?</source>
        <translation>Отменить бронирование «%1»?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="326"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="327"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="330"/>
        <source>Language of the board:</source>
        <translation>Язык табло:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="336"/>
        <source>Occupancy board for the website</source>
        <translation>Табло занятости мест для сайта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="342"/>
        <source>Save the occupancy board</source>
        <translation>Сохранить табло занятости</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="342"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="358"/>
        <source>Saved: %1 and %2</source>
        <translation>Сохранено: %1 и %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="373"/>
        <source>Specialized places and routes (maslikhat decisions)</source>
        <translation>Специализированные места и маршруты (решения маслихата)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="374"/>
        <source>&amp;Add place…</source>
        <translation>&amp;Добавить место…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="375"/>
        <source>&amp;Edit place…</source>
        <translation>&amp;Изменить место…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="376"/>
        <source>&amp;Book for another event…</source>
        <translation>&amp;Занять другим мероприятием…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="377"/>
        <source>Add no-picket &amp;zone…</source>
        <translation>Добавить &amp;зону запрета пикетирования…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="378"/>
        <source>Cancel the selected booking…</source>
        <translation>Отменить выбранное бронирование…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="379"/>
        <source>Export occupancy &amp;board…</source>
        <translation>Экспорт &amp;табло занятости…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="380"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="382"/>
        <source>A day of the week or month shown</source>
        <translation>День показанной недели или месяца</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="383"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="384"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>No-picket zones</source>
        <translation>Зоны запрета пикетирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Other bookings</source>
        <translation>Другие бронирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="391"/>
        <source>Blue: filing under review · green slot: agreed · purple: other booking · red hatched with ⚠: conflict (booked place, another filing at the same time, over capacity) · light green: free between 09:00 and 20:00 · grey: the place is not in force. Click a filing to open it.</source>
        <translation>Синий: обращение на рассмотрении · зелёная запись: согласовано · фиолетовый: другое бронирование · красная штриховка с ⚠: конфликт (место занято, другое обращение на то же время, превышение нормы предельной заполняемости) · светло-зелёный: свободно с 09:00 до 20:00 · серый: место не действует. Щёлкните обращение, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>ProposalAnswerDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="295"/>
        <source>The organizer&apos;s answer to the proposal</source>
        <translation>Ответ организатора на предложение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="296"/>
        <source>The organizer:</source>
        <translation>Организатор:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="299"/>
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="302"/>
        <source>&amp;Answer came by:</source>
        <translation>&amp;Способ ответа:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="303"/>
        <source>&amp;Received at:</source>
        <translation>&amp;Получен:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="68"/>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="69"/>
        <source>&amp;Reason for the undo (kept in the register&apos;s history):</source>
        <translation>&amp;Причина отмены (сохранится в истории журнала):</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="48"/>
        <source>Incoming No.</source>
        <translation>Вх. №</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="49"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="50"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="51"/>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="52"/>
        <source>Place or route</source>
        <translation>Место или маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="53"/>
        <source>Event date and time</source>
        <translation>Дата и время проведения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="54"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="55"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="56"/>
        <source>Defects</source>
        <translation>Недостатки</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="191"/>
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="192"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="279"/>
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Поиск по организатору, цели, месту или номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="280"/>
        <source>F&amp;orm:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="281"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="282"/>
        <source>Registered f&amp;rom:</source>
        <translation>Зарегистрировано &amp;с:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="283"/>
        <source>t&amp;o:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="286"/>
        <source>Empty: any day. Type the digits: 01022026 gives 01.02.2026.</source>
        <translation>Пусто — любой день. Наберите только цифры: 01022026 → 01.02.2026.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="287"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="103"/>
        <source>New filing</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="161"/>
        <source>Add scans or files…</source>
        <translation>Добавить сканированные копии или файлы…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="172"/>
        <source>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</source>
        <translation>Регистрировать с недостатками можно: закон считает срок со дня регистрации. Недостатки сохраняются вместе с обращением для рассмотрения.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="182"/>
        <source>&amp;Register (Ctrl+Enter)</source>
        <translation>&amp;Зарегистрировать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="184"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="193"/>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="251"/>
        <source>Discard the filing?</source>
        <translation>Отказаться от обращения?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="252"/>
        <source>The filing is not registered. Throw away what was typed?</source>
        <translation>Обращение не зарегистрировано. Удалить всё, что набрано?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="280"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Вернуться к форме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="254"/>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить набранное</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="264"/>
        <source>Register with defects?</source>
        <translation>Зарегистрировать с недостатками?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="265"/>
        <source>The filing has %n defect(s). Register it as it is?</source>
        <translation>
            <numerusform>В обращении %n недостаток. Зарегистрировать как есть?</numerusform>
            <numerusform>В обращении %n недостатка. Зарегистрировать как есть?</numerusform>
            <numerusform>В обращении %n недостатков. Зарегистрировать как есть?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="267"/>
        <source>Register &amp;with defects</source>
        <translation>Зарегистрировать &amp;с недостатками</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="309"/>
        <source>All content items are present.</source>
        <translation>Все пункты содержания на месте.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="310"/>
        <source>Defects found: %n</source>
        <translation>
            <numerusform>Найден %n недостаток</numerusform>
            <numerusform>Найдено %n недостатка</numerusform>
            <numerusform>Найдено %n недостатков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="315"/>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="318"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканированные копии и документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="336"/>
        <source>Received at: type the day and time of receipt as dd.mm.yyyy hh:mm.</source>
        <translation>Время поступления: наберите день и время поступления в виде дд.мм.гггг чч:мм.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="376"/>
        <source>Registered on %1 at %2. Defects recorded: %3.</source>
        <translation>Зарегистрировано %1 в %2. Записано недостатков: %3.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="382"/>
        <source>These files were NOT attached; attach them from the card:</source>
        <translation>Эти файлы НЕ приложены; приложите их из карточки:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="388"/>
        <source>Register the &amp;next filing of the scan (%n left)</source>
        <translation>
            <numerusform>Зарегистрировать &amp;следующее обращение из скана (остался %n)</numerusform>
            <numerusform>Зарегистрировать &amp;следующее обращение из скана (осталось %n)</numerusform>
            <numerusform>Зарегистрировать &amp;следующее обращение из скана (осталось %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="396"/>
        <source>Incoming number</source>
        <translation>Входящий номер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="409"/>
        <source>&amp;Open the card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="411"/>
        <source>Register &amp;next</source>
        <translation>Зарегистрировать &amp;следующий</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="413"/>
        <source>Print the &amp;receipt…</source>
        <translation>Печать &amp;расписки…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="415"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="444"/>
        <source>Taken from the signer&apos;s certificate: please confirm.</source>
        <translation>Взято из сертификата подписанта: подтвердите.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="142"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="153"/>
        <source>The digest went to %1 (%2 filing(s)).</source>
        <translation>Сводка направлена: %1 (обращений: %2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="173"/>
        <source>The &amp;day before a review deadline, at:</source>
        <translation>За &amp;день до срока рассмотрения, в:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="174"/>
        <source>On the &amp;due day, at:</source>
        <translation>В &amp;день срока, в:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="175"/>
        <source>&amp;Hours before the office closes:</source>
        <translation>За сколько &amp;часов до конца рабочего дня:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="176"/>
        <source>Keep reminding from the &amp;tray</source>
        <translation>Продолжать напоминать из системного &amp;лотка</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="177"/>
        <source>Digest to (head of department&apos;s e-mail):</source>
        <translation>Сводка для (эл. почта руководителя отдела):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="178"/>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;сервер:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="179"/>
        <source>SMTP port:</source>
        <translation>Порт SMTP:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="180"/>
        <source>STARTTLS</source>
        <translation>Шифрование STARTTLS</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="181"/>
        <source>SMTP user:</source>
        <translation>Пользователь SMTP:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="182"/>
        <source>SMTP password (for this sending, not stored):</source>
        <translation>Пароль SMTP (для этой отправки, не сохраняется):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="183"/>
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="190"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="191"/>
        <source>Send the digest &amp;now</source>
        <translation>Отправить сводку &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="199"/>
        <source>The digest goes through the office&apos;s SMTP server %1 (Settings, with its password in the keyring); the server above is used only when that one is not set.</source>
        <translation>Сводка отправляется через SMTP-сервер акимата %1 (Настройки, пароль — в хранилище паролей ОС); сервер выше используется, только если тот не задан.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="203"/>
        <source>The office&apos;s SMTP server is not set in Settings: the digest goes through the server above (its password: the keyring entry of the digest, or typed here).</source>
        <translation>SMTP-сервер акимата в Настройках не задан: сводка отправляется через сервер выше (пароль — из хранилища паролей ОС для сводки или введённый здесь).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="216"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
</context>
<context>
    <name>ReportDueBanner</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="270"/>
        <source>Report upward…</source>
        <translation>Отчёт наверх…</translation>
    </message>
</context>
<context>
    <name>ReportUpwardDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="147"/>
        <source>Office %1, %2 – %3: %4 rows, %5 filings. Only these counts are sent: no name, IIN, address, phone, purpose or place text. Signed: %6.</source>
        <translation>Акимат %1, %2 – %3: строк %4, обращений %5. Отправляются только эти числа: ни имён, ни ИИН, ни адресов, ни телефонов, ни текста цели или места. Подпись: %6.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="166"/>
        <source>Save the statistics package</source>
        <translation>Сохранить пакет статистики</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="168"/>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="194"/>
        <source>Statistics packages (*.akstat)</source>
        <translation>Пакеты статистики (*.akstat)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="183"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="192"/>
        <source>Save the package to attach</source>
        <translation>Сохранить пакет для вложения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="200"/>
        <source>Statistics of peaceful assemblies %1 – %2, KATO %3</source>
        <translation>Статистика мирных собраний %1 – %2, КАТО %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="206"/>
        <source>Please find attached the statistics package %1 (SHA-256 of the counts %2).</source>
        <translation>Во вложении пакет статистики %1 (SHA-256 данных %2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="211"/>
        <source>Attach %1 to the message the mail program opened.</source>
        <translation>Вложите %1 в письмо, которое открыла почтовая программа.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="218"/>
        <source>Report upward</source>
        <translation>Отчёт наверх</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="219"/>
        <source>Months &amp;from:</source>
        <translation>Месяцы &amp;с:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="220"/>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="225"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="226"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="227"/>
        <source>Kind</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="228"/>
        <source>Channel</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="229"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="230"/>
        <source>Refusal grounds</source>
        <translation>Основания отказа</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="231"/>
        <source>Specialized place</source>
        <translation>Специализированное место</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="232"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="235"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="236"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Отправить по &amp;эл. почте…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="237"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ReportUpwardParts</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="298"/>
        <source>Consolidation (region)</source>
        <translation>Сводная отчётность (область)</translation>
    </message>
</context>
<context>
    <name>ScanFill</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_fill.py" line="130"/>
        <source>Read by the machine from the scan, confidence %1%: please check.</source>
        <translation>Прочитано машиной со скана, уверенность %1%: проверьте.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_fill.py" line="132"/>
        <source>Read by the machine with LOW confidence (%1%): check it on the scan.</source>
        <translation>Прочитано машиной с НИЗКОЙ уверенностью (%1%): сверьте со сканом.</translation>
    </message>
</context>
<context>
    <name>ScanIntake</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="61"/>
        <source>Read a &amp;scan (OCR)…</source>
        <translation>Прочитать &amp;скан (OCR)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="63"/>
        <source>Fill the form from a scanned paper filing (Ctrl+Shift+S); nothing leaves this computer.</source>
        <translation>Заполнить форму по скану бумажного обращения (Ctrl+Shift+S); ничего не покидает этот компьютер.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="75"/>
        <source>Read a scanned filing</source>
        <translation>Прочитать скан обращения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="77"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)</source>
        <translation>Сканированные копии (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="86"/>
        <source>Reading the scan… (about two seconds a page)</source>
        <translation>Скан читается… (около двух секунд на страницу)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="116"/>
        <source>Filing %1 of %2 in this scan (pages %3).</source>
        <translation>Обращение %1 из %2 в этом скане (страницы %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="134"/>
        <source>Read by the machine: %n field(s), marked green; check each against the scan.</source>
        <translation>
            <numerusform>Машина прочитала %n поле, оно отмечено зелёным; сверьте со сканом.</numerusform>
            <numerusform>Машина прочитала %n поля, они отмечены зелёным; сверьте каждое со сканом.</numerusform>
            <numerusform>Машина прочитала %n полей, они отмечены зелёным; сверьте каждое со сканом.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="139"/>
        <source>%n read with low confidence, marked orange.</source>
        <translation>
            <numerusform>%n из них прочитано с низкой уверенностью, отмечено оранжевым.</numerusform>
            <numerusform>%n из них прочитаны с низкой уверенностью, отмечены оранжевым.</numerusform>
            <numerusform>%n из них прочитаны с низкой уверенностью, отмечены оранжевым.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="140"/>
        <source>Nothing is registered until you press Register; the time of receipt is yours.</source>
        <translation>Ничего не регистрируется, пока вы не нажмёте «Зарегистрировать»; время поступления указываете вы.</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="64"/>
        <source>◀ Previous page</source>
        <translation>◀ Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="65"/>
        <source>Next page ▶</source>
        <translation>Следующая страница ▶</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="133"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="73"/>
        <source>Akimat&apos;s name in Kazakh:</source>
        <translation>Наименование акимата на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="74"/>
        <source>Akimat&apos;s name in Russian:</source>
        <translation>Наименование акимата на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="75"/>
        <source>Akimat&apos;s name in English:</source>
        <translation>Наименование акимата на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="76"/>
        <source>Address in Kazakh:</source>
        <translation>Адрес на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="77"/>
        <source>Address in Russian:</source>
        <translation>Адрес на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="78"/>
        <source>Address in English:</source>
        <translation>Адрес на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="79"/>
        <source>Department in Kazakh:</source>
        <translation>Отдел на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="80"/>
        <source>Department in Russian:</source>
        <translation>Отдел на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="81"/>
        <source>Department in English:</source>
        <translation>Отдел на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="82"/>
        <source>Signatory&apos;s position in Kazakh:</source>
        <translation>Должность подписанта на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="83"/>
        <source>Signatory&apos;s position in Russian:</source>
        <translation>Должность подписанта на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="84"/>
        <source>Signatory&apos;s position in English:</source>
        <translation>Должность подписанта на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="85"/>
        <source>Signatory (initials and surname):</source>
        <translation>Подписант (инициалы и фамилия):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="86"/>
        <source>Office phone:</source>
        <translation>Телефон акимата:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="87"/>
        <source>Office e-mail:</source>
        <translation>Эл. почта акимата:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="88"/>
        <source>Executor (full name):</source>
        <translation>Исполнитель (полное имя):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="90"/>
        <source>Emblem file (PNG, JPEG):</source>
        <translation>Файл герба (PNG, JPEG):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="98"/>
        <source>KATO code of the akimat (9 digits, for the statistics reported upward):</source>
        <translation>Код КАТО акимата (9 цифр, для статистики, направляемой наверх):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="99"/>
        <source>Day of the month the monthly statistics report is due (1–28):</source>
        <translation>День месяца, к которому сдаётся ежемесячный отчёт статистики (1–28):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="103"/>
        <source>* required: every letter and receipt prints it.</source>
        <translation>* обязательно: печатается на каждом письме и расписке.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="89"/>
        <source>Executor&apos;s phone:</source>
        <translation>Телефон исполнителя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="91"/>
        <source>Akimat&apos;s BIN (12 digits; its EDS must carry it):</source>
        <translation>БИН акимата (12 цифр; его ЭЦП должна его содержать):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="92"/>
        <source>Signatory&apos;s IIN (12 digits):</source>
        <translation>ИИН подписанта (12 цифр):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="93"/>
        <source>SMTP server for e-mailed answers:</source>
        <translation>SMTP-сервер для ответов по электронной почте:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="94"/>
        <source>SMTP port:</source>
        <translation>Порт SMTP:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="95"/>
        <source>SMTP security (starttls, ssl, none):</source>
        <translation>Защита SMTP (starttls, ssl, none):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="96"/>
        <source>SMTP user (the password is kept in the OS keyring):</source>
        <translation>Пользователь SMTP (пароль хранится в хранилище ключей ОС):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="97"/>
        <source>Sender address of e-mailed answers:</source>
        <translation>Адрес отправителя ответов по электронной почте:</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="81"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="90"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="95"/>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Ничего не сохранено: исправьте поле, отмеченное красным.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="104"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="105"/>
        <source>The akimat (letterhead and signatory of letters and receipts)</source>
        <translation>Акимат (бланк и подписант писем и расписок)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="106"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="109"/>
        <source>The akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="110"/>
        <source>Office hours</source>
        <translation>Часы приёма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="111"/>
        <source>Number formats</source>
        <translation>Форматы номеров</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="112"/>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="113"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>SignLetterDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="109"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="109"/>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Файлы ключей (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="120"/>
        <source>Signing… NCALayer is waiting for the signatory to choose the key and enter the PIN.</source>
        <translation>Подписание… NCALayer ждёт, пока подписант выберет ключ и введёт PIN.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="121"/>
        <source>Signing with the training key…</source>
        <translation>Подписание учебным ключом…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="158"/>
        <source>Sign with EDS</source>
        <translation>Подписать ЭЦП</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="159"/>
        <source>&amp;NCALayer (the signatory&apos;s key or ID card)</source>
        <translation>&amp;NCALayer (ключ или удостоверение личности подписанта)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="160"/>
        <source>&amp;Training key file (TEST register only)</source>
        <translation>&amp;Учебный файл ключа (только в TEST-журнале)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="161"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="162"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="163"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="164"/>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
</context>
<context>
    <name>SignatureDetails</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="58"/>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="59"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="60"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="61"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="62"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="63"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="65"/>
        <source>Signing time stated by the signer</source>
        <translation>Время подписи, указанное подписантом</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="72"/>
        <source>trusted</source>
        <translation>доверенная</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="74"/>
        <source>NOT trusted: not used as the time</source>
        <translation>НЕ доверенная: не используется как время</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="78"/>
        <source>Timestamp</source>
        <translation>Метка времени</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="86"/>
        <source>Certificates checked</source>
        <translation>Сертификаты проверены</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="90"/>
        <source>Chain</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="93"/>
        <source>Revocation</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="97"/>
        <source>Technical notes</source>
        <translation>Технические примечания</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="303"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="149"/>
        <source>No signed e-document is stored with this filing.</source>
        <translation>С этим обращением не хранится подписанный электронный документ.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="161"/>
        <source>Checking the signature again…</source>
        <translation>Подпись проверяется повторно…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="170"/>
        <source>Checked again: %1 (before: %2). The earlier verdicts are kept.</source>
        <translation>Проверено повторно: %1 (ранее: %2). Прежние результаты сохранены.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="181"/>
        <source>&amp;Re-verify now</source>
        <translation>&amp;Проверить повторно</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="184"/>
        <source>Check the stored original again with the roots and CRLs imported today; the new verdict is added to the history.</source>
        <translation>Проверить хранимый оригинал с корневыми сертификатами и списками отзыва (CRL), импортированными на сегодня; новый результат добавляется в историю.</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../src/akimat_desk/ui/startup.py" line="73"/>
        <source>Opening the register…</source>
        <translation>Журнал открывается…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/startup.py" line="77"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="215"/>
        <source>Filings by %1</source>
        <translation>Обращения: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="215"/>
        <source>Filings</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="219"/>
        <source>Filings by month of registration</source>
        <translation>Обращения по месяцам регистрации</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="224"/>
        <source>Total: %1 filings registered from %2 to %3</source>
        <translation>Всего: %1 обращений, зарегистрированных с %2 по %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="237"/>
        <source>Compute the statistics first.</source>
        <translation>Сначала рассчитайте статистику.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="239"/>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="260"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="239"/>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="259"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="240"/>
        <source>Export statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="261"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="264"/>
        <source>Export the registration journal</source>
        <translation>Экспорт журнала регистрации</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="286"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="293"/>
        <source>Registered &amp;from:</source>
        <translation>Зарегистрированы &amp;с:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="294"/>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="297"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="299"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="300"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="301"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="302"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="303"/>
        <source>Refusal ground</source>
        <translation>Основание отказа</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="304"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="308"/>
        <source>&amp;Compute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="309"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="310"/>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="311"/>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="312"/>
        <source>Report &amp;upward…</source>
        <translation>Отчёт &amp;наверх…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="313"/>
        <source>Registration journal of the period</source>
        <translation>Журнал регистрации за период</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="314"/>
        <source>Journal PDF…</source>
        <translation>Журнал в PDF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="315"/>
        <source>Journal XLSX…</source>
        <translation>Журнал в XLSX…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="316"/>
        <source>Journal CSV…</source>
        <translation>Журнал в CSV…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="317"/>
        <source>Unmask personal data (IIN, address, phone, e-mail)</source>
        <translation>Показать персональные данные (ИИН, адрес, телефон, e-mail)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="318"/>
        <source>Press Compute.</source>
        <translation>Нажмите «Рассчитать».</translation>
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
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="44"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="44"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="88"/>
        <source>Next: %1</source>
        <translation>Следующий шаг: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="96"/>
        <source>done %1 (due %2)</source>
        <translation>выполнено %1 (срок %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="118"/>
        <source>The legal clock of this filing</source>
        <translation>Сроки по закону для этого обращения</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="122"/>
        <source>%n notification(s) reach the review deadline today. Without an answer by %1 the organizer holds the assembly as notified (art. 11 p.1 part 2): %2</source>
        <translation>
            <numerusform>Сегодня истекает срок рассмотрения %n уведомления. Без ответа до %1 организатор проводит мирное собрание согласно уведомлению (часть вторая п. 1 ст. 11): %2</numerusform>
            <numerusform>Сегодня истекает срок рассмотрения %n уведомлений. Без ответа до %1 организатор проводит мирное собрание согласно уведомлению (часть вторая п. 1 ст. 11): %2</numerusform>
            <numerusform>Сегодня истекает срок рассмотрения %n уведомлений. Без ответа до %1 организатор проводит мирное собрание согласно уведомлению (часть вторая п. 1 ст. 11): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="135"/>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="150"/>
        <source>Sent by e-mail or SMS: the copy by registered mail with acknowledgment of delivery is still to be sent</source>
        <translation>Направлено по эл. почте или SMS: копия заказным почтовым отправлением с уведомлением о вручении ещё не отправлена</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="128"/>
        <source>Import a root or intermediate certificate</source>
        <translation>Импорт корневого или промежуточного сертификата</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="130"/>
        <source>Certificates (*.cer *.crt *.der *.pem);;All files (*)</source>
        <translation>Сертификаты (*.cer *.crt *.der *.pem);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="136"/>
        <source>Expected SHA-256</source>
        <translation>Ожидаемый SHA-256</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="137"/>
        <source>The SHA-256 published by NCA RK (64 hex digits; leave empty to import without a pin):</source>
        <translation>SHA-256, опубликованный НУЦ РК (64 шестнадцатеричные цифры; оставьте пустым для импорта без закрепления):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="161"/>
        <source>Import a revocation list (CRL)</source>
        <translation>Импорт списка отзыва (CRL)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="161"/>
        <source>Revocation lists (*.crl);;All files (*)</source>
        <translation>Списки отзыва (*.crl);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="184"/>
        <source>Trust TEST roots?</source>
        <translation>Доверять ТЕСТОВЫМ корневым?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="208"/>
        <source>TEST roots are for training registers only. While this is on, signatures made with NCA RK test keys count as trusted (each verdict notes it). NEVER turn it on in production.</source>
        <translation>ТЕСТОВЫЕ корневые сертификаты только для учебных реестров. Пока это включено, подписи тестовыми ключами НУЦ РК считаются доверенными (в каждом результате это отмечается). НИКОГДА не включайте в рабочем реестре.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="220"/>
        <source>Signatures are checked offline against these certificates and revocation lists only. Download them from the official NCA RK sites, compare the SHA-256 with the published value, then import.</source>
        <translation>Подписи проверяются без сети только по этим сертификатам и спискам отзыва. Скачайте их с официальных сайтов НУЦ РК, сверьте SHA-256 с опубликованным значением, затем импортируйте.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="225"/>
        <source>Root and intermediate certificates</source>
        <translation>Корневые и промежуточные сертификаты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="226"/>
        <source>Revocation lists (CRL)</source>
        <translation>Списки отзыва (CRL)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="227"/>
        <source>Import a &amp;certificate…</source>
        <translation>Импорт &amp;сертификата…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="228"/>
        <source>Import a C&amp;RL…</source>
        <translation>Импорт C&amp;RL…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="229"/>
        <source>Trust NCA RK &amp;TEST roots (training only)</source>
        <translation>Доверять &amp;ТЕСТОВЫМ корневым НУЦ РК (только для обучения)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="232"/>
        <source>You may view the trust store; importing needs the administrator&apos;s role.</source>
        <translation>Хранилище доверия можно просматривать; для импорта нужна роль администратора.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="246"/>
        <source>Trust: roots and CRLs</source>
        <translation>Доверие: корневые и CRL</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="147"/>
        <source>Decision recorded.</source>
        <translation>Решение записано.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="147"/>
        <source>Dispatch recorded.</source>
        <translation>Отправка записана.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="149"/>
        <source>&amp;Undo (within this minute)</source>
        <translation>&amp;Отменить (в течение этой минуты)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="150"/>
        <source>Ctrl+Z: undo with a reason; the history keeps both entries.</source>
        <translation>Ctrl+Z: отменить с указанием причины; история сохранит обе записи.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="37"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>Два новых пароля не совпадают; введите их снова.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="124"/>
        <source>registrar</source>
        <translation>регистратор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="125"/>
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="126"/>
        <source>signatory</source>
        <translation>подписант</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="127"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="128"/>
        <source>viewer (read only)</source>
        <translation>наблюдатель (только чтение)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="136"/>
        <source>User name (latin or Cyrillic letters):</source>
        <translation>Имя пользователя (латиница или кириллица):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="137"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="138"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="191"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="139"/>
        <source>Password (at least 8 characters):</source>
        <translation>Пароль (не меньше 8 символов):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="140"/>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="146"/>
        <source>Create the first administrator</source>
        <translation>Создать первого администратора</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="146"/>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="152"/>
        <source>User %1 added.</source>
        <translation>Пользователь %1 добавлен.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="154"/>
        <source>From the next start everyone logs in; single-clerk mode has ended.</source>
        <translation>Со следующего запуска все входят по паролю; режим одного работника завершён.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="163"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="217"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="164"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="218"/>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="169"/>
        <source>Reset the password of %1</source>
        <translation>Сбросить пароль %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="176"/>
        <source>Password of %1 reset; the account is unlocked.</source>
        <translation>Пароль %1 сброшен; учётная запись разблокирована.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="183"/>
        <source>%1 unlocked.</source>
        <translation>%1 разблокирован(а).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="194"/>
        <source>Role of %1</source>
        <translation>Роль %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="200"/>
        <source>Role of %1 changed.</source>
        <translation>Роль %1 изменена.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="209"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="216"/>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="223"/>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="230"/>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="241"/>
        <source>Single-clerk mode: this register has no user accounts, so the computer&apos;s account (%1) is the clerk and may do everything. Create the first administrator to require a login.</source>
        <translation>Режим одного работника: в этом журнале нет учётных записей, поэтому работник — учётная запись компьютера (%1), и ей разрешено всё. Создайте первого администратора, чтобы требовать вход по паролю.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="245"/>
        <source>Create the first &amp;administrator…</source>
        <translation>Создать первого &amp;администратора…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="248"/>
        <source>Logged in as %1 (%2).</source>
        <translation>Вы вошли как %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="252"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="253"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="254"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="255"/>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="256"/>
        <source>Disable / enable</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="257"/>
        <source>Change &amp;my password…</source>
        <translation>Сменить &amp;мой пароль…</translation>
    </message>
</context>
<context>
    <name>VerificationsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="86"/>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="87"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="88"/>
        <source>Verdict</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="89"/>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="90"/>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="91"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="117"/>
        <source>&amp;Record</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="173"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="184"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="197"/>
        <source>Import signature</source>
        <translation>Импорт подписи</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="173"/>
        <source>Signatures (*.cms *.p7s *.sig);;All files (*)</source>
        <translation>Подписи (*.cms *.p7s *.sig);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="228"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="231"/>
        <source>Send by e-mail</source>
        <translation>Отправка по электронной почте</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="242"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="258"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="261"/>
        <source>Record a bounce</source>
        <translation>Записать возврат письма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="242"/>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>Электронные письма (*.eml);;Все файлы (*)</translation>
    </message>
</context>
</TS>
