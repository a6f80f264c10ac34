# bulwark-probe: basic
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# First facts about a Windows host (Windows PowerShell 5.1 over WinRM), gathered in one remote command when the
# console adds or reconnects a host: what it is, its name and how long it has been up. Read-only. Prints ONE line of
# JSON, ASCII only (other characters as \uXXXX, so the console code page cannot garble them), ending with
# "end": true; Facts::BasicFacts::parseWindows() reads it. The full audit is resources/probes/windows.ps1.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$facts = [ordered]@{}
try {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $facts.caption = [string]$os.Caption
    $facts.version = [string]$os.Version
    $facts.build = [int]$os.BuildNumber
    $facts.uptimeSeconds = [int64]((Get-Date) - $os.LastBootUpTime).TotalSeconds
} catch { $facts.osError = [string]$_.Exception.Message }
try {
    $facts.ubr = [int](Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name UBR).UBR
} catch { }
try {
    $cs = Get-CimInstance -ClassName Win32_ComputerSystem
    $facts.domain = [string]$cs.Domain
    $facts.partOfDomain = [bool]$cs.PartOfDomain
} catch { }
$facts.hostname = [string]$env:COMPUTERNAME
$facts.architecture = [string]$env:PROCESSOR_ARCHITECTURE
$facts.user = [string][Security.Principal.WindowsIdentity]::GetCurrent().Name
$facts.end = $true
$json = ConvertTo-Json -InputObject $facts -Compress
# Written straight to stdout, past the host's formatting (which may wrap a long line at the console's width).
[Console]::Out.WriteLine([regex]::Replace($json, '[^\x00-\x7F]', { param($m) '\u{0:x4}' -f [int][char]$m.Value }))
[Console]::Out.Flush()
