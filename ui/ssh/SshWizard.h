// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ssh/SshChoice.h"
#include "core/ssh/SshHostState.h"
#include "core/ssh/SshPlanJob.h"
#include "ui/wizards/PlanWizard.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Bulwark::Ssh {
struct SshSetting;
}

namespace Bulwark::Ui {

class ErrorBanner;
class MainWindow;
class PlanApplyPanel;
class SshStateLoader;

// Hardens a host's SSH server, the Bulwark way.
//  1. Choose: a table of the settings Ssh::SshSetting offers: what each is for in one plain line, its value now for
//     the operator's own login (marked when a Match block also sets it), Bulwark's recommendation and a control
//     (keep, a value, or take Bulwark's own setting out); "Apply Recommended" fills in every recommendation. Also
//     the crypto preset and replacing telnet, FTP and rsh (from the latest scan's facts).
//  2. Preview: the lock-out pre-flight runs on the host (Ssh::SshPlanJob on the host's worker: sshd -T for this
//     login with the new values); its verdict in words ("You log in as labadmin with a key from 10.0.2.2: still
//     allowed after this change.") above the plan, or the refusal in words and nothing to apply.
//  3. Apply and 4. Result with a rescan (PlanApplyPanel); the automatic revert of access-affecting changes is
//     described by the preview itself.
// The SSH server is read with Ssh::SshAccessReader on the host's worker (reload()); tests hand it in (setState()).
// Lives on the GUI thread and never waits on it.
class SshWizard : public PlanWizard
{
    Q_OBJECT

public:
    SshWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~SshWizard() override;

    bool hasState() const { return m_state.has_value(); }

    // Preselects what the rule (BW-LNX-ACS-003, BW-LNX-SVC-003, ...) needs; applied once the host's state is in.
    void presetRule(const QString &ruleId);
    // The value chosen for a setting: empty for "keep", removeValue() for "take Bulwark's setting out".
    QString value(const QString &keyword) const;
    void setValue(const QString &keyword, const QString &value);
    static QString removeValue() { return QStringLiteral("\x01remove"); }
    Plan::SshChoice::Crypto crypto() const;
    void setCrypto(Plan::SshChoice::Crypto crypto);
    bool replaceLegacy() const;
    void setReplaceLegacy(bool replace);
    // The choice as the page shows it.
    Plan::SshChoice choice() const;
    // The pre-flight's verdict of the last preview ("" when refused or not run).
    QString verdict() const { return m_verdictText; }

    ErrorBanner *chooseBanner() const { return m_banner; }

public Q_SLOTS:
    void reload();
    void setState(const Bulwark::Ssh::SshHostState &state);
    void applyRecommended();

Q_SIGNALS:
    void stateLoaded();

protected:
    QString previewToolTip() const override;
    bool canPreview() const override;
    void startPreview() override;
    bool canApplyNow() const override;
    QString applyText(int changes) const override;
    void updateExtraButtons(Page page) override;
    void cancelPreviewWork() override;
    void previewLeft() override;

private:
    struct Row
    {
        const Ssh::SshSetting *setting = nullptr;
        QLabel *now = nullptr;
        QComboBox *combo = nullptr;
        QSpinBox *spin = nullptr;
        QLineEdit *edit = nullptr;
    };

    QWidget *createChoosePage();
    QWidget *createPreviewPage();
    void addRow(QGridLayout *grid, int row, const Ssh::SshSetting &setting);
    void fillCurrent();
    void applyPreset();
    void onPlanned(const Result<Ssh::SshPlanOutcome> &outcome);

    SshStateLoader *m_loader = nullptr;
    std::optional<Ssh::SshHostState> m_state;
    QHash<QString, QString> m_block; // Bulwark's own settings now (lower-case keyword -> value)
    QSet<QString> m_matchKeys;       // keywords some Match block sets
    QJsonObject m_facts;             // the latest scan's, for replacing legacy services
    QStringList m_presets;
    QString m_verdictText;
    bool m_planShown = false; // the panel shows the plan of the latest preview

    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_recommended = nullptr;
    QList<Row> m_rows;
    QComboBox *m_crypto = nullptr;
    QLabel *m_cryptoNow = nullptr;
    QCheckBox *m_legacy = nullptr;
    QLabel *m_legacyNote = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace Bulwark::Ui
