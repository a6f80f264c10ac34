<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BasicFacts</name>
    <message>
        <source>The host&apos;s answer to the first probe was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows host did not answer the first probe (PowerShell).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Apply</name>
    <message>
        <source>Cannot keep a copy of the original at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy kept at %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy kept at %1 is not the one the journal recorded; it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; did not give the expected result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed &quot;%1&quot;, exit status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host undid the change by itself because the confirmation came too late (the automatic undo fired at %1, %2 seconds after it was armed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Apply::Applier</name>
    <message>
        <source>%1 is not a regular file on the host; Bulwark does not edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has not been prepared: %1 must be read and shown as a diff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change journal cannot be written, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the files are unchanged since the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 for the copies of the originals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; Bulwark edits only regular files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists on the host; preview the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the host since the preview; preview the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now exists on the host; preview the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1 on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the host while it was being backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new %1 next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new %1 did not arrive intact on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the new %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the new %1 in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check after changing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in again to check every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new login to the host failed after the change, so it was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the new content after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped while undoing the changes; check the host and roll back from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no transaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has content that is neither the original nor the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change has no check, so its state cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change journal cannot be written, so the command was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 left the host as it was; there is nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s record of &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of transaction %1 is on the host any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan changes how you log in to the host, and Bulwark has no way to open a new login that would prove access still works afterwards; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to confirm access must be between 1 second and 24 hours (it is %1 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host backup folder %1 has characters the automatic undo cannot use; use letters, digits, &quot;/&quot;, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to confirm access ran out before &quot;%1&quot;; the changes were undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a fresh login to confirm access (the host undoes this by itself at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new login could not remove the automatic undo from the host, so the change was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arming the automatic undo on the host: unless a fresh login confirms access, the host restores the originals by itself at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark could not arm the automatic undo on the host, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access confirmed; removing the automatic undo from the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the automatic undo from the host before undoing the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the automatic undo on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic undo armed on the host neither ran nor waits any more (the host may have restarted); check the state of each change and roll back from the journal if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host undid the change by itself, but some of its undo steps failed (failed: %1); see %2/revert.log on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the changes: the host runs its automatic undo now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host ran its automatic undo, but %1 of its steps failed; see revert.log in %2 on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is still running its automatic undo; check with recover in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the secret &quot;%2&quot;, which was not given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo of &quot;%1&quot; reads a secret; an undo must run without one, so the plan was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran and cannot be undone: what it destroyed stays destroyed; only the steps after it were undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; edits %2, but Bulwark changes Windows hosts only through commands; the plan was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a step for a Windows host (PowerShell), and this host is not Windows; the plan was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan changes how you reach the host, and on Windows Bulwark cannot arm the automatic undo that protects such a change; it was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Apply::HostRevert</name>
    <message>
        <source>The host backup folder %1 has characters the automatic undo cannot pass to systemd; use letters, digits, &quot;/&quot;, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not arm the automatic undo on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the automatic undo armed on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the automatic undo on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the change for the automatic undo in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the automatic undo on the host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Apply::Journal</name>
    <message>
        <source>Journal line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last entry is incomplete (the journal was cut off mid-write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Bulwark is writing to the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last entry is damaged; refusing to append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry does not match its hash (it was edited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence number %1 where %2 was expected (a line was deleted, inserted or moved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry does not chain to the one before it (an earlier line was altered or replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Facts</name>
    <message>
        <source>The host&apos;s answer about its sudoers files was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output before the first section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file header without its metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file header that is not well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudoers files are larger than Bulwark reads (16 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sudoers files failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s account data could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Facts::AccountsReader</name>
    <message>
        <source>an unknown section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s account data is larger than Bulwark reads (16 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s account data failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Facts::SudoersReader</name>
    <message>
        <source>the login name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Framed</name>
    <message>
        <source>the answer is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output outside a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; is cut short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Luks</name>
    <message>
        <source>The host&apos;s block devices could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the LUKS header copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Luks::BlockDevices</name>
    <message>
        <source>lsblk&apos;s answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsblk&apos;s answer has no device list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boundary is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsblk failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s block device data is larger than Bulwark reads (16 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s block devices failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Luks::LuksHeaderBackup</name>
    <message>
        <source>%1 is not the path of a LUKS header backup (an absolute path ending in .header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the host is not a LUKS header backup (no LUKS magic or UUID at its start); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256sum of %1 failed on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 does not match the host&apos;s file (sha256 %2 here, %3 on the host); nothing was kept. Fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 for the LUKS header copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LUKS header copy %1 does not read back as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan</name>
    <message>
        <source>&quot;ALL&quot; would allow every command, including a root shell; it needs the explicit &quot;allow all&quot; confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command: give an absolute path and arguments separated by single spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path to a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; contains characters Bulwark does not write into sudoers (allowed: letters, digits and _ . / @ + %% -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo with password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo without password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as any user (ALL) needs the explicit &quot;allow all&quot; confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name to run the commands as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user list entry &quot;%1&quot; is negated; Bulwark cannot judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user list entry &quot;%1&quot; names a network; Bulwark cannot judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 includes %3, which Bulwark does not read; it cannot tell whether those files set the same settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a Match block and is read before Bulwark&apos;s settings; Bulwark cannot tell which of its settings would still count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 includes more files; Bulwark does not follow includes inside drop-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the Apache modules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the Apache modules %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::AccountsPlanner</name>
    <message>
        <source>%1, line %2 names %3 (&quot;%4&quot;): sudo will not apply it to the new name until it is changed in the sudoers editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the rename the account cannot log in over SSH until the SSH settings name the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the rename sshd no longer denies the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd&apos;s %1 names %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of %2; usermod updates these member lists in /etc/group and /etc/gshadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crontab %1 keeps the old name: cron stops running it until it is renamed after the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail spool %1 keeps the old name: mail already there is not found under the new name until it is renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has running processes (a login, a service or a job): usermod refuses to rename an account that is in use, so the change fails and is undone unless they are stopped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an account on this host (the last scan did not list it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark does not know which account it logs in as, so it changes no account; read the host again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark logs in as %1: changing it could lock you out, so it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password state of %1 is not known (the scan could not read /etc/shadow), so the lock could not be undone exactly; scan with sudo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark logs in as root %1: locking root&apos;s password would lock it out. Log in with an SSH key or as an administrator with sudo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a method it cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other account is certain to keep working sudo (a usable password, not expired, and a sudo rule Bulwark can evaluate), so locking root&apos;s password could leave nobody able to become root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root is never expired: the console and rescue logins need it. Lock its password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date of %1 is not known (/etc/shadow was not read), so it could not be restored exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root keeps its shell: sudo -i, su and the rescue console need it. Lock its password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nologin or false program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark found no nologin program on this host (/usr/sbin/nologin or /sbin/nologin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root is never renamed: the system and many programs look it up by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the user id Bulwark logs in with (%2), so renaming it could change who Bulwark is; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name Bulwark gives an account: start with a lower-case letter or _, then lower-case letters, digits, _ or -, at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name of %1 is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/group was not read, so Bulwark cannot tell whether the group of %1 should be renamed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home directory of %1 is %2, which is not named after the account; rename it without moving the home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id 0: root power under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock, expire and set nologin; then find out who created it (its user id is not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty password: anyone can log in without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the password; set a new one with its user if it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password but a login shell (SSH keys may still log in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire it if nobody uses it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system account with a login shell, never logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system account with a login shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its shell to nologin; the service it runs is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root has a usable password while administrators use sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock root&apos;s password; administrators use sudo -i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are logged in as this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account change was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is renamed twice in the same plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cannot both be renamed to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan also changes every other account that has working sudo, so locking root&apos;s password could leave nobody able to become root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has user id 0, which gives it root power under another name. Bulwark does not change its user id; once it is locked, find out who created it and remove it (userdel) when nobody needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of %1 is already unusable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the password of %1 empty again, as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an empty password. Locking it stops logins without a password; undoing the change makes the password empty again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the password of %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root&apos;s password will be locked: &quot;su -&quot; and console logins as root stop working; use sudo -i instead, and boot into rescue mode (or a documented break-glass procedure) for recovery. Accounts that keep working sudo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 stops working; SSH keys, if it has any, still log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses sudo with its password: once it is locked, sudo asks %1 for a password that no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already expired (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account %2 -&gt; expired since 1970-01-02 (no login of any kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 its old expiry back (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can use sudo; once it has expired it can no longer log in to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has no login shell (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shell %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 its shell %2 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can use sudo; without a login shell it can no longer log in to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the shell of %1 to nologin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2; home %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2; home stays %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the account %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 -&gt; %2 (gid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 is not the main group of the account, so it keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home directory moves from %1 to %2; the move fails (and the rename is undone) if %2 exists already. Paths written into files (scripts, services) are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files keep their owner: they belong to user id %1, whatever its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::ApacheTlsPlanner</name>
    <message>
        <source>The site already has a TLS VirtualHost at %1; choose that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plain VirtualHost already redirects to HTTPS; choose the VirtualHost that serves HTTPS instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark&apos;s change to %1 would not read back; it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS VirtualHost (port 443) for %1 next to its plain one in %2, with TLS 1.2/1.3 and safe settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VirtualHost at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new TLS VirtualHost is a copy of the plain one; later changes to one are not made to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache is not installed on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not run on the host, so Bulwark could not check Apache&apos;s configuration and could not verify a change; make it run, then read the host again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache&apos;s configuration does not pass its own check (configtest) now; fix that first, then plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark has not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VirtualHost at line %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot read the addresses of this VirtualHost (a variable or an unusual port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VirtualHost uses a mod_macro macro, which Bulwark does not expand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set inside a section of the VirtualHost; Bulwark changes it only directly in the VirtualHost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has more than one certificate (for example RSA and ECDSA); Bulwark replaces only a single one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once in the VirtualHost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict-Transport-Security is set more than once in the VirtualHost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VirtualHost includes a file named by a variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, included by the VirtualHost, sets the certificate (&quot;%2&quot;); Bulwark would add a second one. Remove the include or that line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, included by the VirtualHost, also sets %2; Bulwark&apos;s lines come after the include, so they take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VirtualHost includes %1, which Bulwark has not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other TLS VirtualHosts share this port. httpd older than 2.4.42 (or built with OpenSSL before 1.1.1) negotiates the protocol with the first VirtualHost&apos;s settings; check with the TLS handshake after applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache does not load %1. Load it first (a LoadModule line), then plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the Apache modules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mod_ssl was off, so Bulwark has not read its server-wide settings (Debian: mods-available/ssl.conf). This site gets its own protocols; plan again after applying to set them server-wide too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot write &quot;%1&quot; safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a variable (${...}), so Bulwark does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VirtualHost&apos;s SSLCertificateChainFile is removed: the new certificate file carries its chain (Apache reads chains from SSLCertificateFile since 2.4.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot read the server-wide SSLProtocol at %1; it leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect needs the site&apos;s name: give the VirtualHost a ServerName first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain HTTP VirtualHost uses a variable, so Bulwark does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain HTTP VirtualHost at %1 now redirects everything to HTTPS; what it served (including ACME challenges under /.well-known/) is no longer served over HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot write the site&apos;s names safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Listen line opens port 80; the new redirect answers only once one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Listen line opens port %1; Apache will not answer TLS there until one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2/1.3 and safe settings for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2/1.3 and the HTTPS redirect in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is already configured as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::CertificateSteps</name>
    <message>
        <source>Give the name the certificate is for (letters, digits, dots and dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key and certificate directories must be plain absolute paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate&apos;s lifetime must be between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no certificate to keep. Choose one, import one or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key must be plain absolute paths (letters, digits, . _ - / @ +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import contains a private key. Bulwark imports only certificates; copy the key to the host separately and give its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key must be a plain absolute path (letters, digits, . _ - / @ +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate must go to a plain absolute path (letters, digits, . _ - / @ +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported certificate expires in %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificate for %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new key and a self-signed certificate for %1, valid %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a self-signed certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-signed certificate makes browsers warn until clients trust it; replace it with one from your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new key and a certificate signing request for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key and a certificate signing request for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to your certificate authority; then choose its certificate with the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a self-signed stand-in certificate for %1 from the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a self-signed stand-in certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the CA&apos;s certificate is installed the site uses a self-signed certificate; browsers warn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::ChangePlan</name>
    <message>
        <source>The saved change plan is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edits %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change plan was written by another version of Bulwark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::Editor</name>
    <message>
        <source>&quot;%1&quot; shares its line with other configuration, so Bulwark does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a variable (${...}), so Bulwark does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::Evaluator</name>
    <message>
        <source>the Defaults line &quot;%1&quot; may or may not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of the Defaults lines for authenticate decides, and sudo versions differ in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may change whose password sudo asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as root; sudo is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be decided for certain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the user list includes this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the host list includes this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it allows running commands as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the command matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forbids it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and Defaults !authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo asks for another account&apos;s password (rootpw, targetpw or runaspw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sudo asks for %2&apos;s password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule lets %1 run commands as root</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::FileEdit</name>
    <message>
        <source>%1 is already disabled in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no complete service block for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active entry for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::LuksPlanner</name>
    <message>
        <source>mounted at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds the root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUKS%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (no signature found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature known (not probed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a block device of this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 device; Bulwark encrypts only disks, partitions, logical volumes and loop devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; LUKS needs 16 MiB for its header, so Bulwark encrypts only devices of 64 MiB or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the root filesystem: formatting it destroys the running system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mounted at %2: unmount it (and remove it from /etc/fstab) first; Bulwark never formats a mounted device, even when confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on %1 is mounted at %2: unmount it first; Bulwark never formats a device with a mounted filesystem on it, even when confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by %2 (an open LUKS mapping, a logical volume or a RAID array): close or stop it first; cryptsetup could not format a device in use anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/fstab could not be read, so whether %1 is in use at boot is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/crypttab could not be read, so whether %1 is in use at boot is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not probed for signatures (blkid -p did not run), so whether it holds data is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already encrypted (LUKS%2, UUID %3): formatting it again destroys its key slots and everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> labelled &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 (%3): formatting destroys it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a partition table%2: formatting destroys every partition on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names it; the plan comments that line out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: a power loss, a crash or a failing disk while it runs can leave the data unreadable; LUKS2 keeps a resilience journal, but nothing protects against a disk that fails under the load or a header that is lost. Run it only with a verified backup of the data and of the LUKS header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup is recorded: reencryption may be offered (Bulwark does not run it; it is run by hand, in a maintenance window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered: no verified backup of this device is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is LUKS, but its header could not be read (cryptsetup luksDump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: LUKS%2, %3, %4-bit key, key derivation %5, %6 key slots in use, UUID %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUKS1 only knows pbkdf2 and has no header checksum or redundant header: converting to LUKS2 (cryptsetup convert, offline, after a header backup) keeps the data and allows argon2id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key slots use pbkdf2: cryptsetup luksConvertKey --pbkdf argon2id changes that per key slot in seconds, without reencrypting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cipher or key size is weaker than aes-xts-plain64 with a 512-bit key: only reencrypting changes that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reencryption of this device is in progress or was interrupted: resume it with cryptsetup reencrypt --resume-only before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted: it holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting it in place (cryptsetup reencrypt --encrypt --reduce-device-size 32M) first needs the filesystem shrunk by 32 MiB to make room for the header, and the device unmounted or its filesystem frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Type the device path %2 exactly to confirm that it is to be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable mapping name: letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, starting with a letter or digit, at most 48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/crypttab already defines %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clean absolute path for a mount point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a system directory: mounting over it hides what the system keeps there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is mounted at %1 already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/fstab already mounts something at %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1 cannot be undone: whatever is on it is gone the moment luksFormat runs, and rolling the plan back does not bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTRUCTIVE, CONFIRMED BY TYPING %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the same disk as the root filesystem: a mistake in the device name would hit the running system. Check the size (%2) against what you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 stays unencrypted on the root filesystem so that the device unlocks at boot: it protects the data when this device alone is taken, not when the whole server is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LUKS header backup %1 stays on the host until it is copied to the workstation and kept offline: without it (or the key), a damaged header means the data is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot uses pbkdf2 with 1000 iterations (for test hosts): acceptable only with the random key file, never for a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is still empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase every signature on %1 (filesystem, partition table, RAID or LUKS header). Cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the signatures on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1, readable by root only (kept on rollback: it may hold other keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 64 random bytes to %1 (fails rather than overwrite an existing key; kept on rollback: once the device is formatted it is the only way in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 readable by root only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt %1 with LUKS2 (aes-xts-plain64, 512-bit key, %2), UUID %3. Destroys everything on %1; cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format %1 as LUKS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the LUKS header of %1 to %2 (kept on rollback; copy it to the workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the LUKS header of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an %1 filesystem in %2 (undone with the LUKS layer it lives in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the %1 filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the mount point %1 if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 at boot with its key file (/etc/crypttab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount %1 at %2 at boot (/etc/fstab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmount %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cryptsetup reencrypt reads and rewrites all %1 of %2: at 100 to 300 MiB/s that takes about %3, with the disk busy all that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase only: no key stays on the host, so after every reboot %1 stays locked and %2 unmounted until someone types the passphrase on the server&apos;s console (or unlocks it by hand: cryptsetup open, then mount %2). The boot itself does not wait for it (nofail). A lost passphrase means the data is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is asked for when the plan is applied and goes to cryptsetup on its standard input; it is never saved in the plan, the journal or a log. Keep it where the people who must unlock %1 find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST HOSTS ONLY: the key slots use pbkdf2 with 1000 iterations, so the passphrase can be guessed quickly by anyone holding the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, read-only, that %1 still has no signature (wipefs lists nothing), as when it was planned; the plan stops here otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the passphrase (given when applying, on standard input) as a second key slot of %1, unlocked with the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a passphrase to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 as %2 with the passphrase (on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the passphrase of %1 at boot (/etc/crypttab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::ServicesPlanner</name>
    <message>
        <source>Avahi announces this server by a .local name to the local network; servers rarely need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS lets this server print; most servers never print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnet logins send passwords unencrypted; SSH does the same job safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP transfers files and passwords unencrypted; SFTP replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsh, rlogin and rexec are remote logins without encryption; SSH replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFTP hands out files without any password; it is only needed to boot devices over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIS shares user accounts and password hashes across the network unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk is an old terminal chat program nobody needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inetd starts old network services on demand; nothing modern needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rpcbind is only needed by NFS file sharing and NIS; otherwise it just listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS server shares folders of this server with other machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP lets monitoring tools read (and sometimes change) this server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samba shares folders and printers with Windows computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid systemd unit name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a service on %2 (the last scan did not list it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be switched off: it would cut the connection Bulwark uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be switched off: the system needs it to start, keep logs or be administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only another name for a service; choose that service instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask %1 so nothing can start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already disabled and stopped; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use (open connections to %2 at the last scan: %3); they will be cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listening on %2; programs using it there stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no enabled inetd entry on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is started from %2, which Bulwark does not edit; switch it off there by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running %1 was found; the change to %2 takes effect when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::SshAccess</name>
    <message>
        <source>Public key logins would be switched off, and %1 logs in with a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password logins would be switched off, and %1 logs in with a password; add a key for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthenticationMethods &quot;%1&quot; would ask %2 for more than one way of logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root logins would be refused, and this session is root; log in as another account with sudo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root could then log in only with a key, and this session uses a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root could then only run forced commands, which Bulwark cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be listed in DenyUsers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would not be in AllowUsers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of %1 would be listed in DenyGroups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group of %1 would be in AllowGroups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::SshPlanner</name>
    <message>
        <source>You log in as %1 with a key from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You log in as %1 with a password from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and a Bulwark block in %2 exist; remove one of them by hand first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but sshd does not read it first; Bulwark writes its settings into %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a Match block, which Bulwark never writes; remove it by hand first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in Bulwark&apos;s settings was not written by Bulwark; it is taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark does not offer the SSH setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-interactive logins stay on: AuthenticationMethods uses them (for a second factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s OpenSSH supports none of the modern %1 Bulwark itself can use; keep the current ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 also sets %3; sshd combines both lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 sets %3 before Bulwark&apos;s settings are read, so Bulwark&apos;s value would be ignored; remove that line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot tell which value of %1 would apply once it takes its own out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: the block &quot;Match %3&quot; sets %4 %5 for the connections it matches; for them it wins over the value set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone else who logs in with a password will be refused too: make sure each person who needs SSH has a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UseDNS is on: sshd may match host names where Bulwark checked the address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The banner file %1 does not exist on the host; write the warning text there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this change would lock you out, so Bulwark will not make it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: still allowed after this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot find the SSH server&apos;s systemd unit (ssh.service or sshd.service) to reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the SSH server&apos;s settings in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the SSH server&apos;s settings in the Bulwark block of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telnet, FTP or rsh server is on; there is nothing to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd has no sftp Subsystem, so people who used FTP cannot use SFTP instead until it is set up (Subsystem sftp /usr/lib/openssh/sftp-server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server already has these settings; there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::SudoAccess</name>
    <message>
        <source>After this change sudo would ask %1 for a password, and this session has none to give: Bulwark would lose its way to root on this host. Connect with the sudo password, or keep a NOPASSWD rule for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this change %1 could no longer run commands as root through sudo: Bulwark would lose its way to manage this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this change Bulwark cannot tell for certain whether %1 can still run commands as root through sudo, so the change is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::SudoersPlanner</name>
    <message>
        <source>&quot;%1&quot; is not a user name or %group Bulwark can write into sudoers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudoers configuration was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo skips files in /etc/sudoers.d whose name contains a dot, so a drop-in for &quot;%1&quot; would have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not read the directory /etc/sudoers.d (no @includedir), so a rule there would have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new rule could not be written safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to run %2 as %3%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of the sudoers configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a rule that gives users commands (a user specification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be removed safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 gives commands for several host lists; change it in the sudoers editor instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict &quot;%1&quot; in %2 to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new %1 would not be a valid sudoers file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the file holds nothing else and is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s own sudo access changes: %2 -&gt; %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Plan::TlsPlanner</name>
    <message>
        <source>The choice is for %1, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server block at line %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server block shares its first or last line with other configuration, so Bulwark does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site uses the obsolete &quot;ssl on&quot; (removed in nginx 1.25.1). Replace it by &quot;ssl&quot; on the listen lines first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once in the server block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has more than one certificate (for example RSA and ECDSA); Bulwark replaces only a single one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict-Transport-Security is set more than once in the server block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, included by the server block, sets &quot;%2&quot; too; nginx refuses a duplicate. Remove the include or that line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server block includes %1, which Bulwark has not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot read this listen line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other TLS server blocks share this address and port. nginx may negotiate the protocol with the default server&apos;s settings; give it the same protocols, then check with the TLS handshake after applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot write &quot;%1&quot; safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block at %1 has its own add_header lines, so nginx does not send Strict-Transport-Security for it; add the header there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot move this listen line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain HTTP server block shares a line with other configuration, so Bulwark does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain HTTP server block at %1 now only redirects to HTTPS; what it served (including ACME challenges under /.well-known/) is no longer served over HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark checked only %1 for other servers on port 80 with these names; nginx uses the first one it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark&apos;s change to %1 would not read back; it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2/1.3 and safe settings for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is already configured as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote and administrator access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption of stored data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging and auditing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates and patching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware and intrusion detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::Condition</name>
    <message>
        <source>no condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions are nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;; a condition written as a single word must be one of isTrue, isFalse, empty, notEmpty, exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition must be a mapping such as {equals: &quot;no&quot;}, or one of the words isTrue, isFalse, empty, notEmpty, exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a fact path such as sshd.effective.permitrootlogin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid fact path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one operator (%1 and %2); combine them with allOf or anyOf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition has no operator (equals, in, min, noneWhere, allOf, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only allowed on a test of a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects one value (text, a number, true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a non-empty list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a value or a non-empty list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the word on its own, or with the value true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regular expression is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression: %1 (at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a non-empty list of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a mapping of field: value, such as {name: telnet, enabled: true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a non-empty list of field mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid field name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact: cannot be used inside noneWhere or anyWhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a value, a list of values or a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: none of %n item(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::Evidence</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>… and more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::FactPath</name>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[] at position %1 follows no member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [] or a quoted name after [ at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted name at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty quoted name at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected dot at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dot or bracket must separate names (position %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path ends with a dot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::Finding</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::JsonFields</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::Practice</name>
    <message>
        <source>expects lower-case words joined by dashes (hv-sudoers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of the sources listed at the top of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (linux, windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::Rule</name>
    <message>
        <source>&quot;%1&quot; is not one of critical, high, medium, low, info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects linux or windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of services, accounts, sudoers, ssh, luks, tls, firewall, updates, none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects BW-&lt;platform&gt;-&lt;area&gt;-NNN such as BW-LNX-SVC-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform code should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area code for %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid fact path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a non-empty list of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (pass: and fail: fact trees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule has no applies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each applies condition needs its own fact: path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (a partial fact tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a fact tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a fact tree or a list of fact trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (hipaa, dspt, cyberEssentials, cis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 45 CFR 164.3xx section such as 164.312(a)(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should name the benchmark and item, such as &quot;CIS Debian Linux 12 Benchmark 5.1.20&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one reference is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::RuleCatalog</name>
    <message>
        <source>expects a mapping with sources: and practices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources: missing (the articles the practices come from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practices: expects a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: duplicate practice id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a mapping with a list under rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: the list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: duplicate rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeds: unknown practice &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2: seeds: unknown practice &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rule %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: practice %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule files under %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Rules::YamlReader</name>
    <message>
        <source>%1: larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no YAML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than one YAML document (a second &quot;---&quot; line?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not read the YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than 64 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 200000 values (are aliases expanding without end?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ssh</name>
    <message>
        <source>The host&apos;s answer about its SSH server was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH configuration is larger than Bulwark reads (8 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SSH server&apos;s configuration failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark cannot read %1 with certainty, so it changes nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ssh::SshAccessReader</name>
    <message>
        <source>the login name &quot;%1&quot; is not an account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not say where this session comes from ($SSH_CONNECTION is not set), so the lock-out check cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$SSH_CONNECTION is not well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name &quot;%1&quot; is not well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd -T printed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd -T did not print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd cannot read its own configuration now (sshd -T failed); fix that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh -Q printed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file header that is not well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effective settings are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the banner check answered &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshd on the host refuses the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ssh::SshSetting</name>
    <message>
        <source>The value for %1 contains a line break or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name %2 accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes an absolute file path such as /etc/issue.net, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a comma-separated list of algorithm names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys cannot be guessed; passwords can. Everyone logs in with their own SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in directly as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff log in as themselves and use sudo, so the log shows who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with an empty password must never be reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these users may log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short list of who may log in stops forgotten and service accounts being used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members of these groups may log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting SSH by group membership is easier to keep right than a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login attempts per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer tries per connection slow down password guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds allowed to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open logins are dropped after a minute, so nobody can tie up the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphical programs over SSH (X11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers do not need it, and it lets a broken-into server watch the admin&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass on the admin&apos;s SSH keys (agent forwarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broken-into server could use the forwarded keys to reach other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels through this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels can carry anything past the firewall into the internal network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check idle sessions every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions whose computer has gone away are closed instead of staying open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered checks before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the interval: 300 s x 3 closes a dead session after 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning text before login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells everyone the system is for authorised use and monitored; the file must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERBOSE records which key each person logged in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust other machines instead of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host-based trust lets anyone on a trusted machine in without their own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore old .rhosts trust files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.rhosts files are a 1980s way of skipping the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users set the server&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-set variables can get around restrictions on accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old ciphers (CBC, 3DES) can leak parts of the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamper protection (MACs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5 and SHA-1-96 based checks are obsolete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 and 1024-bit key exchanges can be broken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ssh::SshdConfig</name>
    <message>
        <source>the file contains NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &quot;# BEGIN Bulwark&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Bulwark block is inside a Match block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;# END Bulwark&quot; without its BEGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Match inside the Bulwark block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;# BEGIN Bulwark&quot; without its END</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Sudoers::AliasCheck</name>
    <message>
        <source>%1 &quot;%2&quot; is already defined at %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used but not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined but never used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Sudoers::DefaultsTable</name>
    <message>
        <source>unknown Defaults option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!%1&quot; cannot take a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; cannot be negated with &apos;!&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is a flag and does not take a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only list options can use += or -=; &quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; has an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is not valid for option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Sudoers::LineParser</name>
    <message>
        <source>&quot;%1&quot; must be followed by a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text here; a statement must end at the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one &apos;!&apos; in a row is not supported; remove the extra &apos;!&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of at most 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a sudoers keyword and cannot be used as a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word and cannot be used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a group name after &apos;%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a netgroup name after &apos;+&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network mask must be a number of bits (0-32) or a dotted mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported escape sequence &apos;\%1&apos; in command arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in command arguments must be escaped with a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in command arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&quot; (no arguments allowed) cannot be followed by more arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 digest has the wrong length or characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a space between the digest and the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;!&apos; must come before the digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;/&quot; alone is not a command; give a fully-qualified path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in a command path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory (a path ending in &apos;/&apos;) cannot take arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a command with a fully-qualified path (starting with &apos;/&apos;), ALL, sudoedit or a Cmnd_Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a file or directory name to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backslashes and control characters are not supported in an include path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %h may follow &apos;%&apos; in an include path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults! takes commands (paths) or Cmnd_Alias names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digests are not supported in Defaults!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the name of a Defaults option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!%1&quot; cannot take a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backslashes and control characters are not supported inside quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a space before the Defaults settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults without any setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias name must start with an upper-case letter and contain only upper-case letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word and cannot be an alias name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the alias name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a space after the %1 option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a group after &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the runas list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; between the host list and the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a network address and cannot be used as a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPARMOR_PROFILE is not supported by this sudo (Debian 12 builds it without AppArmor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; here must be escaped as &apos;\=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;!&apos; cannot be put in front of a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write sudoedit without a path (&quot;sudoedit /file&quot;), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo does not allow a line continuation inside the list after Defaults:, @, ! or &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Sudoers::StatementParser</name>
    <message>
        <source>a line continuation (backslash at the end of a line) must follow a space, a comma or a colon inside a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line continuation must be followed by more of the statement, not by a blank line, a comment or the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;#-&quot; must be followed by comment text; negative ids (#-N) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported character (byte 0x%1); only printable ASCII is allowed outside comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include line cannot be continued with a backslash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Sudoers::SudoersFile</name>
    <message>
        <source>The edit would make the sudoers file invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement %1 in the sudoers file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Sudoers::SudoersLinter</name>
    <message>
        <source>%1 can be written by its group or by everyone (mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can write a sudoers file can give themselves root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the mode to 0440: chmod 0440 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has mode %2 instead of 0440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo expects sudoers files to be read-only and not readable by others; other modes can reveal the policy or make sudo refuse the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is owned by uid %2, gid %3 instead of root:root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of a sudoers file can change it and so gain root; sudo itself refuses files not owned by root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chown root:root %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!authenticate&quot; lets users run sudo without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets a shell as the affected users (a stolen session, a malicious script) becomes root without knowing a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove !authenticate; grant NOPASSWD only for the specific commands that need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes %2 to commands run through sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables like LD_PRELOAD, PYTHONPATH, PERL5LIB, BASH_ENV or PATH make the command load code chosen by the user, which then runs as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes sudo ask for another account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users then share the root (or target) password, so sudo can no longer tell who did what, and the shared password must be handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer each user&apos;s own password (remove %1) and grant specific commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Defaults setenv&quot; lets users pass any environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LD_PRELOAD and similar variables then reach commands run as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;setenv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may run any command as root without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets a shell as this user becomes root with no further barrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove NOPASSWD from the ALL rule, or list the few commands that need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; uses a wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards match more than intended: &apos;*&apos; in arguments matches spaces and extra options (for example &quot;/bin/cat /var/log/*&quot; also allows &quot;/bin/cat /var/log/../../etc/shadow&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the exact commands and arguments instead of a wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can start a shell, so this rule gives full root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors, pagers, interpreters, find, tar, git and similar programs can run other commands; through sudo those run as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let users edit a file use &quot;sudoedit /path/to/file&quot;; otherwise wrap the task in a fixed script owned by root and allow only that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; allows every program in that directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any program added there later, including shells, becomes runnable as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the specific programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not exist on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule for a missing account is dead weight, and grants root to whoever is later created with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule, or create the account deliberately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; does not exist on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever later creates that group decides who gets these sudo rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule, or create the group deliberately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule repeats the one at %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates make the policy harder to review and to change safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule is overridden by the later rule at %1:%2, which matches the same users and hosts for every command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo applies the last matching rule, so the tags here (%1) never take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this rule after the broader one, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands are not run in a separate pseudo-terminal (Defaults use_pty is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without use_pty a command run as root can push keystrokes into the user&apos;s terminal after sudo exits (TIOCSTI), and background processes keep the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;Defaults use_pty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo keeps no log of its own (neither Defaults logfile nor log_output is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dedicated sudo log (or I/O logs) lets you reconstruct who ran what as root even when syslog is lost or rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;Defaults logfile=/var/log/sudo.log&quot; (and log_output for full session logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults secure_path is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, commands run through sudo are looked up in the user&apos;s PATH, where a user-writable directory can put a fake program in front of the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Defaults secure_path=&quot;/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!env_reset&quot; passes the user&apos;s whole environment to commands run as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables such as LD_PRELOAD, BASH_ENV or PYTHONPATH then load code chosen by the user into root processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;!env_reset&quot; and list the few variables to keep with env_keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!%1&quot; tries to take one command away from ALL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user allowed ALL can copy or rename the program, or reach it through a shell, so the exclusion gives a false sense of control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the specific commands the user needs instead of ALL minus exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Sudoers::SudoersTree</name>
    <message>
        <source>includes are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 includes itself (include cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read included file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include path uses %h but the host name is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls</name>
    <message>
        <source>Bulwark cannot read %1 with certainty, so it changes nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text right after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s answer about its Apache web server was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s answer about its nginx configuration was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ssl_protocols&quot; shares its line with other configuration, so Bulwark does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls::ApacheConfig</name>
    <message>
        <source>the file contains NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment that ends in a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash at the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a continuation that joins two words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section end without its &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&lt;/%1&gt;&quot; without its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&lt;/%1&gt;&quot; closes &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section line that does not end in &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directive name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;Macro&gt; without its &quot;&lt;/Macro&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; without its &quot;&lt;/%1&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls::ApacheReader</name>
    <message>
        <source>the control program &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exit status of apachectl -v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apachectl -M printed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache&apos;s configuration does not pass its own check now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark does not read %1: the name has characters it does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file header that is not well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no control program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of apachectl -v is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of configuration files is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not run on the host, so Apache&apos;s version, modules and sites are unknown and its configuration was not checked. It said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Debian&apos;s apache2ctl first creates its lock directory /var/lock/apache2; /var/lock leads to /run/lock, which is probably missing. systemd-tmpfiles creates it at boot.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -t could not run either: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Apache configuration is larger than Bulwark reads (16 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Apache configuration failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls::LineEdits</name>
    <message>
        <source>Bulwark made overlapping changes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls::NginxConfig</name>
    <message>
        <source>the file contains NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;;&apos; without a directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Lua block (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directive without its &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;}&apos; without its &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash at the end of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text right after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated &quot;${&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;}&apos; inside &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty directive name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block without its &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls::NginxReader</name>
    <message>
        <source>output after &quot;nginx is not installed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;nginx is not installed&quot; after other output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s configuration path &quot;%1&quot; is not a plain path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s configuration directory %1 is not one Bulwark reads from (too broad or missing), so no file was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s configuration directory &quot;%1&quot; is not a plain path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx -t fails on the host now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx reads more than %1 files; Bulwark read the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name without its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolved path without its file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file contents without a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx lists a file as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside nginx&apos;s configuration directory%2; Bulwark does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it leads to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than Bulwark reads (1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file was skipped for an unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside nginx&apos;s configuration directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while Bulwark read it; read the host again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be parsed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more files than the script reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed by nginx -T, but no include directive Bulwark read names it; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s main configuration file %1 was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s nginx configuration is larger than Bulwark reads (24 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s nginx configuration failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls::TlsHandshake</name>
    <message>
        <source>This computer has no TLS library Qt can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS check of %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection but no TLS 1.2 or 1.3 handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a protocol version Bulwark probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 negotiated with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library negotiated %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library cannot offer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Tls::TlsPlanJob</name>
    <message>
        <source>nginx is not installed on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark has not read %1 from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s configuration on the host does not pass &quot;nginx -t&quot; now; fix that first (the change is verified with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2/1.3 for every server block without its own ssl_protocols, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 allows %3 for every server block that does not set ssl_protocols itself; the plan sets TLS 1.2 and 1.3 there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1&apos;s default server is the one at %2 line %3. It sets no ssl_protocols and neither does the http block, so nginx %4 allows TLSv1 and TLSv1.1 there by default; nginx may negotiate with its settings, so old clients can still reach this site with them. Plan that server block too, then check with the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1&apos;s default server is the one at %2 line %3, which allows %4. nginx may negotiate with its settings, so old clients can still reach this site with them; plan that server block too, then check with the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx reads %1 through %2; the plan edits the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Transport::WindowsQuote</name>
    <message>
        <source>An argument for a Windows command is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument for a Windows command contains %, ! or &quot;, which cmd.exe would interpret; pass such values to PowerShell as data instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument for a Windows command contains a line break or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument for a Windows command contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows program must be named without blanks or special characters (cmd.exe would strip the quotes around it); run it through PowerShell instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Transport::WsmanEnvelope</name>
    <message>
        <source>The WinRM server sent an answer that is not valid WS-Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer contains a document type declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer nests elements deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a SOAP 1.2 envelope (root element {%1}%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected element {%1}%2 in the envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected element {%1}%2 in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names two different shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries output of another command (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output of stream %1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries the state of another command (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exit code &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope has no body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not say which request it answers (no RelatesTo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer relates to another request (%1, expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Transport::WsmanEnvelope::Fault</name>
    <message>
        <source>%1 refused access: the account must be an administrator on the host (or a member of Remote Management Users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused a new shell: this account has too many open WinRM shells (MaxShellsPerUser). They close by themselves after their idle timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within the operation timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the WinRM request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::AccountsModel</name>
    <message>
        <source>usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are logged in as this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s accounts are still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is already unusable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already has no login shell (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has already expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name to rename %1 and its group of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the password: it stops working; SSH keys still do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire the account: no login of any kind works any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the shell to nologin: nobody gets a shell as this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nologin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::AccountsSnapshotLoader</name>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::AccountsWizard</name>
    <message>
        <source>Accounts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in the accounts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are made in this order (%1 in all). Each one is checked on the host after it is made; if one fails, all are undone. Account changes can lock people out, so read the warnings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts of %1 could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 first: the wizard works from the latest scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the &amp;SSH Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;every account that can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renamed account&apos;s &amp;home directory is renamed too (/home/old → /home/new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can log in to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock what nobody should use. Bulwark never changes the account it logs in with, and never locks root&apos;s password unless another administrator keeps working sudo. Nothing changes on the host until you have seen the changes and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root login over SSH: &lt;b&gt;allowed, also with a password&lt;/b&gt; (PermitRootLogin yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root login over SSH: &lt;b&gt;with a key only&lt;/b&gt; (PermitRootLogin %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root login over SSH: &lt;b&gt;only for forced commands&lt;/b&gt; (PermitRootLogin forced-commands-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root login over SSH: &lt;b&gt;not allowed&lt;/b&gt; (PermitRootLogin no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root login over SSH: not known (the SSH settings were not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account needs attention. Tick &quot;Show every account that can log in&quot; to lock or rename another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are logged in as this account; Bulwark leaves it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts of %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account of %1 needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts of %1 that need attention: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::AddHostDialog</name>
    <message>
        <source>Add Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Linux host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark connects over SSH, verifies the server&apos;s host key and reads basic facts. Nothing on the server is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host:port, host name, IP address or ssh_config alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same password for &amp;sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host name, an IP address or an ssh_config alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Reading basic facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key was not trusted, so Bulwark did not log in. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark reads ~/.ssh/config, so an alias defined there works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will connect to &lt;b&gt;%1&lt;/b&gt; on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ssh_config host &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark tries ssh-agent and your keys first, then the password. The password stays in memory for this session only; it is never saved or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linux (SSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win&amp;dows (WinRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (port 5986, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (port 5985)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over plain HTTP, Basic authentication sends the Windows password in a form anyone on the network path can read, and commands and their output travel unencrypted. Use it only on an isolated management network, and only if the host&apos;s WinRM service allows it (AllowUnencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow u&amp;nencrypted WinRM for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Windows host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark connects over WinRM, verifies the server&apos;s TLS certificate and reads basic facts. Nothing on the server is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host:port, e.g. Administrator@pacs-win01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of that Windows account (WinRM takes Basic authentication for local accounts). It stays in memory for this session only; it is never saved or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Windows host as user@host or user@host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host without http:// or https://; choose HTTPS or HTTP below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Windows user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account to sign in with, as user@host or in the User field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP needs &quot;Allow unencrypted WinRM for this host&quot; ticked; HTTPS does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not trusted, so Bulwark did not send the password. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM must be enabled on the host (winrm quickconfig -transport:https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will connect to &lt;b&gt;%1&lt;/b&gt; on port %2 over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will connect to &lt;b&gt;%1&lt;/b&gt; on port %2 over &lt;b&gt;unencrypted&lt;/b&gt; HTTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::ApplyJob</name>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is being applied. Wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::ApplyProgressView</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the current step and undoes every change made so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step, then undoing what was done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Host State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds out, change by change, whether the host has the old or the new state. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back — the host is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused — nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted — the connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing failed — the host needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host state checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host has the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host has the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic undo armed: unless a fresh login confirms access, the host restores the originals by itself at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic undo is still armed: the host restores the originals by itself at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh login confirmed access; the automatic undo was removed from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic undo was removed from the host before the changes were undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s automatic undo (armed until %1) put the originals back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::DashboardPage</name>
    <message>
        <source>Not scanned yet — press Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardening score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score = weight of passed checks ÷ weight of passed and failed checks, with critical 10, high 5, medium 3 and low 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area is scored like the whole host, from 0 to 100. An area where nothing could be measured has no bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices no host check can verify, such as staff training and incident response. Confirm each with the people responsible. Ticks are kept until Bulwark closes and do not change the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A scan runs one read-only command on the host and checks what it reports against %n rule(s). Nothing on the host changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 not applicable · %4 could not be checked (excluded from the score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix first: %1 check(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote command(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>with sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (80–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (50–79)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk (0–49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s); higher is better.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Manual checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Bulwark cannot check this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took under a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical · %2 high · %3 medium · %4 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click a bar to list those checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scan so far; each scan adds a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as an elevated administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::DiffLineModel</name>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::DiffView</name>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed and added lines in one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current file and the new file next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every line of the file, not only the changes and 3 lines around them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n line(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The difference could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file, unchanged (%1, SHA-256 %2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file: its content is not shown.
Before: %1, SHA-256 %2…
After: %3, SHA-256 %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file: every line is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is deleted: every line is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid UTF-8 text: bytes that are not UTF-8 are shown as “�”. They are written unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::EditHostDialog</name>
    <message>
        <source>Edit Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are saved in Bulwark&apos;s host list on this computer. Passwords never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host:port, host name, IP address or ssh_config alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group (e.g. Radiology, Pharmacy, Lab systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: ssh-agent and ~/.ssh keys are tried first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;with sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended. Without sudo, checks that need root (password hashes, sudo rules, the effective SSH server settings) show as &quot;could not be checked&quot; and do not count towards the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host name, an IP address or an ssh_config alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host:port, e.g. Administrator@pacs-win01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (port 5986, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (port 5985)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over plain HTTP, Basic authentication sends the Windows password in a form anyone on the network path can read, and commands and their output travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow u&amp;nencrypted WinRM for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::EmptyStatePage</name>
    <message>
        <source>No hosts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Linux server to audit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark connects over SSH, verifies the server&apos;s host key and reads basic facts. It changes nothing on a server without your approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::FindingDetailsView</name>
    <message>
        <source>This wizard arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard arrives in a later release. Until then, follow the steps under &quot;How to fix&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check to see what was found and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudo rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed; the host reported no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check passed: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check does not apply to this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host did not report the facts this check needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that could not be run do not count towards the score. Scanning with sudo often lets Bulwark read what was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is kept this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIPAA 45 CFR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS DSPT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyber Essentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Bulwark no longer has the rule %1, so it cannot explain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to change, see every change before it is made, then apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::FindingsModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::FindingsPage</name>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet — press Scan to list what Bulwark checks and what it finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a check to see what was found and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, rule id or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::FormHelpers</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::HostConnectionGate</name>
    <message>
        <source>The host is no longer in the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::HostConnector</name>
    <message>
        <source>The host key was not trusted, so Bulwark did not log in. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1, so Bulwark did not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark keeps the pinned certificates in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not trusted, so Bulwark did not send the password. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::HostFactsPage</name>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: Bulwark collected these facts without changing anything on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s answer was incomplete; some facts may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (booted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the host to see its services, accounts, firewall, BitLocker, Defender, updates and remote access settings here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File sharing (SMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not joined to a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (workgroup, not a domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: WinRM over unencrypted HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installed, %2 running, %3 start automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in Administrator is &quot;%1&quot; and enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in Administrator is &quot;%1&quot; and disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local, %2 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inbound: not configured, blocks by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inbound: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 protection %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time protection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signatures updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending (%2 security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last installed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, Network Level Authentication %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared folder(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listeners read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; unencrypted %1, Basic %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::HostHeader</name>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit this host now (F5). Bulwark runs one read-only command; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scan. Nothing on the host has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans without sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows · WinRM over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows · WinRM over unencrypted HTTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::HostKeyDialog</name>
    <message>
        <source>Verify the server&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark has not connected to this server before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before Bulwark sends any password or key, make sure that this is really your server and not an impostor on the network. A server proves who it is with its host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one on the server. On the server&apos;s own console (not over this network), run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the fingerprints match, trust the key: Bulwark records it in your known_hosts file and will refuse to connect if it ever changes. If they differ, do not connect, and report it to your security team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark has not connected to this Windows host before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before Bulwark sends the password, make sure that this is really your server and not an impostor on the network. Over HTTPS the host proves who it is with its TLS certificate, and no authority this computer trusts has vouched for this one (WinRM often uses a self-signed certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one on the server. On the server&apos;s own console (not over this network), run in PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the fingerprints match, trust the certificate: Bulwark pins it for this host and will refuse to connect if it ever changes. If they differ, do not connect, and report it to your security team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::HostListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardening score of the latest scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows host (WinRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux host (SSH)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::HostPage</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::JournalModel</name>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::JournalPage</name>
    <message>
        <source>Change Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change Bulwark made to your servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes every entry&apos;s hash and the chain that links them, and names the first entry that was changed, removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry of the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal intact: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: %n entries, last hash %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Journal damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark has not changed anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transaction to see what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 by %3 · transaction %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference was journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction was undone already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction cannot be rolled back from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction did not finish: check the host state first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the changes that undo this transaction; nothing happens until you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback could not be planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::LuksDevicesLoader</name>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::LuksDevicesModel</name>
    <message>
        <source>unlocked mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUKS (header not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUKS%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reencryption interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: a %1 device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: holds the root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: holds mounted filesystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: in use by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases data: confirm by typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not encrypt %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting %1 destroys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty and can be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::LuksWizard</name>
    <message>
        <source>Encrypt a Disk (LUKS) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are made in this order (%1 in all). Each one is checked on the host after it is made; if one fails, what can be undone is undone. Formatting cannot be undone: read the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disks of %1 could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the disks of the host again, for example after unmounting one. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a &amp;verified backup of this device&apos;s data and LUKS header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes only what this report says. Bulwark never reencrypts a device: that is done by hand, in a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which disk of %1 should be encrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark encrypts an empty disk or partition with LUKS2, creates a filesystem on it and mounts it at boot. It never formats a mounted or busy device, and a device that holds anything only after you type its name. Nothing changes on the host until you have seen the changes and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlocked device appears as /dev/mapper/NAME; its key file is /etc/luks-keys/NAME.key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext4 (the usual choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xfs (large files, databases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;key file on the host: unlocks by itself at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass&amp;phrase (for recovery, or typed at boot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters; a few random words are best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount p&amp;oint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filesystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the disks of %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 block devices on %2: %3 empty, %4 that Bulwark will not format (greyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to see its encryption state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the unlocked view of %2: select %2 for its encryption state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not encrypt %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an empty disk or partition in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting %1 DESTROYS what is on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the device path to confirm that it is to be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short: at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak: add words or characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase only: nothing secret stays on the host, but after every reboot the disk stays locked and unmounted until someone types the passphrase on the server&apos;s console (not over SSH) or unlocks it by hand. The boot itself goes on without it. A lost passphrase means lost data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file stays on the host&apos;s root filesystem so that the disk unlocks at boot: it protects the data when this disk alone is taken, not the whole server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key file, a passphrase or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disks have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not encrypt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 in the red box to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan needs a secret the wizard does not have (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt %1 (%2 changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the LUKS header backup %1 to this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LUKS header backup was NOT copied to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still on the host at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it again, or fetch it by hand (as root) and keep it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identical copy of the LUKS header backup was already on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LUKS header backup was copied to this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1 (the host&apos;s sha256sum of %2 gave the same), LUKS UUID %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE THIS FILE OFFLINE (an encrypted USB stick in a safe), not on a synced or shared drive, then delete it here. With the key file or passphrase it opens the disk; without it, a damaged header means the data is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::MainWindow</name>
    <message>
        <source>Bulwark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected host and refresh its facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bulwark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bulwark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulwark %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits and hardens the servers that hold patient data. Bulwark shows every change before it makes it, and changes nothing without your approval.&lt;br&gt;&lt;br&gt;Licensed under the Apache License 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s), %1 connected</source>
        <translation>
            <numerusform>%n host, %1 connected</numerusform>
            <numerusform>%n hosts, %1 connected</numerusform>
        </translation>
    </message>
    <message>
        <source>No hosts added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host on the left to see its audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was stopped. Nothing on the host was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule catalog could not be loaded, so hosts cannot be scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit the selected host: one read-only command, then every check. Nothing on the host changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected host&apos;s name, address, group, key or sudo setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected host and its saved scans from Bulwark (nothing on the host changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected host&apos;s latest scan as an HTML report or as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Bulwark?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n saved scan(s) are deleted too. Nothing on the server changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the server changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its saved scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan could not be saved, so it is shown now but not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: score %2 of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest scan could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan %1 · nothing could be measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan %1 · score %2 of 100, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s). Select one to see its audit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the rule catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report for people (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data for tools (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off services the selected host does not need. You see every change before it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change Bulwark made to your servers, who made it and how to undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off services the host does not need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the host first: the wizard works from the latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sud&amp;oers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudoers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and edit who may act as root on the selected host, checked as you type. You see every change before it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;H access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harden how people log in to the selected host over SSH. Bulwark checks first that you keep your own way in, and the host undoes the change by itself if you lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock, expire or rename the accounts the selected host should not have open. Your own account is never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harden SSH logins without locking yourself out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or rename accounts that should not be open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt a &amp;Disk (LUKS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt an empty disk or partition of the selected host with LUKS2 and mount it at boot. Mounted or busy disks are never formatted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS on Web Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the web sites of the selected host a certificate, TLS 1.2 and 1.3 only, HSTS and a redirect to HTTPS. You see every edit before it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Linux server over SSH or a Windows server over WinRM and add it to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows has no sudo: administrators are the members of the local Administrators group (see Accounts…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark reaches this Windows host over WinRM; the SSH access wizard is for Linux hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUKS is Linux disk encryption; Windows disks are encrypted with BitLocker (see the BitLocker findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS wizard configures nginx and Apache on Linux; IIS is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::Palette</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::PasswordDialog</name>
    <message>
        <source>Sudo Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudo password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan runs through sudo on %1 so that it can read files only root may read, and sudo asks for a password there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept your SSH keys. Enter the password to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory until Bulwark closes; never saved or logged. To scan without sudo instead, turn off &quot;Scan with sudo&quot; in Edit Host: checks that need root then show as &quot;could not be checked&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory until Bulwark closes; never saved or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same password for &amp;sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Windows password of %1 to log in over WinRM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::PlanApplyPanel</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan after the change did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan after the change was stopped. Scan the host to see the new score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the state of %1 after the interruption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 after the interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current state from %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be made, in this order. Each one is checked by visudo before it replaces the file and sudo is checked again afterwards; if one fails, all are undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s) to %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 → …  (scanning %2 again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check changed from failed to passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) now pass:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::PlanChangesModel</name>
    <message>
        <source>File edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::PlanPreview</name>
    <message>
        <source>An empty argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read before you continue:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 is &quot;N changes&quot;, %2 &quot;X commands&quot;, %3 &quot;Y file edits&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file edit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see exactly what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command (each box is one argument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as root (sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As sent to the shell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check: the command&apos;s exit status decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prints %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exits with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has no automatic undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current content is read from the host when you continue. The exact change is shown then, before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the file&apos;s current mode and owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated before the swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validator exists for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands for the staged copy; the file is replaced only if this succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file&apos;s content hash is compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May change how you reach this host: undone by the host unless a new login works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps CANNOT BE UNDONE: what is on the device is gone once they run, and rolling back does not bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be undone: whatever this step destroys is gone for good, even if the plan is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the secret “%1” on its standard input, given only when you press Apply. Its value is never in the command line, the plan, the journal or a log, and is not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command (a PowerShell script, sent encoded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::PlanWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Changes &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly what would change. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::RollbackDialog</name>
    <message>
        <source>Roll Back — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo transaction %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current state from %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back — the host is as it was before the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the state of the host after the interruption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the host after the interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback could not be prepared. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) put back what the transaction changed, newest first. Nothing happens until you confirm.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Roll Back %n Change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolling back %n change(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollback of transaction %1: %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::ScanController</name>
    <message>
        <source>The scan needs sudo on this host and no sudo password was given. Enter it when asked, or turn off &quot;Scan with sudo&quot; in Edit Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing the host (one command)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n rule(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rule catalog is not loaded, so there is nothing to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::ScoreRing</name>
    <message>
        <source>of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardening score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardening score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::ServicesModel</name>
    <message>
        <source>SSH: remote logins, including Bulwark&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs scheduled jobs (backups, log rotation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the system logs to /var/log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects the system&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps track of who is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the clock right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings the network up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up host names (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets system services talk to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up hardware as it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs security updates automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confines programs to what they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records security-relevant events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks addresses that keep guessing passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login prompt on a console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login prompt on a serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the hypervisor manage this VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be switched off here: Bulwark&apos;s own connection to this host depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be switched off here: the system needs it to start, keep logs or be administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only another name for a service; choose that service instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unit name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by inetd on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inetd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from the network on %1. Programs that use it there stop working when it is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on %1 (this machine only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed check recommends switching it off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inetd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Network: %1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Local: %1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on demand by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::ServicesWizard</name>
    <message>
        <source>Switch Off Services — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly what would change. Reads from the host; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been scanned yet, so Bulwark does not know its services. Scan it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;mask them, so nothing can start them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A masked service cannot be started by hand or by another service until it is unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also stop their &amp;socket and path units (they would start the service again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which services should be switched off on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked services are stopped and disabled. Recommended ones failed a check of the latest scan. Nothing changes on the host until you have seen the changes and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) chosen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the changes are applied or rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be made, in this order. Each one is checked after it is made; if one fails, all are undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SshStateLoader</name>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SshWizard</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Hardening — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in the SSH server settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes below are made in this order. sshd checks the new settings before they replace the file and again afterwards, then reloads; if a check fails, everything is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on the host that you can still log in, and shows exactly what would change. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server&apos;s settings could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets every setting to Bulwark&apos;s recommendation. Changes nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption, tamper protection and key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old ciphers, MACs and key exchanges can be broken. Modern keeps only strong ones this server&apos;s OpenSSH has, and always ones Bulwark itself can still use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace telnet, FTP and rsh with SSH and SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people log in to %1 over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to change; everything else stays as it is. Before anything is changed, Bulwark checks on the server that you can still log in afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names separated by spaces; USER@ADDRESS limits a user to one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SSH server settings of %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. &quot;Now&quot; is what the SSH server of %2 applies to that login today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Match block sets this for your login; everyone else gets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Match block sets this for some other connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by Bulwark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out Bulwark&apos;s setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weak ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the host first to find telnet, FTP and rsh servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest scan found no telnet, FTP or rsh server: nothing to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They send passwords unencrypted. Found in the latest scan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking on %1 that you can still log in after this change (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock-out check could not run on %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SudoersEditor</name>
    <message>
        <source>Sudoers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in the sudoers configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back to the Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load from Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the configuration again; your edits are dropped. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly what would change. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudoers configuration could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may do what as root on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files sudo reads, in its order. Edits are checked as you type; nothing changes on the host until you have reviewed the changes and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sudoers configuration of %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; mode %2, owner %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shown only: it holds bytes the console cannot edit without changing them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 — sudo would refuse this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudoers configuration has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was edited: there is nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo would refuse the edited configuration, so Bulwark will not write it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SudoersFilesModel</name>
    <message>
        <source>uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — mode and owner unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — mode %2, owner %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SudoersLintModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo refuses a configuration it cannot read: nobody could use sudo until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the line; nothing can be applied while the file does not parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visudo accepts the file but warns about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SudoersRulesModel</name>
    <message>
        <source>NOPASSWD: ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOPASSWD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can start a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SudoersSnapshotLoader</name>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::SudoersWizard</name>
    <message>
        <source>Sudo Rights — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in the sudoers configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the Files Instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the sudoers editor for Defaults and everything the wizard does not cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudoers configuration could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant: let a user or group run specific commands as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;strict: narrow an existing rule to what is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke: remove an existing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full path and arguments, e.g. /usr/sbin/nginx -s reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password (NOPASSWD) — only for automation that cannot type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands may not start other programs (NOEXEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, allow ALL commands: this is full root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may run what as root on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each account only the commands it needs. Nothing changes on the host until you have seen the changes and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL is every command: full root access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands are written with their full path, e.g. /usr/bin/systemctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can start a shell, which gives full root access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wildcard in %1 may match far more than intended (sudo matches it against any arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sudoers configuration of %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in the sudoers configuration of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule to narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s own users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user, or %group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the rule&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants are written to their own file in /etc/sudoers.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::TlsHandshakeView</name>
    <message>
        <source>Checked from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port this computer connects to. Change it when the site is reached through a forwarded port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the site from this computer and shakes hands. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (asking for the site %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1, port %2, from this computer (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 from this computer at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS handshake with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Only TLS 1.2 and 1.3 are offered: TLS 1.0 and 1.1 were both refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The site still accepts obsolete protocols: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site negotiated %1, but whether it refuses TLS 1.0 and 1.1 is not known (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(good: a client offering only this version was turned away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a client offering only this version got a connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by this computer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted by this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires on %1, in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed: browsers warn unless it is installed as trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::TlsSitesModel</name>
    <message>
        <source>this server block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the http block of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this VirtualHost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache&apos;s server-wide SSLProtocol (ssl.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no ServerName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no server_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the http block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2, a link to %3. Bulwark edits %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a TLS site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VirtualHost sets no SSLProtocol; %1 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl_protocols is not set; nginx uses its built-in default (TLS 1.0 and 1.1 included before nginx 1.23.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1. Obsolete and weak: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::TlsStateLoader</name>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the web server was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::TlsWizard</name>
    <message>
        <source>TLS on Web Servers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in the web server of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes below are made in this order. After the new file is in place Apache reloads and apachectl configtest checks the whole configuration; if that fails, everything is undone and Apache reloads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes below are made in this order. After the new file is in place nginx reloads and nginx -t checks the whole configuration; if that fails, the old file is put back and nginx reloads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server configuration could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web sites of %1 and their TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site, then what it should use. Nothing changes on the host until you have seen every edit of the web server&apos;s files and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the certificate the site has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate and key already on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a certificate from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new key and a request (CSR) for your certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/ssl/certs/portal.crt (the certificate and its chain, PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file on the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with the certificate and its chain; never a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/ssl/private/portal.key (stays on the host; Bulwark never copies keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key on the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern ciphers only (Mozilla &quot;intermediate&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong ciphers with forward secrecy that every browser of the last years supports; the client picks the fastest for its hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ciphers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day (a trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also for every subdomain (includeSubDomains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HSTS (browsers use HTTPS only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect plain HTTP to HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// addresses of the site&apos;s names answer with a permanent redirect (301) to https://, so bookmarks and links keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Site &amp;Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shakes hands with the site from this computer and shows what it offers today: protocol, cipher, certificate chain, TLS 1.0 and 1.1. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; a certificate chain is a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a private key. Bulwark never copies private keys: choose a file with only the certificate and its chain, and keep the key on the host (give its path below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, issued by %3, valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 more certificates of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is self-signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has EXPIRED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the web server configuration of %1 (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx -t fails on the host now. Bulwark changes nothing until the configuration passes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache: apachectl configtest fails on the host now. Bulwark changes no Apache site until the configuration passes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web servers report problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither nginx nor Apache is installed on %1: there is no site to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: no site (server block or VirtualHost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 sites, %4 of them with TLS. Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sites appear here once they are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no ServerName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no server_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 (%2, line %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no certificate of its own to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name the site answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no TLS yet; it gets TLS on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no TLS yet; it gets &quot;listen 443 ssl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: nginx&apos;s built-in default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1. Switched off: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 and TLS 1.3 only (always set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are obsolete. Very old clients (Windows 7 with Internet Explorer, Android 4, old lab devices) can no longer connect; check the access logs for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no certificate of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site keeps %1 and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files already on the host, as nginx should read them (PEM). Bulwark does not read the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (and its chain) is written to %1 on the host; the private key must already be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl on the host makes a new key (in %1, readable only by root) and a certificate signed by itself. Browsers warn about it: use it for tests and internal tools, not for patients or staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl on the host makes a new key (in %1, readable only by root) and a certificate signing request to send to your certificate authority. Until its certificate arrives, the site keeps its certificate, or uses a self-signed one from the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sends no Strict-Transport-Security header now; it stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sends Strict-Transport-Security &quot;%1&quot; now; it stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers that visit use only HTTPS for this site for one day. A safe trial: if something breaks, it is over tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers that visit refuse plain HTTP for this site for that long, even if HTTPS is switched off again. Try 1 day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subdomain of the site&apos;s names must then serve HTTPS with a valid certificate, or browsers will refuse it for the whole time. Only tick this if you know all of them do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reaches %1 over SSH through the jump host %2; this check connects directly, which may not work from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS of %1 Now — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every edit of the web server&apos;s files and the commands, exactly. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::WindowsAdminWizard</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in Accounts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in the accounts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are made in this order (%1 in all). Each one is checked on the host after it is made; if one fails, all are undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Administrator (RID 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last logon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other local administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Bulwark should do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;disable it (it stays on the host for recovery, but nobody can log on with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also disable the built-in &amp;Guest account (RID 501), which is enabled now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename and disable the built-in Administrator of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Windows host has this account, attackers know its name, and it is never locked out however often a password is guessed. Give it a name nobody guesses and disable it; administer the host with named accounts. Nothing changes on the host until you have seen the changes and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Guest account (RID 501) is disabled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is disabled already; renaming it is all that is left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (or Windows did not record it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark signs in to %1 with this account (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other member: the built-in Administrator is the only administrator of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled local administrator accounts besides the built-in one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain members are listed as the host reported them; Bulwark cannot see whether they are enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of the Administrators group could not be read; these are the local accounts known to be administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is its name now. Type a new one, or leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attackers try “%1” too. A name that does not say what the account is for is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark signs in with this account, so it keeps its name and stays enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 is a valid name that %2 does not use yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 20 characters. Leave it empty to keep the name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been scanned yet, so Bulwark does not know its accounts. Scan it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest scan of %1 lists no built-in Administrator (the account with RID 500): its accounts could not be read. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly what would change. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::WindowsServicesModel</name>
    <message>
        <source>Bulwark&apos;s own connection to this host (Windows Remote Management).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark&apos;s own connection runs through it (the HTTP.sys listener of WinRM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Desktop: the administrators&apos; other way in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost every part of Windows talks through it (RPC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the other parts of Windows (DCOM, RPC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every logon goes through it (Local Session Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the event logs, the record of what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WMI: how Windows, Bulwark&apos;s scan and management tools read the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs scheduled tasks: updates, backups and maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the clock right; domain logons (Kerberos) fail when it drifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the network address and routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up host names (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells which network the host is on; the firewall profiles depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the local accounts; logons need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the host in its domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the host in its domain and reaches file shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall&apos;s filtering engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Firewall itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The antivirus (Microsoft Defender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the antivirus (Microsoft Defender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the security updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows needs it to run, to keep its logs or to be administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (delayed start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name holds characters the service commands would misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver started with Windows itself: switching it off could stop Windows from starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled and stopped already: nothing to switch off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark leaves %1 alone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed check recommends switching %1 off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Ui::WindowsServicesWizard</name>
    <message>
        <source>Switch Off Windows Services — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in the services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are made in this order (%1 in all). Each one is checked on the host after it is made; if one fails, all are undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest scan could not read the services of %1 (the scan&apos;s problems say why). Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more services than the scan lists (%2); the others are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been scanned yet, so Bulwark does not know its services. Scan it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, display name or advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;stop them now (otherwise they keep running until the host restarts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which services should be switched off on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked services get the start mode Disabled. Recommended ones failed a check of the latest scan. Greyed ones are kept: Bulwark does not switch them off. Nothing changes on the host until you have seen the changes and pressed Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services chosen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may stop working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly what would change. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark will not make this change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Windows::WindowsAdminPlanner</name>
    <message>
        <source>&quot;%1&quot; is not a name Windows accepts for an account: 1 to 20 characters, not only periods or blanks, none of &quot; / \ [ ] : ; | = , + * ? &lt; &gt; @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 already exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the name of a built-in group or identity on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the computer&apos;s own name; Windows refuses it as an account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These facts are not from a Windows host; the Windows accounts planner cannot use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan of %1 lists no built-in Administrator (the local account with RID 500); scan again as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan did not read the built-in Administrator&apos;s SID, name and state, so a change could not be undone exactly; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan did not read the built-in Guest account (the local account with RID 501) and its state; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Administrator is already disabled and keeps its name; there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new name was given and the account stays enabled; there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan does not say which account Bulwark logs in to %1 with, so it cannot rule out that it is the built-in Administrator; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark logs in to %1 as the built-in Administrator (%2). Renaming or disabling that account would end this connection and every later one: log in as another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other enabled local administrator account is left on %1 once the built-in Administrator is disabled, and the host is not in a domain; create and test another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other local administrator account stays enabled on %1; only the domain&apos;s administrators can manage it afterwards. Make sure one of them can log in before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other local administrator account stays enabled on %1; only these domain members of the Administrators group can manage it afterwards: %2. Make sure one of them can log in before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is among the first names attackers try; a name that does not say &quot;administrator&quot; hides the account better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These services log on as %1 by name and will not start after the rename until their log-on account is changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tasks, scripts and documentation that name the account %1 must use %2 afterwards; its SID, files and group memberships stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in Administrator: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in Administrator (SID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the built-in Administrator to %1 and disable it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the built-in Administrator to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the built-in Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in Guest: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in Guest (SID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the built-in Guest account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulwark::Windows::WindowsServicesPlanner</name>
    <message>
        <source>No service was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These facts are not from a Windows host; the Windows services planner cannot use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Windows service name Bulwark acts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a service on %2 (the last scan did not list it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries Bulwark&apos;s own connection to %2 (WinRM); it is never stopped or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is how administrators reach %2 by Remote Desktop; switch Remote Desktop off in its own settings, not by disabling the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service Windows needs to run, log, be managed, stay protected or stay in its domain; Bulwark does not disable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan did not read the start type and status of %1, so disabling it could not be undone exactly; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is started by the kernel (start type %2); Bulwark does not change drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the start type &quot;%2&quot;, which Bulwark cannot put back; it was not planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already disabled and stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already disabled; it stops at the next restart, or choose to stop it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 -&gt; Disabled, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Disabled, %2 -&gt; %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 also stops the services that depend on it and are running: %2. Undoing the change starts %1 again, but not them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 also stops any running service that depends on it (the scan does not list them); undoing the change starts %1 again, but not those.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A duration in two units, e.g. &quot;12 days, 4 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Bulwark: audit and harden the servers that hold patient data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostConnection</name>
    <message>
        <source>Canceled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostEntry</name>
    <message>
        <source>Enter the Windows host as user@host or user@host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Windows host as user@host[:port], without http:// or https://; choose HTTPS or HTTP below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows host needs the account to sign in with: user@host (e.g. Administrator@%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>The server&apos;s host key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (Basic over HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (Basic over unencrypted HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Bulwark audit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks passed, %2 failed. %3 did not apply to this host and %4 could not be checked; neither counts towards the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score = 100 × (weight of passed checks) / (weight of passed + failed checks); weights: critical 10, high 5, medium 3, low 1, info 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks, most severe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Bulwark %1 · rule set %2 · %3 remote command(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Cannot read the host list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list %1 is implausibly large; it was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list %1 is damaged and was not loaded; it is kept unchanged so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the host list %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read the known hosts file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file %1 is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the host key to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinuxFacts</name>
    <message>
        <source>The host did not answer the audit probe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanHistory</name>
    <message>
        <source>Cannot save the scan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid scan name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved scan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scan is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scan %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has not been scanned yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRecord</name>
    <message>
        <source>This scan was saved in a format this version does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scan is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is larger than %2 bytes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>A command argument contains a NUL byte, which no program can receive; the command was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote command needs a program name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1: Match blocks are not evaluated; their settings are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Include nested too deeply; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>sudo on this host requires a terminal (Defaults requiretty). Remove requiretty for this account, or connect as a user that can run commands without a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on this host needs a password for this account. Enter the sudo password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not use sudo on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo is not installed on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo rejected the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo failed before running the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection canceled.</source>
        <translation>Connection cancelled.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a host key that is marked as revoked (%2). Bulwark will not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. Someone may be intercepting the connection, or the server was reinstalled. Bulwark refuses to connect. If you know why the key changed, remove the old key from %2 (line %3) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented %1 %2; known %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a different host key than the one you accepted. Bulwark refuses to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1; presented %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known host. Its %2 key fingerprint is %3. Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed during login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded (it may need a passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded (wrong passphrase?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked &quot;%1&quot;, which Bulwark cannot answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried: %1; server accepts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login. Check the user name, the password or the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a channel to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped while a command was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a new session channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to run the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was canceled.</source>
        <translation>The command was cancelled.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo rejected the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>&quot;%1&quot; is not a host. Use host, user@host or user@host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is out of range (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmPins</name>
    <message>
        <source>Cannot read the WinRM pins %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the WinRM pins %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmSession</name>
    <message>
        <source>No host name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication over HTTP would send the password for %1 unencrypted. Use HTTPS (port 5986), or allow unencrypted WinRM for this host explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the client key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate authentication needs HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created a shell but did not say its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished">Cancelled.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not the one pinned for it. This can mean someone is intercepting the connection; it was refused. If the host&apos;s certificate was replaced, remove the old pin after checking the new fingerprint with its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented %1, pinned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 cannot be verified. Compare its fingerprint %2 with the one the host&apos;s administrator reads on the host before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 bytes; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the user name or password (or Basic authentication is disabled in its WinRM service; Basic works for local accounts only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the client certificate (it must be mapped to a local account with winrm create winrm/config/service/certmapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 500 without a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was canceled.</source>
        <translation type="unfinished">The command was cancelled.</translation>
    </message>
    <message>
        <source>%1 started the command but did not say its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered a Receive without the command&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is empty or not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the content of %2 in a form Bulwark cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PowerShell script is too long to be sent together with input on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmTarget</name>
    <message>
        <source>&quot;%1&quot; is not a WinRM endpoint. Use host, user@host:port or https://user@host:5986/wsman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a password in the address; Bulwark asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsFacts</name>
    <message>
        <source>exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows host did not answer the audit probe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
