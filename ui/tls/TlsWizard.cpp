// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/tls/TlsWizard.h"

#include "core/tls/ApacheTlsPlanner.h"
#include "core/tls/TlsPlanJob.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/Palette.h"
#include "ui/ScanStore.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/tls/TlsHandshakeView.h"
#include "ui/tls/TlsSitesModel.h"
#include "ui/tls/TlsStateLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSslCertificate>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Certificate = Plan::TlsChoice::Certificate;

namespace {

constexpr qint64 Day = 24 * 3600;
constexpr qint64 maxImportBytes = 1024 * 1024;

QString warningStyle()
{
    return QStringLiteral("color:%1; font-weight:600").arg(Palette::statusColor(Rules::Finding::Status::Fail).name());
}

// The RHEL family keeps keys and certificates under /etc/pki/tls.
bool isRhelFamily(const QString &osId)
{
    static const QStringList ids = {QStringLiteral("rhel"),      QStringLiteral("centos"), QStringLiteral("rocky"),
                                    QStringLiteral("almalinux"), QStringLiteral("fedora"), QStringLiteral("ol")};
    return ids.contains(osId);
}

} // namespace

TlsWizard::TlsWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
    , m_loader(new TlsStateLoader(window, hostId, this))
{
    setObjectName(QStringLiteral("tlsWizard"));
    setWindowTitle(tr("TLS on Web Servers — %1").arg(m_hostName));
    resize(1180, 840);

    createPanel()->setTitle(tr("What will change in the web server of %1").arg(m_hostName));
    // No plural forms here: the wording holds for one change and for several.
    panel()->setPreparedNote([this](int) {
        if (m_plannedApache)
            return tr("The changes below are made in this order. After the new file is in place Apache reloads and "
                      "apachectl configtest checks the whole configuration; if that fails, everything is undone and "
                      "Apache reloads again.");
        return tr("The changes below are made in this order. After the new file is in place nginx reloads and "
                  "nginx -t checks the whole configuration; if that fails, the old file is put back and nginx "
                  "reloads again.");
    });
    QWidget *choosePage = createChoosePage();
    setUpFrame(choosePage, createPlanPage());

    connect(m_loader, &TlsStateLoader::connecting, this,
            [this] { m_status->setText(tr("Connecting to %1…").arg(m_hostName)); });
    connect(m_loader, &TlsStateLoader::loaded, this, [this](const Result<Tls::TlsHostState> &state) {
        if (!state) {
            m_status->setText(tr("The web server configuration could not be read. Nothing was changed."));
            m_banner->showError(state.error(), ErrorBanner::Severity::Warning);
            updateButtons();
            return;
        }
        setState(*state);
    });
    connect(m_handshake, &TlsHandshakeView::checked, this, [this] { rememberPort(m_handshake, m_handshakeRow); });
    connect(m_loader, &TlsStateLoader::apacheLoaded, this, [this](const Result<Tls::ApacheHostState> &state) {
        if (state) {
            setApacheState(*state);
            return;
        }
        m_apacheError = state.error().message();
        refreshSites();
        updateButtons();
    });
    connect(this, &PlanWizard::applyFinished, this, [this](const Apply::ApplyReport &report) {
        m_checkAfterApply = report.outcome == Apply::ApplyReport::Outcome::Applied;
        if (m_checkAfterApply)
            startHandshake();
        updateButtons();
    });
    siteChanged();
    updateButtons();
}

TlsWizard::~TlsWizard() = default;

QList<qint64> TlsWizard::hstsChoices()
{
    return {0, Day, 182 * Day, 365 * Day, 730 * Day};
}

QWidget *TlsWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));
    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("chooseBanner"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("chooseStatus"));
    m_status->setWordWrap(true);
    m_problems = new QLabel(page);
    m_problems->setObjectName(QStringLiteral("nginxProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setVisible(false);

    m_model = new TlsSitesModel(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("sitesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    for (int column = 0; column < TlsSitesModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The file (link -> real file) and the certificate are read in full; the names take what is left.
    header->setSectionResizeMode(TlsSitesModel::NamesColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TlsWizard::siteChanged);

    auto *optionsScroll = new QScrollArea(page);
    optionsScroll->setObjectName(QStringLiteral("optionsScroll"));
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setFrameShape(QFrame::StyledPanel);
    optionsScroll->setWidget(createOptionsPanel(optionsScroll));

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("chooseSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(optionsScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("Web sites of %1 and their TLS").arg(m_hostName), page));
    auto *intro = new QLabel(tr("Choose a site, then what it should use. Nothing changes on the host until you have "
                                "seen every edit of the web server's files and pressed Apply."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *TlsWizard::createOptionsPanel(QWidget *parent)
{
    m_options = new QWidget(parent);
    m_options->setObjectName(QStringLiteral("siteOptions"));
    m_siteLabel = new QLabel(m_options);
    m_siteLabel->setObjectName(QStringLiteral("selectedSite"));
    m_siteLabel->setWordWrap(true);
    QFont bold = m_siteLabel->font();
    bold.setBold(true);
    m_siteLabel->setFont(bold);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(18);
    m_form->setVerticalSpacing(8);

    // The certificate.
    m_certificate = new QComboBox(m_options);
    m_certificate->setObjectName(QStringLiteral("certificateCombo"));
    m_certificate->addItem(tr("Keep the certificate the site has"), int(Certificate::Keep));
    m_certificate->addItem(tr("Use a certificate and key already on the host"), int(Certificate::UsePaths));
    m_certificate->addItem(tr("Import a certificate from this computer"), int(Certificate::Import));
    m_certificate->addItem(tr("Create a self-signed certificate"), int(Certificate::SelfSigned));
    m_certificate->addItem(tr("Create a new key and a request (CSR) for your certificate authority"),
                           int(Certificate::KeyAndCsr));
    connect(m_certificate, &QComboBox::currentIndexChanged, this, &TlsWizard::certificateModeChanged);
    m_certificateNote = FormHelpers::hintLabel(QString(), m_options);
    m_certificateNote->setObjectName(QStringLiteral("certificateNote"));
    auto *certificateBox = new QWidget(m_options);
    auto *certificateLayout = new QVBoxLayout(certificateBox);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    certificateLayout->setSpacing(4);
    certificateLayout->addWidget(m_certificate);
    certificateLayout->addWidget(m_certificateNote);
    m_form->addRow(tr("&Certificate:"), certificateBox);

    m_certificatePath = new QLineEdit(m_options);
    m_certificatePath->setObjectName(QStringLiteral("certificatePathEdit"));
    m_certificatePath->setPlaceholderText(tr("/etc/ssl/certs/portal.crt (the certificate and its chain, PEM)"));
    connect(m_certificatePath, &QLineEdit::textChanged, this, &TlsWizard::updateButtons);
    m_certificatePathRow = m_certificatePath;
    m_form->addRow(tr("Certificate file on the host:"), m_certificatePath);

    m_browse = new QPushButton(tr("&Browse…"), m_options);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_browse->setAutoDefault(false);
    m_browse->setToolTip(tr("A PEM file with the certificate and its chain; never a private key"));
    connect(m_browse, &QPushButton::clicked, this, &TlsWizard::browseCertificate);
    m_importStatus = new QLabel(tr("No file chosen."), m_options);
    m_importStatus->setObjectName(QStringLiteral("importStatus"));
    m_importStatus->setWordWrap(true);
    m_importStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importRow = new QWidget(m_options);
    auto *importLayout = new QHBoxLayout(m_importRow);
    importLayout->setContentsMargins(0, 0, 0, 0);
    importLayout->addWidget(m_browse, 0, Qt::AlignTop);
    importLayout->addWidget(m_importStatus, 1);
    m_form->addRow(tr("Certificate to import:"), m_importRow);

    m_keyPath = new QLineEdit(m_options);
    m_keyPath->setObjectName(QStringLiteral("keyPathEdit"));
    m_keyPath->setPlaceholderText(tr("/etc/ssl/private/portal.key (stays on the host; Bulwark never copies keys)"));
    connect(m_keyPath, &QLineEdit::textChanged, this, &TlsWizard::updateButtons);
    m_keyPathRow = m_keyPath;
    m_form->addRow(tr("Private key on the host:"), m_keyPath);

    m_commonName = new QLineEdit(m_options);
    m_commonName->setObjectName(QStringLiteral("commonNameEdit"));
    m_commonName->setPlaceholderText(tr("the site's first name"));
    m_commonNameRow = m_commonName;
    m_form->addRow(tr("Name in the certificate:"), m_commonName);
    m_days = new QSpinBox(m_options);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, 3650);
    m_days->setValue(365);
    m_days->setSuffix(tr(" days"));
    m_daysRow = m_days;
    m_form->addRow(tr("Valid for:"), m_days);

    // Protocols: not a choice.
    m_protocolsNote = new QLabel(m_options);
    m_protocolsNote->setObjectName(QStringLiteral("protocolsNote"));
    m_protocolsNote->setWordWrap(true);
    m_protocolsNote->setTextFormat(Qt::RichText);
    m_form->addRow(tr("Protocols:"), m_protocolsNote);

    m_ciphers = new QCheckBox(tr("Modern ciphers only (Mozilla \"intermediate\")"), m_options);
    m_ciphers->setObjectName(QStringLiteral("modernCiphersCheck"));
    m_ciphers->setChecked(true);
    auto *ciphersBox = new QWidget(m_options);
    auto *ciphersLayout = new QVBoxLayout(ciphersBox);
    ciphersLayout->setContentsMargins(0, 0, 0, 0);
    ciphersLayout->setSpacing(4);
    ciphersLayout->addWidget(m_ciphers);
    ciphersLayout->addWidget(FormHelpers::hintLabel(
        tr("Strong ciphers with forward secrecy that every browser of the last years supports; the client picks "
           "the fastest for its hardware."),
        m_options));
    m_form->addRow(tr("Ciphers:"), ciphersBox);

    // HSTS.
    m_hsts = new QComboBox(m_options);
    m_hsts->setObjectName(QStringLiteral("hstsCombo"));
    m_hsts->addItem(tr("Leave as it is"), qint64(0));
    m_hsts->addItem(tr("1 day (a trial)"), Day);
    m_hsts->addItem(tr("6 months"), 182 * Day);
    m_hsts->addItem(tr("1 year"), 365 * Day);
    m_hsts->addItem(tr("2 years"), 730 * Day);
    connect(m_hsts, &QComboBox::currentIndexChanged, this, &TlsWizard::updateHstsNote);
    m_hstsNote = FormHelpers::hintLabel(QString(), m_options);
    m_hstsNote->setObjectName(QStringLiteral("hstsNote"));
    m_subDomains = new QCheckBox(tr("Also for every subdomain (includeSubDomains)"), m_options);
    m_subDomains->setObjectName(QStringLiteral("includeSubDomainsCheck"));
    connect(m_subDomains, &QCheckBox::toggled, this, &TlsWizard::updateHstsNote);
    m_subDomainsWarning = new QLabel(m_options);
    m_subDomainsWarning->setObjectName(QStringLiteral("includeSubDomainsWarning"));
    m_subDomainsWarning->setWordWrap(true);
    m_subDomainsWarning->setStyleSheet(warningStyle());
    auto *hstsBox = new QWidget(m_options);
    auto *hstsLayout = new QVBoxLayout(hstsBox);
    hstsLayout->setContentsMargins(0, 0, 0, 0);
    hstsLayout->setSpacing(4);
    auto *hstsRow = new QHBoxLayout;
    hstsRow->addWidget(m_hsts);
    hstsRow->addSpacing(12);
    hstsRow->addWidget(m_subDomains);
    hstsRow->addStretch(1);
    hstsLayout->addLayout(hstsRow);
    hstsLayout->addWidget(m_hstsNote);
    hstsLayout->addWidget(m_subDomainsWarning);
    m_form->addRow(tr("&HSTS (browsers use HTTPS only):"), hstsBox);

    m_redirect = new QCheckBox(tr("Redirect plain HTTP to HTTPS"), m_options);
    m_redirect->setObjectName(QStringLiteral("redirectCheck"));
    auto *redirectBox = new QWidget(m_options);
    auto *redirectLayout = new QVBoxLayout(redirectBox);
    redirectLayout->setContentsMargins(0, 0, 0, 0);
    redirectLayout->setSpacing(4);
    redirectLayout->addWidget(m_redirect);
    redirectLayout->addWidget(FormHelpers::hintLabel(
        tr("http:// addresses of the site's names answer with a permanent redirect (301) to https://, so bookmarks "
           "and links keep working."),
        m_options));
    m_form->addRow(tr("Redirect:"), redirectBox);

    m_checkNow = new QPushButton(tr("Check the Site &Now…"), m_options);
    m_checkNow->setObjectName(QStringLiteral("checkSiteButton"));
    m_checkNow->setAutoDefault(false);
    m_checkNow->setToolTip(tr("Shakes hands with the site from this computer and shows what it offers today: "
                              "protocol, cipher, certificate chain, TLS 1.0 and 1.1. Changes nothing."));
    connect(m_checkNow, &QPushButton::clicked, this, &TlsWizard::checkSiteNow);
    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(m_siteLabel, 1);
    siteRow->addWidget(m_checkNow, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(m_options);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addLayout(siteRow);
    layout->addLayout(m_form);
    layout->addStretch(1);
    updateHstsNote();
    certificateModeChanged();
    return m_options;
}

QWidget *TlsWizard::createPlanPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("planPage"));
    m_handshake = new TlsHandshakeView(page);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("handshakeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_handshake);
    m_handshakeBox = scroll;
    m_handshakeBox->setVisible(false);
    // The panel's pages ask for the preview's height; a splitter gives the result page only what it needs and the
    // handshake report the rest once it shows (the admin can move it).
    m_planSplitter = new QSplitter(Qt::Vertical, page);
    m_planSplitter->setObjectName(QStringLiteral("planSplitter"));
    m_planSplitter->setChildrenCollapsible(false);
    panel()->setMinimumHeight(160); // its pages' own minimum is the preview's, far more than the result needs
    m_planSplitter->addWidget(panel());
    m_planSplitter->addWidget(m_handshakeBox);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_planSplitter);
    return page;
}

void TlsWizard::presetRule(const QString &ruleId)
{
    m_presetRule = ruleId;
    if (m_state)
        applyPreset();
}

void TlsWizard::applyPreset()
{
    const QString rule = m_presetRule;
    if (rule.isEmpty())
        return;
    // The Apache rules mirror the nginx ones: 006 = 001 (old protocols), 008 = 003 (no HTTPS), 009 = 004
    // (self-signed), 010 = 005 (expiring).
    static const QHash<QString, QString> apacheRules = {
        {QStringLiteral("BW-LNX-WEB-006"), QStringLiteral("BW-LNX-WEB-001")},
        {QStringLiteral("BW-LNX-WEB-008"), QStringLiteral("BW-LNX-WEB-003")},
        {QStringLiteral("BW-LNX-WEB-009"), QStringLiteral("BW-LNX-WEB-004")},
        {QStringLiteral("BW-LNX-WEB-010"), QStringLiteral("BW-LNX-WEB-005")},
    };
    const bool apache = apacheRules.contains(rule);
    if (apache ? !m_apache : !m_state)
        return; // applied once that web server has been read
    m_presetRule.clear();
    const QString base = apacheRules.value(rule, rule);
    // The certificate a finding names ("{path} (subject …)"), from the latest scan.
    QString evidencePath;
    if (m_window && m_window->scanStore()) {
        if (const auto record = m_window->scanStore()->latest(m_hostId)) {
            for (const Rules::Finding &finding : record->findings) {
                if (finding.ruleId() != rule)
                    continue;
                for (const QString &evidence : finding.evidence()) {
                    evidencePath = evidence.section(u' ', 0, 0);
                    if (!evidencePath.isEmpty())
                        break;
                }
            }
        }
    }
    int pick = -1;
    for (int i = 0; i < m_model->rowCount() && pick < 0; ++i) {
        const TlsSitesModel::Row &row = m_model->row(i);
        if (TlsSitesModel::isApache(row) != apache)
            continue;
        if (base == u"BW-LNX-WEB-001" && row.site.tls && !TlsSitesModel::weakProtocols(row).isEmpty())
            pick = i;
        else if (base == u"BW-LNX-WEB-003" && !row.site.tls)
            pick = i;
        else if ((base == u"BW-LNX-WEB-004" || base == u"BW-LNX-WEB-005") && row.site.tls &&
                 (evidencePath.isEmpty() || row.site.certificates.contains(evidencePath)))
            pick = i;
    }
    for (int i = 0; i < m_model->rowCount() && pick < 0; ++i) {
        if (m_model->row(i).site.tls && TlsSitesModel::isApache(m_model->row(i)) == apache)
            pick = i;
    }
    if (pick < 0)
        return; // no site of that web server: nothing to preset
    m_view->selectRow(pick);
    if (base == u"BW-LNX-WEB-003")
        setRedirectHttp(true);
    else if (base == u"BW-LNX-WEB-004" || base == u"BW-LNX-WEB-005")
        setCertificateMode(Certificate::Import);
}

bool TlsWizard::selectSite(const QString &file, int serverLine)
{
    const int row = m_model->rowOf(file, serverLine);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

int TlsWizard::currentSite() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

Plan::TlsChoice::Certificate TlsWizard::certificateMode() const
{
    return Certificate(m_certificate->currentData().toInt());
}

void TlsWizard::setCertificateMode(Certificate mode)
{
    const int index = m_certificate->findData(int(mode));
    if (index >= 0)
        m_certificate->setCurrentIndex(index);
}

void TlsWizard::setCertificatePaths(const QString &certificate, const QString &key)
{
    m_certificatePath->setText(certificate);
    m_keyPath->setText(key);
}

void TlsWizard::setCommonName(const QString &name)
{
    m_commonName->setText(name);
}

void TlsWizard::setModernCiphers(bool on)
{
    m_ciphers->setChecked(on);
}

qint64 TlsWizard::hstsMaxAge() const
{
    return m_hsts->currentData().toLongLong();
}

void TlsWizard::setHstsMaxAge(qint64 seconds)
{
    const int index = m_hsts->findData(seconds);
    if (index >= 0)
        m_hsts->setCurrentIndex(index);
}

void TlsWizard::setHstsIncludeSubDomains(bool on)
{
    m_subDomains->setChecked(on);
}

void TlsWizard::setRedirectHttp(bool on)
{
    m_redirect->setChecked(on);
}

QString TlsWizard::importMessage() const
{
    return m_importStatus->text();
}

Result<void> TlsWizard::importCertificateFile(const QString &localPath)
{
    const auto refuse = [this](const QString &why) -> Result<void> {
        m_importPem.clear();
        m_importFile.clear();
        m_importStatus->setText(why);
        m_importStatus->setStyleSheet(warningStyle());
        updateButtons();
        return Error(Error::Code::InvalidArgument, why);
    };
    QFile file(localPath);
    const QString name = QFileInfo(localPath).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 could not be read: %2").arg(name, file.errorString()));
    if (file.size() > maxImportBytes)
        return refuse(tr("%1 is larger than 1 MiB; a certificate chain is a few kilobytes.").arg(name));
    const QByteArray pem = file.readAll();
    // Keys never travel in a plan: a file with a private key in it is refused as a whole, not filtered.
    static const QRegularExpression key(QStringLiteral("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----"));
    if (key.match(QString::fromLatin1(pem)).hasMatch())
        return refuse(tr("%1 holds a private key. Bulwark never copies private keys: choose a file with only the "
                         "certificate and its chain, and keep the key on the host (give its path below).")
                          .arg(name));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return refuse(
            tr("%1 holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----).").arg(name));
    m_importPem = pem;
    m_importFile = localPath;
    const QSslCertificate &leaf = chain.constFirst();
    const QString subject = leaf.subjectDisplayName();
    const QString issuer = leaf.issuerDisplayName();
    const QString until = QLocale().toString(leaf.expiryDate().toLocalTime().date(), QLocale::ShortFormat);
    QString text = tr("%1: %2, issued by %3, valid until %4.").arg(name, subject, issuer, until);
    QStringList notes;
    if (chain.size() > 1)
        notes << tr("With %1 more certificates of the chain.").arg(chain.size() - 1);
    if (leaf.isSelfSigned())
        notes << tr("It is self-signed.");
    const bool expired = leaf.expiryDate() < QDateTime::currentDateTimeUtc();
    if (expired)
        notes << tr("It has EXPIRED.");
    if (!notes.isEmpty())
        text += QStringLiteral(" ") + notes.join(u' ');
    m_importStatus->setText(text);
    m_importStatus->setStyleSheet(expired ? warningStyle() : QString());
    updateButtons();
    return {};
}

void TlsWizard::browseCertificate()
{
    auto *dialog = new QFileDialog(this, tr("Certificate to Import"), QDir::homePath());
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { importCertificateFile(path); });
    dialog->open(); // no nested event loop
}

QString TlsWizard::certificateDirectory() const
{
    const bool rhel = m_window && m_window->hostModel()->contains(m_hostId) &&
                      isRhelFamily(m_window->hostModel()->host(m_hostId).facts.osId);
    return rhel ? QStringLiteral("/etc/pki/tls/certs") : QStringLiteral("/etc/ssl/certs");
}

QString TlsWizard::keyDirectory() const
{
    const bool rhel = m_window && m_window->hostModel()->contains(m_hostId) &&
                      isRhelFamily(m_window->hostModel()->host(m_hostId).facts.osId);
    return rhel ? QStringLiteral("/etc/pki/tls/private") : QStringLiteral("/etc/ssl/private");
}

Plan::TlsChoice TlsWizard::choice() const
{
    Plan::TlsChoice chosen;
    const int row = currentSite();
    if (row >= 0) {
        chosen.file = m_model->row(row).site.file;
        chosen.serverLine = m_model->row(row).site.serverLine;
    }
    chosen.certificate = certificateMode();
    switch (chosen.certificate) {
    case Certificate::Keep:
        break;
    case Certificate::UsePaths:
        chosen.certificatePath = m_certificatePath->text().trimmed();
        chosen.keyPath = m_keyPath->text().trimmed();
        break;
    case Certificate::Import:
        chosen.certificatePem = m_importPem;
        chosen.keyPath = m_keyPath->text().trimmed();
        break;
    case Certificate::SelfSigned:
    case Certificate::KeyAndCsr:
        chosen.commonName = m_commonName->text().trimmed();
        chosen.days = m_days->value();
        break;
    }
    chosen.keyDirectory = keyDirectory();
    chosen.certificateDirectory = certificateDirectory();
    chosen.modernCiphers = m_ciphers->isChecked();
    chosen.hstsMaxAge = hstsMaxAge();
    chosen.hstsIncludeSubDomains = chosen.hstsMaxAge > 0 && m_subDomains->isChecked();
    chosen.redirectHttp = m_redirect->isChecked();
    chosen.hostDisplayName = m_hostName;
    return chosen;
}

void TlsWizard::reload()
{
    m_banner->clear();
    m_status->setText(tr("Reading the web server configuration of %1 (nothing is changed)…").arg(m_hostName));
    m_loader->load();
    updateButtons();
}

void TlsWizard::setState(const Tls::TlsHostState &state)
{
    m_state = state;
    m_banner->clear();
    refreshSites();
    showChoosePage();
    updateButtons();
    Q_EMIT stateLoaded();
}

void TlsWizard::setApacheState(const Tls::ApacheHostState &state)
{
    m_apache = state;
    m_apacheError.clear();
    refreshSites();
    updateButtons();
}

void TlsWizard::refreshSites()
{
    const int before = currentSite();
    const QString current = before >= 0 ? m_model->row(before).site.file : QString();
    const int currentLine = before >= 0 ? m_model->row(before).site.serverLine : 0;
    QList<TlsSitesModel::Row> rows;
    if (m_state)
        rows += TlsSitesModel::nginxRows(*m_state);
    if (m_apache)
        rows += TlsSitesModel::apacheRows(*m_apache);
    m_model->setRows(rows);

    QStringList problems;
    if (m_state) {
        problems = m_state->problems;
        const bool saysTestFails = std::any_of(problems.cbegin(), problems.cend(), [](const QString &problem) {
            return problem.contains(QLatin1String("nginx -t"));
        });
        if (m_state->nginxInstalled && !m_state->configTestPassed && !saysTestFails)
            problems.prepend(tr("nginx -t fails on the host now. Bulwark changes nothing until the configuration "
                                "passes it again."));
    }
    if (m_apache) {
        if (m_apache->installed && !m_apache->configValid)
            problems << tr("Apache: apachectl configtest fails on the host now. Bulwark changes no Apache site until "
                           "the configuration passes it again.");
        for (const QString &problem : std::as_const(m_apache->problems))
            problems << tr("Apache: %1").arg(problem);
    }
    if (!m_apacheError.isEmpty())
        problems << tr("Apache could not be read: %1").arg(m_apacheError);
    if (problems.isEmpty()) {
        m_problems->clear();
        m_problems->setVisible(false);
    } else {
        QString html = QStringLiteral("<b style=\"%1\">%2</b><ul style=\"margin:0\">")
                           .arg(warningStyle(), tr("The web servers report problems:").toHtmlEscaped());
        for (const QString &problem : std::as_const(problems))
            html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        m_problems->setText(html + QStringLiteral("</ul>"));
        m_problems->setVisible(true);
    }

    int tlsSites = 0;
    for (const TlsSitesModel::Row &row : m_model->rows())
        tlsSites += row.site.tls ? 1 : 0;
    QStringList servers;
    if (m_state && m_state->nginxInstalled)
        servers << tr("nginx %1").arg(m_state->nginxVersion);
    if (m_apache && m_apache->installed)
        servers << (m_apache->version.isEmpty() ? tr("Apache") : m_apache->version);
    if (servers.isEmpty()) {
        m_status->setText(
            m_state ? tr("Neither nginx nor Apache is installed on %1: there is no site to change.").arg(m_hostName)
                    : QString());
    } else if (m_model->rowCount() == 0) {
        m_status->setText(
            tr("%1 on %2: no site (server block or VirtualHost).").arg(servers.join(QStringLiteral(", ")), m_hostName));
    } else {
        m_status->setText(tr("%1 on %2: %3 sites, %4 of them with TLS. Choose one.")
                              .arg(servers.join(QStringLiteral(", ")), m_hostName)
                              .arg(m_model->rowCount())
                              .arg(tlsSites));
    }
    // Keep the site chosen before; otherwise the first TLS site, else the first.
    int pick = current.isEmpty() ? -1 : m_model->rowOf(current, currentLine);
    for (int i = 0; i < m_model->rowCount() && pick < 0; ++i) {
        if (m_model->row(i).site.tls)
            pick = i;
    }
    if (pick < 0 && m_model->rowCount() > 0)
        pick = 0;
    if (pick >= 0)
        m_view->selectRow(pick);
    siteChanged();
    applyPreset();
}

void TlsWizard::siteChanged()
{
    const int row = currentSite();
    m_options->setEnabled(row >= 0);
    auto *items = qobject_cast<QStandardItemModel *>(m_certificate->model());
    if (row < 0) {
        m_siteLabel->setText(m_state ? tr("Choose a site above.") : tr("The sites appear here once they are read."));
        m_protocolsNote->clear();
        updateButtons();
        return;
    }
    const TlsSitesModel::Row &site = m_model->row(row);
    m_checkNow->setEnabled(site.site.tls);
    const bool apache = TlsSitesModel::isApache(site);
    const QString names = site.site.names.isEmpty() ? (apache ? tr("(no ServerName)") : tr("(no server_name)"))
                                                    : site.site.names.join(u' ');
    m_siteLabel->setText(
        tr("For %1 (%2, line %3):").arg(names, TlsSitesModel::fileText(site)).arg(site.site.serverLine));

    // Keep needs a certificate in the block.
    const bool canKeep = !site.site.certificates.isEmpty();
    if (QStandardItem *keep = items ? items->item(m_certificate->findData(int(Certificate::Keep))) : nullptr) {
        keep->setEnabled(canKeep);
        keep->setToolTip(canKeep ? QString() : tr("This site has no certificate of its own to keep."));
    }
    if (!canKeep && certificateMode() == Certificate::Keep)
        setCertificateMode(Certificate::UsePaths);
    m_commonName->setPlaceholderText(TlsSitesModel::primaryName(site.site).isEmpty()
                                         ? tr("a name the site answers to")
                                         : TlsSitesModel::primaryName(site.site));

    const QStringList weak = TlsSitesModel::weakProtocols(site);
    QString now;
    if (!site.site.tls)
        now = (apache ? tr("The site has no TLS yet; it gets TLS on port %1.")
                            .arg(m_apache ? Plan::ApacheTlsPlanner::tlsPort(*m_apache, site.site) : 443)
                      : tr("The site has no TLS yet; it gets \"listen 443 ssl\"."))
                  .toHtmlEscaped();
    else if (site.protocols.isEmpty())
        now = (apache ? tr("Now: %1.").arg(site.protocolsFrom) : tr("Now: nginx's built-in default.")).toHtmlEscaped();
    else if (weak.isEmpty())
        now = tr("Now: %1.").arg(site.protocols.join(u' ')).toHtmlEscaped();
    else
        now = tr("Now: %1. Switched off: %2.")
                  .arg(site.protocols.join(u' '), weak.join(QStringLiteral(", ")))
                  .toHtmlEscaped();
    m_protocolsNote->setText(
        QStringLiteral("<b>%1</b><br>%2<br><span style=\"color:%3\">%4</span>")
            .arg(tr("TLS 1.2 and TLS 1.3 only (always set).").toHtmlEscaped(), now, Palette::neutral().name(),
                 tr("TLS 1.0 and 1.1 are obsolete. Very old clients (Windows 7 with Internet Explorer, Android 4, "
                    "old lab devices) can no longer connect; check the access logs for them first.")
                     .toHtmlEscaped()));
    certificateModeChanged();
    updateHstsNote();
    updateButtons();
}

void TlsWizard::certificateModeChanged()
{
    const Certificate mode = certificateMode();
    m_form->setRowVisible(m_certificatePathRow, mode == Certificate::UsePaths);
    m_form->setRowVisible(m_importRow, mode == Certificate::Import);
    m_form->setRowVisible(m_keyPathRow, mode == Certificate::UsePaths || mode == Certificate::Import);
    m_form->setRowVisible(m_commonNameRow, mode == Certificate::SelfSigned || mode == Certificate::KeyAndCsr);
    m_form->setRowVisible(m_daysRow, mode == Certificate::SelfSigned || mode == Certificate::KeyAndCsr);
    const int row = currentSite();
    const QStringList certificates = row >= 0 ? m_model->row(row).site.certificates : QStringList();
    QString note;
    switch (mode) {
    case Certificate::Keep:
        note = certificates.isEmpty()
                   ? tr("The site has no certificate of its own.")
                   : tr("The site keeps %1 and its key.").arg(certificates.join(QStringLiteral(", ")));
        break;
    case Certificate::UsePaths:
        note = tr("Files already on the host, as nginx should read them (PEM). Bulwark does not read the key.");
        break;
    case Certificate::Import:
        note = tr("The certificate (and its chain) is written to %1 on the host; the private key must already be "
                  "there.")
                   .arg(certificateDirectory());
        break;
    case Certificate::SelfSigned:
        note = tr("openssl on the host makes a new key (in %1, readable only by root) and a certificate signed by "
                  "itself. Browsers warn about it: use it for tests and internal tools, not for patients or staff.")
                   .arg(keyDirectory());
        break;
    case Certificate::KeyAndCsr:
        note = tr("openssl on the host makes a new key (in %1, readable only by root) and a certificate signing "
                  "request to send to your certificate authority. Until its certificate arrives, the site keeps "
                  "its certificate, or uses a self-signed one from the same key.")
                   .arg(keyDirectory());
        break;
    }
    m_certificateNote->setText(note);
    updateButtons();
}

void TlsWizard::updateHstsNote()
{
    const qint64 age = hstsMaxAge();
    m_subDomains->setEnabled(age > 0);
    const int row = currentSite();
    const QString now = row >= 0 ? m_model->row(row).hsts : QString();
    if (age == 0)
        m_hstsNote->setText(now.isEmpty()
                                ? tr("The site sends no Strict-Transport-Security header now; it stays so.")
                                : tr("The site sends Strict-Transport-Security \"%1\" now; it stays so.").arg(now));
    else if (age == Day)
        m_hstsNote->setText(tr("Browsers that visit use only HTTPS for this site for one day. A safe trial: if "
                               "something breaks, it is over tomorrow."));
    else
        m_hstsNote->setText(tr("Browsers that visit refuse plain HTTP for this site for that long, even if HTTPS "
                               "is switched off again. Try 1 day first."));
    const bool warn = age > 0 && m_subDomains->isChecked();
    m_subDomainsWarning->setText(warn ? tr("Every subdomain of the site's names must then serve HTTPS with a valid "
                                           "certificate, or browsers will refuse it for the whole time. Only tick "
                                           "this if you know all of them do.")
                                      : QString());
    m_subDomainsWarning->setVisible(warn);
    updateButtons();
}

void TlsWizard::startPreview()
{
    if (currentPage() != ChoosePage || !canPreview())
        return;
    Plan::TlsChoice chosen = choice();
    chosen.stamp = QDateTime::currentDateTimeUtc();
    showPlanPage();
    m_checkAfterApply = false;
    const bool apache = TlsSitesModel::isApache(m_model->row(currentSite()));
    m_plannedApache = apache;
    const Result<Plan::ChangePlan> plan =
        apache ? Plan::ApacheTlsPlanner::plan(*m_apache, chosen) : Tls::TlsPlanJob::plan(*m_state, chosen);
    if (!plan) {
        m_planned.reset();
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), plan.error());
    } else {
        m_planned = chosen;
        panel()->preview(*plan);
    }
    updateButtons();
}

void TlsWizard::aimAt(TlsHandshakeView *view, int row) const
{
    const Plan::TlsPlanner::Site &site = m_model->row(row).site;
    QString address;
    QString note;
    if (m_window && m_window->hostModel()->contains(m_hostId)) {
        // The host as it was added (resolved through ssh_config, as the SSH connection dials it): never another one.
        const Host &host = m_window->hostModel()->host(m_hostId);
        address = host.target.hostName.isEmpty() ? host.target.alias : host.target.hostName;
        const QString jump = host.target.proxyJump;
        if (!jump.isEmpty() && jump != u"none")
            note = tr("The console reaches %1 over SSH through the jump host %2; this check connects directly, "
                      "which may not work from here.")
                       .arg(m_hostName, jump);
    }
    QString serverName = TlsSitesModel::primaryName(site);
    if (m_planned && m_planned->file == site.file && m_planned->serverLine == site.serverLine &&
        !m_planned->commonName.isEmpty())
        serverName = m_planned->commonName;
    // A port the admin typed for this site before (the lab forwards 443 elsewhere), else the site's own.
    const QString key = site.file + u':' + QString::number(site.serverLine);
    const bool apache = TlsSitesModel::isApache(m_model->row(row));
    int ownPort = Tls::TlsPlanJob::tlsPort(site);
    if (apache && m_apache)
        ownPort = Plan::ApacheTlsPlanner::tlsPort(*m_apache, site);
    else if (!apache && m_state)
        ownPort = Tls::TlsPlanJob::tlsPort(*m_state, site);
    const quint16 port = m_ports.value(key, quint16(ownPort));
    view->setTarget(address, port, serverName, note);
}

void TlsWizard::rememberPort(const TlsHandshakeView *view, int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Plan::TlsPlanner::Site &site = m_model->row(row).site;
    m_ports.insert(site.file + u':' + QString::number(site.serverLine), view->port());
}

void TlsWizard::startHandshake()
{
    const int row = m_planned ? m_model->rowOf(m_planned->file, m_planned->serverLine) : currentSite();
    if (row < 0)
        return;
    aimAt(m_handshake, row);
    m_handshakeRow = row;
    m_handshake->check();
}

void TlsWizard::checkSiteNow()
{
    const int row = currentSite();
    if (row < 0)
        return;
    if (m_checkDialog)
        m_checkDialog->close();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("siteCheckDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = TlsSitesModel::primaryName(m_model->row(row).site);
    dialog->setWindowTitle(
        tr("TLS of %1 Now — %2").arg(name.isEmpty() ? TlsSitesModel::fileText(m_model->row(row)) : name, m_hostName));
    dialog->setSizeGripEnabled(true);
    auto *view = new TlsHandshakeView(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    aimAt(view, row);
    connect(view, &TlsHandshakeView::checked, this, [this, view, row] { rememberPort(view, row); });
    dialog->resize(860, 520);
    m_checkDialog = dialog;
    dialog->open(); // no nested event loop
    view->check();
}

QString TlsWizard::previewToolTip() const
{
    return tr("Shows every edit of the web server's files and the commands, exactly. Changes nothing.");
}

bool TlsWizard::canPreview() const
{
    if (currentSite() < 0)
        return false;
    const bool apache = TlsSitesModel::isApache(m_model->row(currentSite()));
    if (apache ? !(m_apache && m_apache->installed) : !(m_state && m_state->nginxInstalled))
        return false;
    switch (certificateMode()) {
    case Certificate::Keep:
        return !m_model->row(currentSite()).site.certificates.isEmpty();
    case Certificate::UsePaths:
        return !m_certificatePath->text().trimmed().isEmpty() && !m_keyPath->text().trimmed().isEmpty();
    case Certificate::Import:
        return !m_importPem.isEmpty() && !m_keyPath->text().trimmed().isEmpty();
    case Certificate::SelfSigned:
    case Certificate::KeyAndCsr:
        return true;
    }
    return false;
}

QString TlsWizard::applyText(int changes) const
{
    return changes > 0 ? tr("&Apply Changes") : tr("&Apply");
}

void TlsWizard::updateExtraButtons(Page page)
{
    if (!m_handshakeBox)
        return;
    const bool show = page == ResultPage && m_checkAfterApply;
    if (show && m_handshakeBox->isHidden()) {
        const int height = qMax(m_planSplitter->height(), 400);
        const int result = qMin(height / 3, 260); // "Done", the outcome, the score and what now passes
        m_planSplitter->setSizes({result, height - result});
    }
    m_handshakeBox->setVisible(show);
}

void TlsWizard::previewLeft()
{
    m_planned.reset();
    m_checkAfterApply = false;
    m_handshake->cancel();
}

} // namespace Bulwark::Ui
