// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/ApacheHostState.h"
#include "core/tls/TlsChoice.h"
#include "core/tls/TlsHostState.h"
#include "core/util/Result.h"
#include "ui/wizards/PlanWizard.h"

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QString>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace Bulwark::Ui {

class ErrorBanner;
class MainWindow;
class TlsHandshakeView;
class TlsSitesModel;
class TlsStateLoader;

// TLS for the web sites of one host (issue 8), the Bulwark way.
//  1. Choose: the sites (every nginx server block and Apache VirtualHost: the server, the file as the server names
//     it and the real file behind a sites-enabled/ link, line, names, ports, TLS yes/no, the certificate and the
//     protocols now) with the web servers' own problems; "Check the Site Now…" shows what a TLS site offers today.
//     For the selected site what to set: the certificate (keep, files already on the host, import a PEM
//     certificate from this computer, a new self-signed one, or a new key and a CSR for the CA), TLS 1.2 and 1.3
//     only (always), modern ciphers, HSTS with its max-age and includeSubDomains, and the HTTP -> HTTPS redirect.
//  2. Preview: Tls::TlsPlanJob::plan() or Plan::ApacheTlsPlanner::plan() (pure) through the shared
//     PlanApplyPanel: the diff of every edit, the openssl steps and the warnings; a refusal in words and nothing to
//     apply. nginx -t (apachectl configtest) checks the result on the host after the swap; if it fails, the change
//     is undone.
//  3. Apply and 4. Result with a rescan (PlanApplyPanel), and then the console's own handshake with the site from
//     this computer (TlsHandshakeView: protocol, cipher, certificate chain, TLS 1.0/1.1 refused or not) against
//     the host's address as it was added and the site's TLS port, which can be edited.
// nginx and Apache are read with Tls::NginxReader and Tls::ApacheReader on the host's worker (reload()); tests hand
// the states in (setState(), setApacheState()). Lives on the GUI thread and never waits on it.
class TlsWizard : public PlanWizard
{
    Q_OBJECT

public:
    TlsWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~TlsWizard() override;

    bool hasState() const { return m_state.has_value(); }

    // Opened from a finding's "Fix with…" (BW-LNX-WEB-001, -003, -004, -005): selects the site the rule is about
    // and presets what it needs; applied once the host's state is in.
    void presetRule(const QString &ruleId);

    TlsSitesModel *sitesModel() const { return m_model; }
    // Selects the site whose server block starts at file:line (the real file or as nginx names it).
    bool selectSite(const QString &file, int serverLine);
    int currentSite() const; // the model row, -1 when none

    Plan::TlsChoice::Certificate certificateMode() const;
    void setCertificateMode(Plan::TlsChoice::Certificate mode);
    void setCertificatePaths(const QString &certificate, const QString &key);
    // Reads a PEM certificate (the public chain) from this computer for Import. Refused, with the reason shown
    // next to the button, when the file holds a private key, holds no certificate, or cannot be read.
    Result<void> importCertificateFile(const QString &localPath);
    QByteArray importedPem() const { return m_importPem; }
    QString importMessage() const;
    void setCommonName(const QString &name);
    void setModernCiphers(bool on);
    qint64 hstsMaxAge() const;
    void setHstsMaxAge(qint64 seconds); // one of the offered values; 0: leave HSTS as it is
    void setHstsIncludeSubDomains(bool on);
    void setRedirectHttp(bool on);
    // The choice as the page shows it (stamp: invalid until the preview sets it).
    Plan::TlsChoice choice() const;

    ErrorBanner *chooseBanner() const { return m_banner; }
    TlsHandshakeView *handshakeView() const { return m_handshake; }

    // The offered HSTS max-ages in seconds: off, 1 day (a trial), 6 months, 1 year, 2 years.
    static QList<qint64> hstsChoices();

public Q_SLOTS:
    void reload();
    void setState(const Bulwark::Tls::TlsHostState &state);
    // Apache's VirtualHosts join the table (read after nginx; tests hand it in).
    void setApacheState(const Bulwark::Tls::ApacheHostState &state);

Q_SIGNALS:
    void stateLoaded();

protected:
    QString previewToolTip() const override;
    bool canPreview() const override;
    void startPreview() override;
    QString applyText(int changes) const override;
    void updateExtraButtons(Page page) override;
    void previewLeft() override;

private:
    QWidget *createChoosePage();
    QWidget *createOptionsPanel(QWidget *parent);
    QWidget *createPlanPage();
    void refreshSites();
    void siteChanged();
    void certificateModeChanged();
    void updateHstsNote();
    void applyPreset();
    void browseCertificate();
    void startHandshake();
    // Opens a small window with the console's handshake against the selected site as it is now.
    void checkSiteNow();
    // Points `view` at the site of model row `row`: the host's address, the site's TLS port (or the one typed for
    // it before) and its name.
    void aimAt(TlsHandshakeView *view, int row) const;
    void rememberPort(const TlsHandshakeView *view, int row);
    QString certificateDirectory() const;
    QString keyDirectory() const;

    TlsStateLoader *m_loader = nullptr;
    std::optional<Tls::TlsHostState> m_state;
    std::optional<Tls::ApacheHostState> m_apache;
    QString m_apacheError; // why Apache could not be read
    QString m_presetRule;
    QByteArray m_importPem;
    QString m_importFile;
    std::optional<Plan::TlsChoice> m_planned; // the choice of the plan shown in the preview
    bool m_checkAfterApply = false;           // the last apply went through: the handshake view is shown
    bool m_plannedApache = false;             // the preview's site is an Apache VirtualHost
    int m_handshakeRow = -1;                  // the site the result page checks
    QHash<QString, quint16> m_ports;          // "file:line" -> the port last checked for that site
    QPointer<QDialog> m_checkDialog;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problems = nullptr;
    QTableView *m_view = nullptr;
    TlsSitesModel *m_model = nullptr;
    QWidget *m_options = nullptr;
    QLabel *m_siteLabel = nullptr;
    QPushButton *m_checkNow = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_certificate = nullptr;
    QLabel *m_certificateNote = nullptr;
    QLineEdit *m_certificatePath = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_importStatus = nullptr;
    QLineEdit *m_commonName = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_protocolsNote = nullptr;
    QCheckBox *m_ciphers = nullptr;
    QComboBox *m_hsts = nullptr;
    QLabel *m_hstsNote = nullptr;
    QCheckBox *m_subDomains = nullptr;
    QLabel *m_subDomainsWarning = nullptr;
    QCheckBox *m_redirect = nullptr;
    QWidget *m_certificatePathRow = nullptr;
    QWidget *m_keyPathRow = nullptr;
    QWidget *m_importRow = nullptr;
    QWidget *m_commonNameRow = nullptr;
    QWidget *m_daysRow = nullptr;
    TlsHandshakeView *m_handshake = nullptr;
    QWidget *m_handshakeBox = nullptr;
    QSplitter *m_planSplitter = nullptr;
};

} // namespace Bulwark::Ui
