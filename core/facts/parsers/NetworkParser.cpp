// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/NetworkParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace Bulwark::Facts::NetworkParser {

using namespace ParseUtil;

namespace {

constexpr qsizetype MaxSockets = 5000;

struct Endpoint
{
    QString address;
    QString interface;
    qint64 port = -1;
};

// "0.0.0.0:22", "[::]:22", "*:22", "127.0.0.53%lo:53", "[fe80::1%eth0]:546", ":::22" (netstat).
std::optional<Endpoint> parseEndpoint(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    Endpoint endpoint;
    const auto port = toInt(QStringView(text).mid(colon + 1), 0, 65535);
    if (!port)
        return std::nullopt;
    endpoint.port = *port;
    QString address = text.left(colon);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const qsizetype percent = address.indexOf(u'%');
    if (percent >= 0) {
        endpoint.interface = address.mid(percent + 1).left(32);
        address.truncate(percent);
    }
    if (address.isEmpty() || address.size() > 64)
        return std::nullopt;
    for (const QChar c : std::as_const(address)) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u':' || c == u'*'))
            return std::nullopt;
    }
    endpoint.address = address;
    return endpoint;
}

QJsonObject entry(const QString &proto, const Endpoint &endpoint, const QString &process)
{
    QJsonObject out{{QStringLiteral("proto"), proto},
                    {QStringLiteral("address"), endpoint.address},
                    {QStringLiteral("port"), endpoint.port},
                    {QStringLiteral("public"), !isLoopback(endpoint.address) && endpoint.interface != u"lo"}};
    if (!endpoint.interface.isEmpty())
        out.insert(QStringLiteral("interface"), endpoint.interface);
    if (!process.isEmpty())
        out.insert(QStringLiteral("process"), process);
    return out;
}

} // namespace

bool isLoopback(const QString &address)
{
    if (address == u"localhost")
        return true;
    QHostAddress host;
    if (!host.setAddress(address))
        return false;
    if (host.isLoopback())
        return true;
    bool ok = false;
    const quint32 v4 = host.toIPv4Address(&ok); // also v4-mapped v6
    return ok && (v4 >> 24) == 127;
}

void parse(const ProbeSections &sections, QJsonObject &facts)
{
    static const QRegularExpression processName(QStringLiteral("users:\\(\\(\"([^\"]{1,64})\""));
    QJsonArray listening;
    bool more = false;
    if (sections.readable("ss")) {
        const QStringList lines = sections.lines("ss", MaxSockets, &more);
        for (const QString &line : lines) {
            const QStringList f = fields(line);
            if (f.size() < 6 || (f.at(0) != u"tcp" && f.at(0) != u"udp"))
                continue;
            const auto endpoint = parseEndpoint(f.at(4));
            if (!endpoint)
                continue;
            const auto match = processName.match(line);
            listening.append(entry(f.at(0), *endpoint, match.hasMatch() ? match.captured(1) : QString()));
        }
        more = more || !sections.complete("ss");
    } else if (sections.readable("netstat")) {
        const QStringList lines = sections.lines("netstat", MaxSockets, &more);
        for (const QString &line : lines) {
            const QStringList f = fields(line);
            if (f.size() < 5)
                continue;
            QString proto = f.at(0);
            if (proto.endsWith(u'6'))
                proto.chop(1);
            if (proto != u"tcp" && proto != u"udp")
                continue;
            const auto endpoint = parseEndpoint(f.at(3));
            if (!endpoint)
                continue;
            QString process;
            const QString last = f.constLast();
            const qsizetype slash = last.indexOf(u'/');
            if (slash > 0 && toInt(QStringView(last).left(slash), 1, 1 << 30))
                process = last.mid(slash + 1).section(u':', 0, 0).left(64);
            listening.append(entry(proto, *endpoint, process));
        }
        more = more || !sections.complete("netstat");
    } else {
        return;
    }
    // Established TCP connections per local port ("Recv-Q Send-Q LOCAL PEER"), counted onto the TCP sockets
    // listening there: a service with open connections is in use.
    if (sections.readable("ss-established")) {
        QHash<qint64, int> perPort;
        bool moreConnections = false;
        for (const QString &line : sections.lines("ss-established", MaxSockets, &moreConnections)) {
            const QStringList f = fields(line);
            if (f.size() < 4)
                continue;
            if (const auto local = parseEndpoint(f.at(2)))
                ++perPort[local->port];
        }
        for (qsizetype i = 0; i < listening.size(); ++i) {
            QJsonObject socket = listening.at(i).toObject();
            if (socket.value(QStringLiteral("proto")).toString() != u"tcp")
                continue;
            socket.insert(QStringLiteral("connections"),
                          perPort.value(socket.value(QStringLiteral("port")).toInteger()));
            listening.replace(i, socket);
        }
    }
    facts.insert(QStringLiteral("listening"), listening);
    if (more)
        facts.insert(QStringLiteral("listeningTruncated"), true);
}

} // namespace Bulwark::Facts::NetworkParser
