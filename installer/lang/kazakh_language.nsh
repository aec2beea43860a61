; kazakh_language.nsh - Kazakh (kk, LANGID 1087 / 0x043F) for the akimat_desk installer
;
; Debian's nsis 3.08 package ships no Kazakh language files, so Kazakh.nlf and
; Kazakh.nsh live next to this file (installer/lang/) and are loaded from here
; instead of "${NSISDIR}\Contrib\Language files".
;
; Usage in akimat_desk.nsi (after all MUI_PAGE_* / MUI_UNPAGE_* macros, i.e.
; exactly where MUI_LANGUAGE lines go; the script must be Unicode, which is
; makensis 3.08's default - do not put "Unicode false" in the script):
;
;   !include "MUI2.nsh"
;   ...pages...
;   !insertmacro MUI_LANGUAGE "English"
;   !insertmacro MUI_LANGUAGE "Russian"
;   !include "lang\kazakh_language.nsh"
;   !insertmacro AKIMAT_MUI_LANGUAGE_FROM_FILE
;
; The relative include path is resolved against the .nsi file's folder
; (installer/); add `!addincludedir "lang"` if you prefer `!include "kazakh_language.nsh"`.
; After the macro, ${LANG_KAZAKH} (= 1087) can be used in LangString lines,
; and Kazakh appears in MUI_LANGDLL_DISPLAY like any built-in language.
;
; What the macro does: the same as MUI_LANGUAGE "Kazakh" would if the files
; were in the NSIS folder - LoadLanguageFile on Kazakh.nlf, then
; LANGFILE_INCLUDE_WITHDEFAULT on Kazakh.nsh (English.nsh as fallback; all
; strings are translated, so no fallback warning is printed), then adds the
; language to the MUI_LANGDLL_LANGUAGES list. It calls MUI2's own
; MUI_LANGUAGEEX macro with this folder as LangDir.

!ifndef AKIMAT_KAZAKH_LANGUAGE_NSH
!define AKIMAT_KAZAKH_LANGUAGE_NSH

; Folder that holds this file, Kazakh.nlf and Kazakh.nsh (set when the file is included).
!define AKIMAT_KAZAKH_LANGDIR "${__FILEDIR__}"

!macro AKIMAT_MUI_LANGUAGE_FROM_FILE

  !ifndef MUI_INCLUDED
    !error "AKIMAT_MUI_LANGUAGE_FROM_FILE: !include MUI2.nsh (and insert the pages) first"
  !endif
  !if ${NSIS_CHAR_SIZE} < 2
    !error "AKIMAT_MUI_LANGUAGE_FROM_FILE: Kazakh letters (ә ғ қ ң ө ұ ү һ) are not in codepage 1251; build a Unicode installer (remove 'Unicode false')"
  !endif

  !insertmacro MUI_LANGUAGEEX "${AKIMAT_KAZAKH_LANGDIR}" "Kazakh"

!macroend

!endif ; AKIMAT_KAZAKH_LANGUAGE_NSH
