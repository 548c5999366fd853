; Meja Aduan: Windows installer (NSIS 3, Unicode). Built from the PyInstaller one-folder bundle
; (installer/README.md has the steps on a Windows machine):
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\dist\meja-aduan /DOUTFILE=..\..\dist\meja-aduan-0.1.0-setup.exe meja-aduan.nsi
;
; Per-machine: Program Files, Start-menu entry for all users, an uninstaller registered in
; Add/Remove Programs. Silent use for IT staff:
;
;   meja-aduan-0.1.0-setup.exe /S [/PROVISION=C:\path\desk.toml] [/D=C:\other\folder]
;       after installing, runs `meja-aduan.exe provision --for-all-users <file>`: the file is
;       checked and copied to $INSTDIR\desk.toml (only administrators may write there), which
;       the set-up of every new desk on the PC (each Windows user has their own) offers; the
;       installer's exit code is that command's when it fails (and 0 otherwise)
;   "C:\Program Files\Meja Aduan\uninstall.exe" /S [/PURGE]
;       removes the program; the desks (each user's %LOCALAPPDATA%\MejaAduan\meja-aduan) are kept
;       unless /PURGE is given (or the box is ticked), which deletes the data of the user
;       running the uninstaller

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (desktop/__init__.py's __version__)"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\meja-aduan"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\meja-aduan-${VERSION}-setup.exe"
!endif

!define APP "Meja Aduan"
!define PUBLISHER "Meja Aduan team"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MejaAduan"
!define DATA_PARENT "MejaAduan"          ; desktop/app/paths.py: ORGANIZATION
!define DATA_FOLDER "MejaAduan\meja-aduan" ; ... / APPLICATION (AppLocalDataLocation)

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ShowInstDetails show
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "..\icons\meja-aduan.ico"
!define MUI_UNICON "..\icons\meja-aduan.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\meja-aduan.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"

Var Provision

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PROVISION=" $Provision
  ${If} ${Errors}
    StrCpy $Provision ""
  ${EndIf}
FunctionEnd

Section "Program" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundle whole: no library of the old version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE}\meja-aduan.exe"
  File "${BUNDLE}\meja-aduan-sync.exe"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\meja-aduan.exe" "" "$INSTDIR\meja-aduan.exe" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\meja-aduan.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ${If} $Provision != ""
    DetailPrint "Provisioning from $Provision"
    ; The application's command (python -m desktop provision --for-all-users FILE). Not a
    ; desk for the installing account: each user sets up their own at its first start, with
    ; this file offered, and keeps its administrator password and recovery key.
    ExecWait '"$INSTDIR\meja-aduan.exe" provision --for-all-users "$Provision"' $0
    ${If} $0 != 0
      DetailPrint "meja-aduan.exe provision failed (exit code $0)"
      MessageBox MB_ICONEXCLAMATION "Provisioning from $Provision failed (exit code $0)." /SD IDOK
      SetErrorLevel $0
    ${EndIf}
  ${EndIf}
SectionEnd

Section "un.Program" SecUnProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\meja-aduan.exe"
  Delete "$INSTDIR\meja-aduan-sync.exe"
  Delete "$INSTDIR\uninstall.exe"
  ; The desk configuration /PROVISION left for every user: it belongs to this installation (an
  ; upgrade keeps it; it is not in _internal).
  Delete "$INSTDIR\desk.toml"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd

; Unticked unless /PURGE: the desks are the office's records.
Section /o "un.Also delete my desk data (database, attachments, backups)" SecUnData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${DATA_FOLDER}"
  RMDir "$LOCALAPPDATA\${DATA_PARENT}"
  DeleteRegKey HKCU "Software\${DATA_PARENT}"
  SetShellVarContext all
SectionEnd

; After the sections: it selects one of them.
Function un.onInit
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecUnData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnProgram} "The program files, Start-menu entry and registration."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnData} "Deletes %LOCALAPPDATA%\${DATA_FOLDER} of the user running this: every desk, attachment and backup there. Make a backup first."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
