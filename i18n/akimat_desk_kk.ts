<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="142"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="150"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="152"/>
        <source>Register copies (*.db);;All files (*)</source>
        <translation>Журнал көшірмелері (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="165"/>
        <source>Restored from %1; the replaced register is kept as %2</source>
        <translation>%1 көшірмесінен қалпына келтірілді; ауыстырылған журнал %2 ретінде сақталды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="49"/>
        <source>Places &amp; bookings</source>
        <translation>Орындар мен брондаулар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="53"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="60"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="189"/>
        <source>&amp;Import a legacy journal…</source>
        <translation>Ескі журналды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="190"/>
        <source>&amp;Back up now</source>
        <translation>Сақтық &amp;көшірме жасау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="191"/>
        <source>R&amp;estore from a backup…</source>
        <translation>Көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="195"/>
        <source>single-clerk mode: no user accounts, %1 may do everything</source>
        <translation>бір қызметкер режимі: тіркелгілер жоқ, %1 бәрін істей алады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/admin_pages.py" line="202"/>
        <source>logged in: %1 (%2)</source>
        <translation>кірген: %1 (%2)</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="47"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="48"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="49"/>
        <source>SHA-256</source>
        <translation>SHA-256 хеші</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="78"/>
        <source>The history of this register could not be checked, so a change made outside the application would go unnoticed: %1</source>
        <translation>Осы журналдың тарихын тексеру мүмкін болмады, сондықтан қосымшаны айналып өткен өзгеріс байқалмай қалуы мүмкін: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="216"/>
        <source>Today&apos;s automatic backup was not made: %1 Make a copy with File &gt; Back up now.</source>
        <translation>Бүгінгі автоматты сақтық көшірме жасалмады: %1 Көшірмені Файл &gt; Сақтық көшірме жасау арқылы жасаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="69"/>
        <source>The history of this register was changed outside the application: %1 Work can go on; tell the administrator, who compares it with the last good backup.</source>
        <translation>Бұл журналдың тарихы қосымшаны айналып өзгертілген: %1 Жұмысты жалғастыруға болады; әкімшіге хабарлаңыз, ол соңғы дұрыс көшірмемен салыстырады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="99"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="111"/>
        <source>Copying and verifying the register…</source>
        <translation>Журналды көшіру және тексеру…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="120"/>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="208"/>
        <source>Backup failed</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="126"/>
        <source>Backup saved and verified (integrity ok, history intact): %1</source>
        <translation>Көшірме сақталды және тексерілді (тұтастығы дұрыс, тарихы бұзылмаған): %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="130"/>
        <source>Older copies removed by the retention rule: %1</source>
        <translation>Сақтау ережесі бойынша жойылған ескі көшірмелер: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="150"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="151"/>
        <source>Replace the whole register with the copy %1? What it holds now is kept as a &apos;before-restore&apos; copy in the backups folder.</source>
        <translation>Бүкіл журналды %1 көшірмесімен ауыстыру керек пе? Қазіргі мазмұны сақтық көшірмелер қалтасында «before-restore» көшірмесі ретінде сақталады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="162"/>
        <source>Verifying the copy and restoring…</source>
        <translation>Көшірмені тексеру және қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="180"/>
        <source>Restore failed</source>
        <translation>Қалпына келтіру орындалмады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="197"/>
        <source>Making the automatic backup before closing…</source>
        <translation>Жабар алдында автоматты сақтық көшірме жасалуда…</translation>
    </message>
</context>
<context>
    <name>BackupPolicyBox</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="277"/>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="289"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="298"/>
        <source>Backups (verified copies of the register)</source>
        <translation>Сақтық көшірмелер (журналдың тексерілген көшірмелері)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="299"/>
        <source>Backup &amp;folder (a USB disk or a network share):</source>
        <translation>Көшірмелер &amp;қалтасы (USB диск немесе желілік қалта):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="301"/>
        <source>Copies to &amp;keep:</source>
        <translation>Сақталатын көшірмелер &amp;саны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="303"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="304"/>
        <source>A copy every day (at start, when the last one is a day old)</source>
        <translation>Күн сайын көшірме (іске қосқанда, соңғысы бір тәуліктен асса)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="305"/>
        <source>A copy when the window closes</source>
        <translation>Терезе жабылғанда көшірме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/backup_dialogs.py" line="306"/>
        <source>Save backup settings</source>
        <translation>Көшірме баптауларын сақтау</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="27"/>
        <source>copying and verifying the register</source>
        <translation>журналды көшіру және тексеру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="28"/>
        <source>restoring the register from a backup</source>
        <translation>журналды көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="29"/>
        <source>checking the history chains</source>
        <translation>тарих тізбектерін тексеру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="30"/>
        <source>computing the statistics</source>
        <translation>статистиканы есептеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="31"/>
        <source>exporting</source>
        <translation>экспорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="32"/>
        <source>importing the journal</source>
        <translation>журналды импорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="33"/>
        <source>preparing the letter</source>
        <translation>хатты дайындау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="34"/>
        <source>reading the scan</source>
        <translation>сканерленген көшірмені оқу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="35"/>
        <source>consolidating the reports</source>
        <translation>есептерді жинақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="36"/>
        <source>signing</source>
        <translation>қол қою</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="37"/>
        <source>verifying the signature</source>
        <translation>қолтаңбаны тексеру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="44"/>
        <source>Working: %1…</source>
        <translation>Орындалуда: %1…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="45"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/busy.py" line="107"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="108"/>
        <source>✔ The calendar of %1 is confirmed.</source>
        <translation>✔ %1 жылғы күнтізбе расталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="113"/>
        <source>⚠ The calendar of %1 is NOT confirmed: deadlines in %1 are counted on the days known so far and shown as such.</source>
        <translation>⚠ %1 жылғы күнтізбе РАСТАЛМАҒАН: %1 жылғы мерзімдер бүгінге белгілі күндер бойынша есептеледі және солай белгіленеді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="120"/>
        <source>confirmed</source>
        <translation>расталды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="120"/>
        <source>confirmation withdrawn</source>
        <translation>растау кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="138"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="140"/>
        <source>Deadlines moved by this change: %1 (see Today).</source>
        <translation>Осы өзгеріспен ауыстырылған мерзімдер: %1 («Бүгін» бетін қараңыз).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="153"/>
        <source>Confirm a year once its transfers of days off and the day of Kurban Ait are published. Until then the register warns that the year&apos;s deadlines may move.</source>
        <translation>Демалыс күндерінің ауыстырылуы мен Құрбан айт күні жарияланғанда жылды растаңыз. Оған дейін журнал осы жылдың мерзімдері жылжуы мүмкін екенін ескертеді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="156"/>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="157"/>
        <source>Days off on weekdays:</source>
        <translation>Жұмыс күндеріне келетін демалыс күндері:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="158"/>
        <source>Working Saturdays and Sundays:</source>
        <translation>Жұмыс істейтін сенбі мен жексенбі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="159"/>
        <source>Confirmations:</source>
        <translation>Растаулар:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="160"/>
        <source>&amp;Act (order, decision; optional):</source>
        <translation>&amp;Акт (бұйрық, шешім; міндетті емес):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="161"/>
        <source>Order of the Ministry of Labour No. … of …</source>
        <translation>ЕХӘҚМ-нің … жылғы № … бұйрығы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="162"/>
        <source>&amp;Confirm the year</source>
        <translation>Жылды &amp;растау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/calendar_tab.py" line="163"/>
        <source>&amp;Withdraw the confirmation</source>
        <translation>Растауды &amp;кері қайтару</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="22"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="22"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="27"/>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="28"/>
        <source>given name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="29"/>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="30"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="31"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="32"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="33"/>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="34"/>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="35"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="36"/>
        <source>used</source>
        <translation>пайдаланылады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="37"/>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="38"/>
        <source>number</source>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="39"/>
        <source>categories</source>
        <translation>санаттары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="40"/>
        <source>route length, km</source>
        <translation>маршрут ұзындығы, км</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="41"/>
        <source>start point</source>
        <translation>бастапқы пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="42"/>
        <source>end point</source>
        <translation>соңғы пункт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="43"/>
        <source>representative</source>
        <translation>өкілі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="44"/>
        <source>route</source>
        <translation>жүру маршруты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="45"/>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="46"/>
        <source>starts</source>
        <translation>басталуы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="47"/>
        <source>ends</source>
        <translation>аяқталуы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="48"/>
        <source>filed on</source>
        <translation>берілген күні</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="49"/>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="50"/>
        <source>type</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="51"/>
        <source>sound equipment</source>
        <translation>дыбыс күшейткіш техникалық құралдар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="52"/>
        <source>visual materials</source>
        <translation>көрнекі үгіттеу құралдары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="53"/>
        <source>measures</source>
        <translation>шаралар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="54"/>
        <source>vehicles</source>
        <translation>көлік құралдары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="55"/>
        <source>organizer</source>
        <translation>ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="56"/>
        <source>contacts</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="111"/>
        <source>not required for a picket</source>
        <translation>пикеттеу үшін талап етілмейді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="136"/>
        <source>Legal checks</source>
        <translation>Құқықтық тексерулер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="142"/>
        <source>Filed in time: the last day to file was %1 (%2).</source>
        <translation>Мерзімінде берілді: берудің соңғы күні — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="144"/>
        <source>Filed LATE: the last day to file was %1 (%2).</source>
        <translation>КЕШІГІП берілді: берудің соңғы күні — %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="155"/>
        <source>Borderline: the two readings of the filing period disagree; check before relying on it.</source>
        <translation>Шекаралық жағдай: беру мерзімінің екі оқылымы сәйкес келмейді; сүйенбес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="163"/>
        <source>All 13 content items are present.</source>
        <translation>Мазмұнның барлық 13 тармағы бар.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="174"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="180"/>
        <source>moved from %1 by a calendar change (%2); not yet acknowledged</source>
        <translation>күнтізбе өзгерісімен %1 күнінен ауыстырылды (%2); әлі расталмаған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="198"/>
        <source>Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Мерзімнің соңғы күні жұмыс уақыты аяқталғанға дейін жауап болмаса, ұйымдастырушы бейбіт жиналысты хабарламаға сай өткізеді (Заңның 11-бабының 1-тармағы).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_html.py" line="209"/>
        <source>No countdown: the akimat has answered or the filing is closed.</source>
        <translation>Кері санақ жоқ: әкімдік жауап берді немесе жолданым жабылды.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="228"/>
        <source>Received %1, registered %2 · status: %3</source>
        <translation>Түсті %1, тіркелді %2 · мәртебесі: %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="291"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="294"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканерленген көшірмелер мен құжаттар (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="325"/>
        <source>Save attachment as</source>
        <translation>Тіркемені басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="378"/>
        <source>&amp;Correct…</source>
        <translation>Түз&amp;ету…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="379"/>
        <source>Change &amp;status</source>
        <translation>Мәртебені ө&amp;згерту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="380"/>
        <source>&amp;Withdrawn by organizer…</source>
        <translation>Ұйымдастырушы &amp;қайтарып алды…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="381"/>
        <source>&amp;Acknowledge moved deadline</source>
        <translation>Мерзімнің ауысуын &amp;растау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="382"/>
        <source>Attac&amp;h file…</source>
        <translation>Файл &amp;тіркеу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="383"/>
        <source>&amp;Print card…</source>
        <translation>Карточканы &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="384"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="385"/>
        <source>Save &amp;as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="386"/>
        <source>Days counted for the review period (explain):</source>
        <translation>Қарау мерзіміне есептелген күндер (түсіндірме):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="388"/>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="389"/>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="390"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="391"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="392"/>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="398"/>
        <source>No filing open</source>
        <translation>Жолданым ашылмаған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_page.py" line="399"/>
        <source>Open a filing from Today or the register (Enter or double-click).</source>
        <translation>Жолданымды «Бүгін» бетінен немесе журналдан ашыңыз (Enter немесе қос шерту).</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="122"/>
        <source>Subject</source>
        <translation>Иесі (subject)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="123"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="124"/>
        <source>Valid from</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="125"/>
        <source>Valid to</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="126"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="133"/>
        <source>TEST</source>
        <translation>ТЕСТ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="135"/>
        <source>production</source>
        <translation>жұмыс (өндірістік)</translation>
    </message>
</context>
<context>
    <name>CheckLetterDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="293"/>
        <source>Letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Хаттар (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="294"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="327"/>
        <source>Check a letter</source>
        <translation>Хатты тексеру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="299"/>
        <source>Reading the QR code…</source>
        <translation>QR код оқылуда…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="328"/>
        <source>&amp;Open a PDF or a photo of the letter…</source>
        <translation>Хаттың PDF-ін немесе фотосын &amp;ашу…</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="79"/>
        <source>Specialized place: %1 (capacity %2)</source>
        <translation>Арнайы орын: %1 (шекті толу нормасы %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="84"/>
        <source>Not linked to a specialized place.</source>
        <translation>Арнайы орынға байланыстырылмаған.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="88"/>
        <source>No place or time problem found.</source>
        <translation>Орын мен уақыт бойынша мәселе табылмады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="93"/>
        <source>Article: %1</source>
        <translation>Норма: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="95"/>
        <source>suggested refusal ground: %1 (art. 14 p.1 sub. %1)</source>
        <translation>ықтимал бас тарту негізі: %1 (14-баптың 1-тармағының %1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="113"/>
        <source>No specialized places yet: the administrator adds them on the Places page.</source>
        <translation>Арнайы орындар әлі жоқ: әкімші оларды «Орындар» бетінде қосады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="123"/>
        <source>Place and time checks (suggestions: the clerk decides, nothing is refused automatically)</source>
        <translation>Орын мен уақыт тексерулері (ұсыныстар: қызметкер шешеді, автоматты бас тарту жоқ)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="125"/>
        <source>&amp;Link to a place…</source>
        <translation>Орынға &amp;байланыстыру…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/checks_panel.py" line="128"/>
        <source>61-NP: the place is booked. Before refusing on ground 10 (art. 14 p.1 sub. 10) the akimat must first PROPOSE another place and/or time to the organizer (Constitutional Court normative resolution No. 61-NP).</source>
        <translation>61-НП: орын бос емес. 10-негіз (14-баптың 1-тармағының 10) тармақшасы) бойынша бас тартпас бұрын әкімдік ұйымдастырушыға алдымен басқа орынды және (немесе) уақытты ҰСЫНУҒА тиіс (Конституциялық Соттың № 61-НП нормативтік қаулысы).</translation>
    </message>
</context>
<context>
    <name>ConsolidationView</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="154"/>
        <source>Import the list of offices</source>
        <translation>Әкімдіктер тізімін импорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="154"/>
        <source>CSV tables (*.csv);;All files (*)</source>
        <translation>CSV кестелері (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="171"/>
        <source>Import statistics packages</source>
        <translation>Статистика пакеттерін импорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="171"/>
        <source>Statistics packages (*.akstat);;All files (*)</source>
        <translation>Статистика пакеттері (*.akstat);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="252"/>
        <source>Compute the tables first.</source>
        <translation>Алдымен кестелерді есептеңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="254"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="254"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="255"/>
        <source>Export the report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="262"/>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="284"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="271"/>
        <source>Export open data</source>
        <translation>Ашық деректерді экспорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="271"/>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>CSV кестесі (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="290"/>
        <source>Import the list of &amp;offices…</source>
        <translation>&amp;Әкімдіктер тізімін импорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="291"/>
        <source>&amp;Import packages…</source>
        <translation>Пакеттерді &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="292"/>
        <source>Months &amp;from:</source>
        <translation>Айлар &amp;бастап:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="293"/>
        <source>&amp;to:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="296"/>
        <source>&amp;Table:</source>
        <translation>&amp;Кесте:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="303"/>
        <source>&amp;Compute</source>
        <translation>&amp;Есептеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="304"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="305"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="306"/>
        <source>Open &amp;data…</source>
        <translation>Ашық &amp;деректер…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/consolidation_page.py" line="307"/>
        <source>Import packages, then press Compute.</source>
        <translation>Пакеттерді импорттап, «Есептеу» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="41"/>
        <source>Correct filing %1</source>
        <translation>%1 жолданымын түзету</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="56"/>
        <source>&amp;Field:</source>
        <translation>Ө&amp;ріс:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="57"/>
        <source>Now:</source>
        <translation>Қазір:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="58"/>
        <source>&amp;New value:</source>
        <translation>Жаңа &amp;мән:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="59"/>
        <source>&amp;Reason (required):</source>
        <translation>Се&amp;бебі (міндетті):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/correction_dialog.py" line="62"/>
        <source>The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason.</source>
        <translation>Кіріс нөмірі ешқашан өзгермейді. Түзету тарихта сақталады: кім, қашан, ескі және жаңа мән және себебі.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="33"/>
        <source>answered or closed</source>
        <translation>жауап берілді немесе жабылды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="43"/>
        <source>the organizer&apos;s day to answer the proposal ended %1: record the answer; without agreement a refusal is due (art. 11 p.3, art. 13 p.3)</source>
        <translation>ұйымдастырушының ұсынысқа жауап беру мерзімі %1 аяқталды: жауапты енгізіңіз; келісім болмаса, бас тарту шығарылады (Заңның 11-бабының 3-тармағы, 13-бабының 3-тармағы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="47"/>
        <source>the organizer answers the proposal by %1, the close of office hours</source>
        <translation>ұйымдастырушы ұсынысқа %1 күні қабылдау аяқталғанға дейін жауап береді</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="56"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n жұмыс күні қалды</numerusform>
            <numerusform>%n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="58"/>
        <source>due today, %1 h left</source>
        <translation>мерзімі бүгін, %1 сағ қалды</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="63"/>
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>%n жұмыс күніне кешіктірілді</numerusform>
            <numerusform>%n жұмыс күніне кешіктірілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="65"/>
        <source>overdue since today&apos;s close</source>
        <translation>бүгінгі жұмыс күні аяқталғаннан бері мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="68"/>
        <source>without an answer after today the organizer holds it as notified, %1 h left</source>
        <translation>бүгіннен кейін жауап болмаса, ұйымдастырушы хабарламаға сай өткізеді, %1 сағ қалды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="71"/>
        <source>deadline passed: the organizer holds it as notified (art. 11 p.1)</source>
        <translation>мерзім өтті: ұйымдастырушы хабарламаға сай өткізеді (11-баптың 1-тармағы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="79"/>
        <source>The organizer&apos;s answer to the proposal: one working day after it reached the organizer, until %1 (office closes at %2)</source>
        <translation>Бейбіт жиналысты ұйымдастырушының ұсынысқа жауабы: ұсыныс ұйымдастырушыға тапсырылғаннан кейін бір жұмыс күні, %1 дейін (қабылдау %2 аяқталады)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="84"/>
        <source>Review deadline %1, office closes at %2</source>
        <translation>Қарау мерзімі %1, жұмыс күні %2 аяқталады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/countdown.py" line="88"/>
        <source>Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1).</source>
        <translation>Мерзімінде жауап болмаса, ұйымдастырушы бейбіт жиналысты хабарламаға сай өткізеді (Заңның 11-бабының 1-тармағы).</translation>
    </message>
</context>
<context>
    <name>CrlsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="143"/>
        <source>Issuer</source>
        <translation>Шығарушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="144"/>
        <source>Full / delta</source>
        <translation>Толық / дельта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="145"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="146"/>
        <source>Entries</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="147"/>
        <source>Issued</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="148"/>
        <source>Next update</source>
        <translation>Келесі жаңарту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="154"/>
        <source>delta</source>
        <translation>дельта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="156"/>
        <source>full</source>
        <translation>толық</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="38"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="39"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="40"/>
        <source>Proposals awaiting the organizer&apos;s answer</source>
        <translation>Ұйымдастырушының жауабын күтіп тұрған ұсыныстар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="41"/>
        <source>Deadlines moved by a calendar change</source>
        <translation>Күнтізбе өзгерісімен ауысқан мерзімдер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="42"/>
        <source>Events in the next 7 days</source>
        <translation>Алдағы 7 күндегі бейбіт жиналыстар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="127"/>
        <source>Needs attention</source>
        <translation>Назар аударуды қажет етеді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="37"/>
        <source>Needs a decision (due today, none by noon)</source>
        <translation>Шешім қажет (мерзімі бүгін, түске дейін шешім жоқ)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="43"/>
        <source>Registered-mail copy to send</source>
        <translation>Тапсырысты поштамен жіберілетін көшірме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/dashboard_model.py" line="129"/>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="141"/>
        <source>%1: this date must be stated; type it as %2.</source>
        <translation>%1: күні көрсетілуі тиіс; %2 түрінде теріңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="143"/>
        <source>%1: not a complete date; type it as %2.</source>
        <translation>%1: күні толық емес; %2 түрінде теріңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="217"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="221"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Күнтізбе (Alt+Төмен)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="222"/>
        <source>Type the digits: 16122026 gives 16.12.2026</source>
        <translation>Тек цифрларды теріңіз: 16122026 → 16.12.2026</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="315"/>
        <source>hh:mm</source>
        <translation>сс:мм</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/widgets/date_fields.py" line="341"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>кк.аа.жжжж сс:мм</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="219"/>
        <source>ground %1</source>
        <translation>%1-негіз</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="224"/>
        <source>the proposal</source>
        <translation>ұсынысты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="225"/>
        <source>the information</source>
        <translation>қосымша ақпаратты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="226"/>
        <source>why the law does not apply</source>
        <translation>Заңның не үшін қолданылмайтынын</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="234"/>
        <source>Write %1 in Kazakh and in Russian: each letter prints only the text in its own language.</source>
        <translation>%1 қазақ және орыс тілдерінде жазыңыз: әр хатта тек өз тіліндегі мәтін басылады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="238"/>
        <source>The text of %1 in a language&apos;s box is written in another language: correct it before deciding.</source>
        <translation>%1 мәтіні бір тілдің өрісінде басқа тілде жазылған: шешім қабылдамас бұрын түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="247"/>
        <source>Tick at least one ground of refusal and write its reason (art. 14 p.2).</source>
        <translation>Кемінде бір бас тарту негізін белгілеп, оның уәжін жазыңыз (14-бап 2-тармақ).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="251"/>
        <source>Ground %1 needs a written reason: a refusal must be justified and reasoned (art. 14 p.2).</source>
        <translation>%1 негізіне жазбаша уәж қажет: бас тарту негізді әрі уәжді болуы тиіс (14-бап 2-тармақ).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="276"/>
        <source>grounds: %1</source>
        <translation>негіздері: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="277"/>
        <source>Record the decision: %1 for filing %2?</source>
        <translation>Шешімді жазу керек пе: %2 жолданымы бойынша %1?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="283"/>
        <source>Record the decision?</source>
        <translation>Шешімді жазу керек пе?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="285"/>
        <source>This will be in the register&apos;s history. It can be undone only within this minute.</source>
        <translation>Бұл тіркеу журналының тарихында қалады. Оны тек осы минут ішінде қайтаруға болады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="287"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Пішінге оралу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="288"/>
        <source>&amp;Record the decision</source>
        <translation>Шешімді &amp;жазу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="309"/>
        <source>Decision on %1</source>
        <translation>%1 бойынша шешім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="314"/>
        <source>Choose the outcome. The letter is then printed from the card in the filing&apos;s language, with the akimat&apos;s letterhead and an outgoing number.</source>
        <translation>Нәтижені таңдаңыз. Хат кейін карточкадан жолданымның тілінде, әкімдіктің бланкісімен және шығыс нөмірімен басып шығарылады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="320"/>
        <source>Late: the review deadline has passed. The decision is accepted but marked late in the card and the history.</source>
        <translation>Кешікті: қарау мерзімі өтті. Шешім қабылданады, бірақ карточкада және тарихта кешіккен деп белгіленеді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="324"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтиже:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="325"/>
        <source>&amp;Proposed place, route and/or time:</source>
        <translation>Ұсынылатын &amp;орын, маршрут және (немесе) уақыт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="326"/>
        <source>Further &amp;information (e.g. the akimat&apos;s representative):</source>
        <translation>Қосымша &amp;ақпарат (мысалы, әкімдіктің өкілі):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="327"/>
        <source>&amp;Why the law does not apply:</source>
        <translation>Заңның неге &amp;қолданылмайтыны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="330"/>
        <source>Grounds of refusal (art. 14 p.1; each needs a written reason). Greyed grounds cannot be used now: see the note under them.</source>
        <translation>Бас тарту негіздері (14-бап 1-тармақ; әрқайсысына жазбаша уәж қажет). Сұр негіздерді қазір қолдануға болмайды: астындағы ескертуді қараңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="334"/>
        <source>&amp;Decide</source>
        <translation>&amp;Шешім қабылдау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="335"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>DecisionTexts</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="15"/>
        <source>Inform: held as notified</source>
        <translation>Хабарлау: хабарламадағыдай өткізіледі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="16"/>
        <source>Inform with conditions (art. 11 p.1 sub. 1)</source>
        <translation>Шарттармен хабарлау (11-бап 1-тармақ 1) т.)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="19"/>
        <source>Approve</source>
        <translation>Келісу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="20"/>
        <source>Approve without sound-amplifying equipment and vehicles</source>
        <translation>Дыбыс күшейткіш техникалық құралдарсыз және көлік құралдарынсыз келісу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="23"/>
        <source>Propose another place and/or time</source>
        <translation>Басқа орын және (немесе) уақыт ұсыну</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="24"/>
        <source>Refuse (with grounds and reasons)</source>
        <translation>Өткізуден бас тарту (негіздері мен уәждерімен)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/texts.py" line="25"/>
        <source>Outside the scope of the law (art. 2 p.5)</source>
        <translation>Заңның күші қолданылмайды (2-бап 5-тармақ)</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="120"/>
        <source>No decision yet.</source>
        <translation>Әлі шешім жоқ.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="132"/>
        <source>late: after the review deadline</source>
        <translation>кешікті: қарау мерзімінен кейін</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="141"/>
        <source>Proposed: %1</source>
        <translation>Ұсынылды: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="145"/>
        <source>The answer went out within the review deadline.</source>
        <translation>Жауап қарау мерзімі ішінде жіберілді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="149"/>
        <source>The answer went out AFTER the review deadline.</source>
        <translation>Жауап қарау мерзімі ӨТКЕННЕН КЕЙІН жіберілді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="153"/>
        <source>The letter has not been sent yet: record the dispatch.</source>
        <translation>Хат әлі жіберілмеген: жіберуді тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="158"/>
        <source>The e-mail bounced and counts as not sent: %1</source>
        <translation>Электрондық хат қайтып келді, жіберілмеген болып есептеледі: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="274"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Шешім қабылдау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="275"/>
        <source>Organizer&apos;s &amp;answer…</source>
        <translation>Ұйымдастырушының &amp;жауабы…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="276"/>
        <source>&amp;Letter (preview, print)…</source>
        <translation>&amp;Хат (қарау, басып шығару)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="277"/>
        <source>Record dis&amp;patch…</source>
        <translation>Жіберуді &amp;тіркеу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="278"/>
        <source>Record deli&amp;very…</source>
        <translation>Табыс етуді т&amp;іркеу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="295"/>
        <source>Decisions and letters</source>
        <translation>Шешімдер мен хаттар</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="241"/>
        <source>Record the delivery</source>
        <translation>Табыс етуді тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="242"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Трек-нөмір:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="243"/>
        <source>&amp;Delivered on:</source>
        <translation>Табыс етілген &amp;күні:</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="180"/>
        <source>Record the dispatch of letter %1 by %2 to %3?</source>
        <translation>%1 хатының жөнелтілуін жазу керек пе: %2, мекенжайы %3?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="182"/>
        <source>Record the dispatch of letter %1 by %2?</source>
        <translation>%1 хатының жөнелтілуін жазу керек пе: %2?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="185"/>
        <source>Tracking number: %1.</source>
        <translation>Пошта сәйкестендіргіші: %1.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="191"/>
        <source>Record the dispatch?</source>
        <translation>Жөнелтуді жазу керек пе?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="193"/>
        <source>This will be in the register&apos;s history.</source>
        <translation>Бұл тіркеу журналының тарихында қалады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="195"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Пішінге оралу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="196"/>
        <source>&amp;Record the dispatch</source>
        <translation>Жөнелтуді &amp;жазу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="205"/>
        <source>Record the dispatch of letter %1</source>
        <translation>%1 хатының жөнелтілуін жазу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="206"/>
        <source>Letter:</source>
        <translation>Хат:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="207"/>
        <source>Sent by (art. 11 p.2):</source>
        <translation>Жіберу тәсілі (11-бап 2-тармақ):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="210"/>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="211"/>
        <source>Only together with registered mail.</source>
        <translation>Тек тапсырысты пошта жөнелтілімімен бірге.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="212"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Трек-нөмір:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="213"/>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
</context>
<context>
    <name>EDocumentPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="132"/>
        <source>Choose the signed file</source>
        <translation>Қол қойылған файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="134"/>
        <source>Signed documents (*.cms *.p7s *.p7m *.sig *.xml *.der *.pem *.txt);;All files (*)</source>
        <translation>Қол қойылған құжаттар (*.cms *.p7s *.p7m *.sig *.xml *.der *.pem *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="140"/>
        <source>Choose the signed document (detached signature)</source>
        <translation>Қол қойылған құжатты таңдаңыз (бөлек қолтаңба)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="154"/>
        <source>Signed file: %1</source>
        <translation>Қол қойылған файл: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="156"/>
        <source>Signed document: %1</source>
        <translation>Қол қойылған құжат: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="181"/>
        <source>Checking the signature of %1 (%2 MB, about %3 s)… You may go on typing.</source>
        <translation>%1 қолтаңбасы тексерілуде (%2 МБ, шамамен %3 с)… Теруді жалғастыра беруге болады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="198"/>
        <source>Check stopped. Registering will check the file again.</source>
        <translation>Тексеру тоқтатылды. Тіркеу кезінде файл қайта тексеріледі.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="233"/>
        <source>Electronic document (EDS)</source>
        <translation>Электрондық құжат (ЭЦҚ)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="236"/>
        <source>Drop the signed file here (.cms, .p7s, signed .xml), or choose it. For a detached signature choose the signed document too. The signature is checked offline against the imported roots and CRLs.</source>
        <translation>Қол қойылған файлды осында сүйреп әкеліңіз (.cms, .p7s, қол қойылған .xml) немесе таңдаңыз. Бөлек қолтаңба болса, қол қойылған құжатты да таңдаңыз. Қолтаңба желісіз, импортталған түбірлік сертификаттар мен CRL бойынша тексеріледі.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="241"/>
        <source>Choose the &amp;signed file…</source>
        <translation>Қол қойылған &amp;файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="242"/>
        <source>Signed &amp;document (detached)…</source>
        <translation>Қол қойылған &amp;құжат (бөлек)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/registration_esign.py" line="243"/>
        <source>Stop waiting</source>
        <translation>Күтуді тоқтату</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="28"/>
        <source>The stored file no longer matches its SHA-256 checksum: the register file is damaged. Restore the register from the latest backup and tell the administrator.</source>
        <translation>Сақталған файл өзінің SHA-256 бақылау сомасына сәйкес келмейді: журнал файлы бүлінген. Журналды соңғы сақтық көшірмеден қалпына келтіріп, әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="38"/>
        <source>The register could not be reached or is busy. Nothing was saved; what you typed is kept. Check the network or the disk and try again. The details are in %1.</source>
        <translation>Журналға қол жеткізу мүмкін емес немесе ол бос емес. Ештеңе сақталған жоқ; енгізілгендер терезеде қалды. Желіні не дискіні тексеріп, қайталаңыз. Толығырақ: %1 файлында.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="43"/>
        <source>An internal error of akimat_desk stopped this action: it is not a fault of your input or of the register. Nothing was saved; what you typed is kept. The details are in %1; send that file to your administrator.</source>
        <translation>Әрекет akimat_desk бағдарламасының ішкі қатесінен тоқтады: бұл енгізілген деректердің де, журналдың да қатесі емес. Ештеңе сақталған жоқ; енгізілгендер терезеде қалды. Толығырақ: %1 файлында; бұл файлды әкімшіге жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/errors.py" line="66"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="64"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="65"/>
        <source>Counted</source>
        <translation>Есептелді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="66"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="35"/>
        <source>valid check digit</source>
        <translation>бақылау цифры дұрыс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="37"/>
        <source>12 digits expected</source>
        <translation>12 цифр қажет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="38"/>
        <source>digits only</source>
        <translation>тек цифрлар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="39"/>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="42"/>
        <source>wrong check digit: mistyped?</source>
        <translation>бақылау цифры қате: қате терілді ме?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="157"/>
        <source>acts through a representative</source>
        <translation>өкіл арқылы әрекет етеді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="167"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="168"/>
        <source>Starts at:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="169"/>
        <source>Ends at:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="178"/>
        <source>Vehicles will be used:</source>
        <translation>Көлік құралдары пайдаланылады:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="180"/>
        <source>Number of vehicles:</source>
        <translation>Көлік құралдарының саны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="181"/>
        <source>Categories:</source>
        <translation>Санаттары:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="182"/>
        <source>Route length, km:</source>
        <translation>Маршрут ұзындығы, км:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="183"/>
        <source>Start point:</source>
        <translation>Бастапқы пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="184"/>
        <source>End point:</source>
        <translation>Соңғы пункт:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="191"/>
        <source>given</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="196"/>
        <source>signed by the organizer or representative</source>
        <translation>ұйымдастырушы немесе өкіл қол қойған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="198"/>
        <source>a citizen</source>
        <translation>азамат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="198"/>
        <source>a legal entity</source>
        <translation>заңды тұлға</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="201"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="203"/>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="205"/>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="199"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="298"/>
        <source>the form decides which items apply</source>
        <translation>қандай тармақтар қажет екенін нысан анықтайды</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="92"/>
        <source>Welcome to akimat_desk</source>
        <translation>akimat_desk-ке қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="93"/>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="96"/>
        <source>Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings.</source>
        <translation>Журнал қай мекемеге тиесілі екенін көрсетіңіз. Атаулар, мекенжай және қол қоюшы әр хат пен қолхатқа басылады; кейін оларды «Баптауларда» өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="101"/>
        <source>Fill the register with demo filings (all forms and statuses, in Almaty) to look around. Use a separate folder (--home) for real work.</source>
        <translation>Танысу үшін журналды демонстрациялық жолданымдармен толтыру (барлық нысандар мен мәртебелер, Алматыда). Нақты жұмыс үшін бөлек қалтаны (--home) пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/first_run_dialog.py" line="128"/>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Ештеңе сақталмады: қызылмен белгіленген өрісті түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>GroundRow</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decision_dialog.py" line="90"/>
        <source>The reason: the facts of this filing that meet this ground</source>
        <translation>Уәж: осы негізге сәйкес келетін осы жолданымның мән-жайлары</translation>
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
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="24"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="25"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="26"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/card_models.py" line="27"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="61"/>
        <source>Import a legacy journal</source>
        <translation>Ескі журналды импорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="62"/>
        <source>No file chosen.</source>
        <translation>Файл таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="63"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="68"/>
        <source>C&amp;heck rows</source>
        <translation>Жолдарды &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="77"/>
        <source>Import only the valid rows (skip the refused ones)</source>
        <translation>Тек дұрыс жолдарды импорттау (қабылданбағандарын өткізіп жіберу)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="96"/>
        <source>Columns of the file, the field each fills, and the first rows:</source>
        <translation>Файл бағандары, әрқайсысы толтыратын өріс және алғашқы жолдар:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="100"/>
        <source>Refused rows and why:</source>
        <translation>Қабылданбаған жолдар және себептері:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="120"/>
        <source>Legacy journal</source>
        <translation>Ескі журнал</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="120"/>
        <source>Journals (*.xlsx *.csv);;All files (*)</source>
        <translation>Журналдар (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="142"/>
        <source>%n data rows</source>
        <translation>
            <numerusform>деректер жолдары: %n</numerusform>
            <numerusform>деректер жолдары: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="145"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="145"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="146"/>
        <source>Row %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="152"/>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="164"/>
        <source>Check the fields, then press &quot;Check rows&quot;. Nothing is written yet.</source>
        <translation>Өрістерді тексеріп, «Жолдарды тексеру» батырмасын басыңыз. Әзірге ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="208"/>
        <source>%1 rows: %2 can be registered (%3 of them with defects, listed in their cards), %4 refused. Nothing has been written.</source>
        <translation>Жолдар: %1; тіркеуге болатыны %2 (оның ішінде кемшіліктері барлары %3, олар карточкаларда көрсетіледі), қабылданбағаны %4. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="232"/>
        <source>%1 rows were refused: fix the file or the fields, or tick &quot;Import only the valid rows&quot;.</source>
        <translation>Қабылданбаған жолдар: %1. Файлды немесе өрістерді түзетіңіз не «Тек дұрыс жолдарды импорттау» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="236"/>
        <source>Register %1 filings from %2 with new incoming numbers, in one transaction?</source>
        <translation>%2 файлынан %1 жолданымды жаңа кіріс нөмірлерімен бір транзакцияда тіркеу керек пе?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/legacy_import_dialog.py" line="269"/>
        <source>%1 filings registered: %2 … %3</source>
        <translation>Тіркелген жолданымдар: %1 (%2 … %3)</translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="70"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_form.py" line="73"/>
        <source>what exactly (optional)</source>
        <translation>нақты не (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="14"/>
        <source>Purpose of the assembly</source>
        <translation>Бейбіт жиналыстың мақсаты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="15"/>
        <source>Form of the assembly</source>
        <translation>Бейбіт жиналыстың нысаны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="16"/>
        <source>Organizer (and representative)</source>
        <translation>Ұйымдастырушы (және өкілі)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="17"/>
        <source>Place of holding</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="18"/>
        <source>Place or route of movement</source>
        <translation>Өткізу орны немесе жүру маршруты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="19"/>
        <source>Date, start and end time</source>
        <translation>Күні, басталу және аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="20"/>
        <source>Expected number of participants</source>
        <translation>Қатысушылардың болжамды саны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="21"/>
        <source>Yurts, tents and other structures</source>
        <translation>Киіз үйлер, шатырлар, өзге де құрылысжайлар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="22"/>
        <source>Sound-amplifying equipment and visual materials</source>
        <translation>Дыбыс күшейткіш техникалық құралдар және көрнекі үгіттеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="23"/>
        <source>Public order, medical aid and fire-safety measures; equipment and vehicles</source>
        <translation>Қоғамдық тәртіпті сақтау, медициналық көмек және өрт қауіпсіздігі шаралары; техникалық құралдар мен көлік құралдары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="26"/>
        <source>Vehicles: number, categories, route, start and end</source>
        <translation>Көлік құралдары: саны, санаттары, маршруты, бастапқы және соңғы пункттері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="27"/>
        <source>Regulations approved by the organizer</source>
        <translation>Ұйымдастырушы бекіткен регламент</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="28"/>
        <source>E-mail and mobile phone</source>
        <translation>Электрондық пошта мекенжайы және абоненттік нөмір</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="29"/>
        <source>Consent to processing of personal data</source>
        <translation>Дербес деректерді жинауға және өңдеуге келісім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="30"/>
        <source>Sources of funding</source>
        <translation>Қаржыландыру көздері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="31"/>
        <source>Date of filing and signature</source>
        <translation>Берілген күні және қолтаңба</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/items.py" line="43"/>
        <source>Content items of %1</source>
        <translation>%1 бойынша мазмұн тармақтары</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="69"/>
        <source>This reads as %1, not as this box&apos;s language.</source>
        <translation>Бұл мәтін осы өрістің тілінде емес, %1 тілінде жазылған сияқты.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="73"/>
        <source>English</source>
        <translation>ағылшын</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="76"/>
        <source>In Kazakh (official):</source>
        <translation>Қазақша (ресми):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="77"/>
        <source>In Russian (official):</source>
        <translation>Орысша (ресми):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/language_texts.py" line="78"/>
        <source>In English (optional, unofficial translation):</source>
        <translation>Ағылшынша (міндетті емес, ресми емес аударма):</translation>
    </message>
</context>
<context>
    <name>LegalClock</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="13"/>
        <source>Take the decision</source>
        <translation>Шешім қабылдау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="14"/>
        <source>Send the proposal (the organizer&apos;s day runs from receipt)</source>
        <translation>Ұсынысты жіберу (ұйымдастырушының мерзімі алған күннен басталады)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="17"/>
        <source>Wait for the organizer&apos;s answer to the proposal</source>
        <translation>Ұйымдастырушының ұсынысқа жауабын күту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="20"/>
        <source>Record the organizer&apos;s answer, or that none came</source>
        <translation>Ұйымдастырушының жауабын немесе жауап болмағанын белгілеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="23"/>
        <source>Refuse (art. 11 p.3 / 13 p.3): the proposal was not accepted</source>
        <translation>Өткізуден бас тарту (11-баптың 3-тармағы / 13-баптың 3-тармағы): ұсыныс қабылданбады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="26"/>
        <source>Decide on the agreed place and time</source>
        <translation>Келісілген орын мен уақыт бойынша шешім қабылдау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="29"/>
        <source>Send the decision and record the dispatch</source>
        <translation>Шешімді жіберіп, жіберілгенін белгілеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="30"/>
        <source>Send the registered-mail copy of the e-mail / SMS answer</source>
        <translation>Электрондық пошта / SMS жауабының көшірмесін тапсырысты пошта жөнелтілімімен жіберу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="33"/>
        <source>Nothing to do until the event day</source>
        <translation>Бейбіт жиналыс күніне дейін әрекет қажет емес</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="34"/>
        <source>Record whether the event was held</source>
        <translation>Бейбіт жиналыстың өткенін немесе өтпегенін белгілеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="35"/>
        <source>Nothing left to do</source>
        <translation>Әрекет қажет емес</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="41"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="42"/>
        <source>Review (3 / 7 working days)</source>
        <translation>Қарау (3 / 7 жұмыс күні)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="43"/>
        <source>Organizer&apos;s answer to the proposal (1 working day)</source>
        <translation>Ұйымдастырушының ұсынысқа жауабы (1 жұмыс күні)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="46"/>
        <source>Refusal after the proposal was not accepted</source>
        <translation>Ұсыныс қабылданбағаннан кейінгі бас тарту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="49"/>
        <source>Decision sent to the organizer</source>
        <translation>Шешім ұйымдастырушыға жіберілді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="50"/>
        <source>Registered-mail copy of the e-mail / SMS answer</source>
        <translation>Электрондық пошта / SMS жауабының тапсырысты поштамен көшірмесі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="53"/>
        <source>Day of the peaceful assembly</source>
        <translation>Бейбіт жиналыс күні</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="78"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="79"/>
        <source>due</source>
        <translation>мерзімі келеді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="80"/>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="81"/>
        <source>waiting</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="82"/>
        <source>passed unanswered: held as notified (art. 11 p.1)</source>
        <translation>жауапсыз өтті: хабарланғандай өткізіледі (11-баптың 1-тармағы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="89"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="95"/>
        <source>art. 10 / 12</source>
        <translation>Заңның 10 / 12-баптары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="90"/>
        <source>art. 11 p.1 / 13 p.1</source>
        <translation>11-баптың 1-т. / 13-баптың 1-т.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="91"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="92"/>
        <source>art. 11 p.3 / 13 p.3</source>
        <translation>11-баптың 3-т. / 13-баптың 3-т.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="93"/>
        <location filename="../src/akimat_desk/ui/deadlines/legal_clock_texts.py" line="94"/>
        <source>art. 11 p.2 / 13 p.2</source>
        <translation>11-баптың 2-т. / 13-баптың 2-т.</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="272"/>
        <source>Open Settings and fill in the akimat&apos;s letterhead and the signatory.</source>
        <translation>Баптауларды ашып, әкімдіктің бланкісі мен қол қоюшыны толтырыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="286"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="288"/>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="404"/>
        <source>Registration receipt</source>
        <translation>Тіркеу туралы қолхат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="292"/>
        <source>Preview under Outgoing No. %1: issuing or printing stores this language&apos;s letter under the same number.</source>
        <translation>Шығыс № %1 бойынша алдын ала қарау: шығару немесе басып шығару осы тілдегі хатты сол нөмірмен сақтайды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="300"/>
        <source>Draft: not numbered yet. Issuing or printing gives the decision its outgoing number, shared by every language.</source>
        <translation>Жоба: әлі нөмірленбеген. Шығару немесе басып шығару шешімге барлық тілге ортақ шығыс нөмірін береді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="307"/>
        <source>outgoing number issued now</source>
        <translation>шығыс нөмірі қазір берілді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="307"/>
        <source>issued before; the same PDF</source>
        <translation>бұрын берілген; сол PDF</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="308"/>
        <source>Outgoing No. %1</source>
        <translation>Шығыс № %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="316"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="320"/>
        <source>Printing page %1 of %2…</source>
        <translation>%2 беттің %1-і басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="349"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="403"/>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="405"/>
        <source>Letter preview</source>
        <translation>Хатты алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="408"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="410"/>
        <source>kk + ru in one print job</source>
        <translation>қазақша + орысша бір басып шығаруда</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="411"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="412"/>
        <source>&amp;Issue and number</source>
        <translation>&amp;Шығару және нөмірлеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="413"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="414"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="415"/>
        <source>Sign with &amp;EDS…</source>
        <translation>&amp;ЭЦҚ қою…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="416"/>
        <source>Sign the letter through NCALayer (Ctrl+Shift+S)</source>
        <translation>Хатқа NCALayer арқылы қол қою (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="417"/>
        <source>I&amp;mport signature…</source>
        <translation>Қолтаңбаны &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="418"/>
        <source>Copy with &amp;QR</source>
        <translation>&amp;QR коды бар көшірме</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="419"/>
        <source>Send by e-&amp;mail</source>
        <translation>Электрондық &amp;поштамен жіберу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="420"/>
        <source>Record a &amp;bounce…</source>
        <translation>&amp;Қайтарылуды жазу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/letter_preview.py" line="421"/>
        <source>Open the delivery failure notice (.eml) the mail server sent back</source>
        <translation>Пошта сервері қайтарған жеткізілмегені туралы хабарламаны (.eml) ашу</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="41"/>
        <source>Outgoing No.</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="42"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="43"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="44"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="45"/>
        <source>Dispatch</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="64"/>
        <source>BOUNCED, not sent: %1</source>
        <translation>ҚАЙТАРЫЛДЫ, жіберілмеді: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="68"/>
        <source>tracking %1</source>
        <translation>трек %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="72"/>
        <source>delivered %1</source>
        <translation>табыс етілді %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="76"/>
        <source>delivery not yet confirmed</source>
        <translation>табыс етілгені әлі расталмаған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="78"/>
        <source>not sent yet</source>
        <translation>әлі жіберілмеген</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="41"/>
        <source>akimat_desk — log in</source>
        <translation>akimat_desk — кіру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="43"/>
        <source>This register has user accounts. Log in with your name and password (no network needed).</source>
        <translation>Бұл журналда тіркелгілер бар. Атыңыз бен құпиясөзіңізбен кіріңіз (желі қажет емес).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="54"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="60"/>
        <source>&amp;Log in</source>
        <translation>&amp;Кіру</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="230"/>
        <source>The working-day calendar could not be checked against the golden list, so a wrong holiday or transfer would go unnoticed: %1</source>
        <translation>Жұмыс күндерінің күнтізбесін эталондық тізіммен салыстыру мүмкін болмады, сондықтан қате мереке немесе ауыстыру байқалмай қалуы мүмкін: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="243"/>
        <source>The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it under Settings, Working-day calendar (or with &apos;akimat-desk calendar confirm&apos;).</source>
        <translation>%1 жылғы жұмыс күндерінің күнтізбесін әкімші РАСТАМАҒАН: демалыс ауыстырулары немесе Құрбан айт мерзімдерді әлі жылжытуы мүмкін. Оны «Баптаулар», «Жұмыс күндерінің күнтізбесі» қойындысында (немесе &apos;akimat-desk calendar confirm&apos; командасымен) растаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="380"/>
        <source>Filings shown: %n</source>
        <translation>
            <numerusform>Көрсетілген жолданымдар: %n</numerusform>
            <numerusform>Көрсетілген жолданымдар: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="413"/>
        <source>akimat_desk — register of peaceful assembly filings</source>
        <translation>akimat_desk — бейбіт жиналыстар туралы хабарламалар мен өтініштерді тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="417"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="415"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="332"/>
        <source>About akimat_desk</source>
        <translation>akimat_desk туралы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="333"/>
        <source>akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020.</source>
        <translation>akimat_desk: 2020 жылғы 25 мамырдағы № 333-VI Заң бойынша бейбіт жиналыстар туралы хабарламалар мен өтініштер журналы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="381"/>
        <source>%n due today</source>
        <translation>
            <numerusform>мерзімі бүгін: %n</numerusform>
            <numerusform>мерзімі бүгін: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="382"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>мерзімі өткен: %n</numerusform>
            <numerusform>мерзімі өткен: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="388"/>
        <source>calendar %1 NOT confirmed</source>
        <translation>%1 күнтізбесі РАСТАЛМАҒАН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="390"/>
        <source>calendar %1 confirmed</source>
        <translation>%1 күнтізбесі расталған</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="391"/>
        <source>user: %1</source>
        <translation>пайдаланушы: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="414"/>
        <source>&amp;New filing…</source>
        <translation>&amp;Жаңа жолданым…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="416"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="418"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="419"/>
        <source>&amp;About</source>
        <translation>Бағдарлама &amp;туралы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="420"/>
        <source>&amp;Check a letter…</source>
        <translation>Хатты &amp;тексеру…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="421"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="422"/>
        <source>F&amp;iling</source>
        <translation>&amp;Құжат</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="423"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="424"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="425"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/main_window.py" line="428"/>
        <source>Today (%n due)</source>
        <translation>
            <numerusform>Бүгін (%n шұғыл)</numerusform>
            <numerusform>Бүгін (%n шұғыл)</numerusform>
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
        <translation>Жолданым карточкасы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/main_window.py" line="431"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>NumberFormatsTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="175"/>
        <source>The year&apos;s first numbers will be: incoming %1, outgoing %2.</source>
        <translation>Жылдың алғашқы нөмірлері: кіріс %1, шығыс %2.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="184"/>
        <source>Numbers of incoming filings and outgoing letters. A format may use {akimat} (the akimat&apos;s code), {year} and must use {seq}, the running number of the year ({seq:04d}: four digits, 0001). A new format applies to the next numbers; numbers given stay as they are.</source>
        <translation>Кіріс жолданымдар мен шығыс хаттардың нөмірлері. Пішім {akimat} (әкімдік коды), {year} қамти алады және {seq} — жылдағы реттік нөмір ({seq:04d}: төрт цифр, 0001) міндетті. Жаңа пішім келесі нөмірлерге қолданылады; берілген нөмірлер өзгермейді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="187"/>
        <source>&amp;Akimat&apos;s code in numbers:</source>
        <translation>Нөмірлердегі &amp;әкімдік коды:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="188"/>
        <source>&amp;Incoming filings:</source>
        <translation>&amp;Кіріс жолданымдар:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="189"/>
        <source>&amp;Outgoing letters:</source>
        <translation>&amp;Шығыс хаттар:</translation>
    </message>
</context>
<context>
    <name>OfficeHoursTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="123"/>
        <source>The office&apos;s working hours. Reminders come only within them, on working days; a review deadline&apos;s day ends when the office closes (art. 11 p.1).</source>
        <translation>Әкімдіктің жұмыс уақыты. Еске салулар тек осы уақытта, жұмыс күндері келеді; қарау мерзімінің соңғы күні қабылдау аяқталғанда бітеді (Заңның 11-бабының 1-тармағы).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="126"/>
        <source>The office &amp;opens at:</source>
        <translation>Қабылдау &amp;басталады:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="127"/>
        <source>The office &amp;closes at:</source>
        <translation>Қабылдау &amp;аяқталады:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="128"/>
        <source>&amp;Time zone:</source>
        <translation>Уақыт &amp;белдеуі:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="88"/>
        <source>Encrypted register</source>
        <translation>Шифрланған журнал</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/login_dialog.py" line="91"/>
        <source>The register %1 is encrypted and this computer&apos;s keyring holds no key for it (or there is no keyring). Type the passphrase chosen when it was encrypted.</source>
        <translation>%1 журналы шифрланған, ал осы компьютердің кілттер қоймасында оның кілті жоқ (немесе қойма жоқ). Шифрлау кезінде таңдалған құпия фразаны енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PlaceDialogs</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="29"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="34"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="114"/>
        <source>Name in Kazakh:</source>
        <translation>Қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="35"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="115"/>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="36"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="116"/>
        <source>Name in English:</source>
        <translation>Ағылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="37"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="117"/>
        <source>District:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="40"/>
        <source>Address, or the route from start to end:</source>
        <translation>Мекенжайы немесе басынан аяғына дейінгі маршрут:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="45"/>
        <source>Route length, km:</source>
        <translation>Маршрут ұзындығы, км:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="50"/>
        <source>Maximum occupancy (people):</source>
        <translation>Шекті толу нормасы (адам):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="53"/>
        <source>Rules of use:</source>
        <translation>Пайдалану қағидалары:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="56"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="124"/>
        <source>Maslikhat decision No.:</source>
        <translation>Мәслихат шешімінің №:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="59"/>
        <source>Decision date:</source>
        <translation>Шешім күні:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="60"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="125"/>
        <source>Valid from:</source>
        <translation>Қолданылу басы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="61"/>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="126"/>
        <source>Valid to:</source>
        <translation>Қолданылу соңы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="67"/>
        <source>Add a specialized place or route</source>
        <translation>Арнайы орынды немесе маршрутты қосу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="74"/>
        <source>Edit a specialized place or route</source>
        <translation>Арнайы орынды немесе маршрутты өзгерту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="89"/>
        <source>Kind of event or works:</source>
        <translation>Іс-шараның немесе жұмыстың түрі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="94"/>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="95"/>
        <source>From:</source>
        <translation>Басы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="96"/>
        <source>To:</source>
        <translation>Соңы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="97"/>
        <source>Expected participants:</source>
        <translation>Қатысушылардың болжамды саны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="98"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="101"/>
        <source>Book %1 for another event or works</source>
        <translation>%1 орнын басқа іс-шараға немесе жұмысқа брондау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="109"/>
        <source>Category (art. 9 p.5):</source>
        <translation>Санаты (9-баптың 5-тармағы):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="118"/>
        <source>Description:</source>
        <translation>Сипаттамасы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="121"/>
        <source>Words that name it in a filing&apos;s place (separated by ;):</source>
        <translation>Өткізу орнында оны атайтын сөздер (; арқылы):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="130"/>
        <source>Add a no-picket zone</source>
        <translation>Пикеттеуге тыйым салынған аймақты қосу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="143"/>
        <source>Specialized place or route:</source>
        <translation>Арнайы орын немесе маршрут:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="150"/>
        <source>Reason (kept in the history):</source>
        <translation>Себебі (тарихта сақталады):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="151"/>
        <source>the organizer named this place</source>
        <translation>ұйымдастырушы осы орынды көрсетті</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_dialogs.py" line="157"/>
        <source>Link the filing to a place</source>
        <translation>Жолданымды орынға байланыстыру</translation>
    </message>
</context>
<context>
    <name>PlaceGrid</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="34"/>
        <source>place booked by another event or works (ground 10)</source>
        <translation>орын басқа іс-шарамен немесе жұмыспен бос емес (10-негіз)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="35"/>
        <source>another filing for the same place and time (art. 9 p.3)</source>
        <translation>сол орын мен уақытқа басқа жолданым (9-баптың 3-тармағы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="36"/>
        <source>over the place&apos;s capacity (ground 9)</source>
        <translation>орынның шекті толу нормасынан асады (9-негіз)</translation>
    </message>
</context>
<context>
    <name>PlaceGridWidget</name>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="72"/>
        <source>Choose a place to see its calendar.</source>
        <translation>Күнтізбесін көру үшін орынды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="117"/>
        <source>not in force</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="127"/>
        <source>free</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="155"/>
        <source>CONFLICT</source>
        <translation>ҚАЙШЫЛЫҚ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="163"/>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="246"/>
        <source>%1 people</source>
        <translation>%1 адам</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="226"/>
        <source>Mon</source>
        <translation>Дс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="227"/>
        <source>Tue</source>
        <translation>Сс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="228"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="229"/>
        <source>Thu</source>
        <translation>Бс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="230"/>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="231"/>
        <source>Sat</source>
        <translation>Сн</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="232"/>
        <source>Sun</source>
        <translation>Жс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/place_grid.py" line="249"/>
        <source>Click to open the filing.</source>
        <translation>Жолданымды ашу үшін басыңыз.</translation>
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
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="38"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="75"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="39"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="58"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="40"/>
        <source>Address or route</source>
        <translation>Мекенжай немесе маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="41"/>
        <source>Capacity / length</source>
        <translation>Шекті толу нормасы / маршрут ұзындығы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="43"/>
        <location filename="../src/akimat_desk/ui/places/models.py" line="59"/>
        <source>Maslikhat decision</source>
        <translation>Мәслихат шешімі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="46"/>
        <source>In force</source>
        <translation>Қолданылады</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="54"/>
        <source>No-picket zone</source>
        <translation>Пикеттеуге тыйым салынған аймақ</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="55"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="56"/>
        <source>Article</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="57"/>
        <source>Words matched</source>
        <translation>Іздеу сөздері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="74"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="76"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="77"/>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="78"/>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="79"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="115"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="120"/>
        <source>LOCKED until %1</source>
        <translation>%1 дейін БҰҒАТТАЛҒАН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="123"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="126"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="127"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="128"/>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="129"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="130"/>
        <source>Failed logins</source>
        <translation>Сәтсіз кірулер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="137"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="138"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="139"/>
        <source>Why refused</source>
        <translation>Қабылданбау себебі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="146"/>
        <source>places of mass burial (art. 9 p.5(1))</source>
        <translation>жаппай жерлеу орындары (9-баптың 5-тармағының 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="147"/>
        <source>railway, water, air or road transport facilities (art. 9 p.5(2))</source>
        <translation>темір жол, су, әуе және автомобиль көлігі объектілері (9-баптың 5-тармағының 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="148"/>
        <source>defence, state security or life-support facilities (art. 9 p.5(3))</source>
        <translation>қорғаныс, ұлттық қауіпсіздік және тіршілікті қамтамасыз ету объектілері (9-баптың 5-тармағының 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="151"/>
        <source>residences of the President (art. 9 p.5(4))</source>
        <translation>Президент резиденциялары (9-баптың 5-тармағының 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="152"/>
        <source>hazardous industrial facilities (art. 9 p.5(5))</source>
        <translation>қауіпті өндірістік объектілер (9-баптың 5-тармағының 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="153"/>
        <source>trunk railways, pipelines, power or communication lines (art. 9 p.5(6))</source>
        <translation>магистральдық темір жолдар, құбырлар, электр беру және байланыс желілері (9-баптың 5-тармағының 6) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/models.py" line="156"/>
        <source>territory set by the maslikhat (art. 8 p.2(2))</source>
        <translation>мәслихат белгілеген аумақ (8-баптың 2-тармағының 2) тармақшасы)</translation>
    </message>
</context>
<context>
    <name>PlacesView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="242"/>
        <source>⚠ %n slot(s) in conflict: hatched in red. Point at a slot for the reason.</source>
        <translation>
            <numerusform>⚠ Қайшылықтағы жазбалар: %n (қызыл штрихпен). Себебін көру үшін жазбаға меңзерді апарыңыз.</numerusform>
            <numerusform>⚠ Қайшылықтағы жазбалар: %n (қызыл штрихпен). Себебін көру үшін жазбаға меңзерді апарыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="257"/>
        <source>No specialized places yet. The administrator adds them from the maslikhat decisions.</source>
        <translation>Арнайы орындар әлі жоқ. Әкімші оларды мәслихат шешімдері бойынша енгізеді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="262"/>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="263"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="264"/>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="265"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="266"/>
        <source>Address or route</source>
        <translation>Мекенжай немесе маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="267"/>
        <source>Route length, km</source>
        <translation>Маршрут ұзындығы, км</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="268"/>
        <source>Maximum occupancy</source>
        <translation>Шекті толу нормасы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="269"/>
        <source>Maslikhat decision</source>
        <translation>Мәслихат шешімі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="270"/>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="271"/>
        <source>Valid to</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="272"/>
        <source>Rules of use</source>
        <translation>Пайдалану қағидалары</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="312"/>
        <source>Cancel booking</source>
        <translation>Брондаудан бас тарту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="312"/>
        <source>Cancel the booking &quot;%1&quot;?</source>
        <translation>«%1» брондауынан бас тарту керек пе?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="326"/>
        <source>From:</source>
        <translation>Басы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="327"/>
        <source>To:</source>
        <translation>Соңы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="330"/>
        <source>Language of the board:</source>
        <translation>Тақта тілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="336"/>
        <source>Occupancy board for the website</source>
        <translation>Сайтқа арналған орындардың бос емес кестесі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="342"/>
        <source>Save the occupancy board</source>
        <translation>Бос емес кестесін сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="342"/>
        <source>Web page (*.html)</source>
        <translation>Веб-бет (*.html)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="358"/>
        <source>Saved: %1 and %2</source>
        <translation>Сақталды: %1 және %2</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="373"/>
        <source>Specialized places and routes (maslikhat decisions)</source>
        <translation>Арнайы орындар мен маршруттар (мәслихат шешімдері)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="374"/>
        <source>&amp;Add place…</source>
        <translation>Орын &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="375"/>
        <source>&amp;Edit place…</source>
        <translation>Орынды &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="376"/>
        <source>&amp;Book for another event…</source>
        <translation>Басқа іс-шараға &amp;брондау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="377"/>
        <source>Add no-picket &amp;zone…</source>
        <translation>Пикеттеуге тыйым салынған &amp;аймақ қосу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="378"/>
        <source>Cancel the selected booking…</source>
        <translation>Таңдалған брондаудан бас тарту…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="379"/>
        <source>Export occupancy &amp;board…</source>
        <translation>Бос емес &amp;кестесін экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="380"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="382"/>
        <source>A day of the week or month shown</source>
        <translation>Көрсетілген апта немесе айдың бір күні</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="383"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="384"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>No-picket zones</source>
        <translation>Пикеттеуге тыйым салынған аймақтар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="386"/>
        <source>Other bookings</source>
        <translation>Басқа брондаулар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/places/places_page.py" line="391"/>
        <source>Blue: filing under review · green slot: agreed · purple: other booking · red hatched with ⚠: conflict (booked place, another filing at the same time, over capacity) · light green: free between 09:00 and 20:00 · grey: the place is not in force. Click a filing to open it.</source>
        <translation>Көк: қаралып жатқан жолданым · жасыл жазба: келісілді · күлгін: басқа брондау · ⚠ белгісі бар қызыл штрих: қайшылық (орын бос емес, сол уақытқа басқа жолданым, шекті толу нормасынан асу) · ашық жасыл: 09:00-ден 20:00-ге дейін бос · сұр: орын қолданылмайды. Жолданымды ашу үшін оны басыңыз.</translation>
    </message>
</context>
<context>
    <name>ProposalAnswerDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="295"/>
        <source>The organizer&apos;s answer to the proposal</source>
        <translation>Ұйымдастырушының ұсынысқа жауабы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="296"/>
        <source>The organizer:</source>
        <translation>Ұйымдастырушы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="299"/>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="302"/>
        <source>&amp;Answer came by:</source>
        <translation>Жауап &amp;келген тәсіл:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="303"/>
        <source>&amp;Received at:</source>
        <translation>&amp;Алынған уақыты:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="68"/>
        <source>Undo</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="69"/>
        <source>&amp;Reason for the undo (kept in the register&apos;s history):</source>
        <translation>Қайтару &amp;себебі (тіркеу журналының тарихында сақталады):</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="48"/>
        <source>Incoming No.</source>
        <translation>Кіріс №</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="49"/>
        <source>Received</source>
        <translation>Түскені</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="50"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="51"/>
        <source>Organizer</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="52"/>
        <source>Place or route</source>
        <translation>Орын немесе маршрут</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="53"/>
        <source>Event date and time</source>
        <translation>Өткізу күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="54"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="55"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_cells.py" line="56"/>
        <source>Defects</source>
        <translation>Кемшіліктер</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="191"/>
        <source>All forms</source>
        <translation>Барлық нысандар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="192"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="279"/>
        <source>Search by organizer, purpose, place or number (Ctrl+F)</source>
        <translation>Ұйымдастырушы, мақсат, орын немесе нөмір бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="280"/>
        <source>F&amp;orm:</source>
        <translation>&amp;Нысаны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="281"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="282"/>
        <source>Registered f&amp;rom:</source>
        <translation>Тіркелген &amp;күннен:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="283"/>
        <source>t&amp;o:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="286"/>
        <source>Empty: any day. Type the digits: 01022026 gives 01.02.2026.</source>
        <translation>Бос болса — кез келген күн. Тек цифрларды теріңіз: 01022026 → 01.02.2026.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/register_page.py" line="287"/>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="103"/>
        <source>New filing</source>
        <translation>Жаңа жолданым</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="161"/>
        <source>Add scans or files…</source>
        <translation>Сканерленген көшірмелерді немесе файлдарды қосу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="172"/>
        <source>Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review.</source>
        <translation>Кемшіліктермен тіркеуге болады: заң мерзімді тіркелген күннен бастап есептейді. Кемшіліктер қарау үшін жолданыммен бірге сақталады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="182"/>
        <source>&amp;Register (Ctrl+Enter)</source>
        <translation>&amp;Тіркеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="184"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="193"/>
        <source>Attachments:</source>
        <translation>Тіркемелер:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="251"/>
        <source>Discard the filing?</source>
        <translation>Жолданымды тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="252"/>
        <source>The filing is not registered. Throw away what was typed?</source>
        <translation>Жолданым тіркелмеді. Терілгеннің бәрін өшіру керек пе?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="280"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Пішінге оралу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="254"/>
        <source>&amp;Discard</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="264"/>
        <source>Register with defects?</source>
        <translation>Кемшіліктерімен тіркеу керек пе?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="265"/>
        <source>The filing has %n defect(s). Register it as it is?</source>
        <translation>
            <numerusform>Жолданымда %n кемшілік бар. Осы күйінде тіркеу керек пе?</numerusform>
            <numerusform>Жолданымда %n кемшілік бар. Осы күйінде тіркеу керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="267"/>
        <source>Register &amp;with defects</source>
        <translation>&amp;Кемшіліктерімен тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="309"/>
        <source>All content items are present.</source>
        <translation>Мазмұнның барлық тармақтары бар.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="310"/>
        <source>Defects found: %n</source>
        <translation>
            <numerusform>Табылған кемшіліктер: %n</numerusform>
            <numerusform>Табылған кемшіліктер: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="315"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="318"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)</source>
        <translation>Сканерленген көшірмелер мен құжаттар (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="336"/>
        <source>Received at: type the day and time of receipt as dd.mm.yyyy hh:mm.</source>
        <translation>Түскен уақыты: түскен күні мен уақытын кк.аа.жжжж сс:мм түрінде теріңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="376"/>
        <source>Registered on %1 at %2. Defects recorded: %3.</source>
        <translation>%1 күні %2-де тіркелді. Жазылған кемшіліктер: %3.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="382"/>
        <source>These files were NOT attached; attach them from the card:</source>
        <translation>Бұл файлдар ТІРКЕЛМЕДІ; оларды карточкадан тіркеңіз:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="388"/>
        <source>Register the &amp;next filing of the scan (%n left)</source>
        <translation>
            <numerusform>Сканнан &amp;келесі жолданымды тіркеу (%n қалды)</numerusform>
            <numerusform>Сканнан &amp;келесі жолданымды тіркеу (%n қалды)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="396"/>
        <source>Incoming number</source>
        <translation>Кіріс нөмірі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="409"/>
        <source>&amp;Open the card</source>
        <translation>Карточканы &amp;ашу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="411"/>
        <source>Register &amp;next</source>
        <translation>&amp;Келесісін тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="413"/>
        <source>Print the &amp;receipt…</source>
        <translation>&amp;Қолхатты басып шығару…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="415"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_dialog.py" line="444"/>
        <source>Taken from the signer&apos;s certificate: please confirm.</source>
        <translation>Қол қоюшының сертификатынан алынды: растаңыз.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="142"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="153"/>
        <source>The digest went to %1 (%2 filing(s)).</source>
        <translation>Жиынтық жіберілді: %1 (%2 жолданым).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="173"/>
        <source>The &amp;day before a review deadline, at:</source>
        <translation>Қарау мерзімінің алдындағы &amp;күні, сағат:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="174"/>
        <source>On the &amp;due day, at:</source>
        <translation>Мерзім &amp;күні, сағат:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="175"/>
        <source>&amp;Hours before the office closes:</source>
        <translation>Жұмыс уақыты аяқталғанға дейінгі &amp;сағат:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="176"/>
        <source>Keep reminding from the &amp;tray</source>
        <translation>Жүйелік &amp;науадан еске салуды жалғастыру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="177"/>
        <source>Digest to (head of department&apos;s e-mail):</source>
        <translation>Жиынтықты алушы (бөлім басшысының электрондық поштасы):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="178"/>
        <source>SMTP &amp;server:</source>
        <translation>SMTP &amp;сервері:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="179"/>
        <source>SMTP port:</source>
        <translation>SMTP порты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="180"/>
        <source>STARTTLS</source>
        <translation>STARTTLS шифрлау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="181"/>
        <source>SMTP user:</source>
        <translation>SMTP пайдаланушысы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="182"/>
        <source>SMTP password (for this sending, not stored):</source>
        <translation>SMTP құпиясөзі (осы жіберуге ғана, сақталмайды):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="183"/>
        <source>Sender address:</source>
        <translation>Жіберушінің мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="190"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="191"/>
        <source>Send the digest &amp;now</source>
        <translation>Жиынтықты &amp;қазір жіберу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="199"/>
        <source>The digest goes through the office&apos;s SMTP server %1 (Settings, with its password in the keyring); the server above is used only when that one is not set.</source>
        <translation>Жиынтық әкімдіктің %1 SMTP сервері арқылы жіберіледі (Баптаулар, құпиясөзі — ОЖ құпиясөз қоймасында); жоғарыдағы сервер ол көрсетілмегенде ғана қолданылады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="203"/>
        <source>The office&apos;s SMTP server is not set in Settings: the digest goes through the server above (its password: the keyring entry of the digest, or typed here).</source>
        <translation>Баптауларда әкімдіктің SMTP сервері көрсетілмеген: жиынтық жоғарыдағы сервер арқылы жіберіледі (құпиясөзі — ОЖ қоймасындағы жиынтық жазбасы немесе осында енгізілгені).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/reminders_page.py" line="216"/>
        <source>Reminders</source>
        <translation>Еске салулар</translation>
    </message>
</context>
<context>
    <name>ReportDueBanner</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="270"/>
        <source>Report upward…</source>
        <translation>Жоғарыға есеп…</translation>
    </message>
</context>
<context>
    <name>ReportUpwardDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="147"/>
        <source>Office %1, %2 – %3: %4 rows, %5 filings. Only these counts are sent: no name, IIN, address, phone, purpose or place text. Signed: %6.</source>
        <translation>Әкімдік %1, %2 – %3: %4 жол, %5 жолданым. Тек осы сандар жіберіледі: есім, ЖСН, мекенжай, телефон, мақсат немесе орын мәтіні жоқ. Қолтаңба: %6.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="166"/>
        <source>Save the statistics package</source>
        <translation>Статистика пакетін сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="168"/>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="194"/>
        <source>Statistics packages (*.akstat)</source>
        <translation>Статистика пакеттері (*.akstat)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="183"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="192"/>
        <source>Save the package to attach</source>
        <translation>Тіркеу үшін пакетті сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="200"/>
        <source>Statistics of peaceful assemblies %1 – %2, KATO %3</source>
        <translation>Бейбіт жиналыстар статистикасы %1 – %2, ӘАОЖ (КАТО) %3</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="206"/>
        <source>Please find attached the statistics package %1 (SHA-256 of the counts %2).</source>
        <translation>Қосымшада %1 статистика пакеті (деректердің SHA-256: %2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="211"/>
        <source>Attach %1 to the message the mail program opened.</source>
        <translation>Пошта бағдарламасы ашқан хатқа %1 файлын тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="218"/>
        <source>Report upward</source>
        <translation>Жоғарыға есеп</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="219"/>
        <source>Months &amp;from:</source>
        <translation>Айлар &amp;бастап:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="220"/>
        <source>&amp;to:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="225"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="226"/>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="227"/>
        <source>Kind</source>
        <translation>Тәртіп</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="228"/>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="229"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="230"/>
        <source>Refusal grounds</source>
        <translation>Бас тарту негіздері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="231"/>
        <source>Specialized place</source>
        <translation>Арнайы орын</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="232"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="235"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="236"/>
        <source>Send by &amp;e-mail…</source>
        <translation>&amp;Электрондық поштамен жіберу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="237"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ReportUpwardParts</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/report_upward_ui.py" line="298"/>
        <source>Consolidation (region)</source>
        <translation>Жиынтық есептілік (облыс)</translation>
    </message>
</context>
<context>
    <name>ScanFill</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_fill.py" line="130"/>
        <source>Read by the machine from the scan, confidence %1%: please check.</source>
        <translation>Машина сканнан оқыды, сенімділік %1%: тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_fill.py" line="132"/>
        <source>Read by the machine with LOW confidence (%1%): check it on the scan.</source>
        <translation>Машина ТӨМЕН сенімділікпен оқыды (%1%): сканмен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>ScanIntake</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="61"/>
        <source>Read a &amp;scan (OCR)…</source>
        <translation>&amp;Сканды оқу (OCR)…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="63"/>
        <source>Fill the form from a scanned paper filing (Ctrl+Shift+S); nothing leaves this computer.</source>
        <translation>Пішінді қағаз жолданымның сканы бойынша толтыру (Ctrl+Shift+S); ештеңе осы компьютерден шықпайды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="75"/>
        <source>Read a scanned filing</source>
        <translation>Жолданымның сканын оқу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="77"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)</source>
        <translation>Сканерленген көшірмелер (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="86"/>
        <source>Reading the scan… (about two seconds a page)</source>
        <translation>Скан оқылуда… (бір бетке шамамен екі секунд)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="116"/>
        <source>Filing %1 of %2 in this scan (pages %3).</source>
        <translation>Осы скандағы %2 жолданымның %1-і (беттер: %3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="134"/>
        <source>Read by the machine: %n field(s), marked green; check each against the scan.</source>
        <translation>
            <numerusform>Машина %n өрісті оқыды, жасылмен белгіленді; әрқайсысын сканмен салыстырыңыз.</numerusform>
            <numerusform>Машина %n өрісті оқыды, жасылмен белгіленді; әрқайсысын сканмен салыстырыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="139"/>
        <source>%n read with low confidence, marked orange.</source>
        <translation>
            <numerusform>Оның %n-і төмен сенімділікпен оқылды, сарғылт түспен белгіленді.</numerusform>
            <numerusform>Оның %n-і төмен сенімділікпен оқылды, сарғылт түспен белгіленді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/registration_scan.py" line="140"/>
        <source>Nothing is registered until you press Register; the time of receipt is yours.</source>
        <translation>«Тіркеу» батырмасын баспайынша ештеңе тіркелмейді; түскен уақытын өзіңіз көрсетесіз.</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="64"/>
        <source>◀ Previous page</source>
        <translation>◀ Алдыңғы бет</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="65"/>
        <source>Next page ▶</source>
        <translation>Келесі бет ▶</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/scan_panel.py" line="133"/>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-і</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="73"/>
        <source>Akimat&apos;s name in Kazakh:</source>
        <translation>Әкімдіктің қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="74"/>
        <source>Akimat&apos;s name in Russian:</source>
        <translation>Әкімдіктің орысша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="75"/>
        <source>Akimat&apos;s name in English:</source>
        <translation>Әкімдіктің ағылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="76"/>
        <source>Address in Kazakh:</source>
        <translation>Қазақша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="77"/>
        <source>Address in Russian:</source>
        <translation>Орысша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="78"/>
        <source>Address in English:</source>
        <translation>Ағылшынша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="79"/>
        <source>Department in Kazakh:</source>
        <translation>Бөлімнің қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="80"/>
        <source>Department in Russian:</source>
        <translation>Бөлімнің орысша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="81"/>
        <source>Department in English:</source>
        <translation>Бөлімнің ағылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="82"/>
        <source>Signatory&apos;s position in Kazakh:</source>
        <translation>Қол қоюшының қазақша лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="83"/>
        <source>Signatory&apos;s position in Russian:</source>
        <translation>Қол қоюшының орысша лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="84"/>
        <source>Signatory&apos;s position in English:</source>
        <translation>Қол қоюшының ағылшынша лауазымы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="85"/>
        <source>Signatory (initials and surname):</source>
        <translation>Қол қоюшы (аты-жөнінің бас әріптері және тегі):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="86"/>
        <source>Office phone:</source>
        <translation>Әкімдік телефоны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="87"/>
        <source>Office e-mail:</source>
        <translation>Әкімдіктің эл. поштасы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="88"/>
        <source>Executor (full name):</source>
        <translation>Орындаушы (толық аты-жөні):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="90"/>
        <source>Emblem file (PNG, JPEG):</source>
        <translation>Елтаңба файлы (PNG, JPEG):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="98"/>
        <source>KATO code of the akimat (9 digits, for the statistics reported upward):</source>
        <translation>Әкімдіктің ӘАОЖ (КАТО) коды (9 цифр, жоғарыға жіберілетін статистика үшін):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="99"/>
        <source>Day of the month the monthly statistics report is due (1–28):</source>
        <translation>Ай сайынғы статистика есебін тапсыру күні (1–28):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="103"/>
        <source>* required: every letter and receipt prints it.</source>
        <translation>* міндетті: әрбір хат пен қолхатта басылады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="89"/>
        <source>Executor&apos;s phone:</source>
        <translation>Орындаушының телефоны:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="91"/>
        <source>Akimat&apos;s BIN (12 digits; its EDS must carry it):</source>
        <translation>Әкімдіктің БСН-і (12 цифр; оның ЭЦҚ-ында болуы тиіс):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="92"/>
        <source>Signatory&apos;s IIN (12 digits):</source>
        <translation>Қол қоюшының ЖСН-і (12 цифр):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="93"/>
        <source>SMTP server for e-mailed answers:</source>
        <translation>Электрондық поштамен жіберілетін жауаптардың SMTP сервері:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="94"/>
        <source>SMTP port:</source>
        <translation>SMTP порты:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="95"/>
        <source>SMTP security (starttls, ssl, none):</source>
        <translation>SMTP қауіпсіздігі (starttls, ssl, none):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="96"/>
        <source>SMTP user (the password is kept in the OS keyring):</source>
        <translation>SMTP пайдаланушысы (құпиясөз ОЖ кілттер қоймасында сақталады):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_form.py" line="97"/>
        <source>Sender address of e-mailed answers:</source>
        <translation>Электрондық поштамен жіберілетін жауаптардың жіберуші мекенжайы:</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="81"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/office_tabs.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="90"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="95"/>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Ештеңе сақталмады: қызылмен белгіленген өрісті түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="104"/>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="105"/>
        <source>The akimat (letterhead and signatory of letters and receipts)</source>
        <translation>Әкімдік (хаттар мен қолхаттардың бланкісі және қол қоюшысы)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="106"/>
        <source>&amp;Save settings</source>
        <translation>Баптауларды &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="109"/>
        <source>The akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="110"/>
        <source>Office hours</source>
        <translation>Қабылдау уақыты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="111"/>
        <source>Number formats</source>
        <translation>Нөмір пішімдері</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="112"/>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/settings_page.py" line="113"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
</context>
<context>
    <name>SignLetterDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="109"/>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="109"/>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Кілт файлдары (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="120"/>
        <source>Signing… NCALayer is waiting for the signatory to choose the key and enter the PIN.</source>
        <translation>Қол қойылуда… NCALayer қол қоюшының кілтті таңдап, PIN енгізуін күтуде.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="121"/>
        <source>Signing with the training key…</source>
        <translation>Оқу кілтімен қол қойылуда…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="158"/>
        <source>Sign with EDS</source>
        <translation>ЭЦҚ қою</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="159"/>
        <source>&amp;NCALayer (the signatory&apos;s key or ID card)</source>
        <translation>&amp;NCALayer (қол қоюшының кілті немесе жеке куәлігі)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="160"/>
        <source>&amp;Training key file (TEST register only)</source>
        <translation>&amp;Оқу кілтінің файлы (тек TEST журналында)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="161"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Кілт файлы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="162"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="163"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="164"/>
        <source>&amp;Sign</source>
        <translation>&amp;Қол қою</translation>
    </message>
</context>
<context>
    <name>SignatureDetails</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="58"/>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="59"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="60"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="61"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="62"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="63"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="65"/>
        <source>Signing time stated by the signer</source>
        <translation>Қол қоюшы көрсеткен қол қою уақыты</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="72"/>
        <source>trusted</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="74"/>
        <source>NOT trusted: not used as the time</source>
        <translation>сенімсіз: уақыт ретінде қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="78"/>
        <source>Timestamp</source>
        <translation>Уақыт белгісі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="86"/>
        <source>Certificates checked</source>
        <translation>Сертификаттар тексерілген уақыт</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="90"/>
        <source>Chain</source>
        <translation>Тізбек</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="93"/>
        <source>Revocation</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="97"/>
        <source>Technical notes</source>
        <translation>Техникалық белгілер</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/decisions_panel.py" line="303"/>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="149"/>
        <source>No signed e-document is stored with this filing.</source>
        <translation>Бұл жолданыммен бірге қол қойылған электрондық құжат сақталмаған.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="161"/>
        <source>Checking the signature again…</source>
        <translation>Қолтаңба қайта тексерілуде…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="170"/>
        <source>Checked again: %1 (before: %2). The earlier verdicts are kept.</source>
        <translation>Қайта тексерілді: %1 (бұрын: %2). Бұрынғы қорытындылар сақталады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="181"/>
        <source>&amp;Re-verify now</source>
        <translation>Қазір &amp;қайта тексеру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/signature_panel.py" line="184"/>
        <source>Check the stored original again with the roots and CRLs imported today; the new verdict is added to the history.</source>
        <translation>Сақталған түпнұсқаны бүгін импортталған түбірлік сертификаттармен және CRL тізімдерімен қайта тексеру; жаңа қорытынды тарихқа қосылады.</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../src/akimat_desk/ui/startup.py" line="73"/>
        <source>Opening the register…</source>
        <translation>Журнал ашылуда…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/startup.py" line="77"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Болдырылмады.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="215"/>
        <source>Filings by %1</source>
        <translation>Жолданымдар: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="215"/>
        <source>Filings</source>
        <translation>Жолданымдар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="219"/>
        <source>Filings by month of registration</source>
        <translation>Тіркелген айлары бойынша жолданымдар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="224"/>
        <source>Total: %1 filings registered from %2 to %3</source>
        <translation>Барлығы: %2 бастап %3 дейін тіркелген %1 жолданым</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="237"/>
        <source>Compute the statistics first.</source>
        <translation>Алдымен статистиканы есептеңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="239"/>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="260"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="239"/>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="259"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="240"/>
        <source>Export statistics</source>
        <translation>Статистиканы экспорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="261"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV кестесі (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="264"/>
        <source>Export the registration journal</source>
        <translation>Тіркеу журналын экспорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="286"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="293"/>
        <source>Registered &amp;from:</source>
        <translation>Тіркелген &amp;басы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="294"/>
        <source>&amp;to:</source>
        <translation>&amp;соңы:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="297"/>
        <source>Group by</source>
        <translation>Топтастыру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="299"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="300"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="301"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="302"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="303"/>
        <source>Refusal ground</source>
        <translation>Бас тарту негізі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="304"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="308"/>
        <source>&amp;Compute</source>
        <translation>&amp;Есептеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="309"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="310"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="311"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF экспорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="312"/>
        <source>Report &amp;upward…</source>
        <translation>&amp;Жоғарыға есеп…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="313"/>
        <source>Registration journal of the period</source>
        <translation>Кезеңдегі тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="314"/>
        <source>Journal PDF…</source>
        <translation>Журнал PDF…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="315"/>
        <source>Journal XLSX…</source>
        <translation>Журнал XLSX…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="316"/>
        <source>Journal CSV…</source>
        <translation>Журнал CSV…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="317"/>
        <source>Unmask personal data (IIN, address, phone, e-mail)</source>
        <translation>Дербес деректерді көрсету (ЖСН, мекенжай, телефон, e-mail)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/reports/statistics_page.py" line="318"/>
        <source>Press Compute.</source>
        <translation>«Есептеу» батырмасын басыңыз.</translation>
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
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="44"/>
        <source>&amp;Reason (required):</source>
        <translation>Се&amp;бебі (міндетті):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/status_dialog.py" line="44"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="88"/>
        <source>Next: %1</source>
        <translation>Келесі қадам: %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="96"/>
        <source>done %1 (due %2)</source>
        <translation>%1 орындалды (мерзімі %2)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/deadlines/timeline_panel.py" line="118"/>
        <source>The legal clock of this filing</source>
        <translation>Осы жолданымның заңдық мерзімдері</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="122"/>
        <source>%n notification(s) reach the review deadline today. Without an answer by %1 the organizer holds the assembly as notified (art. 11 p.1 part 2): %2</source>
        <translation>
            <numerusform>Бүгін %n хабарламаның қарау мерзімі аяқталады. %1 дейін жауап болмаса, ұйымдастырушы бейбіт жиналысты хабарламаға сай өткізеді (11-баптың 1-тармағының екінші бөлігі): %2</numerusform>
            <numerusform>Бүгін %n хабарламаның қарау мерзімі аяқталады. %1 дейін жауап болмаса, ұйымдастырушы бейбіт жиналысты хабарламаға сай өткізеді (11-баптың 1-тармағының екінші бөлігі): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="135"/>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/filings/today_page.py" line="150"/>
        <source>Sent by e-mail or SMS: the copy by registered mail with acknowledgment of delivery is still to be sent</source>
        <translation>Электрондық поштамен немесе SMS-пен жіберілді: табыс етілгені туралы хабарламасы бар тапсырысты пошта жөнелтілімімен көшірмесі әлі жіберілмеген</translation>
    </message>
</context>
<context>
    <name>TrustView</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="128"/>
        <source>Import a root or intermediate certificate</source>
        <translation>Түбірлік немесе аралық сертификатты импорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="130"/>
        <source>Certificates (*.cer *.crt *.der *.pem);;All files (*)</source>
        <translation>Сертификаттар (*.cer *.crt *.der *.pem);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="136"/>
        <source>Expected SHA-256</source>
        <translation>Күтілетін SHA-256</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="137"/>
        <source>The SHA-256 published by NCA RK (64 hex digits; leave empty to import without a pin):</source>
        <translation>ҚР ҰКО жариялаған SHA-256 (64 он алтылық цифр; бекітусіз импорттау үшін бос қалдырыңыз):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="161"/>
        <source>Import a revocation list (CRL)</source>
        <translation>Кері қайтарылған сертификаттар тізімін (CRL) импорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="161"/>
        <source>Revocation lists (*.crl);;All files (*)</source>
        <translation>Кері қайтару тізімдері (*.crl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="184"/>
        <source>Trust TEST roots?</source>
        <translation>ТЕСТ түбірлеріне сену керек пе?</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="208"/>
        <source>TEST roots are for training registers only. While this is on, signatures made with NCA RK test keys count as trusted (each verdict notes it). NEVER turn it on in production.</source>
        <translation>ТЕСТ түбірлері тек оқу тізілімдеріне арналған. Бұл қосулы тұрғанда ҚР ҰКО тест кілттерімен қойылған қолтаңбалар сенімді деп саналады (әр қорытындыда белгіленеді). Жұмыс тізілімінде ЕШҚАШАН қоспаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="220"/>
        <source>Signatures are checked offline against these certificates and revocation lists only. Download them from the official NCA RK sites, compare the SHA-256 with the published value, then import.</source>
        <translation>Қолтаңбалар желісіз тек осы сертификаттар мен кері қайтару тізімдері бойынша тексеріледі. Оларды ҚР ҰКО ресми сайттарынан жүктеп, SHA-256 мәнін жарияланғанмен салыстырып, содан кейін импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="225"/>
        <source>Root and intermediate certificates</source>
        <translation>Түбірлік және аралық сертификаттар</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="226"/>
        <source>Revocation lists (CRL)</source>
        <translation>Кері қайтару тізімдері (CRL)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="227"/>
        <source>Import a &amp;certificate…</source>
        <translation>&amp;Сертификатты импорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="228"/>
        <source>Import a C&amp;RL…</source>
        <translation>C&amp;RL импорттау…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="229"/>
        <source>Trust NCA RK &amp;TEST roots (training only)</source>
        <translation>ҚР ҰКО &amp;ТЕСТ түбірлеріне сену (тек оқу үшін)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="232"/>
        <source>You may view the trust store; importing needs the administrator&apos;s role.</source>
        <translation>Сенім қоймасын қарауға болады; импорттау үшін әкімші рөлі қажет.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/trust_store_page.py" line="246"/>
        <source>Trust: roots and CRLs</source>
        <translation>Сенім: түбірлер және CRL</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="147"/>
        <source>Decision recorded.</source>
        <translation>Шешім жазылды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="147"/>
        <source>Dispatch recorded.</source>
        <translation>Жөнелту жазылды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="149"/>
        <source>&amp;Undo (within this minute)</source>
        <translation>&amp;Қайтару (осы минут ішінде)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/undo_bar.py" line="150"/>
        <source>Ctrl+Z: undo with a reason; the history keeps both entries.</source>
        <translation>Ctrl+Z: себебін көрсетіп қайтару; тарих екі жазбаны да сақтайды.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="37"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>Екі жаңа құпиясөз сәйкес емес; оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="124"/>
        <source>registrar</source>
        <translation>тіркеуші</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="125"/>
        <source>executor</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="126"/>
        <source>signatory</source>
        <translation>қол қоюшы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="127"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="128"/>
        <source>viewer (read only)</source>
        <translation>бақылаушы (тек оқу)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="136"/>
        <source>User name (latin or Cyrillic letters):</source>
        <translation>Пайдаланушы аты (латын немесе кирилл әріптері):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="137"/>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="138"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="191"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="139"/>
        <source>Password (at least 8 characters):</source>
        <translation>Құпиясөз (кемінде 8 таңба):</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="140"/>
        <source>Password again:</source>
        <translation>Құпиясөз қайта:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="146"/>
        <source>Create the first administrator</source>
        <translation>Бірінші әкімшіні құру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="146"/>
        <source>Add a user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="152"/>
        <source>User %1 added.</source>
        <translation>%1 пайдаланушысы қосылды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="154"/>
        <source>From the next start everyone logs in; single-clerk mode has ended.</source>
        <translation>Келесі іске қосудан бастап бәрі құпиясөзбен кіреді; бір қызметкер режимі аяқталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="163"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="217"/>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="164"/>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="218"/>
        <source>New password again:</source>
        <translation>Жаңа құпиясөз қайта:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="169"/>
        <source>Reset the password of %1</source>
        <translation>%1 құпиясөзін қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="176"/>
        <source>Password of %1 reset; the account is unlocked.</source>
        <translation>%1 құпиясөзі қалпына келтірілді; тіркелгі бұғаттан шығарылды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="183"/>
        <source>%1 unlocked.</source>
        <translation>%1 бұғаттан шығарылды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="194"/>
        <source>Role of %1</source>
        <translation>%1 рөлі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="200"/>
        <source>Role of %1 changed.</source>
        <translation>%1 рөлі өзгертілді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="209"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="216"/>
        <source>Current password:</source>
        <translation>Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="223"/>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="230"/>
        <source>Your password was changed.</source>
        <translation>Құпиясөзіңіз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="241"/>
        <source>Single-clerk mode: this register has no user accounts, so the computer&apos;s account (%1) is the clerk and may do everything. Create the first administrator to require a login.</source>
        <translation>Бір қызметкер режимі: бұл журналда тіркелгілер жоқ, сондықтан қызметкер — компьютердің тіркелгісі (%1), оған бәрі рұқсат. Құпиясөзбен кіруді талап ету үшін бірінші әкімшіні құрыңыз.</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="245"/>
        <source>Create the first &amp;administrator…</source>
        <translation>Бірінші &amp;әкімшіні құру…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="248"/>
        <source>Logged in as %1 (%2).</source>
        <translation>Сіз %1 ретінде кірдіңіз (%2).</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="252"/>
        <source>&amp;Add user…</source>
        <translation>Пайдаланушы &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="253"/>
        <source>&amp;Reset password…</source>
        <translation>Құпиясөзді &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="254"/>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="255"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Рөлді өзгерту…</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="256"/>
        <source>Disable / enable</source>
        <translation>Өшіру / қосу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/office/users_page.py" line="257"/>
        <source>Change &amp;my password…</source>
        <translation>&amp;Құпиясөзімді өзгерту…</translation>
    </message>
</context>
<context>
    <name>VerificationsModel</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="86"/>
        <source>Checked</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="87"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="88"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="89"/>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="90"/>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/models.py" line="91"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="117"/>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/decisions/dispatch_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="173"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="184"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="197"/>
        <source>Import signature</source>
        <translation>Қолтаңбаны импорттау</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="173"/>
        <source>Signatures (*.cms *.p7s *.sig);;All files (*)</source>
        <translation>Қолтаңбалар (*.cms *.p7s *.sig);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="228"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="231"/>
        <source>Send by e-mail</source>
        <translation>Электрондық поштамен жіберу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="242"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="258"/>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="261"/>
        <source>Record a bounce</source>
        <translation>Хаттың қайтарылуын жазу</translation>
    </message>
    <message>
        <location filename="../src/akimat_desk/ui/esign/sign_letter_dialog.py" line="242"/>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>Электрондық хаттар (*.eml);;Барлық файлдар (*)</translation>
    </message>
</context>
</TS>
