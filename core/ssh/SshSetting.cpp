// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ssh/SshSetting.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bulwark::Ssh {

namespace {

const char *const context = "Bulwark::Ssh::SshSetting";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

} // namespace

QString SshSetting::labelText() const
{
    return QCoreApplication::translate(context, label);
}

QString SshSetting::whyText() const
{
    return QCoreApplication::translate(context, why);
}

Result<QString> SshSetting::normalized(const QString &value) const
{
    const QString trimmed = value.trimmed();
    for (QChar c : trimmed) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return invalid(tr("The value for %1 contains a line break or a control character.").arg(keyword));
    }
    switch (kind) {
    case Kind::YesNo:
    case Kind::Choice: {
        const QStringList allowed =
            kind == Kind::YesNo ? QStringList{QStringLiteral("yes"), QStringLiteral("no")} : choices;
        for (const QString &choice : allowed) {
            if (choice.compare(trimmed, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return invalid(tr("%1 takes %2, not \"%3\".").arg(keyword, allowed.join(QStringLiteral(", ")), trimmed));
    }
    case Kind::Number: {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        if (!ok || number < minimum || number > maximum)
            return invalid(tr("%1 takes a whole number from %2 to %3, not \"%4\".")
                               .arg(keyword)
                               .arg(minimum)
                               .arg(maximum)
                               .arg(trimmed));
        return QString::number(number);
    }
    case Kind::Users:
    case Kind::Groups: {
        // Names and sshd patterns only: no quotes, commas, negations or anything a shell or sshd reads specially.
        static const QRegularExpression user(
            QStringLiteral("^[A-Za-z0-9_.*?][A-Za-z0-9_.*?$-]*(@[A-Za-z0-9_.*?:-]+)?$"));
        static const QRegularExpression group(QStringLiteral("^[A-Za-z0-9_.*?][A-Za-z0-9_.*?$-]*$"));
        const QStringList names = trimmed.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        if (names.isEmpty())
            return invalid(tr("%1 needs at least one name.").arg(keyword));
        for (const QString &name : names) {
            if (name.size() > 64 || !(kind == Kind::Users ? user : group).match(name).hasMatch())
                return invalid(tr("\"%1\" is not a name %2 accepts.").arg(name.left(64), keyword));
        }
        return names.join(u' ');
    }
    case Kind::Path: {
        static const QRegularExpression path(QStringLiteral("^/[A-Za-z0-9_./+-]*$"));
        if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("none");
        if (!path.match(trimmed).hasMatch() || trimmed.contains(QLatin1String("/../")) || trimmed.size() > 255)
            return invalid(tr("%1 takes an absolute file path such as /etc/issue.net, not \"%2\".")
                               .arg(keyword, trimmed.left(80)));
        return trimmed;
    }
    case Kind::Algorithms: {
        static const QRegularExpression names(QStringLiteral("^[a-z0-9@.+-]+(,[a-z0-9@.+-]+)*$"));
        if (!names.match(trimmed).hasMatch())
            return invalid(tr("%1 takes a comma-separated list of algorithm names.").arg(keyword));
        return trimmed;
    }
    }
    return invalid(tr("Unknown setting %1.").arg(keyword));
}

const QList<SshSetting> &SshSetting::all()
{
    using K = Kind;
    static const QList<SshSetting> table = {
        {QStringLiteral("PasswordAuthentication"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Log in with a password"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Keys cannot be guessed; passwords can. Everyone logs in with their own SSH key."),
         {QStringLiteral("BW-LNX-ACS-003"), QStringLiteral("BW-LNX-ACS-001")}},
        {QStringLiteral("PermitRootLogin"),
         K::Choice,
         {QStringLiteral("no"), QStringLiteral("prohibit-password")},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Log in directly as root"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Staff log in as themselves and use sudo, so the log shows who did what."),
         {QStringLiteral("BW-LNX-ACS-001"), QStringLiteral("BW-LNX-ACS-002")}},
        {QStringLiteral("PermitEmptyPasswords"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Accounts without a password"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "An account with an empty password must never be reachable."),
         {QStringLiteral("BW-LNX-ACS-004")}},
        {QStringLiteral("AllowUsers"),
         K::Users,
         {},
         0,
         0,
         QString(),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Only these users may log in"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "A short list of who may log in stops forgotten and service accounts being used."),
         {}},
        {QStringLiteral("AllowGroups"),
         K::Groups,
         {},
         0,
         0,
         QString(),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Only members of these groups may log in"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Granting SSH by group membership is easier to keep right than a list of names."),
         {}},
        {QStringLiteral("MaxAuthTries"),
         K::Number,
         {},
         1,
         10,
         QStringLiteral("4"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Login attempts per connection"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Fewer tries per connection slow down password guessing."),
         {QStringLiteral("BW-LNX-ACS-005")}},
        {QStringLiteral("LoginGraceTime"),
         K::Number,
         {},
         10,
         600,
         QStringLiteral("60"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Seconds allowed to log in"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Half-open logins are dropped after a minute, so nobody can tie up the server."),
         {QStringLiteral("BW-LNX-ACS-006")}},
        {QStringLiteral("X11Forwarding"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Graphical programs over SSH (X11)"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Servers do not need it, and it lets a broken-into server watch the admin's screen."),
         {QStringLiteral("BW-LNX-ACS-007")}},
        {QStringLiteral("AllowAgentForwarding"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Pass on the admin's SSH keys (agent forwarding)"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "A broken-into server could use the forwarded keys to reach other servers."),
         {}},
        {QStringLiteral("AllowTcpForwarding"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Tunnels through this server"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Tunnels can carry anything past the firewall into the internal network."),
         {QStringLiteral("BW-LNX-ACS-008")}},
        {QStringLiteral("ClientAliveInterval"),
         K::Number,
         {},
         0,
         3600,
         QStringLiteral("300"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Check idle sessions every (seconds)"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Sessions whose computer has gone away are closed instead of staying open."),
         {QStringLiteral("BW-LNX-ACS-009")}},
        {QStringLiteral("ClientAliveCountMax"),
         K::Number,
         {},
         1,
         10,
         QStringLiteral("3"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Unanswered checks before closing"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Together with the interval: 300 s x 3 closes a dead session "
                                                       "after 15 minutes."),
         {QStringLiteral("BW-LNX-ACS-009")}},
        {QStringLiteral("Banner"),
         K::Path,
         {},
         0,
         0,
         QStringLiteral("/etc/issue.net"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Warning text before login"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Tells everyone the system is for authorised use and monitored; the file must exist."),
         {QStringLiteral("BW-LNX-ACS-010")}},
        {QStringLiteral("LogLevel"),
         K::Choice,
         {QStringLiteral("INFO"), QStringLiteral("VERBOSE")},
         0,
         0,
         QStringLiteral("VERBOSE"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Login logging"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "VERBOSE records which key each person logged in with."),
         {QStringLiteral("BW-LNX-ACS-014")}},
        {QStringLiteral("HostbasedAuthentication"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Trust other machines instead of people"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting",
                           "Host-based trust lets anyone on a trusted machine in without their own key."),
         {QStringLiteral("BW-LNX-ACS-015")}},
        {QStringLiteral("IgnoreRhosts"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("yes"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Ignore old .rhosts trust files"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", ".rhosts files are a 1980s way of skipping the login."),
         {QStringLiteral("BW-LNX-ACS-016")}},
        {QStringLiteral("PermitUserEnvironment"),
         K::YesNo,
         {},
         0,
         0,
         QStringLiteral("no"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Users set the server's environment"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "User-set variables can get around restrictions on accounts."),
         {QStringLiteral("BW-LNX-ACS-017")}},
        {QStringLiteral("Ciphers"),
         K::Algorithms,
         {},
         0,
         0,
         QString(),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Encryption"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Old ciphers (CBC, 3DES) can leak parts of the traffic."),
         {QStringLiteral("BW-LNX-ACS-011")}},
        {QStringLiteral("MACs"),
         K::Algorithms,
         {},
         0,
         0,
         QString(),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Tamper protection (MACs)"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "MD5 and SHA-1-96 based checks are obsolete."),
         {QStringLiteral("BW-LNX-ACS-012")}},
        {QStringLiteral("KexAlgorithms"),
         K::Algorithms,
         {},
         0,
         0,
         QString(),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "Key exchange"),
         QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", "SHA-1 and 1024-bit key exchanges can be broken."),
         {QStringLiteral("BW-LNX-ACS-013")}},
    };
    return table;
}

const SshSetting *SshSetting::find(const QString &keyword)
{
    for (const SshSetting &setting : all()) {
        if (setting.keyword.compare(keyword, Qt::CaseInsensitive) == 0)
            return &setting;
    }
    return nullptr;
}

QStringList SshSetting::modernCiphers()
{
    return {QStringLiteral("chacha20-poly1305@openssh.com"),
            QStringLiteral("aes256-gcm@openssh.com"),
            QStringLiteral("aes128-gcm@openssh.com"),
            QStringLiteral("aes256-ctr"),
            QStringLiteral("aes192-ctr"),
            QStringLiteral("aes128-ctr")};
}

QStringList SshSetting::modernMacs()
{
    // umac-128-etm is not in libssh 0.10, the hmac-sha2 ones are.
    return {QStringLiteral("hmac-sha2-512-etm@openssh.com"), QStringLiteral("hmac-sha2-256-etm@openssh.com"),
            QStringLiteral("umac-128-etm@openssh.com"), QStringLiteral("hmac-sha2-512"),
            QStringLiteral("hmac-sha2-256")};
}

QStringList SshSetting::modernKex()
{
    // The post-quantum hybrids first where the host's OpenSSH has them (libssh 0.10 uses curve25519).
    return {QStringLiteral("mlkem768x25519-sha256"),
            QStringLiteral("sntrup761x25519-sha512@openssh.com"),
            QStringLiteral("curve25519-sha256"),
            QStringLiteral("curve25519-sha256@libssh.org"),
            QStringLiteral("diffie-hellman-group16-sha512"),
            QStringLiteral("diffie-hellman-group18-sha512"),
            QStringLiteral("diffie-hellman-group-exchange-sha256")};
}

QStringList SshSetting::weakAlgorithms(const QString &keyword, const QString &list)
{
    // The patterns of resources/rules/linux/access.yaml, per name.
    static const QRegularExpression ciphers(
        QStringLiteral("^(3des-cbc|aes(128|192|256)-cbc|rijndael-cbc@lysator\\.liu\\.se|blowfish-cbc|cast128-cbc|"
                       "arcfour(128|256)?)$"));
    static const QRegularExpression macs(
        QStringLiteral("^(hmac-md5(-96)?(-etm@openssh\\.com)?|hmac-ripemd160(@openssh\\.com)?(-etm@openssh\\.com)?|"
                       "hmac-sha1-96(-etm@openssh\\.com)?)$"));
    static const QRegularExpression kex(QStringLiteral("^(diffie-hellman-group1-sha1|diffie-hellman-group14-sha1|"
                                                       "diffie-hellman-group-exchange-sha1|gss-[a-z0-9-]*sha1-.*)$"));
    const QString key = keyword.toLower();
    const QRegularExpression *pattern = key == u"ciphers"         ? &ciphers
                                        : key == u"macs"          ? &macs
                                        : key == u"kexalgorithms" ? &kex
                                                                  : nullptr;
    QStringList weak;
    if (!pattern)
        return weak;
    for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
        if (pattern->match(name.trimmed()).hasMatch())
            weak << name.trimmed();
    }
    return weak;
}

} // namespace Bulwark::Ssh
