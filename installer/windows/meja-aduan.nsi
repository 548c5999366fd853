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
;   meja-aduan-0.1.0-setup.exe /S /OFFICESERVER[=PORT]
;       also makes this PC the office server (the option "Office server" on the components
;       page): a scheduled task, "Meja Aduan\Office server", runs `meja-aduan-sync.exe
;       office-server serve` as SYSTEM at every start-up (port 8443 unless given), its register
;       in %ProgramData%\MejaAduan\office\register, a folder only SYSTEM and administrators may
;       read; the Windows firewall lets desks reach the port (domain and private networks).
;       docs/office-mode.md has what to do after its first start (the recovery key).
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
!define OFFICE_TASK "Meja Aduan\Office server"
!define OFFICE_FIREWALL_RULE "Meja Aduan office server"
!define OFFICE_PORT_DEFAULT "8443"

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
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"

Var Provision
Var OfficePort
Var OfficeDir

Section "Program" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An office server running from this folder holds its files open: stop it for the upgrade
  ; (ending the task ends its processes; the register is transactional), start it again below.
  nsExec::Exec '"$SYSDIR\schtasks.exe" /End /TN "${OFFICE_TASK}"'
  Pop $0
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

; Unticked unless /OFFICESERVER: one PC per office serves the register (docs/office-mode.md).
Section /o "Office server (starts with Windows)" SecOffice
  ; Only SYSTEM and administrators: the register, its certificate's key, and what the first
  ; start prints (the recovery key). By SID, so that a Windows in Indonesian finds the names.
  CreateDirectory "$OfficeDir\register"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$OfficeDir" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F'
  Pop $0
  ${If} $0 != 0
    DetailPrint "icacls failed (exit code $0): $OfficeDir is not restricted"
    SetErrorLevel 1
  ${EndIf}
  ; What the task runs, kept if IT staff changed it (--office-code, --address, a certificate):
  ; a script in the restricted folder, so that no other user can change what SYSTEM runs.
  ; Its output, with the recovery key of the first start, goes to server-console.log there.
  ${IfNot} ${FileExists} "$OfficeDir\start-office-server.cmd"
    FileOpen $1 "$OfficeDir\start-office-server.cmd" w
    FileWrite $1 "@echo off$\r$\n"
    FileWrite $1 "rem Meja Aduan office server, started by the scheduled task ${OFFICE_TASK}.$\r$\n"
    FileWrite $1 "rem Add options at the end of the serve line (docs/office-mode.md).$\r$\n"
    FileWrite $1 "set KEYFILE=$\r$\n"
    FileWrite $1 'if exist "%~dp0recovery-key.txt" set KEYFILE=--recovery-key-file "%~dp0recovery-key.txt"$\r$\n'
    FileWrite $1 '"$INSTDIR\meja-aduan-sync.exe" office-server serve --data-dir "%~dp0register" --port $OfficePort %KEYFILE% >> "%~dp0server-console.log" 2>&1$\r$\n'
    FileClose $1
  ${EndIf}
  ; The task as XML: schtasks' own options would stop the server after 72 hours, and on
  ; battery. Task Scheduler reads XML as UTF-16.
  InitPluginsDir
  FileOpen $1 "$PLUGINSDIR\office-task.xml" w
  FileWriteWord $1 0xFEFF
  FileWriteUTF16LE $1 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
  FileWriteUTF16LE $1 '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">$\r$\n'
  FileWriteUTF16LE $1 '<RegistrationInfo><Description>Meja Aduan: the office register for the desks (docs/office-mode.md)</Description></RegistrationInfo>$\r$\n'
  FileWriteUTF16LE $1 '<Triggers><BootTrigger><Enabled>true</Enabled><Delay>PT30S</Delay></BootTrigger></Triggers>$\r$\n'
  FileWriteUTF16LE $1 '<Principals><Principal id="Author"><UserId>S-1-5-18</UserId><RunLevel>HighestAvailable</RunLevel></Principal></Principals>$\r$\n'
  FileWriteUTF16LE $1 '<Settings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>'
  FileWriteUTF16LE $1 '<DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries><StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>'
  FileWriteUTF16LE $1 '<StartWhenAvailable>true</StartWhenAvailable><ExecutionTimeLimit>PT0S</ExecutionTimeLimit>'
  FileWriteUTF16LE $1 '<RestartOnFailure><Interval>PT1M</Interval><Count>999</Count></RestartOnFailure><Priority>5</Priority></Settings>$\r$\n'
  FileWriteUTF16LE $1 '<Actions Context="Author"><Exec><Command>$SYSDIR\cmd.exe</Command>'
  FileWriteUTF16LE $1 '<Arguments>/d /c "$OfficeDir\start-office-server.cmd"</Arguments></Exec></Actions>$\r$\n'
  FileWriteUTF16LE $1 '</Task>$\r$\n'
  FileClose $1
  nsExec::ExecToLog '"$SYSDIR\schtasks.exe" /Create /F /TN "${OFFICE_TASK}" /XML "$PLUGINSDIR\office-task.xml"'
  Pop $0
  ${If} $0 != 0
    DetailPrint "schtasks /Create failed (exit code $0)"
    MessageBox MB_ICONEXCLAMATION "The office server's scheduled task could not be created (exit code $0)." /SD IDOK
    SetErrorLevel $0
  ${Else}
    nsExec::ExecToLog '"$SYSDIR\netsh.exe" advfirewall firewall delete rule name="${OFFICE_FIREWALL_RULE}"'
    Pop $0
    nsExec::ExecToLog '"$SYSDIR\netsh.exe" advfirewall firewall add rule name="${OFFICE_FIREWALL_RULE}" dir=in action=allow protocol=TCP localport=$OfficePort profile=domain,private'
    Pop $0
    DetailPrint "Office server: task ${OFFICE_TASK}, port $OfficePort, register in $OfficeDir\register"
  ${EndIf}
SectionEnd

; After the sections: it selects one of them.
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
  StrCpy $OfficePort "${OFFICE_PORT_DEFAULT}"
  ClearErrors
  ${GetOptions} $R0 "/OFFICESERVER" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecOffice} ${SF_SELECTED}
    ; /OFFICESERVER=9443 gives "=9443"
    StrCpy $R2 $R1 1
    ${If} $R2 == "="
      StrCpy $OfficePort $R1 "" 1
    ${EndIf}
  ${EndIf}
  StrCpy $OfficeDir "$APPDATA\MejaAduan\office" ; all users' AppData: %ProgramData%
FunctionEnd

; Last: the office server of an earlier installation, or the one just set up, (re)starts now.
Section "-Start the office server"
  nsExec::Exec '"$SYSDIR\schtasks.exe" /Query /TN "${OFFICE_TASK}"'
  Pop $0
  ${If} $0 == 0
    nsExec::ExecToLog '"$SYSDIR\schtasks.exe" /Run /TN "${OFFICE_TASK}"'
    Pop $0
  ${EndIf}
SectionEnd

Section "un.Program" SecUnProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; The office server's task and firewall rule go; its register (%ProgramData%\MejaAduan\
  ; office) stays, as the desks do: it is the office's records.
  nsExec::Exec '"$SYSDIR\schtasks.exe" /End /TN "${OFFICE_TASK}"'
  Pop $0
  nsExec::Exec '"$SYSDIR\schtasks.exe" /Delete /F /TN "${OFFICE_TASK}"'
  Pop $0
  nsExec::Exec '"$SYSDIR\netsh.exe" advfirewall firewall delete rule name="${OFFICE_FIREWALL_RULE}"'
  Pop $0
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

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "Meja Aduan for the desks of this PC."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecOffice} "Makes this PC the office server: it starts with Windows (scheduled task, port ${OFFICE_PORT_DEFAULT}) and keeps the office register in %ProgramData%\MejaAduan\office. One PC per office."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnProgram} "The program files, Start-menu entry and registration."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnData} "Deletes %LOCALAPPDATA%\${DATA_FOLDER} of the user running this: every desk, attachment and backup there. Make a backup first."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
