; Inno Setup script: OpnameStudio for Windows (build procedure: installer/windows/BUILD.md).
;
; Input: dist\opnamestudio\ from `pyinstaller installer\opnamestudio.spec` on a Windows build
; machine (PyInstaller cannot cross-compile). Output: dist\OpnameStudio-<version>-setup.exe.
; Installs per machine by default (IT departments); `/CURRENTUSER` installs for one user without
; admin rights. Silent: OpnameStudio-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstalling removes the program only, never the user's recordings, keys or settings.

#define AppName "OpnameStudio"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root ".."

[Setup]
; A fixed AppId: upgrades replace the old version instead of installing beside it.
AppId={{6A0C5E0B-3E39-4C2E-9B5F-0D3A1F6E2B71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OpnameStudio
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=opnamestudio.ico
UninstallDisplayIcon={app}\opnamestudio.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Code signing (BUILD.md): ISCC /DSign "/Ssigntool=signtool sign ... $f" signs the setup program
; and the uninstaller with the sign tool named "signtool".
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\..\dist\opnamestudio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\opnamestudio.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\opnamestudio.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\opnamestudio.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
