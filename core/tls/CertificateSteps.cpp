// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/CertificateSteps.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCertificate>

namespace Bulwark::Plan {

namespace {

// The strings keep the nginx planner's translation context: they were written there first.
QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Plan::TlsPlanner", text);
}

Error refused(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidArgument, message, detail);
}

bool isIpv4(const QString &name)
{
    static const QRegularExpression ipv4(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    return ipv4.match(name).hasMatch();
}

const QString webTrusted = QStringLiteral("BW-LNX-WEB-004");
const QString webValid = QStringLiteral("BW-LNX-WEB-005");

QStringList subjectArguments(const QString &name)
{
    return {QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=") + (isIpv4(name) ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + name};
}

QList<CommandCheck> keyChecks(const QString &key)
{
    return {
        CommandCheck({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U"), QStringLiteral("--"), key},
                     {QStringLiteral("600 root")}, 0)};
}

CommandCheck certificateCheck(const QString &certificate)
{
    return CommandCheck({QStringLiteral("openssl"), QStringLiteral("x509"), QStringLiteral("-noout"),
                         QStringLiteral("-in"), certificate},
                        {}, 0);
}

CommandStep removeFiles(const QStringList &paths)
{
    CommandStep step(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} + paths,
                     tr("Remove %1").arg(paths.join(QLatin1String(", "))));
    return step;
}

} // namespace

bool CertificateSteps::plainPath(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^/[A-Za-z0-9._/@+-]+$"));
    return plain.match(path).hasMatch() && !path.contains(QLatin1String("/../")) &&
           !path.endsWith(QLatin1String("/..")) && !path.endsWith(u'/');
}

bool CertificateSteps::plainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$"));
    return plain.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

QDateTime CertificateSteps::stampOf(const TlsChoice &choice)
{
    const QDateTime stamp = choice.stamp.isValid() ? choice.stamp : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(stamp.toSecsSinceEpoch(), Qt::UTC);
}

Result<CertificateSteps::Outcome> CertificateSteps::plan(const TlsChoice &choice, const QStringList &names,
                                                         bool hasCertificate, const QDateTime &created)
{
    using Certificate = TlsChoice::Certificate;
    Outcome out;
    QList<Change> &commands = out.changes;
    QString &certificatePath = out.certificatePath;
    QString &keyPath = out.keyPath;
    QString name = choice.commonName;
    if (name.isEmpty()) {
        for (const QString &candidate : names) {
            if (plainName(candidate) && !candidate.startsWith(QLatin1String("*"))) {
                name = candidate;
                break;
            }
        }
    }
    const QString stamp = created.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString stem =
        QStringLiteral("bulwark-") + QString(name).replace(u'*', QLatin1String("wildcard")) + u'-' + stamp;
    const bool generates =
        choice.certificate == Certificate::SelfSigned || choice.certificate == Certificate::KeyAndCsr;
    if (generates) {
        if (!plainName(name))
            return refused(tr("Give the name the certificate is for (letters, digits, dots and dashes)."));
        if (!plainPath(choice.keyDirectory) || !plainPath(choice.certificateDirectory))
            return refused(tr("The key and certificate directories must be plain absolute paths."));
        if (choice.days < 1 || choice.days > 3650)
            return refused(tr("A certificate's lifetime must be between 1 and 3650 days."));
    }
    switch (choice.certificate) {
    case Certificate::Keep:
        if (!hasCertificate)
            return refused(tr("The site has no certificate to keep. Choose one, import one or create one."));
        break;
    case Certificate::UsePaths:
        if (!plainPath(choice.certificatePath) || !plainPath(choice.keyPath))
            return refused(tr("The certificate and key must be plain absolute paths (letters, digits, . _ - / @ +)."));
        certificatePath = choice.certificatePath;
        keyPath = choice.keyPath;
        break;
    case Certificate::Import: {
        if (choice.certificatePem.contains("PRIVATE KEY"))
            return refused(tr("The file to import contains a private key. Bulwark imports only certificates; copy "
                              "the key to the host separately and give its path."));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(choice.certificatePem, QSsl::Pem);
        if (chain.isEmpty() || chain.constFirst().isNull())
            return refused(tr("The file to import holds no PEM certificate."));
        if (!plainPath(choice.keyPath))
            return refused(tr("The key must be a plain absolute path (letters, digits, . _ - / @ +)."));
        const QSslCertificate &leaf = chain.constFirst();
        QString leafName = leaf.subjectInfo(QSslCertificate::CommonName).value(0);
        if (!plainName(leafName))
            leafName = QStringLiteral("imported");
        certificatePath = choice.certificatePath.isEmpty() ? choice.certificateDirectory + QStringLiteral("/bulwark-") +
                                                                 leafName.replace(u'*', QLatin1String("wildcard")) +
                                                                 u'-' + stamp + QStringLiteral(".crt")
                                                           : choice.certificatePath;
        if (!plainPath(certificatePath))
            return refused(tr("The certificate must go to a plain absolute path (letters, digits, . _ - / @ +)."));
        keyPath = choice.keyPath;
        QByteArray pem;
        for (const QSslCertificate &certificate : chain)
            pem += certificate.toPem();
        FileEdit edit;
        edit.setPath(certificatePath);
        edit.setBeforeAbsent();
        edit.setAfter(pem);
        edit.setMode(QStringLiteral("0644"));
        edit.setOwner(QStringLiteral("root"));
        edit.setGroup(QStringLiteral("root"));
        QStringList rules;
        const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(leaf.expiryDate());
        if (!leaf.isSelfSigned())
            rules << webTrusted;
        if (daysLeft > 14)
            rules << webValid;
        else
            out.warnings.append(tr("The imported certificate expires in %1 days.").arg(daysLeft));
        commands << Change(tr("Import the certificate for %1 to %2").arg(leafName, certificatePath), edit, rules);
        break;
    }
    case Certificate::SelfSigned: {
        keyPath = choice.keyDirectory + u'/' + stem + QStringLiteral(".key");
        certificatePath = choice.certificateDirectory + u'/' + stem + QStringLiteral(".crt");
        CommandStep step(
            QStringList{QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"),
                        QStringLiteral("-newkey"), QStringLiteral("rsa:3072"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
                        QStringLiteral("-days"), QString::number(choice.days)} +
                subjectArguments(name),
            tr("Create a new key and a self-signed certificate for %1, valid %2 days").arg(name).arg(choice.days));
        step.setVerify(keyChecks(keyPath) << certificateCheck(certificatePath));
        step.setInverse({removeFiles({keyPath, certificatePath})});
        commands << Change(tr("Create a self-signed certificate for %1").arg(name), step, {webValid});
        out.warnings.append(
            tr("A self-signed certificate makes browsers warn until clients trust it; replace it with one "
               "from your certificate authority."));
        break;
    }
    case Certificate::KeyAndCsr: {
        const QString newKey = choice.keyDirectory + u'/' + stem + QStringLiteral(".key");
        const QString csr = choice.certificateDirectory + u'/' + stem + QStringLiteral(".csr");
        CommandStep step(QStringList{QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-new"),
                                     QStringLiteral("-newkey"), QStringLiteral("rsa:3072"), QStringLiteral("-nodes"),
                                     QStringLiteral("-keyout"), newKey, QStringLiteral("-out"), csr} +
                             subjectArguments(name),
                         tr("Create a new key and a certificate signing request for %1").arg(name));
        step.setVerify(keyChecks(newKey) << CommandCheck({QStringLiteral("openssl"), QStringLiteral("req"),
                                                          QStringLiteral("-noout"), QStringLiteral("-verify"),
                                                          QStringLiteral("-in"), csr},
                                                         {}, 0));
        step.setInverse({removeFiles({newKey, csr})});
        commands << Change(tr("Create a key and a certificate signing request for %1").arg(name), step);
        out.warnings.append(
            tr("Send %1 to your certificate authority; then choose its certificate with the key %2.").arg(csr, newKey));
        if (!hasCertificate) {
            // A stand-in until the CA's certificate arrives, from the same key.
            keyPath = newKey;
            certificatePath = choice.certificateDirectory + u'/' + stem + QStringLiteral(".crt");
            CommandStep standIn(QStringList{QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"),
                                            QStringLiteral("-key"), newKey, QStringLiteral("-out"), certificatePath,
                                            QStringLiteral("-days"), QString::number(choice.days)} +
                                    subjectArguments(name),
                                tr("Create a self-signed stand-in certificate for %1 from the new key").arg(name));
            standIn.setVerify({certificateCheck(certificatePath)});
            standIn.setInverse({removeFiles({certificatePath})});
            commands << Change(tr("Create a self-signed stand-in certificate for %1").arg(name), standIn);
            out.warnings.append(tr("Until the CA's certificate is installed the site uses a self-signed certificate; "
                                   "browsers warn."));
        }
        break;
    }
    }
    return out;
}

} // namespace Bulwark::Plan
