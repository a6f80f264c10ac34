// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/ApacheHostState.h"
#include "core/tls/TlsHostState.h"
#include "core/tls/TlsPlanner.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Bulwark::Ui {

// The TLS wizard's table of web sites: one row a server block (nginx; Apache virtual hosts fit the same row, with
// "Apache" in the server column), with the file as the web server names it and the real file behind a
// sites-enabled/ link, the line, the names, the ports, TLS yes/no, the certificate and the protocols it offers
// now. Read-only; the view's selection is the site the wizard works on. Lives on the GUI thread.
class TlsSitesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServerColumn,
        FileColumn,
        LineColumn,
        NamesColumn,
        PortsColumn,
        TlsColumn,
        CertificateColumn,
        ProtocolsColumn,
        ColumnCount
    };

    // One row, filled by the reader of its web server.
    struct Row
    {
        QString server = QStringLiteral("nginx"); // the web server, as the column shows it
        Plan::TlsPlanner::Site site;              // site.file: the real file (the one a plan edits)
        QString listedAs;                         // the path the web server names (a sites-enabled/ link); "" same
        QString prefix;                           // the server's configuration directory, to shorten paths
        QStringList protocols;                    // offered now: the block's, inherited, or the server's default
        QString protocolsFrom;                    // where they come from, in words ("nginx.conf", "nginx default")
        QStringList inheritedCertificates;        // ssl_certificate of the http block when the block has none
        QString hsts; // the block's Strict-Transport-Security value ("max-age=31536000"); "" when it sends none
    };

    explicit TlsSitesModel(QObject *parent = nullptr);

    // The rows of a host's nginx (every server block of every file, in nginx's order).
    static QList<Row> nginxRows(const Tls::TlsHostState &state);
    // The rows of a host's Apache httpd (every VirtualHost of every file, with the sites-enabled/ link httpd names);
    // protocols: the VirtualHost's SSLProtocol.
    static QList<Row> apacheRows(const Tls::ApacheHostState &state);
    // SSLv2, SSLv3, TLSv1 or TLSv1.1 among `protocols` (nginx's ssl_protocols words).
    static QStringList weakProtocols(const QStringList &protocols);
    // The obsolete protocols the row's site offers now, as far as its configuration says (Apache's SSLProtocol
    // rules: "all" includes TLSv1 and TLSv1.1).
    static QStringList weakProtocols(const Row &row);
    static bool isApache(const Row &row) { return row.server == u"Apache"; }
    // A name the site answers to that can be dialled and put in a certificate: the first server_name that is no
    // wildcard, regular expression or "_"; "" when there is none.
    static QString primaryName(const Plan::TlsPlanner::Site &site);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int index) const { return m_rows.at(index); }
    // The row of the server block at file:line (the real file or as listed); -1 when there is none.
    int rowOf(const QString &file, int serverLine) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The file cell's text: "sites-enabled/x → sites-available/x" (shortened against the prefix).
    static QString fileText(const Row &row);

private:
    QList<Row> m_rows;
};

} // namespace Bulwark::Ui
