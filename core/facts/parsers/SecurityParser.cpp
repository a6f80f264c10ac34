// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/SecurityParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QJsonArray>
#include <QSet>

namespace Bulwark::Facts::SecurityParser {

using namespace ParseUtil;

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromLatin1(name));
    return out;
}

// Installed (package or binary) or enabled (unit or inetd entry). nullopt when nothing could be checked, false only
// when the package list was readable.
std::optional<bool> installedOrEnabled(const LinuxContext &context, const QStringList &packages,
                                       const QStringList &binaries, const QStringList &units, const QStringList &inetd)
{
    for (const QString &binary : binaries) {
        if (context.hasBinary(binary))
            return true;
    }
    for (const QString &unit : units) {
        if (context.unitEnabled(unit).value_or(false) || context.unitActive(unit).value_or(false))
            return true;
    }
    for (const QString &service : inetd) {
        if (context.inetdEnabled.contains(service))
            return true;
    }
    const auto package = context.hasAnyPackage(packages);
    if (package)
        return *package;
    return std::nullopt;
}

QString foldUsr(const QString &path)
{
    for (const char *prefix : {"/bin/", "/sbin/", "/lib/", "/lib64/"}) {
        const QString p = QString::fromLatin1(prefix);
        if (path.startsWith(p))
            return QStringLiteral("/usr") + path;
    }
    return path;
}

} // namespace

bool isUsualSuid(const QString &path)
{
    static const QSet<QString> usual = [] {
        QSet<QString> set;
        for (const char *p : {"/usr/bin/su",
                              "/usr/bin/sudo",
                              "/usr/bin/sudoedit",
                              "/usr/bin/passwd",
                              "/usr/bin/chsh",
                              "/usr/bin/chfn",
                              "/usr/bin/gpasswd",
                              "/usr/bin/newgrp",
                              "/usr/bin/mount",
                              "/usr/bin/umount",
                              "/usr/bin/pkexec",
                              "/usr/bin/fusermount",
                              "/usr/bin/fusermount3",
                              "/usr/bin/crontab",
                              "/usr/bin/at",
                              "/usr/bin/chage",
                              "/usr/bin/newuidmap",
                              "/usr/bin/newgidmap",
                              "/usr/bin/ksu",
                              "/usr/bin/staprun",
                              "/usr/bin/ntfs-3g",
                              "/usr/bin/sg",
                              "/usr/bin/userhelper",
                              "/usr/bin/Xorg",
                              "/usr/bin/doas",
                              "/usr/bin/ping",
                              "/usr/bin/ping6",
                              "/usr/bin/traceroute6.iputils",
                              "/usr/bin/firejail",
                              "/usr/bin/vmware-user-suid-wrapper",
                              "/usr/sbin/unix_chkpwd",
                              "/usr/sbin/pam_timestamp_check",
                              "/usr/sbin/userhelper",
                              "/usr/sbin/usernetctl",
                              "/usr/sbin/mount.nfs",
                              "/usr/sbin/mount.cifs",
                              "/usr/sbin/mount.ecryptfs_private",
                              "/usr/sbin/pppd",
                              "/usr/sbin/exim4",
                              "/usr/sbin/grub2-set-bootflag",
                              "/usr/lib/openssh/ssh-keysign",
                              "/usr/libexec/openssh/ssh-keysign",
                              "/usr/lib/dbus-1.0/dbus-daemon-launch-helper",
                              "/usr/libexec/dbus-1/dbus-daemon-launch-helper",
                              "/usr/lib/dbus-1/dbus-daemon-launch-helper",
                              "/usr/lib/policykit-1/polkit-agent-helper-1",
                              "/usr/lib/polkit-1/polkit-agent-helper-1",
                              "/usr/libexec/polkit-agent-helper-1",
                              "/usr/lib/eject/dmcrypt-get-device",
                              "/usr/lib/xorg/Xorg.wrap",
                              "/usr/libexec/Xorg.wrap",
                              "/usr/lib/snapd/snap-confine",
                              "/usr/libexec/snapd/snap-confine",
                              "/usr/lib/chromium/chrome-sandbox",
                              "/usr/libexec/qemu-bridge-helper",
                              "/usr/lib/qemu/qemu-bridge-helper",
                              "/usr/lib/spice-gtk/spice-client-glib-usb-acl-helper",
                              "/usr/libexec/spice-gtk-x86_64/spice-client-glib-usb-acl-helper"})
            set.insert(QString::fromLatin1(p));
        return set;
    }();
    return usual.contains(foldUsr(path));
}

QJsonObject mac(const ProbeSections &sections)
{
    QJsonObject out;
    if (sections.complete("selinux")) {
        const QStringList lines = sections.lines("selinux", 16);
        const QString getenforce = keyValue(lines, u"getenforce").toLower();
        const QString enforce = keyValue(lines, u"enforce");
        QString state = QStringLiteral("absent");
        if (getenforce == u"enforcing" || getenforce == u"permissive" || getenforce == u"disabled")
            state = getenforce;
        else if (enforce == u"1")
            state = QStringLiteral("enforcing");
        else if (enforce == u"0")
            state = QStringLiteral("permissive");
        else if (lines.contains(QStringLiteral("selinuxfs")))
            state = QStringLiteral("disabled");
        out.insert(QStringLiteral("selinux"), state);
    }
    if (sections.complete("apparmor")) {
        const QStringList lines = sections.lines("apparmor", 16);
        const QString enabled = keyValue(lines, u"enabled");
        out.insert(QStringLiteral("apparmor"), enabled == u"Y"   ? QStringLiteral("enabled")
                                               : enabled == u"N" ? QStringLiteral("disabled")
                                                                 : QStringLiteral("absent"));
        insertIf(out, QStringLiteral("apparmorEnforced"), toInt(keyValue(lines, u"enforce"), 0, 1000000));
        insertIf(out, QStringLiteral("apparmorComplain"), toInt(keyValue(lines, u"complain"), 0, 1000000));
    }
    return out;
}

QJsonObject audit(const ProbeSections &sections, const LinuxContext &context)
{
    if (!context.binariesKnown)
        return {};
    QJsonObject out;
    const bool binary = context.hasBinary(QStringLiteral("auditd")) || context.hasBinary(QStringLiteral("auditctl"));
    const auto package = context.hasAnyPackage(names({"auditd", "audit"}));
    if (binary || package)
        out.insert(QStringLiteral("auditdInstalled"), binary || package.value_or(false));
    insertIf(out, QStringLiteral("auditdActive"), context.unitActive(QStringLiteral("auditd.service")));
    if (!context.hasBinary(QStringLiteral("auditctl"))) {
        out.insert(QStringLiteral("ruleCount"), 0);
    } else if (sections.complete("auditctl")) {
        qint64 rules = 0;
        for (const QString &line : sections.lines("auditctl", 1000000)) {
            if (!line.trimmed().isEmpty() && !line.startsWith(u"No rules"))
                ++rules;
        }
        out.insert(QStringLiteral("ruleCount"), rules);
    }
    return out;
}

QJsonObject antivirus(const ProbeSections &sections, const LinuxContext &context)
{
    if (!context.binariesKnown)
        return {};
    QJsonObject clamav;
    const bool binary = context.hasBinary(QStringLiteral("clamscan")) || context.hasBinary(QStringLiteral("clamd")) ||
                        context.hasBinary(QStringLiteral("freshclam"));
    const auto package = context.hasAnyPackage(names({"clamav", "clamav-daemon", "clamav-freshclam", "clamd"}));
    if (binary || package)
        clamav.insert(QStringLiteral("installed"), binary || package.value_or(false));
    insertIf(clamav, QStringLiteral("freshclamActive"),
             context.anyUnitActive(names({"clamav-freshclam.service", "freshclam.service"})));
    std::optional<bool> daemon = context.anyUnitActive(names({"clamav-daemon.service", "clamd.service"}));
    if (daemon && !*daemon) {
        for (auto it = context.units.constBegin(); it != context.units.constEnd(); ++it) {
            if (it.key().startsWith(u"clamd@") && context.unitActive(it.key()).value_or(false))
                daemon = true;
        }
    }
    insertIf(clamav, QStringLiteral("daemonActive"), daemon);
    QJsonValue age = QJsonValue::Null;
    if (sections.complete("clamav-db") && context.now) {
        std::optional<qint64> newest;
        for (const QString &line : sections.lines("clamav-db", 100)) {
            const auto stamp = toInt(fields(line).value(0), 0, 32503680000LL);
            if (stamp && (!newest || *stamp > *newest))
                newest = stamp;
        }
        if (newest)
            age = *context.now > *newest ? (*context.now - *newest) / 86400 : 0;
    }
    clamav.insert(QStringLiteral("signatureAgeDays"), age);
    return QJsonObject{{QStringLiteral("clamav"), clamav}};
}

QJsonObject legacy(const LinuxContext &context)
{
    if (!context.binariesKnown)
        return {};
    QJsonObject out;
    insertIf(out, QStringLiteral("telnetServer"),
             installedOrEnabled(context, names({"telnetd", "inetutils-telnetd", "telnetd-ssl", "telnet-server"}),
                                names({"in.telnetd", "telnetd"}), names({"telnet.socket", "telnetd.service"}),
                                names({"telnet"})));
    insertIf(out, QStringLiteral("ftpServer"),
             installedOrEnabled(context,
                                names({"vsftpd", "proftpd", "proftpd-basic", "proftpd-core", "pure-ftpd",
                                       "pure-ftpd-common", "ftpd", "inetutils-ftpd", "tnftpd"}),
                                names({"vsftpd", "proftpd", "pure-ftpd", "in.ftpd"}),
                                names({"vsftpd.service", "proftpd.service", "pure-ftpd.service"}), names({"ftp"})));
    insertIf(out, QStringLiteral("rshServer"),
             installedOrEnabled(context, names({"rsh-server", "rsh-redone-server"}), names({"in.rshd", "in.rlogind"}),
                                names({"rsh.socket", "rlogin.socket", "rexec.socket"}),
                                names({"shell", "login", "exec"})));
    insertIf(out, QStringLiteral("tftpServer"),
             installedOrEnabled(context, names({"tftpd-hpa", "tftpd", "atftpd", "tftp-server"}),
                                names({"in.tftpd", "tftpd"}),
                                names({"tftpd-hpa.service", "tftp.socket", "atftpd.service"}), names({"tftp"})));
    insertIf(out, QStringLiteral("nisServer"),
             installedOrEnabled(context, names({"nis", "ypserv"}), names({"ypserv"}),
                                names({"ypserv.service", "nis.service"}), {}));
    insertIf(out, QStringLiteral("talkServer"),
             installedOrEnabled(context, names({"talkd", "inetutils-talkd", "talk-server"}),
                                names({"in.talkd", "in.ntalkd"}), names({"talk.socket", "ntalk.socket"}),
                                names({"talk", "ntalk"})));
    return out;
}

QJsonObject ids(const LinuxContext &context)
{
    if (!context.binariesKnown)
        return {};
    struct Tool
    {
        const char *name;
        std::initializer_list<const char *> packages;
        std::initializer_list<const char *> binaries;
    };
    const Tool tools[] = {
        {"aide", {"aide", "aide-common"}, {"aide"}},
        {"tripwire", {"tripwire"}, {"tripwire"}},
        {"snort", {"snort"}, {"snort"}},
        {"suricata", {"suricata"}, {"suricata"}},
        {"ossec", {"ossec-hids", "ossec-hids-agent", "ossec-hids-server"}, {"ossec-control"}},
        {"wazuh", {"wazuh-agent", "wazuh-manager"}, {"wazuh-control"}},
        {"fail2ban", {"fail2ban"}, {"fail2ban-server"}},
    };
    QJsonArray installed;
    for (const Tool &tool : tools) {
        bool found = context.hasAnyPackage(names(tool.packages)).value_or(false);
        for (const char *binary : tool.binaries)
            found = found || context.hasBinary(QString::fromLatin1(binary));
        if (found)
            installed.append(QString::fromLatin1(tool.name));
    }
    // /var/ossec is shared by OSSEC and Wazuh; count it as OSSEC only when Wazuh is not there.
    if (context.hasBinary(QStringLiteral("ossec-dir")) && !installed.contains(QStringLiteral("wazuh")) &&
        !installed.contains(QStringLiteral("ossec")))
        installed.append(QStringLiteral("ossec"));
    // Without the package list, a tool installed outside PATH would go unseen: say only what was found.
    if (!context.packagesKnown && installed.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("installed"), installed}};
}

QJsonObject files(const ProbeSections &sections)
{
    QJsonObject out;
    if (sections.readable("files-world-writable")) {
        bool more = false;
        const QStringList lines = sections.lines("files-world-writable", 200, &more);
        QStringList paths;
        for (const QString &line : lines) {
            if (line.startsWith(u'/'))
                paths.append(line.left(4096));
        }
        out.insert(QStringLiteral("worldWritable"), toArray(paths));
        out.insert(QStringLiteral("worldWritableTruncated"), more || !sections.complete("files-world-writable"));
    }
    if (sections.readable("files-suid")) {
        bool more = false;
        const QStringList lines = sections.lines("files-suid", 500, &more);
        QStringList unusual;
        for (const QString &line : lines) {
            if (line.startsWith(u'/') && !isUsualSuid(line))
                unusual.append(line.left(4096));
        }
        out.insert(QStringLiteral("suidUnusual"), toArray(unusual));
        if (more || !sections.complete("files-suid"))
            out.insert(QStringLiteral("suidTruncated"), true);
    }
    return out;
}

} // namespace Bulwark::Facts::SecurityParser
