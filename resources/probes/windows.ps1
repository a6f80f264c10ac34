# bulwark-probe: windows
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# The Windows audit probe: everything resources/rules/FACTS-windows.md lists, gathered in ONE remote command
# (Windows PowerShell 5.1 over WinRM, Windows Server 2016 to 2025). Prints ONE JSON document on stdout, ASCII only
# (every other character as \uXXXX, so the console code page cannot garble it); Facts::WindowsFacts::parse() checks
# it field by field.
#
# Read-only: it changes nothing, talks to no other host (the Windows Update search is offline) and never reads a
# password or secret (autologon: only whether AutoAdminLogon is 1; the Winlogon key is opened for that one value).
# Each section runs in its own try/catch: a failure leaves "<section>: <message>" in probe.errors and the section
# absent, never a guessed default.
#
# It runs as `powershell -Command -` with the script on stdin (too long for -EncodedCommand), where PowerShell
# reads line by line and a blank line ends a statement that spans lines. So everything is ONE script block, and
# Facts::WindowsFacts::probeCommand() drops the blank lines of this file before sending it: the block reaches
# PowerShell whole. Keep it that way (no here-strings).
& {
$ErrorActionPreference = 'Stop'
# The CDXML cmdlets (NetSecurity, SmbShare, NetTCPIP, Defender, BitLocker) are script-module functions, which do not
# see the caller's $ErrorActionPreference: their errors would go to stderr and the section carry on without the
# data. A default -ErrorAction reaches them; an explicit -ErrorAction still wins.
$PSDefaultParameterValues = @{ '*:ErrorAction' = 'Stop' }
$ProgressPreference = 'SilentlyContinue'
$WarningPreference = 'SilentlyContinue'
$VerbosePreference = 'SilentlyContinue'
$InformationPreference = 'SilentlyContinue'
$now = Get-Date
$facts = [ordered]@{}
$probeErrors = New-Object System.Collections.Generic.List[string]

# ---- helpers

function Add-ProbeError([string]$Section, $Record) {
    $message = [string]$Record.Exception.Message
    $command = $null
    if ($null -ne $Record.InvocationInfo -and $null -ne $Record.InvocationInfo.MyCommand) {
        $command = [string]$Record.InvocationInfo.MyCommand.Name
    }
    if ($command) { $message = $command + ': ' + $message }
    $probeErrors.Add($Section + ': ' + $message)
}

# Runs one section; its last output becomes facts.<name>, a failure a line in probe.errors.
function Invoke-Section([string]$Name, [scriptblock]$Body) {
    try {
        $out = @(& $Body)
        if ($out.Count -gt 0 -and $null -ne $out[-1]) { $facts[$Name] = $out[-1] }
    } catch {
        Add-ProbeError $Name $_
    }
}

# One registry value (the key opened for that value only), $null when the key or the value is absent.
function Get-RegValue([string]$Path, [string]$Name) {
    $key = Get-Item -LiteralPath $Path -ErrorAction SilentlyContinue
    if ($null -eq $key) { return $null }
    return $key.GetValue($Name, $null)
}

function To-Flag($Value) {
    if ($null -eq $Value) { return $null }
    return ([int64]$Value -ne 0)
}

function To-Int($Value) {
    if ($null -eq $Value -or [string]$Value -eq '') { return $null }
    return [int64]$Value
}

function To-Days($Date) {
    if ($null -eq $Date -or $Date -isnot [datetime] -or $Date.Year -lt 1980) { return $null }
    $days = [int64][math]::Floor(($now - $Date).TotalDays)
    if ($days -lt 0) { $days = [int64]0 }
    return $days
}

# Runs a native program with the preference relaxed: Windows PowerShell 5.1 turns each line a native program writes
# to stderr into an error record once stderr is redirected, and $ErrorActionPreference = 'Stop' would make the first
# one end the section. Returns its stdout lines, its stderr text and its exit code; the caller decides.
function Read-NativeCommand([string]$FilePath, [string[]]$Arguments) {
    if (-not (Get-Command -Name $FilePath -CommandType Application -ErrorAction SilentlyContinue)) {
        throw ('{0} was not found' -f $FilePath)
    }
    $ErrorActionPreference = 'Continue'
    $global:LASTEXITCODE = 0
    $stdout = New-Object System.Collections.Generic.List[string]
    $stderr = New-Object System.Collections.Generic.List[string]
    foreach ($line in @(& $FilePath @Arguments 2>&1)) {
        if ($line -is [System.Management.Automation.ErrorRecord]) { $stderr.Add([string]$line.Exception.Message) }
        elseif ($null -ne $line) { $stdout.Add([string]$line) }
    }
    return [pscustomobject]@{ Output = $stdout; Error = (($stderr -join ' ').Trim()); ExitCode = $LASTEXITCODE }
}

# Deletes one of the probe's own temporary files (the secedit and auditpol exports): the one deletion it makes.
function Clear-ProbeTemp([string]$inf) {
    if (Test-Path -LiteralPath $inf) { Remove-Item -LiteralPath $inf -Force }
}

# A list of strings, never $null and never unrolled by the caller.
function To-StringList($Value) {
    $list = New-Object System.Collections.Generic.List[string]
    foreach ($item in @($Value)) {
        if ($null -ne $item) { $list.Add([string]$item) }
    }
    return ,$list
}

function Add-JsonString([System.Text.StringBuilder]$Builder, [string]$Text) {
    $escaped = $Text.Replace('\', '\\').Replace('"', '\"')
    $escaped = [regex]::Replace($escaped, '[^\x20-\x7e]', { param($m) '\u{0:x4}' -f [int][char]$m.Value })
    [void]$Builder.Append('"').Append($escaped).Append('"')
}

# JSON by hand: ConvertTo-Json in 5.1 writes enums as numbers, dates as \/Date()\/ and non-ASCII unescaped.
function Add-Json([System.Text.StringBuilder]$Builder, $Value) {
    if ($null -eq $Value) { [void]$Builder.Append('null'); return }
    if ($Value -is [bool]) {
        if ($Value) { [void]$Builder.Append('true') } else { [void]$Builder.Append('false') }
        return
    }
    if ($Value -is [int32] -or $Value -is [int64] -or $Value -is [uint32] -or $Value -is [uint64] -or
        $Value -is [int16] -or $Value -is [uint16] -or $Value -is [byte] -or $Value -is [sbyte]) {
        [void]$Builder.Append($Value.ToString([Globalization.CultureInfo]::InvariantCulture))
        return
    }
    if ($Value -is [double] -or $Value -is [single] -or $Value -is [decimal]) {
        [void]$Builder.Append(([int64][math]::Round([double]$Value)).ToString([Globalization.CultureInfo]::InvariantCulture))
        return
    }
    if ($Value -is [string] -or $Value -is [char]) { Add-JsonString $Builder ([string]$Value); return }
    if ($Value -is [System.Collections.IDictionary]) {
        [void]$Builder.Append('{')
        $first = $true
        foreach ($key in $Value.Keys) {
            if (-not $first) { [void]$Builder.Append(',') }
            $first = $false
            Add-JsonString $Builder ([string]$key)
            [void]$Builder.Append(':')
            Add-Json $Builder $Value[$key]
        }
        [void]$Builder.Append('}')
        return
    }
    if ($Value -is [System.Collections.IEnumerable]) {
        [void]$Builder.Append('[')
        $first = $true
        foreach ($item in $Value) {
            if (-not $first) { [void]$Builder.Append(',') }
            $first = $false
            Add-Json $Builder $item
        }
        [void]$Builder.Append(']')
        return
    }
    Add-JsonString $Builder ([string]$Value)
}

# ---- probe: who runs it

$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$probe = [ordered]@{ version = 1; platform = 'windows'; complete = $false; elevated = $null; user = $null; userSid = $null }
try {
    $principal = New-Object Security.Principal.WindowsPrincipal($identity)
    $probe.elevated = [bool]$principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
    $probe.user = [string]$identity.Name
    $probe.userSid = [string]$identity.User.Value
} catch {
    Add-ProbeError 'probe' $_
}
$facts['probe'] = $probe

# ---- os, host

Invoke-Section 'os' {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $current = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    $productType = switch ([int]$os.ProductType) { 1 { 'workstation' } 2 { 'domainController' } 3 { 'server' } default { [string]$os.ProductType } }
    [ordered]@{
        family = 'windows'
        caption = [string]$os.Caption
        version = [string]$os.Version
        build = To-Int $os.BuildNumber
        ubr = To-Int (Get-RegValue $current 'UBR')
        productType = $productType
        installDateDays = To-Days $os.InstallDate
        edition = [string](Get-RegValue $current 'EditionID')
    }
}

Invoke-Section 'host' {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $cs = Get-CimInstance -ClassName Win32_ComputerSystem
    [ordered]@{
        hostname = [string]$env:COMPUTERNAME
        domain = [string]$cs.Domain
        partOfDomain = [bool]$cs.PartOfDomain
        uptimeSeconds = [int64][math]::Floor(($now - $os.LastBootUpTime).TotalSeconds)
        powershellVersion = [string]$PSVersionTable.PSVersion
    }
}

# ---- services (Win32_Service; StartMode "Auto" printed as the contract's "Automatic", "Start Pending" as "StartPending")

Invoke-Section 'services' {
    $list = New-Object System.Collections.Generic.List[object]
    $truncated = $false
    foreach ($s in @(Get-CimInstance -ClassName Win32_Service)) {
        if ($list.Count -ge 2000) { $truncated = $true; break }
        $startMode = [string]$s.StartMode
        if ($startMode -eq 'Auto') { $startMode = 'Automatic' }
        $delayed = $s.DelayedAutoStart
        if ($null -eq $delayed) {
            $delayed = $false
            if ($startMode -eq 'Automatic') {
                $delayed = [bool](To-Flag (Get-RegValue ('HKLM:\SYSTEM\CurrentControlSet\Services\' + $s.Name) 'DelayedAutostart'))
            }
        }
        $list.Add([ordered]@{
            name = [string]$s.Name
            displayName = [string]$s.DisplayName
            startMode = $startMode
            delayedAutoStart = [bool]$delayed
            state = ([string]$s.State).Replace(' ', '')
            account = [string]$s.StartName
            path = [string]$s.PathName
        })
    }
    $facts['servicesTruncated'] = $truncated
    ,$list
}

# ---- accounts, groups (by well-known SID: Administrators S-1-5-32-544, Remote Desktop Users S-1-5-32-555)

Invoke-Section 'accounts' {
    $list = New-Object System.Collections.Generic.List[object]
    $truncated = $false
    foreach ($u in @(Get-LocalUser)) {
        if ($list.Count -ge 1000) { $truncated = $true; break }
        $sid = [string]$u.SID.Value
        $list.Add([ordered]@{
            name = [string]$u.Name
            sid = $sid
            rid = To-Int ($sid.Split('-')[-1])
            enabled = [bool]$u.Enabled
            passwordRequired = [bool]$u.PasswordRequired
            passwordExpires = ($null -ne $u.PasswordExpires)
            passwordAgeDays = To-Days $u.PasswordLastSet
            lastLogonDays = To-Days $u.LastLogon
            userMayChangePassword = [bool]$u.UserMayChangePassword
            description = [string]$u.Description
        })
    }
    $facts['accountsTruncated'] = $truncated
    ,$list
}

# Get-LocalGroupMember fails on a group holding an orphaned SID; the WinNT provider then lists the members.
function Get-GroupMembers([string]$Sid) {
    $list = New-Object System.Collections.Generic.List[object]
    try {
        foreach ($m in @(Get-LocalGroupMember -SID $Sid)) {
            if ($list.Count -ge 1000) { break }
            $list.Add([ordered]@{ name = [string]$m.Name; sid = [string]$m.SID.Value; class = [string]$m.ObjectClass; source = [string]$m.PrincipalSource })
        }
    } catch {
        $list.Clear()
        $groupName = (New-Object Security.Principal.SecurityIdentifier($Sid)).Translate([Security.Principal.NTAccount]).Value.Split('\')[-1]
        $group = [ADSI]('WinNT://' + $env:COMPUTERNAME + '/' + $groupName + ',group')
        foreach ($member in @($group.Invoke('Members'))) {
            if ($list.Count -ge 1000) { break }
            $type = $member.GetType()
            $bytes = $type.InvokeMember('objectSid', 'GetProperty', $null, $member, $null)
            $memberSid = (New-Object Security.Principal.SecurityIdentifier($bytes, 0)).Value
            $path = [string]$type.InvokeMember('ADsPath', 'GetProperty', $null, $member, $null)
            # WinNT://DOMAIN/user, WinNT://WORKGROUP/HOST/user for a local account, WinNT://S-1-5-... for an
            # orphaned SID: printed as DOMAIN\user, HOST\user or the SID, as Get-LocalGroupMember does.
            $parts = @(($path -replace '^WinNT://', '').Split('/') | Where-Object { $_ })
            $name = if ($parts.Count -ge 2) { $parts[-2] + '\' + $parts[-1] } else { [string]($parts -join '') }
            $list.Add([ordered]@{ name = $name; sid = $memberSid; class = [string]$type.InvokeMember('Class', 'GetProperty', $null, $member, $null); source = 'Unknown' })
        }
    }
    return ,$list
}

Invoke-Section 'groups' {
    [ordered]@{
        administrators = Get-GroupMembers 'S-1-5-32-544'
        remoteDesktopUsers = Get-GroupMembers 'S-1-5-32-555'
    }
}

# ---- password and lockout policy: secedit /export (language-neutral), net accounts when secedit cannot run

$systemAccess = $null
try {
    $inf = Join-Path ([IO.Path]::GetTempPath()) ('bulwark-' + [guid]::NewGuid().ToString('N') + '.inf')
    try {
        $run = Read-NativeCommand 'secedit.exe' @('/export', '/cfg', $inf, '/areas', 'SECURITYPOLICY', '/quiet')
        # Its exit code is not 0 when it only warns ("completed with warnings"): the file it wrote counts.
        if (-not (Test-Path -LiteralPath $inf)) {
            throw ('secedit /export exited with code {0}: {1}' -f $run.ExitCode, $run.Error)
        }
        $systemAccess = @{}
        $inSection = $false
        foreach ($line in [IO.File]::ReadAllLines($inf)) {
            if ($line -match '^\s*\[(.+)\]\s*$') { $inSection = ($Matches[1] -eq 'System Access'); continue }
            if ($inSection -and $line -match '^\s*(\w+)\s*=\s*(-?\d+)\s*$') { $systemAccess[$Matches[1]] = [int64]$Matches[2] }
        }
        if ($systemAccess.Count -eq 0) {
            $systemAccess = $null
            throw ('secedit /export (exit code {0}) wrote no [System Access] values' -f $run.ExitCode)
        }
    } finally {
        Clear-ProbeTemp $inf
    }
} catch {
    Add-ProbeError 'passwordPolicy' $_
}

$netAccounts = @{}
if ($null -eq $systemAccess) {
    try {
        $run = Read-NativeCommand 'net.exe' @('accounts')
        if ($run.ExitCode -ne 0) { throw ('net accounts exited with code {0}: {1}' -f $run.ExitCode, $run.Error) }
        foreach ($line in $run.Output) {
            if ($line -match '^(.+?):\s+(\S+)\s*$') { $netAccounts[$Matches[1].Trim()] = $Matches[2] }
        }
        # Its labels are localised: a host that does not print the English ones gives no policy, not a guessed one.
        if (-not $netAccounts.ContainsKey('Minimum password length') -or -not $netAccounts.ContainsKey('Lockout threshold')) {
            $netAccounts = @{}
            throw 'net accounts printed no English labels (a localised host); the policy stays unknown'
        }
    } catch {
        Add-ProbeError 'passwordPolicy' $_
    }
}

function Get-NetAccountsNumber([string]$Label, $Never) {
    $value = $netAccounts[$Label]
    if ($null -eq $value) { return $null }
    if ($value -match '^\d+$') { return [int64]$value }
    return $Never
}

if ($null -ne $systemAccess) {
    $maxAge = $systemAccess['MaximumPasswordAge']
    if ($maxAge -le 0) { $maxAge = $null }
    $facts['passwordPolicy'] = [ordered]@{
        minLength = $systemAccess['MinimumPasswordLength']
        maxAgeDays = $maxAge
        minAgeDays = $systemAccess['MinimumPasswordAge']
        history = $systemAccess['PasswordHistorySize']
        complexity = To-Flag $systemAccess['PasswordComplexity']
        reversibleEncryption = To-Flag $systemAccess['ClearTextPassword']
    }
    $facts['lockoutPolicy'] = [ordered]@{
        threshold = $systemAccess['LockoutBadCount']
        durationMinutes = $systemAccess['LockoutDuration']
        windowMinutes = $systemAccess['ResetLockoutCount']
    }
} elseif ($netAccounts.Count -gt 0) {
    $facts['passwordPolicy'] = [ordered]@{
        minLength = Get-NetAccountsNumber 'Minimum password length' $null
        maxAgeDays = Get-NetAccountsNumber 'Maximum password age (days)' $null
        minAgeDays = Get-NetAccountsNumber 'Minimum password age (days)' $null
        history = Get-NetAccountsNumber 'Length of password history maintained' ([int64]0)
    }
    # As secedit: no duration and window without a threshold (net accounts prints the unused values anyway).
    $threshold = Get-NetAccountsNumber 'Lockout threshold' ([int64]0)
    $lockout = [ordered]@{ threshold = $threshold; durationMinutes = $null; windowMinutes = $null }
    if ($threshold -gt 0) {
        $lockout.durationMinutes = Get-NetAccountsNumber 'Lockout duration (minutes)' ([int64]-1)
        $lockout.windowMinutes = Get-NetAccountsNumber 'Lockout observation window (minutes)' $null
    }
    $facts['lockoutPolicy'] = $lockout
}

# ---- firewall (the active store: local settings merged with Group Policy; enabled rules only)

function Get-GpoFlag($Value) {
    switch ([string]$Value) { 'True' { return $true } 'False' { return $false } default { return $null } }
}

Invoke-Section 'firewall' {
    $profiles = New-Object System.Collections.Generic.List[object]
    foreach ($p in @(Get-NetFirewallProfile -PolicyStore ActiveStore)) {
        $profiles.Add([ordered]@{
            name = [string]$p.Name
            enabled = Get-GpoFlag $p.Enabled
            defaultInboundAction = [string]$p.DefaultInboundAction
            defaultOutboundAction = [string]$p.DefaultOutboundAction
            logBlocked = Get-GpoFlag $p.LogBlocked
            logAllowed = Get-GpoFlag $p.LogAllowed
            logFileName = [string]$p.LogFileName
            logMaxSizeKb = To-Int $p.LogMaxSizeKilobytes
        })
    }
    # The filters of all rules at once (one query per kind), joined by the rule's InstanceID; per rule only when the
    # join misses, and for 50 rules at most (four CIM queries a rule: on 500 rules that would take minutes).
    $ports = @{}; $addresses = @{}; $applications = @{}; $services = @{}
    foreach ($f in @(Get-NetFirewallPortFilter -All -PolicyStore ActiveStore)) { $ports[[string]$f.InstanceID] = $f }
    foreach ($f in @(Get-NetFirewallAddressFilter -All -PolicyStore ActiveStore)) { $addresses[[string]$f.InstanceID] = $f }
    foreach ($f in @(Get-NetFirewallApplicationFilter -All -PolicyStore ActiveStore)) { $applications[[string]$f.InstanceID] = $f }
    foreach ($f in @(Get-NetFirewallServiceFilter -All -PolicyStore ActiveStore)) { $services[[string]$f.InstanceID] = $f }
    $rules = New-Object System.Collections.Generic.List[object]
    $truncated = $false
    # Filtered here, not with -Enabled True: a CDXML query parameter that matches nothing is an error ("No
    # MSFT_NetFirewallRule objects found"), which would cost the profiles too on a host with every rule disabled.
    $lookups = 0
    foreach ($r in @(Get-NetFirewallRule -PolicyStore ActiveStore | Where-Object { [string]$_.Enabled -eq 'True' })) {
        if ($rules.Count -ge 5000) { $truncated = $true; break }
        $id = [string]$r.InstanceID
        if (-not ($ports.ContainsKey($id) -and $addresses.ContainsKey($id) -and $applications.ContainsKey($id) -and $services.ContainsKey($id))) {
            if ($lookups -ge 50) {
                $truncated = $true
                $probeErrors.Add('firewall: the filters of more than 50 rules were not found by InstanceID; the rules list stops there')
                break
            }
            $lookups++
        }
        $pf = $ports[$id]; if ($null -eq $pf) { $pf = $r | Get-NetFirewallPortFilter }
        $af = $addresses[$id]; if ($null -eq $af) { $af = $r | Get-NetFirewallAddressFilter }
        $apf = $applications[$id]; if ($null -eq $apf) { $apf = $r | Get-NetFirewallApplicationFilter }
        $sf = $services[$id]; if ($null -eq $sf) { $sf = $r | Get-NetFirewallServiceFilter }
        $rules.Add([ordered]@{
            name = [string]$r.Name
            displayName = [string]$r.DisplayName
            direction = [string]$r.Direction
            action = [string]$r.Action
            enabled = ([string]$r.Enabled -eq 'True')
            profile = [string]$r.Profile
            protocol = [string]$pf.Protocol
            localPorts = To-StringList $pf.LocalPort
            remoteAddresses = To-StringList $af.RemoteAddress
            program = [string]$apf.Program
            service = [string]$sf.Service
        })
    }
    [ordered]@{ profiles = $profiles; rules = $rules; rulesTruncated = $truncated }
}

# ---- BitLocker

Invoke-Section 'bitlocker' {
    if (-not (Get-Command -Name Get-BitLockerVolume -ErrorAction SilentlyContinue)) {
        return [ordered]@{ available = $false }
    }
    $volumes = New-Object System.Collections.Generic.List[object]
    foreach ($v in @(Get-BitLockerVolume)) {
        if ($volumes.Count -ge 100) { break }
        $protectors = New-Object System.Collections.Generic.List[string]
        foreach ($k in @($v.KeyProtector)) { if ($null -ne $k) { $protectors.Add([string]$k.KeyProtectorType) } }
        $volumes.Add([ordered]@{
            mountPoint = [string]$v.MountPoint
            volumeType = [string]$v.VolumeType
            protectionStatus = [string]$v.ProtectionStatus
            volumeStatus = [string]$v.VolumeStatus
            encryptionMethod = [string]$v.EncryptionMethod
            encryptionPercentage = To-Int ([math]::Round([double]$v.EncryptionPercentage))
            keyProtectors = $protectors
        })
    }
    [ordered]@{ available = $true; volumes = $volumes }
}

# ---- IIS: WebAdministration, else applicationHost.config (no state, no certificate there)

function Split-Binding([string]$Information) {
    # "address:port:hostName"; an IPv6 address keeps its colons inside brackets.
    $parts = [ordered]@{ address = $null; port = $null; hostName = $null }
    $last = $Information.LastIndexOf(':')
    if ($last -lt 0) { return $parts }
    $previous = $Information.LastIndexOf(':', [math]::Max($last - 1, 0))
    if ($previous -lt 0 -or $previous -eq $last) { return $parts }
    $parts.address = $Information.Substring(0, $previous)
    $port = $Information.Substring($previous + 1, $last - $previous - 1)
    if ($port -match '^\d+$') { $parts.port = [int64]$port }
    $parts.hostName = $Information.Substring($last + 1)
    return $parts
}

Invoke-Section 'iis' {
    if (-not (Get-Service -Name W3SVC -ErrorAction SilentlyContinue)) {
        return [ordered]@{ installed = $false }
    }
    $sites = New-Object System.Collections.Generic.List[object]
    $truncated = $false
    $fromModule = $false
    try {
        Import-Module WebAdministration
        foreach ($site in @(Get-Website)) {
            if ($sites.Count -ge 500) { $truncated = $true; break }
            $bindings = New-Object System.Collections.Generic.List[object]
            foreach ($b in @($site.bindings.Collection)) {
                if ($null -eq $b -or $bindings.Count -ge 100) { continue }
                $split = Split-Binding ([string]$b.bindingInformation)
                $bindings.Add([ordered]@{
                    protocol = [string]$b.protocol; address = $split.address; port = $split.port; hostName = $split.hostName
                    sslFlags = To-Int $b.sslFlags; certificateHash = [string]$b.certificateHash; certificateStore = [string]$b.certificateStoreName
                })
            }
            $sites.Add([ordered]@{ name = [string]$site.name; state = [string]$site.state; bindings = $bindings })
        }
        $fromModule = $true
    } catch {
        Add-ProbeError 'iis' $_
    }
    if (-not $fromModule) {
        $sites.Clear()
        [xml]$config = [IO.File]::ReadAllText((Join-Path $env:windir 'System32\inetsrv\config\applicationHost.config'))
        foreach ($site in @($config.SelectNodes('/configuration/system.applicationHost/sites/site'))) {
            if ($sites.Count -ge 500) { $truncated = $true; break }
            $bindings = New-Object System.Collections.Generic.List[object]
            foreach ($b in @($site.SelectNodes('bindings/binding'))) {
                if ($bindings.Count -ge 100) { break }
                $split = Split-Binding ([string]$b.GetAttribute('bindingInformation'))
                $bindings.Add([ordered]@{
                    protocol = [string]$b.GetAttribute('protocol'); address = $split.address; port = $split.port; hostName = $split.hostName
                    sslFlags = To-Int $b.GetAttribute('sslFlags')
                })
            }
            $sites.Add([ordered]@{ name = [string]$site.GetAttribute('name'); bindings = $bindings })
        }
    }
    [ordered]@{ installed = $true; sites = $sites; sitesTruncated = $truncated }
}

# ---- SCHANNEL server protocols (the parser adds the build's default where no value is set)

Invoke-Section 'schannel' {
    $protocols = New-Object System.Collections.Generic.List[object]
    foreach ($name in @('SSL 2.0', 'SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3')) {
        $key = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\' + $name + '\Server'
        $protocols.Add([ordered]@{
            name = $name
            serverEnabled = To-Flag (Get-RegValue $key 'Enabled')
            serverDisabledByDefault = To-Flag (Get-RegValue $key 'DisabledByDefault')
        })
    }
    [ordered]@{ protocols = $protocols }
}

# ---- Microsoft Defender

function To-Age($Value) {
    # Defender prints 65535 (or more) for "never".
    if ($null -eq $Value) { return $null }
    $days = [int64]$Value
    if ($days -lt 0 -or $days -ge 65535) { return $null }
    return $days
}

Invoke-Section 'defender' {
    if (-not (Get-Command -Name Get-MpComputerStatus -ErrorAction SilentlyContinue) -or
        -not (Get-Service -Name WinDefend -ErrorAction SilentlyContinue)) {
        return [ordered]@{ available = $false }
    }
    $status = Get-MpComputerStatus
    $defender = [ordered]@{
        available = $true
        amServiceEnabled = [bool]$status.AMServiceEnabled
        antivirusEnabled = [bool]$status.AntivirusEnabled
        realTimeProtectionEnabled = [bool]$status.RealTimeProtectionEnabled
        signatureAgeDays = To-Age $status.AntivirusSignatureAge
        tamperProtected = $null
        quickScanAgeDays = To-Age $status.QuickScanAge
    }
    if ($null -ne $status.IsTamperProtected) { $defender.tamperProtected = [bool]$status.IsTamperProtected }
    # Security Center exists on client SKUs only; on a server otherAntivirus stays absent.
    $products = @(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct -ErrorAction SilentlyContinue)
    if ($products.Count -gt 0) {
        $others = New-Object System.Collections.Generic.List[string]
        foreach ($p in $products) {
            $name = [string]$p.displayName
            if ($name -and $name -notmatch 'Defender' -and $others.Count -lt 50) { $others.Add($name) }
        }
        $defender['otherAntivirus'] = $others
    }
    $defender
}

# ---- updates (offline search of the update agent's cache: no network)

Invoke-Section 'updates' {
    $updates = [ordered]@{}
    try {
        $searcher = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher()
        $searcher.Online = $false
        $result = $searcher.Search("IsInstalled=0 and IsHidden=0 and Type='Software'")
        $security = 0
        foreach ($u in $result.Updates) {
            $isSecurity = [bool]$u.MsrcSeverity
            foreach ($c in $u.Categories) { if ([string]$c.CategoryID -eq '0fa1201d-4330-4fa8-8ae9-b877473b6441') { $isSecurity = $true } }
            if ($isSecurity) { $security++ }
        }
        $updates.pending = [int64]$result.Updates.Count
        $updates.pendingSecurity = [int64]$security
    } catch {
        Add-ProbeError 'updates' $_
    }
    try {
        $reboot = [bool](New-Object -ComObject Microsoft.Update.SystemInfo).RebootRequired
        if (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending') { $reboot = $true }
        $updates.rebootRequired = $reboot
    } catch {
        Add-ProbeError 'updates' $_
    }
    try {
        $newest = $null
        foreach ($h in @(Get-HotFix)) {
            $on = $h.InstalledOn
            if ($on -is [datetime] -and ($null -eq $newest -or $on -gt $newest)) { $newest = $on }
        }
        $updates.lastInstalledDays = To-Days $newest
    } catch {
        Add-ProbeError 'updates' $_
    }
    try {
        $auto = New-Object -ComObject Microsoft.Update.AutoUpdate
        # The agent gives that time in UTC (a DateTime of unspecified kind).
        $searched = $auto.Results.LastSearchSuccessDate
        if ($searched -is [datetime]) { $searched = [datetime]::SpecifyKind($searched, [DateTimeKind]::Utc).ToLocalTime() }
        $updates.searchAgeDays = To-Days $searched
        $enabled = [bool]$auto.ServiceEnabled
        $level = To-Int $auto.Settings.NotificationLevel
        # Group Policy wins over the local settings.
        $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU'
        # AUOptions 2 notify, 3 download and notify, 4 scheduled install, 7 (Server 2016+) download, notify to install
        # and to restart; 5 lets the local administrator choose, so the local setting stands.
        switch (To-Int (Get-RegValue $policy 'AUOptions')) {
            2 { $level = [int64]2 }
            3 { $level = [int64]3 }
            4 { $level = [int64]4 }
            7 { $level = [int64]3 }
        }
        if ((To-Int (Get-RegValue $policy 'NoAutoUpdate')) -eq 1) { $enabled = $false; $level = [int64]1 }
        $updates.autoUpdate = [ordered]@{ enabled = $enabled; notificationLevel = $level }
    } catch {
        Add-ProbeError 'updates' $_
    }
    if ((To-Int (Get-RegValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU' 'UseWUServer')) -eq 1) {
        $server = [string](Get-RegValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate' 'WUServer')
        if ($server) { $updates.wsus = $server }
    }
    $updates
}

# ---- SMB server

Invoke-Section 'smb' {
    $config = Get-SmbServerConfiguration
    $smb = [ordered]@{
        smb1ServerEnabled = [bool]$config.EnableSMB1Protocol
        smb1Feature = $null
        requireSecuritySignature = [bool]$config.RequireSecuritySignature
        encryptData = [bool]$config.EncryptData
    }
    try {
        $smb.smb1Feature = [string](Get-WindowsOptionalFeature -Online -FeatureName SMB1Protocol).State
    } catch {
        Add-ProbeError 'smb' $_
    }
    # Its own part: with the Server service stopped the shares cannot be listed, the configuration still can;
    # shares then stay absent, with an smb: error line.
    try {
        $everyone = (New-Object Security.Principal.SecurityIdentifier('S-1-1-0')).Translate([Security.Principal.NTAccount]).Value
        $shares = New-Object System.Collections.Generic.List[object]
        # Filtered here, not with -Special $false: on a server with only the administrative shares (the default) that
        # query matches nothing, which Get-SmbShare reports as an error ("No MSFT_SmbShare objects found").
        foreach ($share in @(Get-SmbShare | Where-Object { -not $_.Special })) {
            if ($shares.Count -ge 1000) { break }
            $entry = [ordered]@{ name = [string]$share.Name; path = [string]$share.Path }
            # Piped, so a scoped share (a cluster's or a scale-out file server's) is read in its own scope.
            foreach ($a in @($share | Get-SmbShareAccess)) {
                if ([string]$a.AccountName -eq $everyone -and [string]$a.AccessControlType -eq 'Allow') {
                    $entry.everyoneAccess = [string]$a.AccessRight
                    break
                }
            }
            $shares.Add($entry)
        }
        $smb.shares = $shares
    } catch {
        Add-ProbeError 'smb' $_
    }
    $smb
}

# ---- Remote Desktop (Group Policy values win over the local ones)

Invoke-Section 'rdp' {
    $server = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
    $tcp = $server + '\WinStations\RDP-Tcp'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'
    $values = @{}
    foreach ($n in @('fDenyTSConnections')) { $values[$n] = Get-RegValue $server $n }
    foreach ($n in @('UserAuthentication', 'SecurityLayer', 'MinEncryptionLevel')) { $values[$n] = Get-RegValue $tcp $n }
    foreach ($n in @('fDenyTSConnections', 'UserAuthentication', 'SecurityLayer', 'MinEncryptionLevel')) {
        $fromPolicy = Get-RegValue $policy $n
        if ($null -ne $fromPolicy) { $values[$n] = $fromPolicy }
    }
    $layer = $values['SecurityLayer']
    if ($null -ne $layer) {
        $layer = switch ([int64]$layer) { 0 { 'RDP' } 1 { 'Negotiate' } 2 { 'TLS' } default { [string]$layer } }
    }
    $deny = To-Int $values['fDenyTSConnections']
    $nla = To-Flag $values['UserAuthentication']
    [ordered]@{
        enabled = $(if ($null -eq $deny) { $null } else { $deny -eq 0 })
        nla = $nla
        securityLayer = $layer
        minEncryptionLevel = To-Int $values['MinEncryptionLevel']
        port = To-Int (Get-RegValue $tcp 'PortNumber')
    }
}

# ---- WinRM service (WSMan: drive)

Invoke-Section 'winrm' {
    $listeners = New-Object System.Collections.Generic.List[object]
    foreach ($l in @(Get-ChildItem -Path WSMan:\localhost\Listener)) {
        $keys = @{}
        foreach ($k in @($l.Keys)) {
            $pair = ([string]$k).Split('=', 2)
            if ($pair.Count -eq 2) { $keys[$pair[0]] = $pair[1] }
        }
        $port = To-Int (Get-Item -Path ('WSMan:\localhost\Listener\' + $l.Name + '\Port')).Value
        $listeners.Add([ordered]@{ transport = [string]$keys['Transport']; port = $port; address = [string]$keys['Address'] })
    }
    [ordered]@{
        allowUnencrypted = ([string](Get-Item -Path WSMan:\localhost\Service\AllowUnencrypted).Value -eq 'true')
        basicAuth = ([string](Get-Item -Path WSMan:\localhost\Service\Auth\Basic).Value -eq 'true')
        listeners = $listeners
    }
}

# ---- LSA (absent values mean the documented defaults of Server 2016+, except lmCompatibilityLevel: null)

Invoke-Section 'lsa' {
    $lsa = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'
    $noLmHash = To-Flag (Get-RegValue $lsa 'NoLMHash')
    if ($null -eq $noLmHash) { $noLmHash = $true }
    $anonymous = To-Int (Get-RegValue $lsa 'RestrictAnonymous')
    if ($null -eq $anonymous) { $anonymous = [int64]0 }
    $anonymousSam = To-Int (Get-RegValue $lsa 'RestrictAnonymousSAM')
    if ($null -eq $anonymousSam) { $anonymousSam = [int64]1 }
    $ppl = To-Flag (Get-RegValue $lsa 'RunAsPPL')
    if ($null -eq $ppl) { $ppl = $false }
    $wdigest = To-Flag (Get-RegValue 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\WDigest' 'UseLogonCredential')
    if ($null -eq $wdigest) { $wdigest = $false }
    [ordered]@{
        lmCompatibilityLevel = To-Int (Get-RegValue $lsa 'LmCompatibilityLevel')
        noLmHash = $noLmHash
        restrictAnonymous = $anonymous
        restrictAnonymousSam = $anonymousSam
        runAsPpl = $ppl
        wdigestUseLogonCredential = $wdigest
    }
}

# ---- audit policy (auditpol /r: CSV; subcategories named in English by their GUID on a localised host)

$auditNames = @{
    '0CCE9210' = 'Security State Change'; '0CCE9211' = 'Security System Extension'; '0CCE9212' = 'System Integrity'
    '0CCE9213' = 'IPsec Driver'; '0CCE9214' = 'Other System Events'; '0CCE9215' = 'Logon'; '0CCE9216' = 'Logoff'
    '0CCE9217' = 'Account Lockout'; '0CCE9218' = 'IPsec Main Mode'; '0CCE9219' = 'IPsec Quick Mode'
    '0CCE921A' = 'IPsec Extended Mode'; '0CCE921B' = 'Special Logon'; '0CCE921C' = 'Other Logon/Logoff Events'
    '0CCE921D' = 'File System'; '0CCE921E' = 'Registry'; '0CCE921F' = 'Kernel Object'; '0CCE9220' = 'SAM'
    '0CCE9221' = 'Certification Services'; '0CCE9222' = 'Application Generated'; '0CCE9223' = 'Handle Manipulation'
    '0CCE9224' = 'File Share'; '0CCE9225' = 'Filtering Platform Packet Drop'; '0CCE9226' = 'Filtering Platform Connection'
    '0CCE9227' = 'Other Object Access Events'; '0CCE9228' = 'Sensitive Privilege Use'; '0CCE9229' = 'Non Sensitive Privilege Use'
    '0CCE922A' = 'Other Privilege Use Events'; '0CCE922B' = 'Process Creation'; '0CCE922C' = 'Process Termination'
    '0CCE922D' = 'DPAPI Activity'; '0CCE922E' = 'RPC Events'; '0CCE922F' = 'Audit Policy Change'
    '0CCE9230' = 'Authentication Policy Change'; '0CCE9231' = 'Authorization Policy Change'
    '0CCE9232' = 'MPSSVC Rule-Level Policy Change'; '0CCE9233' = 'Filtering Platform Policy Change'
    '0CCE9234' = 'Other Policy Change Events'; '0CCE9235' = 'User Account Management'; '0CCE9236' = 'Computer Account Management'
    '0CCE9237' = 'Security Group Management'; '0CCE9238' = 'Distribution Group Management'
    '0CCE9239' = 'Application Group Management'; '0CCE923A' = 'Other Account Management Events'
    '0CCE923B' = 'Directory Service Access'; '0CCE923C' = 'Directory Service Changes'; '0CCE923D' = 'Directory Service Replication'
    '0CCE923E' = 'Detailed Directory Service Replication'; '0CCE923F' = 'Credential Validation'
    '0CCE9240' = 'Kerberos Service Ticket Operations'; '0CCE9241' = 'Other Account Logon Events'
    '0CCE9242' = 'Kerberos Authentication Service'; '0CCE9243' = 'Network Policy Server'; '0CCE9244' = 'Detailed File Share'
    '0CCE9245' = 'Removable Storage'; '0CCE9246' = 'Central Policy Staging'; '0CCE9247' = 'User / Device Claims'
    '0CCE9248' = 'Plug and Play Events'; '0CCE9249' = 'Group Membership'; '0CCE924A' = 'Token Right Adjusted Events'
}

Invoke-Section 'audit' {
    $run = Read-NativeCommand 'auditpol.exe' @('/get', '/category:*', '/r')
    $lines = @($run.Output | Where-Object { $_ -and $_.Trim() })
    if ($run.ExitCode -ne 0 -or $lines.Count -lt 2) { throw ('auditpol exited with code {0}: {1}' -f $run.ExitCode, $run.Error) }
    $english = @{}
    foreach ($n in $auditNames.Values) { $english[$n] = $true }
    $policy = [ordered]@{}
    $guidOf = @{}
    foreach ($row in @($lines | Select-Object -Skip 1 | ConvertFrom-Csv -Header machine, target, name, guid, inclusion, exclusion)) {
        $name = [string]$row.name
        $guid = ([string]$row.guid).Trim().Trim('{', '}').ToUpperInvariant()
        if (-not $english.ContainsKey($name)) {
            $short = $guid.Split('-')[0]
            if ($auditNames.ContainsKey($short)) { $name = $auditNames[$short] }
        }
        if ($name -and $policy.Count -lt 500) { $policy[$name] = [string]$row.inclusion; $guidOf[$name] = $guid }
    }
    # auditpol /r prints the setting in the host's language; /backup adds it as a number (0 none, 1 success,
    # 2 failure, 3 both), so a localised host gets the English texts from there.
    $texts = @{ '0' = 'No Auditing'; '1' = 'Success'; '2' = 'Failure'; '3' = 'Success and Failure' }
    if (@($policy.Values | Where-Object { $texts.Values -notcontains $_ }).Count -gt 0) {
        try {
            $csv = Join-Path ([IO.Path]::GetTempPath()) ('bulwark-' + [guid]::NewGuid().ToString('N') + '.csv')
            try {
                $backup = Read-NativeCommand 'auditpol.exe' @('/backup', ('/file:' + $csv))
                if (-not (Test-Path -LiteralPath $csv)) { throw ('auditpol /backup exited with code {0}: {1}' -f $backup.ExitCode, $backup.Error) }
                $byGuid = @{}
                foreach ($row in @([IO.File]::ReadAllLines($csv) | Where-Object { $_ -and $_.Trim() } | Select-Object -Skip 1 |
                        ConvertFrom-Csv -Header machine, target, name, guid, inclusion, exclusion, value)) {
                    $guid = ([string]$row.guid).Trim().Trim('{', '}').ToUpperInvariant()
                    $value = ([string]$row.value).Trim()
                    if ($guid -and $texts.ContainsKey($value)) { $byGuid[$guid] = $texts[$value] }
                }
                foreach ($name in @($policy.Keys)) {
                    $guid = $guidOf[$name]
                    if ($guid -and $byGuid.ContainsKey($guid)) { $policy[$name] = $byGuid[$guid] }
                }
                if ($byGuid.Count -eq 0) { throw 'auditpol /backup listed no subcategory setting; the values stay localised' }
            } finally {
                Clear-ProbeTemp $csv
            }
        } catch {
            Add-ProbeError 'audit' $_
        }
    }
    $audit = [ordered]@{ policy = $policy; securityLogMaxKb = $null }
    try {
        $audit.securityLogMaxKb = [int64][math]::Floor((Get-WinEvent -ListLog Security).MaximumSizeInBytes / 1024)
    } catch {
        Add-ProbeError 'audit' $_
    }
    $audit
}

# ---- autologon (the one value AutoAdminLogon; the stored password value is never opened), LLMNR

Invoke-Section 'autologon' {
    $value = Get-RegValue 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon' 'AutoAdminLogon'
    [ordered]@{ enabled = ([string]$value).Trim() -eq '1' }
}

Invoke-Section 'llmnr' {
    $multicast = To-Int (Get-RegValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient' 'EnableMulticast')
    [ordered]@{ disabled = ($multicast -eq 0 -and $null -ne $multicast) }
}

# ---- listening sockets (TCP listeners, UDP endpoints) with their process names

Invoke-Section 'listening' {
    $names = @{}
    foreach ($p in @(Get-Process)) { $names[[int]$p.Id] = [string]$p.ProcessName }
    $list = New-Object System.Collections.Generic.List[object]
    foreach ($c in @(Get-NetTCPConnection -State Listen)) {
        if ($list.Count -ge 5000) { break }
        $list.Add([ordered]@{ proto = 'tcp'; address = [string]$c.LocalAddress; port = To-Int $c.LocalPort; process = $names[[int]$c.OwningProcess] })
    }
    foreach ($c in @(Get-NetUDPEndpoint)) {
        if ($list.Count -ge 5000) { break }
        $list.Add([ordered]@{ proto = 'udp'; address = [string]$c.LocalAddress; port = To-Int $c.LocalPort; process = $names[[int]$c.OwningProcess] })
    }
    ,$list
}

# ---- the end: one JSON document

$probe.complete = $true
$probe.errors = $probeErrors
$builder = New-Object System.Text.StringBuilder 262144
Add-Json $builder $facts
[Console]::Out.Write($builder.ToString())
[Console]::Out.Flush()
}
