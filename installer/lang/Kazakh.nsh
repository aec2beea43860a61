;Language: Kazakh (1087)
;Kazakh translation for akimat_desk

!insertmacro LANGFILE "Kazakh" = "Қазақ тілі" "Qazaq tili"

!ifdef MUI_WELCOMEPAGE
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TITLE "$(^NameDA) орнату шеберіне қош келдіңіз"
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TEXT "Бұл шебер $(^NameDA) бағдарламасын компьютеріңізге орнатады.$\r$\n$\r$\nОрнатуды бастамас бұрын жұмыс істеп тұрған барлық қосымшаларды жабу ұсынылады. Бұл орнату бағдарламасына жүйелік файлдарды компьютерді қайта іске қоспай жаңартуға мүмкіндік береді.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_UNWELCOMEPAGE
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TITLE "$(^NameDA) жою шеберіне қош келдіңіз"
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TEXT "Бұл шебер $(^NameDA) бағдарламасын компьютеріңізден жояды.$\r$\n$\r$\nЖоюды бастамас бұрын $(^NameDA) бағдарламасы іске қосылмағанына көз жеткізіңіз.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_LICENSEPAGE
  ${LangFileString} MUI_TEXT_LICENSE_TITLE "Лицензиялық келісім"
  ${LangFileString} MUI_TEXT_LICENSE_SUBTITLE "$(^NameDA) орнатпас бұрын лицензиялық келісіммен танысыңыз."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM "Келісім шарттарын қабылдасаңыз, $\"Қабылдаймын$\" батырмасын басыңыз. Бағдарламаны орнату үшін келісімді қабылдау қажет."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_CHECKBOX "Келісім шарттарын қабылдасаңыз, төмендегі құсбелгіні қойыңыз. Бағдарламаны орнату үшін келісімді қабылдау қажет. $_CLICK"
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Келісім шарттарын қабылдасаңыз, төмендегі нұсқалардың біріншісін таңдаңыз. Бағдарламаны орнату үшін келісімді қабылдау қажет. $_CLICK"
!endif

!ifdef MUI_UNLICENSEPAGE
  ${LangFileString} MUI_UNTEXT_LICENSE_TITLE "Лицензиялық келісім"
  ${LangFileString} MUI_UNTEXT_LICENSE_SUBTITLE "$(^NameDA) жоймас бұрын лицензиялық келісіммен танысыңыз."
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM "Келісім шарттарын қабылдасаңыз, $\"Қабылдаймын$\" батырмасын басыңыз. Жою үшін келісімді қабылдау қажет. $_CLICK"
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_CHECKBOX "Келісім шарттарын қабылдасаңыз, төмендегі құсбелгіні қойыңыз. Жою үшін келісімді қабылдау қажет. $_CLICK"
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Келісім шарттарын қабылдасаңыз, төмендегі нұсқалардың біріншісін таңдаңыз. Жою үшін келісімді қабылдау қажет. $_CLICK"
!endif

!ifdef MUI_LICENSEPAGE | MUI_UNLICENSEPAGE
  ${LangFileString} MUI_INNERTEXT_LICENSE_TOP "Мәтін бойынша жылжу үшін $\"PageUp$\" және $\"PageDown$\" пернелерін пайдаланыңыз."
!endif

!ifdef MUI_COMPONENTSPAGE
  ${LangFileString} MUI_TEXT_COMPONENTS_TITLE "Орнатылатын бағдарламаның құрамдас бөліктері"
  ${LangFileString} MUI_TEXT_COMPONENTS_SUBTITLE "$(^NameDA) бағдарламасының орнатқыңыз келетін құрамдас бөліктерін таңдаңыз."
!endif

!ifdef MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_UNTEXT_COMPONENTS_TITLE "Бағдарламаның құрамдас бөліктері"
  ${LangFileString} MUI_UNTEXT_COMPONENTS_SUBTITLE "$(^NameDA) бағдарламасының жойғыңыз келетін құрамдас бөліктерін таңдаңыз."
!endif

!ifdef MUI_COMPONENTSPAGE | MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_TITLE "Сипаттамасы"
  !ifndef NSIS_CONFIG_COMPONENTPAGE_ALTERNATIVE
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Сипаттамасын оқу үшін тінтуір меңзерін құрамдас бөліктің атауына апарыңыз."
  !else
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Сипаттамасын көру үшін құрамдас бөлікті таңдаңыз."
  !endif
!endif

!ifdef MUI_DIRECTORYPAGE
  ${LangFileString} MUI_TEXT_DIRECTORY_TITLE "Орнату қалтасын таңдау"
  ${LangFileString} MUI_TEXT_DIRECTORY_SUBTITLE "$(^NameDA) орнатылатын қалтаны таңдаңыз."
!endif

!ifdef MUI_UNDIRECTORYPAGE
  ${LangFileString} MUI_UNTEXT_DIRECTORY_TITLE "Жойылатын қалтаны таңдау"
  ${LangFileString} MUI_UNTEXT_DIRECTORY_SUBTITLE "$(^NameDA) жойылатын қалтаны көрсетіңіз."
!endif

!ifdef MUI_INSTFILESPAGE
  ${LangFileString} MUI_TEXT_INSTALLING_TITLE "Файлдарды көшіру"
  ${LangFileString} MUI_TEXT_INSTALLING_SUBTITLE "Күте тұрыңыз, $(^NameDA) файлдары көшірілуде..."
  ${LangFileString} MUI_TEXT_FINISH_TITLE "Орнату аяқталды"
  ${LangFileString} MUI_TEXT_FINISH_SUBTITLE "Орнату сәтті аяқталды."
  ${LangFileString} MUI_TEXT_ABORT_TITLE "Орнату үзілді"
  ${LangFileString} MUI_TEXT_ABORT_SUBTITLE "Орнату аяқталмады."
!endif

!ifdef MUI_UNINSTFILESPAGE
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_TITLE "Жою"
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_SUBTITLE "Күте тұрыңыз, $(^NameDA) файлдары жойылуда..."
  ${LangFileString} MUI_UNTEXT_FINISH_TITLE "Жою аяқталды"
  ${LangFileString} MUI_UNTEXT_FINISH_SUBTITLE "Бағдарлама сәтті жойылды."
  ${LangFileString} MUI_UNTEXT_ABORT_TITLE "Жою үзілді"
  ${LangFileString} MUI_UNTEXT_ABORT_SUBTITLE "Жою толық орындалмады."
!endif

!ifdef MUI_FINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_INFO_TITLE "$(^NameDA) орнату шеберінің жұмысын аяқтау"
  ${LangFileString} MUI_TEXT_FINISH_INFO_TEXT "$(^NameDA) бағдарламасы компьютеріңізге орнатылды.$\r$\n$\r$\nОрнату бағдарламасынан шығу үшін $\"Аяқтау$\" батырмасын басыңыз."
  ${LangFileString} MUI_TEXT_FINISH_INFO_REBOOT "$(^NameDA) бағдарламасын орнатуды аяқтау үшін компьютерді қайта іске қосу қажет. Қазір қайта іске қосасыз ба?"
!endif

!ifdef MUI_UNFINISHPAGE
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TITLE "$(^NameDA) жою шеберінің жұмысын аяқтау"
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TEXT "$(^NameDA) бағдарламасы компьютеріңізден жойылды.$\r$\n$\r$\nЖою бағдарламасынан шығу үшін $\"Аяқтау$\" батырмасын басыңыз."
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_REBOOT "$(^NameDA) бағдарламасын жоюды аяқтау үшін компьютерді қайта іске қосу қажет. Қазір қайта іске қосасыз ба?"
!endif

!ifdef MUI_FINISHPAGE | MUI_UNFINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_REBOOTNOW "Иә, компьютерді қазір қайта іске қосу"
  ${LangFileString} MUI_TEXT_FINISH_REBOOTLATER "Жоқ, компьютерді кейінірек өзім қайта іске қосамын"
  ${LangFileString} MUI_TEXT_FINISH_RUN "$(^NameDA) бағдарламасын &іске қосу"
  ${LangFileString} MUI_TEXT_FINISH_SHOWREADME "ReadMe файлын &көрсету"
  ${LangFileString} MUI_BUTTONTEXT_FINISH "&Аяқтау"
!endif

!ifdef MUI_STARTMENUPAGE
  ${LangFileString} MUI_TEXT_STARTMENU_TITLE "$\"Бастау$\" мәзіріндегі қалта"
  ${LangFileString} MUI_TEXT_STARTMENU_SUBTITLE "Бағдарлама жарлықтарын орналастыру үшін $\"Бастау$\" мәзірінен қалта таңдаңыз."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_TOP "Бағдарлама жарлықтары орналастырылатын $\"Бастау$\" мәзіріндегі қалтаны таңдаңыз. Сондай-ақ қалтаның басқа атауын енгізуге болады."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_CHECKBOX "Жарлықтар құрмау"
!endif

!ifdef MUI_UNCONFIRMPAGE
  ${LangFileString} MUI_UNTEXT_CONFIRM_TITLE "$(^NameDA) жою"
  ${LangFileString} MUI_UNTEXT_CONFIRM_SUBTITLE "$(^NameDA) бағдарламасын компьютерден жою."
!endif

!ifdef MUI_ABORTWARNING
  ${LangFileString} MUI_TEXT_ABORTWARNING "$(^Name) бағдарламасын орнатудан шынымен бас тартасыз ба?"
!endif

!ifdef MUI_UNABORTWARNING
  ${LangFileString} MUI_UNTEXT_ABORTWARNING "$(^Name) бағдарламасын жоюдан шынымен бас тартасыз ба?"
!endif

!ifdef MULTIUSER_INSTALLMODEPAGE
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_TITLE "Орнату режимі"
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "$(^NameDA) бағдарламасын қай пайдаланушылар үшін орнату керектігін таңдаңыз."
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_TOP "$(^NameDA) бағдарламасын тек өзіңіз үшін немесе осы компьютердің барлық пайдаланушылары үшін орнату керектігін таңдаңыз. $(^ClickNext)"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "Барлық пайдаланушылар үшін орнату"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "Тек ағымдағы пайдаланушы үшін орнату"
!endif
