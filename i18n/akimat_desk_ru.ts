<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="109" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="110" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="111" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="112" />
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="113" />
        <source>SHA-256</source>
        <translation>Хеш SHA-256</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="21" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="21" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="26" />
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="27" />
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="28" />
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="29" />
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="30" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="31" />
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="32" />
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="33" />
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="34" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="35" />
        <source>used</source>
        <translation>используется</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="36" />
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="37" />
        <source>number</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="38" />
        <source>categories</source>
        <translation>категории</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="39" />
        <source>route length, km</source>
        <translation>протяжённость маршрута, км</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="40" />
        <source>start point</source>
        <translation>начальный пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="41" />
        <source>end point</source>
        <translation>конечный пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="42" />
        <source>representative</source>
        <translation>представитель</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="43" />
        <source>route</source>
        <translation>маршрут следования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="44" />
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="45" />
        <source>starts</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="46" />
        <source>ends</source>
        <translation>окончание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="47" />
        <source>filed on</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="48" />
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="49" />
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="50" />
        <source>sound equipment</source>
        <translation>звукоусиливающие средства</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="51" />
        <source>visual materials</source>
        <translation>средства наглядной агитации</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="52" />
        <source>measures</source>
        <translation>меры</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="53" />
        <source>vehicles</source>
        <translation>транспортные средства</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="54" />
        <source>organizer</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="55" />
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="82" />
        <source>not required for a picket</source>
        <translation>не требуется для пикетирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="103" />
        <source>Legal checks</source>
        <translation>Правовые проверки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="109" />
        <source>Filed in time: the last day to file was %1 (%2).</source>
        <translation>Подано в срок: последний день подачи — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="111" />
        <source>Filed LATE: the last day to file was %1 (%2).</source>
        <translation>Подано С ОПОЗДАНИЕМ: последний день подачи — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="116" />
        <source>Borderline: the two readings of the filing period disagree; check before relying on it.</source>
        <translation>Пограничный случай: два прочтения срока подачи расходятся; проверьте, прежде чем полагаться.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="120" />
        <source>All 13 content items are present.</source>
        <translation>Все 13 пунктов содержания на месте.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="131" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="137" />
        <source>moved from %1 by a calendar change (%2); not yet acknowledged</source>
        <translation>перенесён с %1 изменением календаря (%2); ещё не подтверждено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="147" />
        <source>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Без ответа до конца рабочего дня в последний день срока собрание проводится согласно уведомлению (п. 1 ст. 11 Закона).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="154" />
        <source>No countdown: the akimat has answered or the filing is closed.</source>
        <translation>Отсчёта нет: акимат ответил или дело закрыто.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="167" />
        <source>Received %1, registered %2 · status: %3</source>
        <translation>Поступило %1, зарегистрировано %2 · статус: %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="227" />
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="228" />
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканы и документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="257" />
        <source>Save attachment as</source>
        <translation>Сохранить вложение как</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="302" />
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="303" />
        <source>Change &amp;status</source>
        <translation>Изменить &amp;статус</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="304" />
        <source>&amp;Withdrawn by organizer…</source>
        <translation>&amp;Отозвано организатором…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="305" />
        <source>&amp;Acknowledge moved deadline</source>
        <translation>&amp;Подтвердить перенос срока</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="306" />
        <source>Attac&amp;h file…</source>
        <translation>П&amp;риложить файл…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="307" />
        <source>&amp;Print card…</source>
        <translation>&amp;Печать карточки…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="308" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="309" />
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="310" />
        <source>Days counted for the review period (explain):</source>
        <translation>Дни, засчитанные в срок рассмотрения (пояснение):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="312" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="316" />
        <source>No filing open</source>
        <translation>Документ не открыт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="317" />
        <source>Open a filing from Today or the register (Enter or double-click).</source>
        <translation>Откройте документ со страницы «Сегодня» или из журнала (Enter или двойной щелчок).</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="49" />
        <source>Correct filing %1</source>
        <translation>Исправление документа %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="55" />
        <source>organizer</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="57" />
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="70" />
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="71" />
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="72" />
        <source>&amp;New value:</source>
        <translation>&amp;Новое значение:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="73" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="76" />
        <source>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</source>
        <translation>Входящий номер не меняется никогда. Исправление сохраняется в истории: кто, когда, старое и новое значение и причина.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="29" />
        <source>answered or closed</source>
        <translation>ответ дан или закрыто</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="33" />
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>осталось %n рабочий день</numerusform>
            <numerusform>осталось %n рабочих дня</numerusform>
            <numerusform>осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="35" />
        <source>due today, %1 h left</source>
        <translation>срок сегодня, осталось %1 ч</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="40" />
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>просрочено на %n рабочий день</numerusform>
            <numerusform>просрочено на %n рабочих дня</numerusform>
            <numerusform>просрочено на %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="42" />
        <source>overdue since today's close</source>
        <translation>просрочено с конца сегодняшнего рабочего дня</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="45" />
        <source>silence means consent after today, %1 h left</source>
        <translation>после сегодняшнего дня молчание — согласие, осталось %1 ч</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="48" />
        <source>deadline passed: silence means consent</source>
        <translation>срок истёк: молчание означает согласие</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="55" />
        <source>Review deadline %1, office closes at %2</source>
        <translation>Срок рассмотрения %1, окончание рабочего дня %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="60" />
        <source>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Без ответа в срок собрание проводится согласно уведомлению (п. 1 ст. 11 Закона).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="36" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="37" />
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="38" />
        <source>Proposals awaiting the organizer's answer</source>
        <translation>Предложения, ждущие ответа организатора</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="39" />
        <source>Deadlines moved by a calendar change</source>
        <translation>Сроки, перенесённые изменением календаря</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="40" />
        <source>Events in the next 7 days</source>
        <translation>Мероприятия в ближайшие 7 дней</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="104" />
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="18" />
        <source>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</source>
        <translation>Сохранённый файл не совпадает со своей контрольной суммой SHA-256: файл журнала повреждён. Восстановите журнал из последней резервной копии и сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="25" />
        <source>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again.</source>
        <translation>Журнал недоступен или занят. Ничего не сохранено; введённое вами осталось. Проверьте сеть или диск и повторите.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="33" />
        <source>The file could not be read or written: %1. Check the path and the permissions.</source>
        <translation>Не удалось прочитать или записать файл: %1. Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="36" />
        <source>Something went wrong and nothing was saved; what you typed is kept. Details: %1</source>
        <translation>Что-то пошло не так, ничего не сохранено; введённое вами осталось. Подробности: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="42" />
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="128" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="129" />
        <source>Counted</source>
        <translation>Засчитан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="130" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="36" />
        <source>valid check digit</source>
        <translation>контрольная цифра верна</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="38" />
        <source>12 digits expected</source>
        <translation>нужно 12 цифр</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="39" />
        <source>digits only</source>
        <translation>только цифры</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="40" />
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="43" />
        <source>wrong check digit: mistyped?</source>
        <translation>неверная контрольная цифра: опечатка?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="137" />
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="142" />
        <source>Organizer is:</source>
        <translation>Организатор:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="143" />
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="144" />
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="145" />
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="146" />
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="149" />
        <source>Name of the legal entity:</source>
        <translation>Наименование юрлица:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="150" />
        <source>BIN:</source>
        <translation>БИН:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="153" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="154" />
        <source>Representative:</source>
        <translation>Представитель:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="154" />
        <source>acts through a representative</source>
        <translation>действует через представителя</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="155" />
        <source>Representative's surname:</source>
        <translation>Фамилия представителя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="156" />
        <source>Representative's given name:</source>
        <translation>Имя представителя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="157" />
        <source>Representative's IIN:</source>
        <translation>ИИН представителя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="158" />
        <source>Representative's e-mail:</source>
        <translation>Эл. почта представителя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="159" />
        <source>Representative's phone:</source>
        <translation>Телефон представителя:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="161" />
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="162" />
        <source>Route:</source>
        <translation>Маршрут следования:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="164" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="165" />
        <source>Starts at:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="166" />
        <source>Ends at:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="168" />
        <source>Participants:</source>
        <translation>Участников:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="170" />
        <source>Structures:</source>
        <translation>Сооружения:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="171" />
        <source>Measures:</source>
        <translation>Меры:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="173" />
        <source>Sound equipment:</source>
        <translation>Звукоусиливающие средства:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="174" />
        <source>Visual materials:</source>
        <translation>Наглядная агитация:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="175" />
        <source>Vehicles will be used:</source>
        <translation>Будут транспортные средства:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="177" />
        <source>Number of vehicles:</source>
        <translation>Количество ТС:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="178" />
        <source>Categories:</source>
        <translation>Категории:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="179" />
        <source>Route length, km:</source>
        <translation>Протяжённость, км:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="180" />
        <source>Start point:</source>
        <translation>Начальный пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="181" />
        <source>End point:</source>
        <translation>Конечный пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="183" />
        <source>Regulations:</source>
        <translation>Регламент:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="185" />
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="186" />
        <source>Mobile phone:</source>
        <translation>Мобильный телефон:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="188" />
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="188" />
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="190" />
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="192" />
        <source>Date on the document:</source>
        <translation>Дата на документе:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="194" />
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="194" />
        <source>signed by the organizer or representative</source>
        <translation>подписано организатором или представителем</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="197" />
        <source>a citizen</source>
        <translation>гражданин</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="197" />
        <source>a legal entity</source>
        <translation>юридическое лицо</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="200" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="202" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="204" />
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="277" />
        <source>as chosen above; it decides which items apply</source>
        <translation>как выбрано выше; форма определяет, какие пункты применяются</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="20" />
        <source>Welcome to akimat_desk</source>
        <translation>Добро пожаловать в akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="23" />
        <source>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</source>
        <translation>Укажите, чей это журнал. Наименования, адрес и подписант печатаются в каждом письме и расписке; позже их можно изменить в «Настройках».</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="35" />
        <source>Fill the register with demo filings (all forms and statuses, Almaty and Astana) to look around. Use a separate folder (--home) for real work.</source>
        <translation>Заполнить журнал демонстрационными документами (все формы и статусы, Алматы и Астана), чтобы осмотреться. Для реальной работы используйте отдельную папку (--home).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="92" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="93" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="94" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="95" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="96" />
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="97" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="74" />
        <source>what exactly (optional)</source>
        <translation>что именно (необязательно)</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="14" />
        <source>Purpose of the assembly</source>
        <translation>Цель мирного собрания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="15" />
        <source>Form of the assembly</source>
        <translation>Форма мирного собрания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="16" />
        <source>Organizer (and representative)</source>
        <translation>Организатор (и представитель)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="17" />
        <source>Place of holding</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="18" />
        <source>Place or route of movement</source>
        <translation>Место или маршрут следования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="19" />
        <source>Date, start and end time</source>
        <translation>Дата, время начала и окончания</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="20" />
        <source>Expected number of participants</source>
        <translation>Предполагаемое количество участников</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="21" />
        <source>Yurts, tents and other structures</source>
        <translation>Юрты, палатки, иные сооружения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="22" />
        <source>Sound-amplifying equipment and visual materials</source>
        <translation>Звукоусиливающие технические средства и наглядная агитация</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="23" />
        <source>Public order, medical aid and fire-safety measures; equipment and vehicles</source>
        <translation>Меры по охране общественного порядка, медицинской помощи и пожарной безопасности; средства и транспорт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="26" />
        <source>Vehicles: number, categories, route, start and end</source>
        <translation>Транспортные средства: количество, категории, маршрут, начальный и конечный пункты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="27" />
        <source>Regulations approved by the organizer</source>
        <translation>Регламент, утверждённый организатором</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="28" />
        <source>E-mail and mobile phone</source>
        <translation>Адрес эл. почты и абонентский номер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="29" />
        <source>Consent to processing of personal data</source>
        <translation>Согласие на сбор и обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="30" />
        <source>Sources of funding</source>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="31" />
        <source>Date of filing and signature</source>
        <translation>Дата подачи и подпись</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="43" />
        <source>Content items of %1</source>
        <translation>Пункты содержания по %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="239" />
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Показано обращений: %n</numerusform>
            <numerusform>Показано обращений: %n</numerusform>
            <numerusform>Показано обращений: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="265" />
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — журнал регистрации уведомлений и заявлений о мирных собраниях</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="269" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="267" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="116" />
        <source>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it with 'akimat-desk calendar confirm'.</source>
        <translation>Календарь рабочих дней на %1 НЕ подтверждён администратором: переносы выходных или Курбан айт ещё могут сдвинуть сроки. Подтвердите его командой 'akimat-desk calendar confirm'.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="201" />
        <source>About akimat_desk</source>
        <translation>О программе akimat_desk</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="202" />
        <source>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</source>
        <translation>akimat_desk: журнал уведомлений и заявлений о мирных собраниях по Закону № 333-VI от 25 мая 2020 года.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="240" />
        <source>%n due today</source>
        <translation>
            <numerusform>%n со сроком сегодня</numerusform>
            <numerusform>%n со сроком сегодня</numerusform>
            <numerusform>%n со сроком сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="241" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочен</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="247" />
        <source>calendar %1 NOT confirmed</source>
        <translation>календарь %1 НЕ подтверждён</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="249" />
        <source>calendar %1 confirmed</source>
        <translation>календарь %1 подтверждён</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="250" />
        <source>user: %1</source>
        <translation>пользователь: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="266" />
        <source>&amp;New filing…</source>
        <translation>&amp;Новый документ…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="268" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="270" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="271" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="272" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="273" />
        <source>F&amp;iling</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="274" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="275" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="276" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="278" />
        <source>Today (%n due)</source>
        <translation>
            <numerusform>Сегодня (%n срочный)</numerusform>
            <numerusform>Сегодня (%n срочных)</numerusform>
            <numerusform>Сегодня (%n срочных)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="278" />
        <source>Register</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="278" />
        <source>Filing card</source>
        <translation>Карточка документа</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="279" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="55" />
        <source>Incoming No.</source>
        <translation>Вх. №</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="56" />
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="57" />
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="58" />
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="59" />
        <source>Place or route</source>
        <translation>Место или маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="60" />
        <source>Event date and time</source>
        <translation>Дата и время проведения</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="61" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="62" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="63" />
        <source>Defects</source>
        <translation>Недостатки</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="155" />
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="156" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="242" />
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Поиск по организатору, цели, месту или номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="243" />
        <source>F&amp;orm:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="244" />
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="245" />
        <source>Registered f&amp;rom:</source>
        <translation>Зарегистрировано &amp;с:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="246" />
        <source>t&amp;o:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="248" />
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="249" />
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="71" />
        <source>New filing</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="99" />
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="99" />
        <source>&amp;Channel:</source>
        <translation>&amp;Способ подачи:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="100" />
        <source>&amp;Received at:</source>
        <translation>&amp;Поступило:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="100" />
        <source>&amp;Language of the filing:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="113" />
        <source>Add scans or files…</source>
        <translation>Добавить сканы или файлы…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="117" />
        <source>E-filing: add the signed file first. It is stored byte for byte with its SHA-256 as the original e-document; the signature itself is verified once signature checking is available (issue 7).</source>
        <translation>Электронная подача: сначала добавьте подписанный файл. Он хранится байт в байт с хешем SHA-256 как оригинал электронного документа; сама подпись будет проверяться, когда появится проверка ЭЦП (задача 7).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="128" />
        <source>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</source>
        <translation>Регистрировать с недостатками можно: закон считает срок со дня регистрации. Недостатки сохраняются вместе с документом для рассмотрения.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="138" />
        <source>&amp;Register (Enter)</source>
        <translation>&amp;Зарегистрировать (Enter)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="141" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="148" />
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="195" />
        <source>All content items are present.</source>
        <translation>Все пункты содержания на месте.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="196" />
        <source>Defects found: %n</source>
        <translation>
            <numerusform>Найден %n недостаток</numerusform>
            <numerusform>Найдено %n недостатка</numerusform>
            <numerusform>Найдено %n недостатков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="199" />
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="200" />
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканы и документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="229" />
        <source>Registered on %1 at %2. Defects recorded: %3.</source>
        <translation>Зарегистрировано %1 в %2. Записано недостатков: %3.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="233" />
        <source>These files were NOT attached; attach them from the card:</source>
        <translation>Эти файлы НЕ приложены; приложите их из карточки:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="243" />
        <source>Incoming number</source>
        <translation>Входящий номер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="256" />
        <source>&amp;Open the card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="258" />
        <source>Register &amp;next</source>
        <translation>Зарегистрировать &amp;следующий</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="260" />
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="36" />
        <source>Akimat's name in Kazakh:</source>
        <translation>Наименование акимата на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="37" />
        <source>Akimat's name in Russian:</source>
        <translation>Наименование акимата на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="38" />
        <source>Akimat's name in English:</source>
        <translation>Наименование акимата на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="39" />
        <source>Address in Kazakh:</source>
        <translation>Адрес на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="40" />
        <source>Address in Russian:</source>
        <translation>Адрес на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="41" />
        <source>Address in English:</source>
        <translation>Адрес на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="42" />
        <source>Department in Kazakh:</source>
        <translation>Отдел на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="43" />
        <source>Department in Russian:</source>
        <translation>Отдел на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="44" />
        <source>Department in English:</source>
        <translation>Отдел на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="45" />
        <source>Signatory's position in Kazakh:</source>
        <translation>Должность подписанта на казахском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="46" />
        <source>Signatory's position in Russian:</source>
        <translation>Должность подписанта на русском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="47" />
        <source>Signatory's position in English:</source>
        <translation>Должность подписанта на английском:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="48" />
        <source>Signatory (initials and surname):</source>
        <translation>Подписант (инициалы и фамилия):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="49" />
        <source>Office phone:</source>
        <translation>Телефон акимата:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="50" />
        <source>Office e-mail:</source>
        <translation>Эл. почта акимата:</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="61" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="72" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="73" />
        <source>The akimat (letterhead and signatory of letters and receipts)</source>
        <translation>Акимат (бланк и подписант писем и расписок)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="74" />
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
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
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="44" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="44" />
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/pages/today.py" line="103" />
        <source>%n notification(s) reach the review deadline today. Without an answer by %1 the assembly goes ahead as notified (silence means consent, art. 11 p.1): %2</source>
        <translation>
            <numerusform>У %n уведомления срок рассмотрения истекает сегодня. Без ответа до %1 собрание проводится согласно уведомлению (молчание — согласие, п. 1 ст. 11 Закона): %2</numerusform>
            <numerusform>У %n уведомлений срок рассмотрения истекает сегодня. Без ответа до %1 собрание проводится согласно уведомлению (молчание — согласие, п. 1 ст. 11 Закона): %2</numerusform>
            <numerusform>У %n уведомлений срок рассмотрения истекает сегодня. Без ответа до %1 собрание проводится согласно уведомлению (молчание — согласие, п. 1 ст. 11 Закона): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/today.py" line="116" />
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
</context>
</TS>