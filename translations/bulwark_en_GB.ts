<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BasicFacts</name>
    <message>
        <source>The host&apos;s answer to the first probe was cut short.</source>
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
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
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
        <source>Browse…</source>
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
        <source>Choose a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark tries ssh-agent and your keys first, then the password. The password stays in memory for this session only; it is never saved or logged.</source>
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
        <source>Browse…</source>
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
        <source>Choose a private key</source>
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
        <source>TLS certificates</source>
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
    <name>Bulwark::Ui::HostConnector</name>
    <message>
        <source>The host key was not trusted, so Bulwark did not log in. Nothing was recorded.</source>
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
        <source>Connect to a Linux server over SSH and add it to the list</source>
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
    <name>HostProbe</name>
    <message>
        <source>The server&apos;s host key is not available.</source>
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
    <name>Scanner</name>
    <message>
        <source>Windows hosts are not scanned yet.</source>
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
    <message>
        <source>Could not write %1.</source>
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
</TS>
