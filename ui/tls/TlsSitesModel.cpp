// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/tls/TlsSitesModel.h"

#include "core/tls/ApacheTlsPlanner.h"
#include "ui/Palette.h"

#include <QFont>
#include <QVersionNumber>

namespace Bulwark::Ui {

using Tls::NginxConfig;

namespace {

// The arguments of the first `name` directly inside `block` (-1: the top level); nullopt when it is not there.
std::optional<QStringList> argumentsOf(const NginxConfig &file, int block, const QString &name)
{
    const QList<int> found = file.find(block, name);
    if (found.isEmpty())
        return std::nullopt;
    return file.directive(found.constFirst()).arguments;
}

// The http block of nginx's main file, where server blocks inherit ssl_* settings from; -1 when there is none.
int httpBlock(const NginxConfig &main)
{
    const QList<int> http = main.find(-1, QStringLiteral("http"));
    return http.isEmpty() ? -1 : http.constFirst();
}

QString shortPath(const QString &path, const QString &prefix)
{
    if (!prefix.isEmpty() && path.startsWith(prefix + u'/'))
        return path.mid(prefix.size() + 1);
    return path;
}

} // namespace

TlsSitesModel::TlsSitesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<TlsSitesModel::Row> TlsSitesModel::nginxRows(const Tls::TlsHostState &state)
{
    const NginxConfig *main = state.mainFile.isEmpty() ? nullptr : state.file(state.mainFile);
    const int http = main ? httpBlock(*main) : -1;
    const std::optional<QStringList> httpProtocols =
        main && http >= 0 ? argumentsOf(*main, http, QStringLiteral("ssl_protocols")) : std::nullopt;
    const std::optional<QStringList> httpCertificate =
        main && http >= 0 ? argumentsOf(*main, http, QStringLiteral("ssl_certificate")) : std::nullopt;
    const QString mainName = main ? shortPath(main->path(), state.prefix) : QString();

    QList<Row> rows;
    for (const Plan::TlsPlanner::Site &site : state.sites()) {
        Row row;
        row.site = site;
        row.prefix = state.prefix;
        const QString listed = state.listedPath(site.file);
        row.listedAs = listed == site.file ? QString() : listed;
        const NginxConfig *file = state.file(site.file);
        const int server = file ? file->serverAt(site.serverLine) : -1;
        if (const auto own = server >= 0 ? argumentsOf(*file, server, QStringLiteral("ssl_protocols")) : std::nullopt) {
            row.protocols = *own;
            row.protocolsFrom = tr("this server block");
        } else if (httpProtocols) {
            row.protocols = *httpProtocols;
            row.protocolsFrom = tr("the http block of %1").arg(mainName);
        } else {
            // nginx's built-in default; before 1.23.4 it was TLSv1 TLSv1.1 TLSv1.2.
            const QVersionNumber version = QVersionNumber::fromString(state.nginxVersion);
            if (!version.isNull() && version < QVersionNumber(1, 23, 4))
                row.protocols = {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")};
            row.protocolsFrom = tr("nginx's built-in default");
        }
        if (server >= 0) {
            for (const int header : file->find(server, QStringLiteral("add_header"))) {
                const QStringList arguments = file->directive(header).arguments;
                if (arguments.size() >= 2 && arguments.constFirst().compare(QLatin1String("Strict-Transport-Security"),
                                                                            Qt::CaseInsensitive) == 0)
                    row.hsts = arguments.at(1);
            }
        }
        if (site.certificates.isEmpty() && httpCertificate && !httpCertificate->isEmpty())
            row.inheritedCertificates = {httpCertificate->constFirst()};
        rows.append(row);
    }
    return rows;
}

QList<TlsSitesModel::Row> TlsSitesModel::apacheRows(const Tls::ApacheHostState &state)
{
    QList<Row> rows;
    for (const Plan::TlsPlanner::Site &site : state.sites()) {
        Row row;
        row.server = QStringLiteral("Apache");
        row.site = site;
        row.prefix = state.serverRoot;
        const QString listed = state.listedPath(site.file);
        row.listedAs = listed == site.file ? QString() : listed;
        const Tls::ApacheConfig *file = state.file(site.file);
        const int host = file ? file->virtualHostAt(site.serverLine) : -1;
        const QList<int> own = host >= 0 ? file->find(host, QStringLiteral("SSLProtocol")) : QList<int>();
        if (!own.isEmpty()) {
            row.protocols = file->directive(own.constLast()).arguments;
            row.protocolsFrom = tr("this VirtualHost");
        } else {
            row.protocolsFrom = tr("Apache's server-wide SSLProtocol (ssl.conf)");
        }
        rows.append(row);
    }
    return rows;
}

QStringList TlsSitesModel::weakProtocols(const Row &row)
{
    if (!isApache(row))
        return weakProtocols(row.protocols);
    if (row.protocols.isEmpty() || Plan::ApacheTlsPlanner::allowsOldProtocols(row.protocols) != true)
        return {};
    QStringList named;
    for (const QString &word : row.protocols) {
        const QString bare = word.startsWith(u'+') ? word.mid(1) : word;
        if (!weakProtocols(QStringList{bare}).isEmpty())
            named.append(bare);
    }
    return named.isEmpty() ? QStringList{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1")} : named;
}

QStringList TlsSitesModel::weakProtocols(const QStringList &protocols)
{
    static const QStringList weak = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                     QStringLiteral("TLSv1.1")};
    QStringList out;
    for (const QString &protocol : protocols) {
        if (weak.contains(protocol))
            out.append(protocol);
    }
    return out;
}

QString TlsSitesModel::primaryName(const Plan::TlsPlanner::Site &site)
{
    for (const QString &name : site.names) {
        if (name.isEmpty() || name == u"_" || name.startsWith(u'~') || name.contains(u'*') || name.startsWith(u'.') ||
            name.contains(u'$'))
            continue;
        return name;
    }
    return {};
}

void TlsSitesModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TlsSitesModel::rowOf(const QString &file, int serverLine) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if ((row.site.file == file || (!row.listedAs.isEmpty() && row.listedAs == file)) &&
            row.site.serverLine == serverLine)
            return i;
    }
    return -1;
}

int TlsSitesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TlsSitesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TlsSitesModel::fileText(const Row &row)
{
    const QString real = shortPath(row.site.file, row.prefix);
    if (row.listedAs.isEmpty())
        return real;
    return QStringLiteral("%1 → %2").arg(shortPath(row.listedAs, row.prefix), real);
}

QVariant TlsSitesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Plan::TlsPlanner::Site &site = row.site;
    const QStringList weak = weakProtocols(row);
    QStringList ports;
    for (const int port : site.ports) {
        if (!ports.contains(QString::number(port)))
            ports.append(QString::number(port)); // [::]:443 and 443 are one port here
    }

    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case ServerColumn:
            return row.server;
        case FileColumn:
            return fileText(row);
        case LineColumn:
            return site.serverLine;
        case NamesColumn:
            if (site.names.isEmpty())
                return isApache(row) ? tr("(no ServerName)") : tr("(no server_name)");
            return site.names.join(u' ');
        case PortsColumn:
            return ports.join(QStringLiteral(", "));
        case TlsColumn:
            return site.tls ? tr("yes") : tr("no");
        case CertificateColumn:
            if (!site.certificates.isEmpty())
                return site.certificates.join(QStringLiteral(", "));
            if (!row.inheritedCertificates.isEmpty())
                return tr("%1 (from the http block)").arg(row.inheritedCertificates.constFirst());
            return site.tls ? tr("(none)") : tr("—");
        case ProtocolsColumn:
            if (!site.tls)
                return tr("—");
            if (row.protocols.isEmpty())
                return isApache(row) ? tr("server-wide") : tr("nginx default");
            return row.protocols.join(u' ');
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case FileColumn:
            return row.listedAs.isEmpty() ? row.site.file
                                          : tr("%1 names %2, a link to %3. Bulwark edits %3.")
                                                .arg(row.server, row.listedAs, row.site.file);
        case ProtocolsColumn:
            if (!site.tls)
                return tr("Not a TLS site.");
            if (row.protocols.isEmpty())
                return isApache(row) ? tr("The VirtualHost sets no SSLProtocol; %1 applies.").arg(row.protocolsFrom)
                                     : tr("ssl_protocols is not set; nginx uses its built-in default (TLS 1.0 and "
                                          "1.1 included before nginx 1.23.4).");
            return weak.isEmpty()
                       ? tr("From %1.").arg(row.protocolsFrom)
                       : tr("From %1. Obsolete and weak: %2.").arg(row.protocolsFrom, weak.join(QStringLiteral(", ")));
        case CertificateColumn:
            return site.certificates.isEmpty() && row.inheritedCertificates.isEmpty()
                       ? QVariant()
                       : QVariant((site.certificates + row.inheritedCertificates).join(u'\n'));
        case NamesColumn:
            return site.names.join(u'\n');
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == ProtocolsColumn && site.tls && !weak.isEmpty())
            return Palette::statusColor(Rules::Finding::Status::Fail);
        if (index.column() == TlsColumn)
            return site.tls ? Palette::statusColor(Rules::Finding::Status::Pass) : Palette::neutral();
        return {};
    }
    if (role == Qt::FontRole && index.column() == TlsColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TlsSitesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ServerColumn:
        return tr("Server");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case NamesColumn:
        return tr("Names");
    case PortsColumn:
        return tr("Ports");
    case TlsColumn:
        return tr("TLS");
    case CertificateColumn:
        return tr("Certificate now");
    case ProtocolsColumn:
        return tr("Protocols now");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Bulwark::Ui
