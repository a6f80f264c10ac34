// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/WebParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace Bulwark::Facts::WebParser {

using namespace ParseUtil;

namespace {

const QStringList &knownProtocols()
{
    static const QStringList all = {QStringLiteral("SSLv2"),   QStringLiteral("SSLv3"),   QStringLiteral("TLSv1"),
                                    QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return all;
}

QStringList weak(const QStringList &protocols)
{
    QStringList out;
    for (const QString &protocol : protocols) {
        if (protocol == u"SSLv2" || protocol == u"SSLv3" || protocol == u"TLSv1" || protocol == u"TLSv1.1")
            out.append(protocol);
    }
    return out;
}

// nginx's default ssl_protocols: TLSv1 TLSv1.1 TLSv1.2 up to 1.23.3, TLSv1.2 TLSv1.3 from 1.23.4.
QStringList nginxDefaultProtocols(const QString &versionText)
{
    static const QRegularExpression version(QStringLiteral("nginx/(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto match = version.match(versionText);
    if (!match.hasMatch())
        return {};
    const int major = match.captured(1).toInt();
    const int minor = match.captured(2).toInt();
    const int patch = match.captured(3).toInt();
    const bool modern = major > 1 || (major == 1 && (minor > 23 || (minor == 23 && patch >= 4)));
    if (modern)
        return {QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")};
}

} // namespace

NginxConfig parseNginx(const QString &text)
{
    NginxConfig config;
    QStringList words;
    QString word;
    bool quoted = false;
    QChar quote;
    bool comment = false;
    auto finishWord = [&] {
        if (!word.isEmpty() && words.size() < 256)
            words.append(word);
        word.clear();
    };
    auto finishDirective = [&] {
        finishWord();
        if (words.isEmpty())
            return;
        const QString &name = words.at(0);
        if (name == u"ssl_protocols") {
            for (qsizetype i = 1; i < words.size(); ++i) {
                if (knownProtocols().contains(words.at(i)) && !config.protocols.contains(words.at(i)))
                    config.protocols.append(words.at(i));
            }
        } else if (name == u"listen") {
            for (qsizetype i = 2; i < words.size(); ++i) {
                if (words.at(i) == u"ssl" || words.at(i) == u"quic")
                    config.tls = true;
            }
        } else if (name == u"ssl" && words.size() == 2 && words.at(1) == u"on") {
            config.tls = true;
        } else if (name == u"server_tokens" && words.size() == 2 && config.serverTokens.size() < 256) {
            config.serverTokens.append(words.at(1).left(32));
        }
        words.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (comment) {
            if (c == u'\n')
                comment = false;
            continue;
        }
        if (quoted) {
            if (c == u'\\' && i + 1 < text.size()) {
                word += text.at(++i);
            } else if (c == quote) {
                quoted = false;
            } else if (word.size() < 4096) {
                word += c;
            }
            continue;
        }
        if (c == u'#') {
            comment = true;
        } else if (c == u'"' || c == u'\'') {
            quoted = true;
            quote = c;
        } else if (c == u';' || c == u'{' || c == u'}') {
            finishDirective();
        } else if (c.isSpace()) {
            finishWord();
        } else if (word.size() < 4096) {
            word += c;
        }
    }
    finishDirective();
    return config;
}

QStringList apacheProtocols(const QString &arguments)
{
    static const QStringList all = {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"),
                                    QStringLiteral("TLSv1.3")};
    QStringList enabled;
    for (const QString &token : fields(arguments)) {
        QString name = token;
        QChar sign = u'+';
        if (name.startsWith(u'+') || name.startsWith(u'-')) {
            sign = name.at(0);
            name = name.mid(1);
        }
        QStringList affected;
        if (name.compare(u"all", Qt::CaseInsensitive) == 0)
            affected = all;
        else {
            for (const QString &known : knownProtocols()) {
                if (name.compare(known, Qt::CaseInsensitive) == 0)
                    affected = {known};
            }
        }
        for (const QString &protocol : std::as_const(affected)) {
            if (sign == u'+' && !enabled.contains(protocol))
                enabled.append(protocol);
            else if (sign == u'-')
                enabled.removeAll(protocol);
        }
    }
    // Keep the canonical order.
    QStringList ordered;
    for (const QString &known : knownProtocols()) {
        if (enabled.contains(known))
            ordered.append(known);
    }
    return ordered;
}

namespace {

// The certificates section: "cert=PATH" starts an entry, then "subject=...", "issuer=..." and "expires=EPOCH".
// selfSigned is subject == issuer (as openssl prints them); daysLeft counts from the host's own clock.
QJsonArray certificates(const ProbeSections &sections, const QByteArray &name, const LinuxContext &context)
{
    QJsonArray out;
    QJsonObject current;
    QString subject, issuer;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        if (!subject.isEmpty() && !issuer.isEmpty())
            current.insert(QStringLiteral("selfSigned"), subject == issuer);
        out.append(current);
        current = {};
        subject.clear();
        issuer.clear();
    };
    for (const QString &line : sections.lines(name, 200)) {
        if (line.startsWith(u"cert=")) {
            flush();
            current.insert(QStringLiteral("path"), line.mid(5).left(512));
        } else if (current.isEmpty()) {
            continue;
        } else if (line.startsWith(u"subject=")) {
            subject = line.mid(8).trimmed().left(512);
            current.insert(QStringLiteral("subject"), subject);
        } else if (line.startsWith(u"issuer=")) {
            issuer = line.mid(7).trimmed().left(512);
            current.insert(QStringLiteral("issuer"), issuer);
        } else if (line.startsWith(u"expires=")) {
            bool ok = false;
            const qint64 expires = line.mid(8).trimmed().toLongLong(&ok);
            if (ok && context.now && expires > 0 && expires < 253402300800) // before year 10000
                current.insert(QStringLiteral("daysLeft"),
                               qint64(std::floor(double(expires - *context.now) / 86400.0)));
        }
    }
    flush();
    return out;
}

} // namespace

QJsonObject parse(const ProbeSections &sections, const LinuxContext &context)
{
    if (!context.binariesKnown)
        return {};
    QJsonObject out;

    // nginx
    const std::optional<bool> nginxPackage = context.hasAnyPackage(
        {QStringLiteral("nginx"), QStringLiteral("nginx-core"), QStringLiteral("nginx-full"),
         QStringLiteral("nginx-light"), QStringLiteral("nginx-extras"), QStringLiteral("openresty")});
    const bool nginxInstalled = context.hasBinary(QStringLiteral("nginx")) || nginxPackage.value_or(false);
    QJsonObject nginx;
    if (nginxInstalled || nginxPackage) // not installed is only known with the package list
        nginx.insert(QStringLiteral("installed"), nginxInstalled);
    if (nginxInstalled) {
        insertIf(nginx, QStringLiteral("running"), context.unitActive(QStringLiteral("nginx.service")));
        if (sections.complete("nginx-T")) {
            const NginxConfig config = parseNginx(sections.text("nginx-T"));
            QStringList protocols = config.protocols;
            if (protocols.isEmpty() && config.tls) {
                protocols = nginxDefaultProtocols(sections.text("nginx-version"));
                nginx.insert(QStringLiteral("protocolsDefault"), true);
            }
            nginx.insert(QStringLiteral("tlsEnabled"), config.tls);
            if (!protocols.isEmpty() || !config.tls) {
                nginx.insert(QStringLiteral("protocols"), toArray(protocols));
                nginx.insert(QStringLiteral("weakProtocols"), toArray(weak(protocols)));
            }
            QString tokens = QStringLiteral("on"); // nginx's default
            if (!config.serverTokens.isEmpty()) {
                tokens = QStringLiteral("off");
                for (const QString &value : config.serverTokens) {
                    if (value != u"off") {
                        tokens = value;
                        break;
                    }
                }
            }
            nginx.insert(QStringLiteral("serverTokens"), tokens);
        }
        if (sections.complete("nginx-certs"))
            nginx.insert(QStringLiteral("certificates"), certificates(sections, "nginx-certs", context));
    }
    if (!nginx.isEmpty())
        out.insert(QStringLiteral("nginx"), nginx);

    // Apache
    const std::optional<bool> apachePackage =
        context.hasAnyPackage({QStringLiteral("apache2"), QStringLiteral("httpd"), QStringLiteral("apache2-bin")});
    const bool apacheInstalled = context.hasBinary(QStringLiteral("apache2")) ||
                                 context.hasBinary(QStringLiteral("httpd")) || apachePackage.value_or(false);
    QJsonObject apache;
    if (apacheInstalled || apachePackage)
        apache.insert(QStringLiteral("installed"), apacheInstalled);
    if (apacheInstalled) {
        std::optional<bool> running = context.unitActive(QStringLiteral("apache2.service"));
        if (running && !*running)
            running = context.unitActive(QStringLiteral("httpd.service"));
        insertIf(apache, QStringLiteral("running"), running);
        if (sections.complete("apache-conf", 2)) {
            bool tls = false;
            QStringList protocols;
            bool configured = false;
            QString tokens = QStringLiteral("Full"); // Apache's default
            for (const QString &line : sections.lines("apache-conf", 100000)) {
                const QStringList f = fields(line);
                if (f.isEmpty())
                    continue;
                const QString directive = f.at(0).toLower();
                if (directive == u"sslengine" && f.size() >= 2 && f.at(1).compare(u"on", Qt::CaseInsensitive) == 0)
                    tls = true;
                else if (directive == u"sslprotocol") {
                    configured = true;
                    for (const QString &protocol : apacheProtocols(afterFields(line, 1))) {
                        if (!protocols.contains(protocol))
                            protocols.append(protocol);
                    }
                } else if (directive == u"servertokens" && f.size() >= 2)
                    tokens = f.at(1).left(32);
            }
            if (!configured && tls) {
                protocols = apacheProtocols(QStringLiteral("all -SSLv3"));
                apache.insert(QStringLiteral("protocolsDefault"), true);
            }
            apache.insert(QStringLiteral("tlsEnabled"), tls);
            apache.insert(QStringLiteral("protocols"), toArray(protocols));
            apache.insert(QStringLiteral("weakProtocols"), toArray(weak(protocols)));
            apache.insert(QStringLiteral("serverTokens"), tokens);
            if (sections.complete("apache-certs"))
                apache.insert(QStringLiteral("certificates"), certificates(sections, "apache-certs", context));
        }
        // `apachectl -S`: "*:443   is a NameVirtualHost" / "*:80   host (file:line)" - the addresses served.
        if (sections.complete("apache-S", 1)) {
            static const QRegularExpression address(QStringLiteral("^(\\S+:\\d{1,5})\\s"));
            QStringList addresses;
            for (const QString &line : sections.lines("apache-S", 10000)) {
                const auto match = address.match(line);
                if (match.hasMatch() && !addresses.contains(match.captured(1)) && addresses.size() < 256)
                    addresses.append(match.captured(1).left(128));
            }
            apache.insert(QStringLiteral("virtualHosts"), toArray(addresses));
        }
    }
    if (!apache.isEmpty())
        out.insert(QStringLiteral("apache"), apache);
    return out;
}

} // namespace Bulwark::Facts::WebParser
