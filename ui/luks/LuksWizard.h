// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/BlockDeviceSnapshot.h"
#include "core/luks/LuksChoice.h"
#include "core/luks/LuksHeaderBackup.h"
#include "ui/wizards/PlanWizard.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Bulwark::Ui {

class ErrorBanner;
class LuksDevicesLoader;
class LuksDevicesModel;
class MainWindow;

// Encrypts one empty disk or partition of a host with LUKS2 (issue 8).
//  1. Device and options: the host's block devices (LuksDevicesLoader: one elevated, read-only command) with size,
//     type, use and encryption state. The selected device's encryption report (LuksPlanner::encryptionReport: the
//     cost and risk of an in-place reencryption, "offered" only once "I have a verified backup" is ticked; Bulwark
//     plans no reencryption). Devices the planner refuses whatever is typed (mounted, root, busy, ...) are greyed
//     with the reason and can be selected only to read about them. For a plannable device: mapping name, mount
//     point, ext4 or xfs, unlock by key file (the default, unlocks at boot) and/or passphrase (typed twice, masked,
//     with a strength hint). A device that holds anything needs its path typed in the red box listing what is
//     destroyed; Preview stays disabled until it matches exactly.
//  2. Preview: LuksPlanJob::plan() prepared on the host; the diffs of /etc/crypttab and /etc/fstab, the steps that
//     cannot be undone and the one that reads the passphrase on stdin (never its value), the warnings.
//  3. Apply with the passphrase handed to the Applier as a secret (ApplyOptions::secrets, cleared here after), then
//     4. Result: the LUKS header backup copied to the workstation (LuksHeaderBackup::fetch), its path and SHA-256
//     with "Show in Folder", and a loud note to keep it offline.
// Lives on the GUI thread and never waits on it.
class LuksWizard : public PlanWizard
{
    Q_OBJECT

public:
    LuksWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~LuksWizard() override;

    bool hasSnapshot() const { return m_snapshot.has_value(); }
    LuksDevicesModel *model() const { return m_model; }

    // Selects the device with `path` in the list (a refused one only to read about it). False: not listed.
    bool selectDevice(const QString &path);
    // The device shown on the page ("" none).
    QString selectedDevice() const { return m_device; }
    // The device a plan would be made for: the selected one unless the planner refuses it whatever is typed.
    QString plannedDevice() const;
    // Opened from a finding's "Fix with…": for BW-LNX-ENC-003 (a blank disk waits to be used unencrypted) selects the
    // first empty device once the list is in; for the other encryption checks the admin picks from the list.
    void presetRule(const QString &ruleId);
    Plan::LuksChoice choice() const;
    // What keeps Preview disabled right now, in words ("" none).
    QString problem() const { return m_problem; }

    // Where header backups are copied: LuksHeaderBackup::defaultRoot() unless set (tests).
    void setHeaderRoot(const QString &root) { m_headerRoot = root; }
    QString headerDirectory() const;
    // The copy made after the last successful apply.
    std::optional<Luks::LuksHeaderCopy> headerCopy() const { return m_headerCopy; }

public Q_SLOTS:
    void reload();
    void setSnapshot(const Bulwark::Luks::BlockDeviceSnapshot &snapshot);
    void reject() override;

Q_SIGNALS:
    void snapshotLoaded();
    // The header copy after an apply finished, or failed (the result page says which).
    void headerFetchFinished();

protected:
    QStringList stepNames() const override;
    bool canPreview() const override;
    void startPreview() override;
    QString applyText(int changes) const override;
    void updateExtraButtons(Page page) override;
    void previewLeft() override;

private:
    QWidget *createChoosePage();
    QWidget *createOptionsBox(QWidget *parent);
    QWidget *createHeaderBox(QWidget *parent);
    void onCurrentRowChanged();
    void updateReport();
    void updateOptions();
    void validate();
    void onApplied(const Apply::ApplyReport &report);
    void fetchHeader();
    void showHeaderCopy(const Result<Luks::LuksHeaderCopy> &copy);
    void clearPassphrase();
    QString defaultMapperName() const;
    Plan::LuksChoice::Unlock unlock() const;
    static QString strengthHint(const QString &passphrase, int *bits);

    LuksDevicesLoader *m_loader = nullptr;
    std::optional<Luks::BlockDeviceSnapshot> m_snapshot;
    QString m_device;
    QString m_presetRule;
    QString m_luksUuid; // one per selected device, so the preview matches what was validated
    QString m_problem;
    QString m_headerRoot;
    QString m_headerHostPath;
    QString m_transactionId; // the apply that wrote the header backup
    std::optional<Luks::LuksHeaderCopy> m_headerCopy;
    bool m_mountPointEdited = false;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reload = nullptr;
    QTableView *m_view = nullptr;
    LuksDevicesModel *m_model = nullptr;
    QLabel *m_report = nullptr;
    QCheckBox *m_backupVerified = nullptr;
    QGroupBox *m_options = nullptr;
    QLabel *m_refusal = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_mapperName = nullptr;
    QLineEdit *m_mountPoint = nullptr;
    QComboBox *m_filesystem = nullptr;
    QCheckBox *m_keyFile = nullptr;
    QCheckBox *m_passphraseCheck = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_passphraseRepeat = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_unlockNote = nullptr;
    QFrame *m_confirmBox = nullptr;
    QLabel *m_destroys = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problemLabel = nullptr;
    QWidget *m_headerBox = nullptr;
    QLabel *m_headerStatus = nullptr;
    QPushButton *m_showFolder = nullptr;
    QPushButton *m_retryHeader = nullptr;
};

} // namespace Bulwark::Ui
