// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/AddHostDialog.h"

#include "core/transport/SshSession.h"
#include "core/transport/WinRmPins.h"
#include "core/transport/WinRmSession.h"
#include "ui/DialogSizing.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/HostKeyDialog.h"
#include "ui/UiLogging.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using FormHelpers::expandHome;
using FormHelpers::hintLabel;

using Transport::HostKey;
using Transport::SshConfig;
using Transport::SshCredentials;
using Transport::SshTarget;
using Transport::WinRmCredentials;
using Transport::WinRmPins;
using Transport::WinRmTarget;

namespace {

QLabel *sectionHeader(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

constexpr int PreferredWidth = 640;

ErrorBanner::Severity severityOf(const Error &error)
{
    switch (error.code()) {
    case Error::Code::HostKeyChanged:
    case Error::Code::HostKeyRevoked:
        return ErrorBanner::Severity::Critical;
    case Error::Code::Canceled:
        return ErrorBanner::Severity::Information;
    default:
        return ErrorBanner::Severity::Warning;
    }
}

} // namespace

AddHostDialog::AddHostDialog(QWidget *parent)
    : QDialog(parent)
    , m_config(SshConfig::loadDefault())
    , m_sessionFactory([](const SshTarget &target, const SshCredentials &credentials) {
        return std::make_unique<Transport::SshSession>(target, credentials);
    })
    , m_winRmSessionFactory([](const WinRmTarget &target, const WinRmCredentials &credentials) {
        return std::make_unique<Transport::WinRmSession>(target, credentials);
    })
{
    setObjectName(QStringLiteral("AddHostDialog"));
    setWindowTitle(tr("Add Host"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("addHostTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = hintLabel(QString(), this);
    m_intro->setObjectName(QStringLiteral("addHostIntroLabel"));

    // Which kind of host.
    m_linux = new QRadioButton(tr("&Linux (SSH)"), this);
    m_linux->setObjectName(QStringLiteral("linuxRadio"));
    m_linux->setChecked(true);
    m_windows = new QRadioButton(tr("Win&dows (WinRM)"), this);
    m_windows->setObjectName(QStringLiteral("windowsRadio"));
    auto *systems = new QButtonGroup(this);
    systems->addButton(m_linux);
    systems->addButton(m_windows);
    auto *systemRow = new QHBoxLayout;
    systemRow->setSpacing(20);
    systemRow->addWidget(m_linux);
    systemRow->addWidget(m_windows);
    systemRow->addStretch(1);

    // Server.
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("user@host:port, host name, IP address or ssh_config alias"));
    m_address->setClearButtonEnabled(true);
    m_resolved = new QLabel(this);
    m_resolved->setObjectName(QStringLiteral("resolvedLabel"));
    m_resolved->setTextFormat(Qt::RichText);
    m_resolved->setWordWrap(true);
    m_addressError = new QLabel(this);
    m_addressError->setObjectName(QStringLiteral("addressErrorLabel"));
    m_addressError->setTextFormat(Qt::PlainText);
    m_addressError->setWordWrap(true);
    m_addressError->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_addressError->setVisible(false);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    m_port->setMinimumWidth(110);
    auto *userRow = new QHBoxLayout;
    userRow->setSpacing(12);
    userRow->addWidget(m_user, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    userRow->addWidget(portLabel);
    userRow->addWidget(m_port);

    auto *addressColumn = new QVBoxLayout;
    addressColumn->setSpacing(4);
    addressColumn->addWidget(m_address);
    addressColumn->addWidget(m_resolved);
    addressColumn->addWidget(m_addressError);

    // Windows: how WinRM travels. HTTP only with an explicit, warned-about choice.
    m_https = new QRadioButton(tr("HTTPS (port 5986, recommended)"), this);
    m_https->setObjectName(QStringLiteral("httpsRadio"));
    m_https->setChecked(true);
    m_http = new QRadioButton(tr("HTTP (port 5985)"), this);
    m_http->setObjectName(QStringLiteral("httpRadio"));
    auto *schemes = new QButtonGroup(this);
    schemes->addButton(m_https);
    schemes->addButton(m_http);
    m_httpWarning = new QLabel(tr("Over plain HTTP, Basic authentication sends the Windows password in a form anyone "
                                  "on the network path can read, and commands and their output travel unencrypted. "
                                  "Use it only on an isolated management network, and only if the host's WinRM "
                                  "service allows it (AllowUnencrypted)."),
                               this);
    m_httpWarning->setObjectName(QStringLiteral("httpWarningLabel"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setTextFormat(Qt::PlainText);
    m_httpWarning->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_allowUnencrypted = new QCheckBox(tr("Allow u&nencrypted WinRM for this host"), this);
    m_allowUnencrypted->setObjectName(QStringLiteral("allowUnencryptedCheck"));
    m_transportBox = new QWidget(this);
    m_transportBox->setObjectName(QStringLiteral("transportBox"));
    auto *schemeRow = new QHBoxLayout;
    schemeRow->setSpacing(20);
    schemeRow->addWidget(m_https);
    schemeRow->addWidget(m_http);
    schemeRow->addStretch(1);
    auto *transportColumn = new QVBoxLayout(m_transportBox);
    transportColumn->setContentsMargins(0, 0, 0, 0);
    transportColumn->setSpacing(6);
    transportColumn->addLayout(schemeRow);
    transportColumn->addWidget(m_httpWarning);
    transportColumn->addWidget(m_allowUnencrypted);

    auto *server = new QFormLayout;
    m_serverForm = server;
    server->setHorizontalSpacing(14);
    server->setVerticalSpacing(10);
    server->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    server->addRow(tr("System:"), systemRow);
    server->addRow(tr("&Address:"), addressColumn);
    server->addRow(tr("&User:"), userRow);
    server->addRow(tr("Transport:"), m_transportBox);
    static_cast<QLabel *>(server->labelForField(addressColumn))->setBuddy(m_address);
    static_cast<QLabel *>(server->labelForField(userRow))->setBuddy(m_user);

    // Sign-in.
    const FormHelpers::IdentityRow identity = FormHelpers::identityRow(QString(), tr("Optional"), this);
    m_identity = identity.edit;
    m_browse = identity.browse;
    QHBoxLayout *identityRow = identity.layout;
    m_identityRow = identityRow;

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional"));
    m_sudoSame = new QCheckBox(tr("Use the same password for &sudo"), this);
    m_sudoSame->setObjectName(QStringLiteral("sudoSameCheck"));
    m_sudoSame->setChecked(true);
    auto *passwordColumn = new QVBoxLayout;
    passwordColumn->setSpacing(6);
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_sudoSame);
    m_passwordHint = hintLabel(QString(), this);
    m_passwordHint->setObjectName(QStringLiteral("passwordHintLabel"));
    passwordColumn->addWidget(m_passwordHint);

    auto *signIn = new QFormLayout;
    m_signInForm = signIn;
    signIn->setHorizontalSpacing(14);
    signIn->setVerticalSpacing(10);
    signIn->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    signIn->addRow(tr("&Identity file:"), identityRow);
    signIn->addRow(tr("Pass&word:"), passwordColumn);
    static_cast<QLabel *>(signIn->labelForField(identityRow))->setBuddy(m_identity);
    static_cast<QLabel *>(signIn->labelForField(passwordColumn))->setBuddy(m_password);

    // Keep the two forms' label columns aligned.
    const int labelWidth = qMax(server->labelForField(addressColumn)->sizeHint().width(),
                                signIn->labelForField(identityRow)->sizeHint().width());
    for (QFormLayout *form : {server, signIn}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);
        }
    }

    m_banner = new ErrorBanner(this);

    // Progress.
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("progressRow"));
    m_busy = new QProgressBar(m_progressRow);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_progress = new QLabel(m_progressRow);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setTextFormat(Qt::PlainText);
    auto *progressLayout = new QVBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(6);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_busy);
    m_progressRow->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_connect, &QPushButton::clicked, this, &AddHostDialog::startConnect);
    connect(m_cancel, &QPushButton::clicked, this, &AddHostDialog::onCancelClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_intro);
    layout->addSpacing(20);
    layout->addWidget(sectionHeader(tr("Server"), this));
    layout->addSpacing(8);
    layout->addLayout(server);
    layout->addSpacing(20);
    layout->addWidget(sectionHeader(tr("Sign-in"), this));
    layout->addSpacing(8);
    layout->addLayout(signIn);
    layout->addSpacing(16);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    layout->addStretch(1);
    layout->addSpacing(16);
    layout->addWidget(buttons);

    m_inputs = {m_linux,  m_windows,  m_address,  m_user,  m_port, m_identity,
                m_browse, m_password, m_sudoSame, m_https, m_http, m_allowUnencrypted};
    for (QLineEdit *edit : {m_address, m_user, m_identity, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AddHostDialog::updateResolved);
    connect(m_port, &QSpinBox::valueChanged, this, &AddHostDialog::updateResolved);
    connect(m_windows, &QRadioButton::toggled, this, &AddHostDialog::updateProtocol);
    connect(m_http, &QRadioButton::toggled, this, &AddHostDialog::updateProtocol);
    connect(m_allowUnencrypted, &QCheckBox::toggled, this, &AddHostDialog::updateResolved);

    m_address->setFocus();
    updateProtocol();
}

AddHostDialog::~AddHostDialog() = default; // m_connection, if any, is retired without waiting

void AddHostDialog::setSshConfig(const SshConfig &config)
{
    m_config = config;
    updateResolved();
}

void AddHostDialog::setSessionFactory(SessionFactory factory)
{
    m_sessionFactory = std::move(factory);
}

void AddHostDialog::setWinRmSessionFactory(WinRmSessionFactory factory)
{
    m_winRmSessionFactory = std::move(factory);
}

void AddHostDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

void AddHostDialog::setProtocol(Protocol protocol)
{
    (protocol == Protocol::WinRm ? m_windows : m_linux)->setChecked(true);
}

AddHostDialog::Protocol AddHostDialog::protocol() const
{
    return m_windows->isChecked() ? Protocol::WinRm : Protocol::Ssh;
}

bool AddHostDialog::isWindows() const
{
    return m_windows->isChecked();
}

void AddHostDialog::updateProtocol()
{
    const bool windows = isWindows();
    const bool http = windows && m_http->isChecked();
    m_title->setText(windows ? tr("Add a Windows host") : tr("Add a Linux host"));
    m_intro->setText(windows ? tr("Bulwark connects over WinRM, verifies the server's TLS certificate and reads basic "
                                  "facts. Nothing on the server is changed.")
                             : tr("Bulwark connects over SSH, verifies the server's host key and reads basic facts. "
                                  "Nothing on the server is changed."));
    m_address->setPlaceholderText(windows ? tr("user@host:port, e.g. Administrator@pacs-win01")
                                          : tr("user@host:port, host name, IP address or ssh_config alias"));
    m_serverForm->setRowVisible(m_transportBox, windows);
    m_httpWarning->setVisible(http);
    m_allowUnencrypted->setVisible(http);
    if (!http)
        m_allowUnencrypted->setChecked(false);
    m_signInForm->setRowVisible(m_identityRow, !windows);
    m_sudoSame->setVisible(!windows);
    m_password->setPlaceholderText(windows ? tr("Required") : tr("Optional"));
    m_passwordHint->setText(windows ? tr("The password of that Windows account (WinRM takes Basic authentication for "
                                         "local accounts). It stays in memory for this session only; it is never "
                                         "saved or logged.")
                                    : tr("Bulwark tries ssh-agent and your keys first, then the password. The "
                                         "password stays in memory for this session only; it is never saved or "
                                         "logged."));
    updateResolved();
}

Result<SshTarget> AddHostDialog::resolvedTarget() const
{
    const auto entered = enteredTarget();
    if (!entered)
        return entered.error();
    return m_config.resolve(*entered);
}

Result<SshTarget> AddHostDialog::enteredTarget() const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Enter a host name, an IP address or an ssh_config alias."));
    auto parsed = SshTarget::parse(address);
    if (!parsed)
        return parsed.error();
    SshTarget target = *parsed;
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty()) {
        static const QRegularExpression userPattern(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._@-]*$"));
        if (!userPattern.match(user).hasMatch())
            return Error(Error::Code::InvalidArgument, tr("\"%1\" is not a valid user name.").arg(user));
        target.user = user;
    }
    if (m_port->value() > 0)
        target.port = quint16(m_port->value());
    const QString identity = m_identity->text().trimmed();
    if (!identity.isEmpty())
        target.identityFiles = {expandHome(identity)};
    return target;
}

Result<WinRmTarget> AddHostDialog::enteredWinRmTarget() const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Enter the Windows host as user@host or user@host:port."));
    if (address.contains(QLatin1String("://")))
        return Error(Error::Code::InvalidArgument,
                     tr("Enter the host without http:// or https://; choose HTTPS or HTTP below."));
    auto parsed = WinRmTarget::parse(address);
    if (!parsed)
        return parsed.error();
    WinRmTarget target = *parsed;
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty()) {
        // Basic authentication separates user and password with a colon; Windows names never hold these.
        static const QRegularExpression userPattern(QStringLiteral("^[^\\x00-\\x1f\":/\\[\\];|=,+*?<>@]{1,104}$"));
        if (!userPattern.match(user).hasMatch())
            return Error(Error::Code::InvalidArgument, tr("\"%1\" is not a valid Windows user name.").arg(user));
        target.user = user;
    }
    if (target.user.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("Enter the account to sign in with, as user@host or in the User field."));
    if (m_port->value() > 0)
        target.port = quint16(m_port->value());
    const bool https = !m_http->isChecked();
    target.scheme = https ? WinRmTarget::Scheme::Https : WinRmTarget::Scheme::Http;
    target.allowUnencrypted = !https && m_allowUnencrypted->isChecked();
    if (!https && !target.allowUnencrypted)
        return Error(Error::Code::InvalidArgument,
                     tr("Plain HTTP needs \"Allow unencrypted WinRM for this host\" ticked; HTTPS does not."));
    return target;
}

ConnectionPtr AddHostDialog::takeConnection()
{
    return std::move(m_connection);
}

WinRmCredentials AddHostDialog::takeWinRmCredentials()
{
    WinRmCredentials credentials = m_winRmCredentials;
    m_winRmCredentials = WinRmCredentials(); // the old one wipes its copy
    return credentials;
}

void AddHostDialog::startConnect()
{
    if (m_connecting)
        return;
    if (isWindows()) {
        auto target = enteredWinRmTarget();
        if (!target || m_password->text().isEmpty()) {
            updateResolved();
            return;
        }
        if (target->scheme == WinRmTarget::Scheme::Https) {
            const auto pinned = WinRmPins(m_pinsPath).find(target->hostName, target->effectivePort());
            if (!pinned) {
                fail(pinned.error());
                return;
            }
            target->pinnedFingerprint = *pinned;
        }
        m_banner->clear();
        connectTo(*target);
        return;
    }
    const auto target = resolvedTarget();
    if (!target) {
        updateResolved();
        return;
    }
    m_banner->clear();
    connectTo(*target);
}

void AddHostDialog::cancelConnect()
{
    if (!m_connecting)
        return;
    ++m_attempt;          // whatever the abandoned attempt still delivers is stale
    m_connection.reset(); // cancels and retires it without waiting
    setConnecting(false);
    qCInfo(lcUi) << "connection attempt to" << (isWindows() ? m_winRmTarget.displayName() : m_target.displayName())
                 << "cancelled";
}

void AddHostDialog::reject()
{
    cancelConnect();
    QDialog::reject();
}

void AddHostDialog::onCancelClicked()
{
    if (m_connecting)
        cancelConnect();
    else
        reject();
}

template<typename T>
void AddHostDialog::continueWith(QFuture<T> future, void (AddHostDialog::*handler)(const T &))
{
    // The connection is the context: it stays alive (retired if need be) until its work is done, so the
    // continuation always runs, and the guard below drops it if the dialog is gone or the attempt is stale.
    future.then(m_connection.get(),
                [self = QPointer<AddHostDialog>(this), attempt = m_attempt, handler](const T &result) {
                    if (!self || self->m_attempt != attempt)
                        return;
                    (self->*handler)(result);
                });
}

void AddHostDialog::connectTo(const SshTarget &target)
{
    ++m_attempt;
    m_target = target;
    SshCredentials credentials;
    credentials.password = m_password->text().toUtf8();
    if (m_sudoSame->isChecked())
        credentials.sudoPassword = credentials.password;
    // The only copy of the secrets that outlives this function is inside the connection's session factory.
    m_connection =
        makeConnection([factory = m_sessionFactory, target, credentials] { return factory(target, credentials); });
    setConnecting(true, tr("Connecting to %1…").arg(target.displayName()));
    qCInfo(lcUi) << "connecting to" << target.displayName();
    continueWith(m_connection->open(), &AddHostDialog::onOpened);
}

void AddHostDialog::connectTo(const WinRmTarget &target)
{
    ++m_attempt;
    m_winRmTarget = target;
    WinRmCredentials credentials;
    credentials.password = m_password->text().toUtf8();
    m_winRmCredentials = credentials; // for the connector once the host is added; wiped with the dialog
    // Otherwise the password outlives this function only inside the connection's session factory.
    m_connection =
        makeConnection([factory = m_winRmSessionFactory, target, credentials] { return factory(target, credentials); });
    setConnecting(true, tr("Connecting to %1…").arg(target.displayName()));
    qCInfo(lcUi) << "connecting to" << target.displayName() << "over WinRM";
    continueWith(m_connection->open(), &AddHostDialog::onOpened);
}

void AddHostDialog::onOpened(const Result<void> &opened)
{
    if (opened) {
        setConnecting(true, tr("Connected. Reading basic facts…"));
        continueWith(HostProbe::probe(*m_connection), &AddHostDialog::onProbed);
        return;
    }
    if (opened.error().code() == Error::Code::HostKeyUnknown) {
        m_hostKeyError = opened.error();
        if (isWindows())
            continueWith(HostProbe::presentedCertificate(*m_connection), &AddHostDialog::onPresentedCertificate);
        else
            continueWith(HostProbe::presentedKey(*m_connection), &AddHostDialog::onPresentedKey);
        return;
    }
    fail(opened.error());
}

void AddHostDialog::onPresentedKey(const Result<HostKey> &key)
{
    // This attempt is over: the next one dials again with the fingerprint the user accepts.
    m_connection.reset();
    setConnecting(false);
    const QString type = key ? key->type : QString();
    // The error's detail is the fingerprint, should the key itself be unavailable.
    const QString fingerprint = key ? key->fingerprint() : m_hostKeyError.detail();
    if (fingerprint.isEmpty()) {
        fail(m_hostKeyError);
        return;
    }
    auto *dialog = new HostKeyDialog(m_target.displayName(), type, fingerprint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const SshTarget target = m_target;
    connect(dialog, &QDialog::accepted, this, [this, target, fingerprint] {
        SshTarget trusted = target;
        trusted.acceptFingerprint = fingerprint;
        m_banner->clear();
        connectTo(trusted);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_banner->showMessage(tr("The host key was not trusted, so Bulwark did not log in. Nothing was recorded."),
                              QString(), ErrorBanner::Severity::Information);
    });
    dialog->open(); // window-modal, no nested event loop
}

void AddHostDialog::onPresentedCertificate(const Result<HostProbe::Certificate> &certificate)
{
    // This attempt is over: the next one dials again trusting the certificate the user accepts, and pinning it.
    m_connection.reset();
    setConnecting(false);
    if (!certificate || certificate->fingerprint.isEmpty()) {
        fail(m_hostKeyError);
        return;
    }
    HostKeyDialog::CertificateDetails details;
    details.subject = certificate->subject;
    details.issuer = certificate->issuer;
    details.expires = certificate->expires;
    const QString fingerprint = certificate->fingerprint;
    auto *dialog = new HostKeyDialog(m_winRmTarget.displayName(), details, fingerprint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const WinRmTarget target = m_winRmTarget;
    connect(dialog, &QDialog::accepted, this, [this, target, fingerprint] {
        m_banner->clear();
        if (const auto written = WinRmPins(m_pinsPath).remember(target.hostName, target.effectivePort(), fingerprint);
            !written) {
            fail(written.error());
            return;
        }
        WinRmTarget trusted = target;
        trusted.acceptFingerprint = fingerprint;
        trusted.pinnedFingerprint = fingerprint;
        connectTo(trusted);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_banner->showMessage(tr("The certificate was not trusted, so Bulwark did not send the password. Nothing was "
                                 "recorded."),
                              QString(), ErrorBanner::Severity::Information);
    });
    dialog->open(); // window-modal, no nested event loop
}

void AddHostDialog::onProbed(const Result<HostProbe::Outcome> &outcome)
{
    if (!outcome) {
        fail(outcome.error());
        return;
    }
    if (isWindows()) {
        Host host;
        host.protocol = Protocol::WinRm;
        host.winRm = m_winRmTarget;
        host.winRm.acceptFingerprint.clear(); // pinned in WinRmPins now; never keep a standing exception
        host.winRmHttps = m_winRmTarget.scheme == WinRmTarget::Scheme::Https;
        host.allowUnencrypted = m_winRmTarget.allowUnencrypted;
        host.address = Host::formatAddress(m_winRmTarget);
        HostProbe::apply(*outcome, host);
        if (!QHostAddress(m_winRmTarget.hostName).isNull() && !host.facts.hostname.isEmpty())
            host.name = host.facts.hostname;
        m_host = host;
        setConnecting(false);
        qCInfo(lcUi) << "added" << host.dialledName();
        accept();
        return;
    }
    Host host;
    host.target = m_target;
    host.target.acceptFingerprint.clear(); // the key is in known_hosts now; never keep a standing exception
    // What the inventory keeps is what the user typed, so ssh_config changes still apply on the next start.
    if (const auto entered = enteredTarget()) {
        host.address = Host::formatAddress(*entered);
        host.identityFiles = entered->identityFiles;
    }
    HostProbe::apply(*outcome, host);
    // An address says little in a list: name the host after itself when the user typed a bare IP address.
    if (!QHostAddress(host.target.alias).isNull() && !host.facts.hostname.isEmpty())
        host.name = host.facts.hostname;
    m_host = host;
    setConnecting(false);
    qCInfo(lcUi) << "added" << host.target.displayName();
    accept();
}

void AddHostDialog::fail(const Error &error)
{
    m_connection.reset();
    setConnecting(false);
    m_banner->showError(error, severityOf(error));
    qCInfo(lcUi).noquote() << "connecting to" << (isWindows() ? m_winRmTarget.displayName() : m_target.displayName())
                           << "failed:" << error.message();
}

void AddHostDialog::setConnecting(bool connecting, const QString &progress)
{
    m_progress->setText(progress);
    if (m_connecting == connecting)
        return;
    m_connecting = connecting;
    m_progressRow->setVisible(connecting);
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(!connecting);
    updateResolved();
    Q_EMIT connectingChanged(connecting);
}

void AddHostDialog::updateResolved()
{
    if (isWindows()) {
        const auto target = enteredWinRmTarget();
        const bool empty = m_address->text().trimmed().isEmpty();
        const bool password = !m_password->text().isEmpty();
        m_connect->setEnabled(target.ok() && password && !m_connecting);
        m_connect->setToolTip(target.ok() && !password ? tr("Enter the password first.") : QString());
        m_addressError->setVisible(!target && !empty);
        m_user->setPlaceholderText(QString());
        if (!target) {
            m_addressError->setText(target.error().message());
            m_resolved->setVisible(empty);
            m_resolved->setText(
                QStringLiteral("<span style=\"color: %1\">%2</span>")
                    .arg(
                        palette().color(QPalette::PlaceholderText).name(),
                        tr("WinRM must be enabled on the host (winrm quickconfig -transport:https).").toHtmlEscaped()));
            return;
        }
        const bool https = target->scheme == WinRmTarget::Scheme::Https;
        const QString where = (https ? tr("Will connect to <b>%1</b> on port %2 over HTTPS")
                                     : tr("Will connect to <b>%1</b> on port %2 over <b>unencrypted</b> HTTP"))
                                  .arg(QString(target->user + u'@' + target->hostName).toHtmlEscaped())
                                  .arg(target->effectivePort());
        m_resolved->setText((https ? QStringLiteral("<span style=\"color: #1e8e3e\">✓</span> ")
                                   : QStringLiteral("<span style=\"color: #b42318\">⚠</span> ")) +
                            where);
        m_resolved->setVisible(true);
        return;
    }
    m_connect->setToolTip(QString());
    const auto target = resolvedTarget();
    const bool empty = m_address->text().trimmed().isEmpty();
    m_connect->setEnabled(target.ok() && !m_connecting);
    m_addressError->setVisible(!target && !empty);
    if (!target) {
        m_addressError->setText(target.error().message());
        m_resolved->setVisible(empty);
        m_resolved->setText(
            QStringLiteral("<span style=\"color: %1\">%2</span>")
                .arg(palette().color(QPalette::PlaceholderText).name(),
                     tr("Bulwark reads ~/.ssh/config, so an alias defined there works too.").toHtmlEscaped()));
        m_user->setPlaceholderText(QString());
        return;
    }
    QString where = tr("Will connect to <b>%1</b> on port %2")
                        .arg(QString(target->effectiveUser() + u'@' + target->hostName).toHtmlEscaped())
                        .arg(target->effectivePort());
    if (target->hostName != target->alias)
        where += QStringLiteral(" ") + tr("(ssh_config host \"%1\")").arg(target->alias.toHtmlEscaped());
    if (!target->proxyJump.isEmpty() && target->proxyJump != u"none")
        where += QStringLiteral(" ") + tr("through %1").arg(target->proxyJump.toHtmlEscaped());
    m_resolved->setText(QStringLiteral("<span style=\"color: #1e8e3e\">✓</span> ") + where);
    m_resolved->setVisible(true);
    m_user->setPlaceholderText(m_user->text().isEmpty() ? target->effectiveUser() : QString());
}

void AddHostDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContents(this, qMax(width(), PreferredWidth));
}

bool AddHostDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // Posted whenever the content changes (a message, its details, the progress row, a wrapped line).
    if (event->type() == QEvent::LayoutRequest && isVisible())
        fitToContents(this);
    return handled;
}

} // namespace Bulwark::Ui
