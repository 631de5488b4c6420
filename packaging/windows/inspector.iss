; Inno Setup 6 script: the Windows installer of Inspector (per user, no administrator rights).
;
;   iscc packaging\windows\inspector.iss                      (version read from inspector.exe)
;   iscc /DAppVersion=0.1.0 packaging\windows\inspector.iss
;
; Input: dist\inspector\ built by PyInstaller on Windows (packaging\inspector.spec).
; Output: dist\inspector-VERSION-setup.exe. Steps and what was not tested: BUILD.md.
;
; Where things go (platformdirs' folders for appname "Inspector", appauthor "Inspector"):
;   program     %LOCALAPPDATA%\Programs\Inspector            ({userpf}; removed by uninstall)
;   data        %LOCALAPPDATA%\Inspector\Inspector           (database, evidence, settings; kept)
;   logs        %LOCALAPPDATA%\Inspector\Inspector\Logs      (kept)
; The uninstaller removes only the files it installed, so the user's inspections stay.

#define AppName "Inspector"
#define AppExe "inspector.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(Root + "\dist\inspector\" + AppExe)
#endif
#define HaveVietnamese FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{86F345E2-DB67-4D0F-9646-7B06F32D320E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Inspector project
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
UsePreviousAppDir=yes
OutputDir={#Root}\dist
OutputBaseFilename=inspector-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\inspector.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 (1809) or later.
MinVersion=10.0.17763
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
#if HaveVietnamese
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DataKept=Your inspections, evidence files and settings were kept in:%n%1%n%nDelete that folder yourself only if you no longer need them.
#if HaveVietnamese
vietnamese.DataKept=Các cuộc kiểm tra, tệp minh chứng và thiết lập của bạn vẫn được giữ trong thư mục:%n%1%n%nChỉ tự xóa thư mục đó khi bạn không còn cần đến chúng.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\inspector\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// After uninstalling, say where the data stayed (not in silent mode: IT scripts need no dialog).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Inspector\Inspector')]),
           mbInformation, MB_OK);
end;
