<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
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
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="111" />
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="112" />
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="113" />
        <source>SHA-256</source>
        <translation>SHA-256 хеші</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="21" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="21" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="26" />
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="27" />
        <source>given name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="28" />
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="29" />
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="30" />
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="31" />
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="32" />
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="33" />
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="34" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="35" />
        <source>used</source>
        <translation>пайдаланылады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="36" />
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="37" />
        <source>number</source>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="38" />
        <source>categories</source>
        <translation>санаттары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="39" />
        <source>route length, km</source>
        <translation>маршрут ұзындығы, км</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="40" />
        <source>start point</source>
        <translation>бастапқы пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="41" />
        <source>end point</source>
        <translation>соңғы пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="42" />
        <source>representative</source>
        <translation>өкілі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="43" />
        <source>route</source>
        <translation>жүру маршруты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="44" />
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="45" />
        <source>starts</source>
        <translation>басталуы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="46" />
        <source>ends</source>
        <translation>аяқталуы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="47" />
        <source>filed on</source>
        <translation>берілген күні</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="48" />
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="49" />
        <source>type</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="50" />
        <source>sound equipment</source>
        <translation>дыбыс күшейткіш құралдар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="51" />
        <source>visual materials</source>
        <translation>көрнекі үгіттеу құралдары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="52" />
        <source>measures</source>
        <translation>шаралар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="53" />
        <source>vehicles</source>
        <translation>көлік құралдары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="54" />
        <source>organizer</source>
        <translation>ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="55" />
        <source>contacts</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="82" />
        <source>not required for a picket</source>
        <translation>пикеттеу үшін талап етілмейді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="103" />
        <source>Legal checks</source>
        <translation>Құқықтық тексерулер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="109" />
        <source>Filed in time: the last day to file was %1 (%2).</source>
        <translation>Мерзімінде берілді: берудің соңғы күні — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="111" />
        <source>Filed LATE: the last day to file was %1 (%2).</source>
        <translation>КЕШІГІП берілді: берудің соңғы күні — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="116" />
        <source>Borderline: the two readings of the filing period disagree; check before relying on it.</source>
        <translation>Шекаралық жағдай: беру мерзімінің екі оқылымы сәйкес келмейді; сүйенбес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="120" />
        <source>All 13 content items are present.</source>
        <translation>Мазмұнның барлық 13 тармағы бар.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="131" />
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="137" />
        <source>moved from %1 by a calendar change (%2); not yet acknowledged</source>
        <translation>күнтізбе өзгерісімен %1 күнінен ауыстырылды (%2); әлі расталмаған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="147" />
        <source>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Мерзімнің соңғы күні жұмыс уақыты аяқталғанға дейін жауап болмаса, жиналыс хабарламаға сәйкес өткізіледі (Заңның 11-бабының 1-тармағы).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card_html.py" line="154" />
        <source>No countdown: the akimat has answered or the filing is closed.</source>
        <translation>Кері санақ жоқ: әкімдік жауап берді немесе іс жабылды.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="167" />
        <source>Received %1, registered %2 · status: %3</source>
        <translation>Түсті %1, тіркелді %2 · мәртебесі: %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="227" />
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="228" />
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканерлер мен құжаттар (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="257" />
        <source>Save attachment as</source>
        <translation>Тіркемені басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="302" />
        <source>&amp;Correct…</source>
        <translation>Түз&amp;ету…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="303" />
        <source>Change &amp;status</source>
        <translation>Мәртебені ө&amp;згерту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="304" />
        <source>&amp;Withdrawn by organizer…</source>
        <translation>Ұйымдастырушы &amp;қайтарып алды…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="305" />
        <source>&amp;Acknowledge moved deadline</source>
        <translation>Мерзімнің ауысуын &amp;растау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="306" />
        <source>Attac&amp;h file…</source>
        <translation>Файл &amp;тіркеу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="307" />
        <source>&amp;Print card…</source>
        <translation>Карточканы &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="308" />
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="309" />
        <source>Save &amp;as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="310" />
        <source>Days counted for the review period (explain):</source>
        <translation>Қарау мерзіміне есептелген күндер (түсіндірме):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="311" />
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="312" />
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="316" />
        <source>No filing open</source>
        <translation>Құжат ашылмаған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/card.py" line="317" />
        <source>Open a filing from Today or the register (Enter or double-click).</source>
        <translation>Құжатты «Бүгін» бетінен немесе журналдан ашыңыз (Enter немесе қос шерту).</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="49" />
        <source>Correct filing %1</source>
        <translation>%1 құжатын түзету</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="55" />
        <source>organizer</source>
        <translation>ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="57" />
        <source>contacts</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="70" />
        <source>&amp;Field:</source>
        <translation>Ө&amp;ріс:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="71" />
        <source>Now:</source>
        <translation>Қазір:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="72" />
        <source>&amp;New value:</source>
        <translation>Жаңа &amp;мән:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="73" />
        <source>&amp;Reason (required):</source>
        <translation>Се&amp;бебі (міндетті):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/correction.py" line="76" />
        <source>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</source>
        <translation>Кіріс нөмірі ешқашан өзгермейді. Түзету тарихта сақталады: кім, қашан, ескі және жаңа мән және себебі.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="29" />
        <source>answered or closed</source>
        <translation>жауап берілді немесе жабылды</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="33" />
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n жұмыс күні қалды</numerusform>
            <numerusform>%n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="35" />
        <source>due today, %1 h left</source>
        <translation>мерзімі бүгін, %1 сағ қалды</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="40" />
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>%n жұмыс күніне кешіктірілді</numerusform>
            <numerusform>%n жұмыс күніне кешіктірілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="42" />
        <source>overdue since today's close</source>
        <translation>бүгінгі жұмыс күні аяқталғаннан бері мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="45" />
        <source>silence means consent after today, %1 h left</source>
        <translation>бүгіннен кейін үнсіздік — келісім, %1 сағ қалды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="48" />
        <source>deadline passed: silence means consent</source>
        <translation>мерзім өтті: үнсіздік келісімді білдіреді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="55" />
        <source>Review deadline %1, office closes at %2</source>
        <translation>Қарау мерзімі %1, жұмыс күні %2 аяқталады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="60" />
        <source>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Мерзімінде жауап болмаса, жиналыс хабарламаға сәйкес өткізіледі (Заңның 11-бабының 1-тармағы).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="36" />
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="37" />
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="38" />
        <source>Proposals awaiting the organizer's answer</source>
        <translation>Ұйымдастырушының жауабын күтіп тұрған ұсыныстар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="39" />
        <source>Deadlines moved by a calendar change</source>
        <translation>Күнтізбе өзгерісімен ауысқан мерзімдер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="40" />
        <source>Events in the next 7 days</source>
        <translation>Алдағы 7 күндегі іс-шаралар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/dashboard_model.py" line="104" />
        <source>Needs attention</source>
        <translation>Назар аударуды қажет етеді</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="18" />
        <source>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</source>
        <translation>Сақталған файл өзінің SHA-256 бақылау сомасына сәйкес келмейді: журнал файлы бүлінген. Журналды соңғы сақтық көшірмеден қалпына келтіріп, әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="25" />
        <source>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again.</source>
        <translation>Журнал қолжетімсіз немесе бос емес. Ештеңе сақталмады; терілген мәлімет қалды. Желіні немесе дискіні тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="33" />
        <source>The file could not be read or written: %1. Check the path and the permissions.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады: %1. Жолды және рұқсаттарды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="36" />
        <source>Something went wrong and nothing was saved; what you typed is kept. Details: %1</source>
        <translation>Бірдеңе дұрыс болмады, ештеңе сақталмады; терілген мәлімет қалды. Толығырақ: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="42" />
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="128" />
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="129" />
        <source>Counted</source>
        <translation>Есептелді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="130" />
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="36" />
        <source>valid check digit</source>
        <translation>бақылау цифры дұрыс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="38" />
        <source>12 digits expected</source>
        <translation>12 цифр қажет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="39" />
        <source>digits only</source>
        <translation>тек цифрлар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="40" />
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="43" />
        <source>wrong check digit: mistyped?</source>
        <translation>бақылау цифры қате: қате терілді ме?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="137" />
        <source>Purpose:</source>
        <translation>Мақсаты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="142" />
        <source>Organizer is:</source>
        <translation>Ұйымдастырушы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="143" />
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="144" />
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="145" />
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="146" />
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="149" />
        <source>Name of the legal entity:</source>
        <translation>Заңды тұлғаның атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="150" />
        <source>BIN:</source>
        <translation>БСН:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="153" />
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="154" />
        <source>Representative:</source>
        <translation>Өкілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="154" />
        <source>acts through a representative</source>
        <translation>өкіл арқылы әрекет етеді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="155" />
        <source>Representative's surname:</source>
        <translation>Өкілдің тегі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="156" />
        <source>Representative's given name:</source>
        <translation>Өкілдің аты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="157" />
        <source>Representative's IIN:</source>
        <translation>Өкілдің ЖСН:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="158" />
        <source>Representative's e-mail:</source>
        <translation>Өкілдің эл. поштасы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="159" />
        <source>Representative's phone:</source>
        <translation>Өкілдің телефоны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="161" />
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="162" />
        <source>Route:</source>
        <translation>Жүру маршруты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="164" />
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="165" />
        <source>Starts at:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="166" />
        <source>Ends at:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="168" />
        <source>Participants:</source>
        <translation>Қатысушылар:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="170" />
        <source>Structures:</source>
        <translation>Құрылысжайлар:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="171" />
        <source>Measures:</source>
        <translation>Шаралар:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="173" />
        <source>Sound equipment:</source>
        <translation>Дыбыс күшейткіш құралдар:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="174" />
        <source>Visual materials:</source>
        <translation>Көрнекі үгіттеу:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="175" />
        <source>Vehicles will be used:</source>
        <translation>Көлік құралдары пайдаланылады:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="177" />
        <source>Number of vehicles:</source>
        <translation>Көлік саны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="178" />
        <source>Categories:</source>
        <translation>Санаттары:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="179" />
        <source>Route length, km:</source>
        <translation>Ұзындығы, км:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="180" />
        <source>Start point:</source>
        <translation>Бастапқы пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="181" />
        <source>End point:</source>
        <translation>Соңғы пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="183" />
        <source>Regulations:</source>
        <translation>Регламент:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="185" />
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="186" />
        <source>Mobile phone:</source>
        <translation>Ұялы телефон:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="188" />
        <source>Consent:</source>
        <translation>Келісім:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="188" />
        <source>given</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="190" />
        <source>Sources:</source>
        <translation>Көздері:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="192" />
        <source>Date on the document:</source>
        <translation>Құжаттағы күні:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="194" />
        <source>Signature:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="194" />
        <source>signed by the organizer or representative</source>
        <translation>ұйымдастырушы немесе өкіл қол қойған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="197" />
        <source>a citizen</source>
        <translation>азамат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="197" />
        <source>a legal entity</source>
        <translation>заңды тұлға</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="200" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="202" />
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="204" />
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="198" />
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="277" />
        <source>as chosen above; it decides which items apply</source>
        <translation>жоғарыда таңдалғандай; қай тармақтар қолданылатынын нысан анықтайды</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="20" />
        <source>Welcome to akimat_desk</source>
        <translation>akimat_desk-ке қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="23" />
        <source>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</source>
        <translation>Журнал қай мекемеге тиесілі екенін көрсетіңіз. Атаулар, мекенжай және қол қоюшы әр хат пен қолхатқа басылады; кейін оларды «Баптауларда» өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/first_run.py" line="35" />
        <source>Fill the register with demo filings (all forms and statuses, Almaty and Astana) to look around. Use a separate folder (--home) for real work.</source>
        <translation>Танысу үшін журналды демонстрациялық құжаттармен толтыру (барлық нысандар мен мәртебелер, Алматы және Астана). Нақты жұмыс үшін бөлек қалтаны (--home) пайдаланыңыз.</translation>
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
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="94" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="95" />
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="96" />
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/card_models.py" line="97" />
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="71" />
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration_form.py" line="74" />
        <source>what exactly (optional)</source>
        <translation>нақты не (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="14" />
        <source>Purpose of the assembly</source>
        <translation>Бейбіт жиналыстың мақсаты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="15" />
        <source>Form of the assembly</source>
        <translation>Бейбіт жиналыстың нысаны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="16" />
        <source>Organizer (and representative)</source>
        <translation>Ұйымдастырушы (және өкілі)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="17" />
        <source>Place of holding</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="18" />
        <source>Place or route of movement</source>
        <translation>Өткізу орны немесе жүру маршруты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="19" />
        <source>Date, start and end time</source>
        <translation>Күні, басталу және аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="20" />
        <source>Expected number of participants</source>
        <translation>Қатысушылардың болжамды саны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="21" />
        <source>Yurts, tents and other structures</source>
        <translation>Киіз үйлер, шатырлар, өзге де құрылысжайлар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="22" />
        <source>Sound-amplifying equipment and visual materials</source>
        <translation>Дыбыс күшейткіш техникалық құралдар және көрнекі үгіттеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="23" />
        <source>Public order, medical aid and fire-safety measures; equipment and vehicles</source>
        <translation>Қоғамдық тәртіпті сақтау, медициналық көмек және өрт қауіпсіздігі шаралары; құралдар мен көлік</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="26" />
        <source>Vehicles: number, categories, route, start and end</source>
        <translation>Көлік құралдары: саны, санаттары, маршруты, бастапқы және соңғы пункттері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="27" />
        <source>Regulations approved by the organizer</source>
        <translation>Ұйымдастырушы бекіткен регламент</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="28" />
        <source>E-mail and mobile phone</source>
        <translation>Электрондық пошта мекенжайы және абоненттік нөмір</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="29" />
        <source>Consent to processing of personal data</source>
        <translation>Дербес деректерді жинауға және өңдеуге келісім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="30" />
        <source>Sources of funding</source>
        <translation>Қаржыландыру көздері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="31" />
        <source>Date of filing and signature</source>
        <translation>Берілген күні және қолтаңба</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/items.py" line="43" />
        <source>Content items of %1</source>
        <translation>%1 бойынша мазмұн тармақтары</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="239" />
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Көрсетілген құжаттар: %n</numerusform>
            <numerusform>Көрсетілген құжаттар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="265" />
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — бейбіт жиналыстар туралы хабарламалар мен өтініштерді тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="269" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="267" />
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="116" />
        <source>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it with 'akimat-desk calendar confirm'.</source>
        <translation>%1 жылғы жұмыс күндерінің күнтізбесін әкімші РАСТАМАҒАН: демалыс ауыстырулары немесе Құрбан айт мерзімдерді әлі жылжытуы мүмкін. Оны 'akimat-desk calendar confirm' командасымен растаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="201" />
        <source>About akimat_desk</source>
        <translation>akimat_desk туралы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="202" />
        <source>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</source>
        <translation>akimat_desk: 2020 жылғы 25 мамырдағы № 333-VI Заң бойынша бейбіт жиналыстар туралы хабарламалар мен өтініштер журналы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="240" />
        <source>%n due today</source>
        <translation>
            <numerusform>мерзімі бүгін: %n</numerusform>
            <numerusform>мерзімі бүгін: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="241" />
        <source>%n overdue</source>
        <translation>
            <numerusform>мерзімі өткен: %n</numerusform>
            <numerusform>мерзімі өткен: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="247" />
        <source>calendar %1 NOT confirmed</source>
        <translation>%1 күнтізбесі РАСТАЛМАҒАН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="249" />
        <source>calendar %1 confirmed</source>
        <translation>%1 күнтізбесі расталған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="250" />
        <source>user: %1</source>
        <translation>пайдаланушы: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="266" />
        <source>&amp;New filing…</source>
        <translation>&amp;Жаңа құжат…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="268" />
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="270" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="271" />
        <source>&amp;About</source>
        <translation>Бағдарлама &amp;туралы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="272" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="273" />
        <source>F&amp;iling</source>
        <translation>&amp;Құжат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="274" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="275" />
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="276" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="278" />
        <source>Today (%n due)</source>
        <translation>
            <numerusform>Бүгін (%n шұғыл)</numerusform>
            <numerusform>Бүгін (%n шұғыл)</numerusform>
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
        <translation>Құжат карточкасы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="279" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="55" />
        <source>Incoming No.</source>
        <translation>Кіріс №</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="56" />
        <source>Received</source>
        <translation>Түскені</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="57" />
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="58" />
        <source>Organizer</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="59" />
        <source>Place or route</source>
        <translation>Орын немесе бағыт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="60" />
        <source>Event date and time</source>
        <translation>Өткізу күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="61" />
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="62" />
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/models/register_model.py" line="63" />
        <source>Defects</source>
        <translation>Кемшіліктер</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="155" />
        <source>All forms</source>
        <translation>Барлық нысандар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="156" />
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="242" />
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Ұйымдастырушы, мақсат, орын немесе нөмір бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="243" />
        <source>F&amp;orm:</source>
        <translation>&amp;Нысаны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="244" />
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="245" />
        <source>Registered f&amp;rom:</source>
        <translation>Тіркелген &amp;күннен:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="246" />
        <source>t&amp;o:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="248" />
        <source>any day</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/register.py" line="249" />
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="71" />
        <source>New filing</source>
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="99" />
        <source>&amp;Form:</source>
        <translation>&amp;Нысаны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="99" />
        <source>&amp;Channel:</source>
        <translation>&amp;Беру тәсілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="100" />
        <source>&amp;Received at:</source>
        <translation>&amp;Түскен уақыты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="100" />
        <source>&amp;Language of the filing:</source>
        <translation>Құжаттың &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="113" />
        <source>Add scans or files…</source>
        <translation>Сканерлер немесе файлдар қосу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="117" />
        <source>E-filing: add the signed file first. It is stored byte for byte with its SHA-256 as the original e-document; the signature itself is verified once signature checking is available (issue 7).</source>
        <translation>Электрондық беру: алдымен қол қойылған файлды қосыңыз. Ол электрондық құжаттың түпнұсқасы ретінде SHA-256 хешімен байтқа дейін сақталады; қолтаңбаның өзі ЭЦҚ тексеруі пайда болғанда тексеріледі (7-тапсырма).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="128" />
        <source>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</source>
        <translation>Кемшіліктермен тіркеуге болады: заң мерзімді тіркелген күннен бастап есептейді. Кемшіліктер қарау үшін құжатпен бірге сақталады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="138" />
        <source>&amp;Register (Enter)</source>
        <translation>&amp;Тіркеу (Enter)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="141" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="148" />
        <source>Attachments:</source>
        <translation>Тіркемелер:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="195" />
        <source>All content items are present.</source>
        <translation>Мазмұнның барлық тармақтары бар.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="196" />
        <source>Defects found: %n</source>
        <translation>
            <numerusform>Табылған кемшіліктер: %n</numerusform>
            <numerusform>Табылған кемшіліктер: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="199" />
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="200" />
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканерлер мен құжаттар (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="229" />
        <source>Registered on %1 at %2. Defects recorded: %3.</source>
        <translation>%1 күні %2-де тіркелді. Жазылған кемшіліктер: %3.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="233" />
        <source>These files were NOT attached; attach them from the card:</source>
        <translation>Бұл файлдар ТІРКЕЛМЕДІ; оларды карточкадан тіркеңіз:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="243" />
        <source>Incoming number</source>
        <translation>Кіріс нөмірі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="256" />
        <source>&amp;Open the card</source>
        <translation>Карточканы &amp;ашу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="258" />
        <source>Register &amp;next</source>
        <translation>&amp;Келесісін тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/registration.py" line="260" />
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="36" />
        <source>Akimat's name in Kazakh:</source>
        <translation>Әкімдіктің қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="37" />
        <source>Akimat's name in Russian:</source>
        <translation>Әкімдіктің орысша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="38" />
        <source>Akimat's name in English:</source>
        <translation>Әкімдіктің ағылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="39" />
        <source>Address in Kazakh:</source>
        <translation>Қазақша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="40" />
        <source>Address in Russian:</source>
        <translation>Орысша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="41" />
        <source>Address in English:</source>
        <translation>Ағылшынша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="42" />
        <source>Department in Kazakh:</source>
        <translation>Бөлімнің қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="43" />
        <source>Department in Russian:</source>
        <translation>Бөлімнің орысша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="44" />
        <source>Department in English:</source>
        <translation>Бөлімнің ағылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="45" />
        <source>Signatory's position in Kazakh:</source>
        <translation>Қол қоюшының қазақша лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="46" />
        <source>Signatory's position in Russian:</source>
        <translation>Қол қоюшының орысша лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="47" />
        <source>Signatory's position in English:</source>
        <translation>Қол қоюшының ағылшынша лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="48" />
        <source>Signatory (initials and surname):</source>
        <translation>Қол қоюшы (аты-жөнінің бас әріптері және тегі):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="49" />
        <source>Office phone:</source>
        <translation>Әкімдік телефоны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/settings_form.py" line="50" />
        <source>Office e-mail:</source>
        <translation>Әкімдіктің эл. поштасы:</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="61" />
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="72" />
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="73" />
        <source>The akimat (letterhead and signatory of letters and receipts)</source>
        <translation>Әкімдік (хаттар мен қолхаттардың бланкісі және қол қоюшысы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/settings.py" line="74" />
        <source>&amp;Save settings</source>
        <translation>Баптауларды &amp;сақтау</translation>
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
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="44" />
        <source>&amp;Reason (required):</source>
        <translation>Се&amp;бебі (міндетті):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/dialogs/status.py" line="44" />
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/pages/today.py" line="103" />
        <source>%n notification(s) reach the review deadline today. Without an answer by %1 the assembly goes ahead as notified (silence means consent, art. 11 p.1): %2</source>
        <translation>
            <numerusform>%n хабарламаның қарау мерзімі бүгін аяқталады. %1 дейін жауап болмаса, жиналыс хабарламаға сәйкес өткізіледі (үнсіздік — келісім, Заңның 11-бабының 1-тармағы): %2</numerusform>
            <numerusform>%n хабарламаның қарау мерзімі бүгін аяқталады. %1 дейін жауап болмаса, жиналыс хабарламаға сәйкес өткізіледі (үнсіздік — келісім, Заңның 11-бабының 1-тармағы): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/pages/today.py" line="116" />
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
</context>
</TS>