// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/scan/ScanHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Bulwark::Scan {

namespace {

constexpr qint64 MaxScanBytes = 256 * 1024 * 1024;

Result<void> writeJson(const QString &path, const QJsonDocument &document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Code::Io,
                     QCoreApplication::translate("ScanHistory", "Cannot save the scan to %1.").arg(path),
                     file.errorString());
    return {};
}

QJsonObject summaryToJson(const ScanHistory::Summary &summary)
{
    return QJsonObject{
        {QStringLiteral("file"), summary.file},
        {QStringLiteral("startedAt"), summary.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("score"), summary.score ? QJsonValue(*summary.score) : QJsonValue()},
        {QStringLiteral("failed"), summary.failed},
        {QStringLiteral("failedCritical"), summary.failedCritical},
        {QStringLiteral("failedHigh"), summary.failedHigh},
    };
}

} // namespace

QString ScanHistory::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scans");
}

ScanHistory::ScanHistory(QString root)
    : m_root(std::move(root))
{}

QString ScanHistory::hostDir(const QUuid &host) const
{
    return m_root + u'/' + host.toString(QUuid::WithoutBraces);
}

Result<ScanHistory::Summary> ScanHistory::append(const QUuid &host, const ScanRecord &record)
{
    const QString dir = hostDir(host);
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io, QCoreApplication::translate("ScanHistory", "Cannot create %1.").arg(dir));
    Summary summary;
    summary.startedAt = record.startedAt;
    summary.file =
        record.startedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + QStringLiteral(".json");
    const Rules::Score score = record.score();
    summary.score = score.value();
    summary.failed = score.total().failed;
    for (const Rules::Finding &finding : record.findings) {
        if (finding.status() != Rules::Finding::Status::Fail)
            continue;
        summary.failedCritical += finding.severity() == Rules::Severity::Critical;
        summary.failedHigh += finding.severity() == Rules::Severity::High;
    }
    if (auto written = writeJson(dir + u'/' + summary.file, QJsonDocument(record.toJson())); !written)
        return written.error();

    QJsonArray index;
    for (const Summary &existing : list(host))
        if (existing.file != summary.file)
            index.append(summaryToJson(existing));
    index.append(summaryToJson(summary));
    if (auto written = writeJson(dir + QStringLiteral("/index.json"), QJsonDocument(index)); !written)
        return written.error();
    return summary;
}

QList<ScanHistory::Summary> ScanHistory::list(const QUuid &host) const
{
    QList<Summary> summaries;
    QFile file(hostDir(host) + QStringLiteral("/index.json"));
    if (!file.open(QIODevice::ReadOnly))
        return summaries;
    const QJsonArray index = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : index) {
        const QJsonObject object = value.toObject();
        Summary summary;
        summary.file = object.value(QStringLiteral("file")).toString();
        // Only plain file names: an index edited by hand cannot point outside the host's directory.
        if (summary.file.isEmpty() || summary.file.contains(u'/') || summary.file.startsWith(u'.'))
            continue;
        summary.startedAt =
            QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
        const QJsonValue score = object.value(QStringLiteral("score"));
        if (score.isDouble())
            summary.score = score.toInt();
        summary.failed = object.value(QStringLiteral("failed")).toInt();
        summary.failedCritical = object.value(QStringLiteral("failedCritical")).toInt();
        summary.failedHigh = object.value(QStringLiteral("failedHigh")).toInt();
        summaries.append(summary);
    }
    std::stable_sort(summaries.begin(), summaries.end(),
                     [](const Summary &a, const Summary &b) { return a.startedAt < b.startedAt; });
    return summaries;
}

Result<ScanRecord> ScanHistory::load(const QUuid &host, const QString &fileName) const
{
    if (fileName.contains(u'/') || fileName.startsWith(u'.'))
        return Error(Error::Code::InvalidArgument, QCoreApplication::translate("ScanHistory", "Invalid scan name."));
    QFile file(hostDir(host) + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("ScanHistory", "Cannot read the saved scan %1.").arg(file.fileName()),
                     file.errorString());
    if (file.size() > MaxScanBytes)
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("ScanHistory", "The saved scan is implausibly large."));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("ScanHistory", "The saved scan %1 is damaged.").arg(file.fileName()));
    return ScanRecord::fromJson(document.object());
}

Result<ScanRecord> ScanHistory::latest(const QUuid &host) const
{
    const QList<Summary> summaries = list(host);
    if (summaries.isEmpty())
        return Error(Error::Code::Io,
                     QCoreApplication::translate("ScanHistory", "This host has not been scanned yet."));
    return load(host, summaries.constLast().file);
}

void ScanHistory::forget(const QUuid &host)
{
    QDir(hostDir(host)).removeRecursively();
}

} // namespace Bulwark::Scan
