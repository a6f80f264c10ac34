// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/diff/TextDiff.h"
#include "core/plan/FileEdit.h"
#include "core/tls/ApacheReader.h"
#include "core/tls/NginxReader.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/diff/DiffLineModel.h"
#include "ui/diff/PlanPreview.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/tls/TlsHandshakeView.h"
#include "ui/tls/TlsSitesModel.h"
#include "ui/tls/TlsWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

// The lab VM's nginx (tests/lab/provision-guest.sh): Debian's nginx.conf with weak protocols in the http block,
// Debian's default site and the TLS site with a self-signed certificate and TLS 1.0/1.1.
const QByteArray NginxConf = "user www-data;\n"
                             "worker_processes auto;\n"
                             "pid /run/nginx.pid;\n"
                             "include /etc/nginx/modules-enabled/*.conf;\n"
                             "\n"
                             "events {\n"
                             "\tworker_connections 768;\n"
                             "}\n"
                             "\n"
                             "http {\n"
                             "\tsendfile on;\n"
                             "\ttcp_nopush on;\n"
                             "\ttypes_hash_max_size 2048;\n"
                             "\tinclude /etc/nginx/mime.types;\n"
                             "\tdefault_type application/octet-stream;\n"
                             "\tssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n"
                             "\tssl_prefer_server_ciphers on;\n"
                             "\taccess_log /var/log/nginx/access.log;\n"
                             "\terror_log /var/log/nginx/error.log;\n"
                             "\tgzip on;\n"
                             "\tinclude /etc/nginx/conf.d/*.conf;\n"
                             "\tinclude /etc/nginx/sites-enabled/*;\n"
                             "}\n";

const QByteArray DefaultSite = "server {\n"
                               "\tlisten 80 default_server;\n"
                               "\tlisten [::]:80 default_server;\n"
                               "\troot /var/www/html;\n"
                               "\tindex index.html index.htm index.nginx-debian.html;\n"
                               "\tserver_name _;\n"
                               "\tlocation / {\n"
                               "\t\ttry_files $uri $uri/ =404;\n"
                               "\t}\n"
                               "}\n";

const QByteArray LabSite = "server {\n"
                           "    listen 443 ssl default_server;\n"
                           "    listen [::]:443 ssl default_server;\n"
                           "    server_name bulwark-lab;\n"
                           "\n"
                           "    ssl_certificate     /etc/ssl/certs/bulwark-lab.crt;\n"
                           "    ssl_certificate_key /etc/ssl/private/bulwark-lab.key;\n"
                           "    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n"
                           "    ssl_ciphers DEFAULT:@SECLEVEL=0;\n"
                           "\n"
                           "    root /var/www/html;\n"
                           "    index index.html index.nginx-debian.html;\n"
                           "    location / {\n"
                           "        try_files $uri $uri/ =404;\n"
                           "    }\n"
                           "}\n";

const QString LabFile = QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls");
const QString LabLink = QStringLiteral("/etc/nginx/sites-enabled/bulwark-lab-tls");

Tls::NginxConfig parsed(const QByteArray &text, const QString &path)
{
    auto config = Tls::NginxConfig::parse(text, path);
    if (!config)
        qFatal("parse failed: %s", qPrintable(config.error().toString()));
    return *config;
}

// The state NginxReader reads from the lab VM.
Tls::TlsHostState labState()
{
    Tls::TlsHostState state;
    state.nginxInstalled = true;
    state.nginxVersion = QStringLiteral("1.22.1");
    state.prefix = QStringLiteral("/etc/nginx");
    state.mainFile = QStringLiteral("/etc/nginx/nginx.conf");
    state.configTestPassed = true;
    state.files = {parsed(NginxConf, state.mainFile),
                   parsed(DefaultSite, QStringLiteral("/etc/nginx/sites-available/default")), parsed(LabSite, LabFile)};
    state.listedAs.insert(QStringLiteral("/etc/nginx/sites-available/default"),
                          QStringLiteral("/etc/nginx/sites-enabled/default"));
    state.listedAs.insert(LabFile, LabLink);
    return state;
}

// The lab VM's answer to NginxReader's command, recorded (tests/data/tls/nginxreader/lab-debian12.out).
QByteArray labRecording()
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/tls/nginxreader/lab-debian12.out"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// This machine's Debian 12 apache2 with its default site, as ApacheReader read it (recorded); `name` another
// recording of tests/data/tls/apachereader/.
QByteArray apacheRecording(const QString &name = QStringLiteral("debian12-default.out"))
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/tls/apachereader/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Plays the lab's nginx for NginxReader (its one command, `sh -c SCRIPT sh BOUNDARY` through sudo) and a host
// without Apache for ApacheReader, or the recorded Debian apache2 when `withApache`.
std::optional<Transport::CommandResult>
answerWebServers(const Transport::RemoteCommand &command, bool withApache,
                 const QString &apacheName = QStringLiteral("debian12-default.out"))
{
    if (command.argv.size() != 5 || command.argv.at(0) != "sh")
        return std::nullopt;
    const QByteArray b = command.argv.at(4);
    if (command.argv.at(2) == Tls::ApacheReader::argv(b).at(2)) {
        Transport::CommandResult result;
        result.exitStatus = 0;
        result.stdOut = withApache ? apacheRecording(apacheName).replace("BULWARK-0123", b) : b + " end\n";
        return result;
    }
    if (command.argv.at(2) != Tls::NginxReader::script())
        return std::nullopt;
    Transport::CommandResult result;
    result.exitStatus = command.elevate ? 0 : 1;
    result.stdOut = command.elevate ? labRecording().replace("BULWARK-0123", command.argv.at(4)) : QByteArray();
    return result;
}

struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = GuiTest::sampleHost();
    TlsWizard *wizard = nullptr;

    explicit Fixture(bool withApache = false, const QString &apacheName = QStringLiteral("debian12-default.out"))
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        script.respond = [withApache, apacheName](const Transport::RemoteCommand &command) {
            return answerWebServers(command, withApache, apacheName);
        };
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        window = std::make_unique<MainWindow>(settings);
        window->resize(1280, 860);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        host.target.hostName = QStringLiteral("127.0.0.1"); // the handshake after apply dials it
        window->addHost(host, nullptr);
        wizard = new TlsWizard(window.get(), host.id, window.get());
        wizard->resize(1180, 840);
        wizard->show();
    }
    // Reads the host through the wizard's own loader (the host's worker, NginxReader and the FakeSession).
    bool load()
    {
        wizard->reload();
        return QTest::qWaitFor([this] { return wizard->hasState(); }, 10000);
    }
};

// The unified diff of every file edit of a plan, as the preview shows it.
QString diffsOf(const Plan::ChangePlan &plan)
{
    QString out;
    for (const Plan::Change &change : plan.changes()) {
        if (const Plan::FileEdit *edit = change.fileEdit()) {
            const auto diff = Diff::TextDiff::compute(edit->before(), edit->after());
            if (diff)
                out += QString::fromUtf8(diff->unified(edit->path(), edit->path()));
        }
    }
    return out;
}

// A self-signed certificate and its key made by openssl in `dir`; empty when openssl is missing.
QPair<QByteArray, QByteArray> makeCertificate(const QTemporaryDir &dir, const QString &cn)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return {};
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                            QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
                            QStringLiteral("-keyout"), dir.filePath(cn + QStringLiteral(".key")),
                            QStringLiteral("-out"), dir.filePath(cn + QStringLiteral(".crt"))});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QFile crt(dir.filePath(cn + QStringLiteral(".crt")));
    QFile key(dir.filePath(cn + QStringLiteral(".key")));
    if (!crt.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return {};
    return {crt.readAll(), key.readAll()};
}

Tls::TlsHandshake::Certificate certificate(const QString &subject, const QString &issuer, int daysLeft,
                                           bool selfSigned = false)
{
    Tls::TlsHandshake::Certificate c;
    c.subject = subject;
    c.issuer = issuer;
    c.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    c.notAfter = QDateTime::currentDateTimeUtc().addDays(daysLeft);
    c.selfSigned = selfSigned;
    c.sha256 = QStringLiteral("3f:a1:09:77:5c:de:21:08:aa:91:4e:0b:67:2d:c3:55:19:f0:8e:42:bb:7a:60:1d:93:c4:"
                              "05:e8:7f:21:6a:b0");
    return c;
}

// openssl s_server with a self-signed certificate for "localhost" on 127.0.0.1, offering only `protocolFlag`.
struct TlsServer
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;

    bool start(const QString &protocolFlag = QStringLiteral("-tls1_3"))
    {
        if (makeCertificate(dir, QStringLiteral("localhost")).first.isEmpty())
            return false;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            port = probe.serverPort();
        }
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
                      {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-accept"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                       dir.filePath(QStringLiteral("localhost.crt")), QStringLiteral("-key"),
                       dir.filePath(QStringLiteral("localhost.key")), protocolFlag});
        if (!process.waitForStarted(10000))
            return false;
        return QTest::qWaitFor(
            [this] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(200);
            },
            10000);
    }
    ~TlsServer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace

class TestTlsWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void listsTheLabSite()
    {
        Fixture f;
        QCOMPARE(f.wizard->objectName(), QStringLiteral("tlsWizard"));
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled()); // nothing read yet
        QVERIFY(f.load());
        // One command, through sudo: NginxReader's script with its boundary.
        const QList<QByteArrayList> log = f.script.control->commandLog();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const QByteArrayList &argv) {
            return argv.size() == 5 && argv.at(2) == Tls::NginxReader::script();
        }));
        TlsSitesModel *model = f.wizard->sitesModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        const int lab = model->rowOf(LabLink, 1);
        QVERIFY(lab >= 0);
        QCOMPARE(model->rowOf(LabFile, 1), lab);
        const auto cell = [&](int column) {
            return model->index(lab, column).data().toString();
        };
        QCOMPARE(cell(TlsSitesModel::ServerColumn), QStringLiteral("nginx"));
        QCOMPARE(cell(TlsSitesModel::FileColumn),
                 QStringLiteral("sites-enabled/bulwark-lab-tls → sites-available/bulwark-lab-tls"));
        QCOMPARE(cell(TlsSitesModel::LineColumn), QStringLiteral("1"));
        QCOMPARE(cell(TlsSitesModel::NamesColumn), QStringLiteral("bulwark-lab"));
        QCOMPARE(cell(TlsSitesModel::PortsColumn), QStringLiteral("443"));
        QCOMPARE(cell(TlsSitesModel::TlsColumn), QStringLiteral("yes"));
        QCOMPARE(cell(TlsSitesModel::CertificateColumn), QStringLiteral("/etc/ssl/certs/bulwark-lab.crt"));
        QCOMPARE(cell(TlsSitesModel::ProtocolsColumn), QStringLiteral("TLSv1 TLSv1.1 TLSv1.2"));
        QVERIFY(model->index(lab, TlsSitesModel::ProtocolsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("TLSv1, TLSv1.1")));
        QVERIFY(model->index(lab, TlsSitesModel::FileColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Bulwark edits /etc/nginx/sites-available/bulwark-lab-tls")));
        // The default site is plain HTTP; its protocols would come from nginx.conf's http block.
        const int plain = lab == 0 ? 1 : 0;
        QCOMPARE(model->index(plain, TlsSitesModel::TlsColumn).data().toString(), QStringLiteral("no"));
        QCOMPARE(model->index(plain, TlsSitesModel::CertificateColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model->row(plain).protocolsFrom, QStringLiteral("the http block of nginx.conf"));

        // The TLS site is selected; its settings are offered.
        QCOMPARE(f.wizard->currentSite(), lab);
        QCOMPARE(f.wizard->certificateMode(), Plan::TlsChoice::Certificate::Keep);
        QVERIFY(child<QLabel>(f.wizard, "protocolsNote")->text().contains(QStringLiteral("TLS 1.2 and TLS 1.3 only")));
        QVERIFY(
            child<QLabel>(f.wizard, "protocolsNote")->text().contains(QStringLiteral("Switched off: TLSv1, TLSv1.1.")));
        QVERIFY(!child<QLabel>(f.wizard, "nginxProblems")->isVisible());
        QVERIFY(
            child<QLabel>(f.wizard, "hstsNote")->text().contains(QStringLiteral("sends no Strict-Transport-Security")));
        QVERIFY(
            child<QLabel>(f.wizard, "chooseStatus")->text().contains(QStringLiteral("2 sites, 1 of them with TLS")));
        QVERIFY(child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-choose"));

        // The plain site cannot keep a certificate it does not have.
        QCOMPARE(model->row(plain).listedAs, QStringLiteral("/etc/nginx/sites-enabled/default"));
        QVERIFY(f.wizard->selectSite(model->row(plain).listedAs, model->row(plain).site.serverLine));
        QCOMPARE(f.wizard->certificateMode(), Plan::TlsChoice::Certificate::UsePaths);
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled()); // no paths typed yet
        f.wizard->setCertificatePaths(QStringLiteral("/etc/ssl/certs/www.crt"),
                                      QStringLiteral("/etc/ssl/private/www.key"));
        QVERIFY(child<QPushButton>(f.wizard, "previewButton")->isEnabled());
    }

    void problemsAreShown()
    {
        Fixture f;
        Tls::TlsHostState state = labState();
        state.configTestPassed = false;
        state.problems << QStringLiteral("/etc/nginx/conf.d/broken.conf could not be parsed: unbalanced braces");
        f.wizard->setState(state);
        auto *problems = child<QLabel>(f.wizard, "nginxProblems");
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("nginx -t fails on the host now")));
        QVERIFY(problems->text().contains(QStringLiteral("broken.conf could not be parsed")));
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-problems"));
        // The planner refuses a host whose nginx -t fails: the preview says so and nothing can be applied.
        child<QPushButton>(f.wizard, "previewButton")->click();
        auto *banner = child<ErrorBanner>(f.wizard, "previewBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(!child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-refused"));

        Tls::TlsHostState none;
        f.wizard->goBack();
        f.wizard->setState(none);
        QCOMPARE(f.wizard->sitesModel()->rowCount(), 0);
        QVERIFY(child<QLabel>(f.wizard, "chooseStatus")
                    ->text()
                    .contains(QStringLiteral("Neither nginx nor Apache is installed")));
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled());
    }

    void keepWithHstsShowsTheDiff()
    {
        Fixture f;
        QVERIFY(f.load());
        QVERIFY(f.wizard->selectSite(LabLink, 1));
        f.wizard->setCertificateMode(Plan::TlsChoice::Certificate::Keep);
        f.wizard->setHstsMaxAge(365 * 24 * 3600);
        QVERIFY(!child<QLabel>(f.wizard, "includeSubDomainsWarning")->isVisible());
        f.wizard->setHstsIncludeSubDomains(true);
        QVERIFY(child<QLabel>(f.wizard, "includeSubDomainsWarning")->isVisible());
        QVERIFY(child<QLabel>(f.wizard, "includeSubDomainsWarning")->text().contains(QStringLiteral("subdomain")));
        f.wizard->setHstsIncludeSubDomains(false);
        const Plan::TlsChoice choice = f.wizard->choice();
        QCOMPARE(choice.file, LabFile);
        QCOMPARE(choice.serverLine, 1);
        QCOMPARE(choice.hstsMaxAge, qint64(31536000));
        QVERIFY(choice.modernCiphers);
        QVERIFY(!choice.hstsIncludeSubDomains);

        child<QPushButton>(f.wizard, "previewButton")->click();
        QCOMPARE(f.wizard->currentPage(), TlsWizard::PreviewPage);
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->panel()->isPreviewReady(), 10000);
        const Plan::ChangePlan plan = f.wizard->panel()->preparedPlan();
        QVERIFY(!plan.isEmpty());
        const Plan::FileEdit *edit = nullptr;
        for (const Plan::Change &change : plan.changes()) {
            if (change.fileEdit() && change.fileEdit()->path() == LabFile)
                edit = change.fileEdit();
        }
        QVERIFY(edit);
        const QString diff = diffsOf(plan);
        QVERIFY2(diff.contains(QStringLiteral("+    ssl_protocols TLSv1.2 TLSv1.3;")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("-    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("max-age=31536000")), qPrintable(diff));
        QVERIFY(!diff.contains(QStringLiteral("includeSubDomains")));
        QVERIFY(!diff.contains(QStringLiteral("SECLEVEL=0\";")));
        // The preview shows that diff.
        auto *preview = child<PlanPreview>(f.wizard, "planPreview");
        QVERIFY(preview->isVisible());
        bool shown = false;
        for (DiffLineModel *lines : preview->findChildren<DiffLineModel *>()) {
            for (int row = 0; row < lines->rowCount(); ++row) {
                const QModelIndex index = lines->index(row, 0);
                for (const int role : {int(DiffLineModel::OldTextRole), int(DiffLineModel::NewTextRole)})
                    shown = shown || index.data(role).toString().contains(QStringLiteral("ssl_protocols TLSv1.2 "
                                                                                         "TLSv1.3;"));
            }
        }
        QVERIFY(shown);
        QVERIFY(child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-preview"));

        // Back keeps the choice.
        child<QPushButton>(f.wizard, "backButton")->click();
        QCOMPARE(f.wizard->currentPage(), TlsWizard::ChoosePage);
        QCOMPARE(f.wizard->hstsMaxAge(), qint64(31536000));
    }

    void importRefusesPrivateKeys()
    {
        QTemporaryDir dir;
        const auto [crt, key] = makeCertificate(dir, QStringLiteral("portal.example"));
        if (crt.isEmpty())
            QSKIP("openssl is not installed");
        Fixture f;
        f.wizard->setState(labState());
        f.wizard->setCertificateMode(Plan::TlsChoice::Certificate::Import);
        QVERIFY(child<QPushButton>(f.wizard, "importBrowseButton")->isVisible());
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled());

        // Certificate and key in one file (as some tools write them): refused as a whole.
        const QString both = dir.filePath(QStringLiteral("both.pem"));
        {
            QFile file(both);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(crt + key);
        }
        const Result<void> refused = f.wizard->importCertificateFile(both);
        QVERIFY(!refused);
        QVERIFY2(f.wizard->importMessage().contains(QStringLiteral("holds a private key")),
                 qPrintable(f.wizard->importMessage()));
        QVERIFY(f.wizard->importMessage().contains(QStringLiteral("never copies private keys")));
        QVERIFY(f.wizard->importedPem().isEmpty());
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-import-refused"));
        // A key alone too; and a file that is no certificate.
        const QString keyOnly = dir.filePath(QStringLiteral("portal.example.key"));
        QVERIFY(!f.wizard->importCertificateFile(keyOnly));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hello\n");
        }
        QVERIFY(!f.wizard->importCertificateFile(text));
        QVERIFY(f.wizard->importMessage().contains(QStringLiteral("no certificate in PEM form")));

        // The certificate alone is taken; the key stays on the host.
        QVERIFY(f.wizard->importCertificateFile(dir.filePath(QStringLiteral("portal.example.crt"))));
        QCOMPARE(f.wizard->importedPem(), crt);
        QVERIFY2(f.wizard->importMessage().contains(QStringLiteral("portal.example")),
                 qPrintable(f.wizard->importMessage()));
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled()); // the key's path is missing
        child<QLineEdit>(f.wizard, "keyPathEdit")->setText(QStringLiteral("/etc/ssl/private/portal.key"));
        QVERIFY(child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        const Plan::TlsChoice choice = f.wizard->choice();
        QCOMPARE(choice.certificatePem, crt);
        QCOMPARE(choice.keyPath, QStringLiteral("/etc/ssl/private/portal.key"));
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-import"));
    }

    void handshakeReportRendersInWords()
    {
        TlsHandshakeView view;
        view.resize(900, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTarget(QStringLiteral("127.0.0.1"), 8443, QStringLiteral("bulwark-lab"));
        QCOMPARE(view.port(), quint16(8443));

        Tls::TlsHandshake::Report weak;
        weak.protocol = QStringLiteral("TLSv1.2");
        weak.cipher = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
        weak.chain = {certificate(QStringLiteral("CN=bulwark-lab"), QStringLiteral("CN=bulwark-lab"), 3600, true)};
        weak.verificationErrors = {QStringLiteral("The certificate is self-signed, and untrusted")};
        weak.tls10 = {Tls::TlsHandshake::Legacy::Accepted, {}};
        weak.tls11 = {Tls::TlsHandshake::Legacy::Unknown,
                      QStringLiteral("this computer's TLS library cannot offer TLS 1.1")};
        view.showReport(weak);
        const QString text = view.reportText();
        QVERIFY2(text.contains(QStringLiteral("still accepts obsolete protocols: TLS 1.0")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("TLS 1.0: ACCEPTED")));
        QVERIFY(text.contains(QStringLiteral("TLS 1.1: unknown (this computer's TLS library cannot offer TLS 1.1)")));
        QVERIFY(text.contains(QStringLiteral("not trusted by this computer")));
        QVERIFY(text.contains(QStringLiteral("self-signed")));
        QVERIFY(child<QLabel>(&view, "handshakeVerdict")->text().contains(QStringLiteral("#b42318")));
        GuiTest::screenshot(&view, QStringLiteral("tls-handshake-weak"));

        Tls::TlsHandshake::Report good;
        good.protocol = QStringLiteral("TLSv1.3");
        good.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        good.chain = {certificate(QStringLiteral("CN=portal.trust.nhs.uk"), QStringLiteral("CN=Trust Issuing CA"), 200),
                      certificate(QStringLiteral("CN=Trust Issuing CA"), QStringLiteral("CN=Trust Root CA"), 2000)};
        good.tls10 = {Tls::TlsHandshake::Legacy::Refused, QStringLiteral("handshake failure")};
        good.tls11 = {Tls::TlsHandshake::Legacy::Refused, QStringLiteral("handshake failure")};
        QVERIFY(good.modernOnly());
        view.showReport(good);
        const QString goodText = view.reportText();
        QVERIFY2(goodText.contains(QStringLiteral("Only TLS 1.2 and 1.3 are offered")), qPrintable(goodText));
        QVERIFY(goodText.contains(QStringLiteral("Protocol: TLSv1.3")));
        QVERIFY(goodText.contains(QStringLiteral("Cipher: TLS_AES_256_GCM_SHA384")));
        QVERIFY(goodText.contains(QStringLiteral("TLS 1.0: refused")));
        QVERIFY(goodText.contains(QStringLiteral("TLS 1.1: refused")));
        QVERIFY(goodText.contains(QStringLiteral("1. CN=portal.trust.nhs.uk")));
        QVERIFY(goodText.contains(QStringLiteral("issued by CN=Trust Issuing CA")));
        QVERIFY(goodText.contains(QStringLiteral("2. CN=Trust Issuing CA")));
        QVERIFY(goodText.contains(QStringLiteral("trusted by this computer for bulwark-lab")));
        QVERIFY(child<QLabel>(&view, "handshakeVerdict")->text().contains(QStringLiteral("#1f7a3f")));
        GuiTest::screenshot(&view, QStringLiteral("tls-handshake-good"));

        view.showReport(Error(Error::Code::ConnectFailed, QStringLiteral("Connection refused")));
        QVERIFY(view.reportText().contains(QStringLiteral("No TLS handshake with 127.0.0.1, port 8443: Connection "
                                                          "refused")));
    }

    // The view runs the real handshake on a worker: against openssl s_server on 127.0.0.1, the GUI thread keeps
    // running while it waits.
    void handshakeRunsOffTheGuiThread()
    {
        TlsServer server;
        if (!server.start())
            QSKIP("openssl s_server could not be started");
        const quint16 port = server.port;

        TlsHandshakeView view;
        view.resize(900, 520);
        view.show();
        view.setTarget(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
        QSignalSpy checked(&view, &TlsHandshakeView::checked);
        view.check();
        QVERIFY(view.isChecking());
        QVERIFY(checked.isEmpty()); // not done on the GUI thread before returning
        QVERIFY(checked.wait(60000));
        const QString text = view.reportText();
        QVERIFY2(text.contains(QStringLiteral("Protocol: TLSv1.3")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1. CN=localhost")));
        // Only TLS 1.3 offered: the old versions are refused (or unknown when this computer cannot offer them).
        QVERIFY(!text.contains(QStringLiteral("ACCEPTED")));
        GuiTest::screenshot(&view, QStringLiteral("tls-handshake-live"));
    }

    // A view closed while its check waits on a silent server: the worker stops on its own and its result goes
    // nowhere (no crash, no continuation on a dead widget).
    void closingWhileCheckingIsSafe()
    {
        QTcpServer silent; // accepts the TCP connection, never says a TLS word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        auto *view = new TlsHandshakeView;
        view->setTarget(QStringLiteral("127.0.0.1"), silent.serverPort(), QStringLiteral("localhost"));
        view->check();
        QVERIFY(view->isChecking());
        QTest::qWait(200);
        delete view;
        QTRY_VERIFY_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount() == 0, 60000);
        QTest::qWait(50); // anything queued for the view would run now
    }

    // After an apply that went through, the result page checks the site from this computer: the host's address as
    // it was added, the site's TLS port (editable: the lab forwards 443 elsewhere) and its name.
    void afterApplyTheSiteIsChecked()
    {
        TlsServer server;
        if (!server.start())
            QSKIP("openssl s_server could not be started");
        Fixture f;
        f.wizard->setState(labState());
        QVERIFY(f.wizard->selectSite(LabLink, 1));
        child<QPushButton>(f.wizard, "previewButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->panel()->isPreviewReady(), 10000);
        TlsHandshakeView *view = f.wizard->handshakeView();
        QSignalSpy checked(view, &TlsHandshakeView::checked);
        // As the panel reports a transaction that went through, then shows its result page.
        Apply::ApplyReport report;
        report.outcome = Apply::ApplyReport::Outcome::Applied;
        Q_EMIT f.wizard->panel()->applyFinished(report);
        f.wizard->panel()->setCurrentIndex(PlanApplyPanel::ResultStage);
        Q_EMIT f.wizard->panel()->stateChanged();
        QCOMPARE(f.wizard->currentPage(), TlsWizard::ResultPage);
        QVERIFY(child<QWidget>(f.wizard, "handshakeScroll")->isVisible());
        QCOMPARE(view->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(view->port(), quint16(443));
        QCOMPARE(view->serverName(), QStringLiteral("bulwark-lab"));
        // Nothing listens on 443 here: refused at once, or after the timeout.
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() == 1, 60000);
        QVERIFY(view->reportText().contains(QStringLiteral("No TLS handshake with 127.0.0.1, port 443")));
        // The forwarded port, checked again.
        view->setPort(server.port);
        child<QPushButton>(view, "handshakeCheckButton")->click();
        QVERIFY(checked.wait(60000));
        const QString text = view->reportText();
        QVERIFY2(text.contains(QStringLiteral("Protocol: TLSv1.3")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Only TLS 1.2 and 1.3 are offered")));
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-result"));
        // Back is not offered after a change that went through; the check stops when the wizard closes.
        QVERIFY(!child<QPushButton>(f.wizard, "backButton")->isVisible());
    }

    // "Check the Site Now…" shows what the site offers before anything changes; the port typed there is the one
    // the result page checks after the apply.
    void checkNowRemembersThePort()
    {
        TlsServer server;
        if (!server.start(QStringLiteral("-tls1_2")))
            QSKIP("openssl s_server could not be started");
        Fixture f;
        QVERIFY(f.load());
        QVERIFY(f.wizard->selectSite(LabLink, 1));
        auto *button = child<QPushButton>(f.wizard, "checkSiteButton");
        QVERIFY(button->isEnabled());
        button->click();
        auto *dialog = child<QDialog>(f.wizard, "siteCheckDialog");
        QVERIFY(dialog->isVisible());
        auto *view = dialog->findChild<TlsHandshakeView *>();
        QVERIFY(view);
        QCOMPARE(view->port(), quint16(443));
        // Nothing listens on 443 here (the check may even be over before the dialog shows).
        QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking(), 60000);
        QVERIFY(view->reportText().contains(QStringLiteral("port 443")));
        view->setPort(server.port);
        child<QPushButton>(view, "handshakeCheckButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking(), 60000);
        QVERIFY2(view->reportText().contains(QStringLiteral("Protocol: TLSv1.2")), qPrintable(view->reportText()));
        GuiTest::screenshot(dialog, QStringLiteral("tls-wizard-check-now"));
        dialog->close();

        child<QPushButton>(f.wizard, "previewButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->panel()->isPreviewReady(), 10000);
        Apply::ApplyReport report;
        report.outcome = Apply::ApplyReport::Outcome::Applied;
        Q_EMIT f.wizard->panel()->applyFinished(report);
        QCOMPARE(f.wizard->handshakeView()->port(), server.port);
    }

    // Apache's VirtualHosts join nginx's sites (a "Server" column) and are planned by the Apache planner.
    void apacheSitesToo()
    {
        Fixture f(true);
        QVERIFY(f.load());
        TlsSitesModel *model = f.wizard->sitesModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 3, 10000); // Apache is read after nginx
        int apache = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, TlsSitesModel::ServerColumn).data().toString() == u"Apache")
                apache = row;
        }
        QVERIFY(apache >= 0);
        QCOMPARE(model->row(apache).site.file, QStringLiteral("/etc/apache2/sites-available/000-default.conf"));
        // The link httpd reads and the real file, as for nginx; the site is found by either.
        QCOMPARE(model->row(apache).listedAs, QStringLiteral("/etc/apache2/sites-enabled/000-default.conf"));
        QCOMPARE(model->index(apache, TlsSitesModel::FileColumn).data().toString(),
                 QStringLiteral("sites-enabled/000-default.conf → sites-available/000-default.conf"));
        QCOMPARE(model->rowOf(model->row(apache).listedAs, 1), apache);
        QCOMPARE(model->index(apache, TlsSitesModel::TlsColumn).data().toString(), QStringLiteral("no"));
        QVERIFY(child<QLabel>(f.wizard, "chooseStatus")->text().contains(QStringLiteral("Apache/2.4")));
        QVERIFY(f.wizard->selectSite(model->row(apache).listedAs, model->row(apache).site.serverLine));
        f.wizard->setCertificateMode(Plan::TlsChoice::Certificate::SelfSigned);
        f.wizard->setCommonName(QStringLiteral("intranet.example"));
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-apache"));
        child<QPushButton>(f.wizard, "previewButton")->click();
        auto *banner = child<ErrorBanner>(f.wizard, "previewBanner");
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->panel()->isPreviewReady() || banner->isVisible(), 10000);
        QVERIFY2(f.wizard->panel()->isPreviewReady(), qPrintable(banner->message()));
        const QString diff = diffsOf(f.wizard->panel()->preparedPlan());
        QVERIFY2(diff.contains(QStringLiteral("SSLProtocol")), qPrintable(diff));
        QVERIFY(child<QLabel>(f.wizard, "previewStatus")->text().contains(QStringLiteral("apachectl configtest")));
        GuiTest::screenshot(f.wizard, QStringLiteral("tls-wizard-apache-preview"));
    }

    // apache2ctl could not run on the host (Debian's, under a fresh /run without /run/lock; recorded): the wizard
    // shows the reason in plain words, not "configtest fails", and lists nginx's sites alone.
    void apacheCannotRun()
    {
        Fixture f(true, QStringLiteral("debian12-no-run-lock.out"));
        QVERIFY(f.load());
        auto *problems = child<QLabel>(f.wizard, "nginxProblems");
        QTRY_VERIFY_WITH_TIMEOUT(problems->text().contains(QStringLiteral("apache2ctl could not run on the host")),
                                 10000);
        QVERIFY2(problems->text().contains(QStringLiteral("/var/lock/apache2")), qPrintable(problems->text()));
        QVERIFY2(!problems->text().contains(QStringLiteral("configtest fails")), qPrintable(problems->text()));
        QCOMPARE(f.wizard->sitesModel()->rowCount(), 2);
        QVERIFY(!child<QLabel>(f.wizard, "chooseStatus")->text().contains(QStringLiteral("mktemp")));
    }

    void presetFromAFinding()
    {
        {
            Fixture f;
            f.wizard->presetRule(QStringLiteral("BW-LNX-WEB-003")); // nginx serves no HTTPS
            QVERIFY(f.load());
            const int row = f.wizard->currentSite();
            QVERIFY(row >= 0);
            QVERIFY(!f.wizard->sitesModel()->row(row).site.tls);
            QVERIFY(child<QCheckBox>(f.wizard, "redirectCheck")->isChecked());
            QVERIFY(!child<QPushButton>(f.wizard, "checkSiteButton")->isEnabled()); // no TLS to check yet
        }
        {
            Fixture f;
            f.wizard->presetRule(QStringLiteral("BW-LNX-WEB-001")); // TLS 1.0/1.1 offered
            QVERIFY(f.load());
            QCOMPARE(f.wizard->currentSite(), f.wizard->sitesModel()->rowOf(LabLink, 1));
        }
        {
            Fixture f(true);
            f.wizard->presetRule(QStringLiteral("BW-LNX-WEB-008")); // Apache serves no HTTPS
            QVERIFY(f.load());
            // Applied once Apache is read, after nginx.
            QTRY_VERIFY_WITH_TIMEOUT(f.wizard->currentSite() >= 0 &&
                                         TlsSitesModel::isApache(f.wizard->sitesModel()->row(f.wizard->currentSite())),
                                     10000);
            QVERIFY(child<QCheckBox>(f.wizard, "redirectCheck")->isChecked());
        }
    }

    void openedFromTheMainWindow()
    {
        Fixture f;
        QAction *action = child<QAction>(f.window.get(), "actionTlsWizard");
        QVERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY(f.window->tlsWizard());
        QCOMPARE(f.window->tlsWizard()->hostId(), f.host.id);
        f.window->tlsWizard()->close();
    }
};

QTEST_MAIN(TestTlsWizard)
#include "tst_tlswizard.moc"
