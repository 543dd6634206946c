; Inno Setup 6 script for the installed Windows flavour of Parole Desktop.
; Built by packaging/build.py on Windows when ISCC.exe is found (the release workflow installs it):
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\package\dist\parole-desktop /DOutputDir=dist ^
;        /DIconFile=build\package\icons\parole-desktop.ico packaging\windows\parole-desktop.iss
; Per-user install by default (no admin rights needed on a shared clinic laptop); the vault lives in
; %LOCALAPPDATA%\parole-desktop and is NOT removed on uninstall (it is the user's data).
; NOT run on the machine this was written on (Linux only): see docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\package\dist\parole-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\package\icons\parole-desktop.ico"
#endif

[Setup]
AppId={{6B7C1E7A-3F0D-4C55-9B8E-2E5A0C9D4F11}
AppName=Parole Desktop
AppVersion={#AppVersion}
AppPublisher=Parole Desktop maintainers
DefaultDirName={autopf}\Parole Desktop
DefaultGroupName=Parole Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=parole-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\parole-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder; never the portable marker (installed = user data folder)
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "parole-desktop-portable,data\*"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Parole Desktop"; Filename: "{app}\parole-desktop.exe"
Name: "{autodesktop}\Parole Desktop"; Filename: "{app}\parole-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\parole-desktop.exe"; Description: "{cm:LaunchProgram,Parole Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only the program folder; the vault in %LOCALAPPDATA%\parole-desktop stays
Type: filesandordirs; Name: "{app}"
