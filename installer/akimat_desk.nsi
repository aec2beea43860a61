; Windows installer of akimat_desk (NSIS 3, Modern UI 2), in Kazakh, Russian and English.
; makensis -DVERSION=0.1.0 -DBUNDLE=dist\akimat-desk -DICON=build\icons\akimat_desk.ico [-DOUTFILE=...] installer\akimat_desk.nsi
; - per-user (default, no administrator rights) or per-machine install (MultiUser);
; - the register lives in the user's data folder (%LOCALAPPDATA%\akimat_desk) and is NEVER touched by the
;   uninstaller or by an upgrade; the application migrates it on first start after an upgrade, writing a
;   backup copy first (see docs/installing.md).
Unicode true
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !error "define BUNDLE: the folder of the frozen onedir build (dist\akimat-desk)"
!endif
!ifndef OUTFILE
  !define OUTFILE "akimat-desk-${VERSION}-setup.exe"
!endif
!ifdef COMPRESSION
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!define APPNAME "akimat_desk"
!define APPEXE "akimat-desk.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPNAME}"
!define MULTIUSER_INSTALLMODE_INSTALL_REGISTRY_KEY "Software\${APPNAME}"
!define MULTIUSER_INSTALLMODE_INSTALL_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_UNINSTALL_REGISTRY_KEY "Software\${APPNAME}"
!define MULTIUSER_INSTALLMODE_UNINSTALL_REGISTRY_VALUENAME "InstallDir"
!include "MultiUser.nsh"
!include "MUI2.nsh"

Name "akimat_desk ${VERSION}"
OutFile "${OUTFILE}"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APPEXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
!include "lang\kazakh_language.nsh"
!insertmacro AKIMAT_MUI_LANGUAGE_FROM_FILE

; our own strings, in the three languages
LangString KeepData ${LANG_ENGLISH} "Your register (filings, letters, backups) stays in $LOCALAPPDATA\akimat_desk; the uninstaller does not delete it."
LangString KeepData ${LANG_RUSSIAN} "Ваш журнал (обращения, письма, резервные копии) остаётся в $LOCALAPPDATA\akimat_desk; программа удаления его не удаляет."
LangString KeepData ${LANG_KAZAKH} "Сіздің журналыңыз (құжаттар, хаттар, сақтық көшірмелер) $LOCALAPPDATA\akimat_desk қалтасында қалады; жою бағдарламасы оны өшірмейді."
LangString Upgrading ${LANG_ENGLISH} "An earlier version is installed: it will be replaced. The register is kept and upgraded with a backup at the next start."
LangString Upgrading ${LANG_RUSSIAN} "Установлена более ранняя версия: она будет заменена. Журнал сохраняется и обновляется с резервной копией при следующем запуске."
LangString Upgrading ${LANG_KAZAKH} "Ертерек нұсқа орнатылған: ол ауыстырылады. Журнал сақталады және келесі іске қосқанда сақтық көшірмесімен жаңартылады."
LangString ShortcutName ${LANG_ENGLISH} "akimat_desk - register of peaceful assemblies"
LangString ShortcutName ${LANG_RUSSIAN} "akimat_desk - журнал мирных собраний"
LangString ShortcutName ${LANG_KAZAKH} "akimat_desk - бейбіт жиналыстар журналы"

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "akimat_desk" SecMain
  SetOutPath "$INSTDIR"
  IfFileExists "$INSTDIR\${APPEXE}" 0 +3
    DetailPrint "$(Upgrading)"
    RMDir /r "$INSTDIR\_internal"  ; the old bundle's libraries; the register is not here
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\akimat_desk"
  CreateShortcut "$SMPROGRAMS\akimat_desk\$(ShortcutName).lnk" "$INSTDIR\${APPEXE}" "gui"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "akimat_desk"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "akimat_desk"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${APPEXE}"
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  WriteRegStr SHCTX "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  DetailPrint "$(KeepData)"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\akimat_desk\*.lnk"
  RMDir "$SMPROGRAMS\akimat_desk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APPEXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  DeleteRegKey SHCTX "Software\${APPNAME}"
  DetailPrint "$(KeepData)"  ; %LOCALAPPDATA%\akimat_desk is deliberately left in place
SectionEnd
