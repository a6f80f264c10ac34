// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/luks/LuksWizard.h"

#include "core/apply/Applier.h"
#include "core/luks/BlockDevices.h"
#include "core/luks/LuksPlanJob.h"
#include "core/luks/LuksPlanner.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/luks/LuksDevicesLoader.h"
#include "ui/luks/LuksDevicesModel.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>
#include <cmath>

namespace Bulwark::Ui {

using Luks::BlockDevice;
using Plan::LuksChoice;

namespace {

constexpr int minimumPassphraseLength = 12;

const char *warningColor = "#b03a00";

QString colored(const QString &text, const char *color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(QLatin1String(color), text.toHtmlEscaped());
}

} // namespace

LuksWizard::LuksWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
    , m_loader(new LuksDevicesLoader(window, hostId, this))
{
    setObjectName(QStringLiteral("luksWizard"));
    setWindowTitle(tr("Encrypt a Disk (LUKS) — %1").arg(m_hostName));
    resize(1150, 760);

    createPanel()->setTitle(tr("What will change on %1").arg(m_hostName));
    panel()->setPreparedNote([](int changes) {
        return tr("They are made in this order (%1 in all). Each one is checked on the host after it is made; if one "
                  "fails, what can be undone is undone. Formatting cannot be undone: read the warnings.")
            .arg(changes);
    });

    // The plan page: the panel, and under it the header backup's copy once applied.
    auto *planPage = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(panel(), 1);
    planLayout->addWidget(createHeaderBox(planPage));
    setUpFrame(createChoosePage(), planPage);

    connect(m_loader, &LuksDevicesLoader::connecting, this,
            [this] { m_status->setText(tr("Connecting to %1…").arg(m_hostName)); });
    connect(m_loader, &LuksDevicesLoader::loaded, this, [this](const Result<Luks::BlockDeviceSnapshot> &snapshot) {
        if (!snapshot) {
            m_status->setText(tr("The disks of %1 could not be read. Nothing was changed.").arg(m_hostName));
            m_banner->showError(snapshot.error(), ErrorBanner::Severity::Warning);
            updateButtons();
            return;
        }
        setSnapshot(*snapshot);
    });
    connect(m_loader, &LuksDevicesLoader::headerFetched, this, &LuksWizard::showHeaderCopy);
    connect(this, &PlanWizard::applyFinished, this, &LuksWizard::onApplied);

    updateReport();
    updateOptions();
    updateButtons();
}

LuksWizard::~LuksWizard()
{
    clearPassphrase();
}

QWidget *LuksWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));
    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("chooseBanner"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("chooseStatus"));
    m_status->setWordWrap(true);
    // After unmounting or detaching something on the host: read the disks again (the plan is made from this read).
    m_reload = new QPushButton(tr("&Read Again"), page);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setAutoDefault(false);
    m_reload->setToolTip(tr("Read the disks of the host again, for example after unmounting one. Changes nothing."));
    connect(m_reload, &QPushButton::clicked, this, &LuksWizard::reload);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_reload);

    m_model = new LuksDevicesModel(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("devicesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    for (int column = 0; column < LuksDevicesModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LuksDevicesModel::UseColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(LuksDevicesModel::VerdictColumn, QHeaderView::Stretch);
    header->resizeSection(LuksDevicesModel::UseColumn, 220);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LuksWizard::onCurrentRowChanged);

    // What the selected device is: its encryption state, and what an in-place reencryption would cost.
    auto *about = new QGroupBox(tr("About this device"), page);
    about->setObjectName(QStringLiteral("aboutBox"));
    m_report = new QLabel(about);
    m_report->setObjectName(QStringLiteral("encryptionReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reportScroll = new QScrollArea(about);
    reportScroll->setWidgetResizable(true);
    reportScroll->setFrameShape(QFrame::NoFrame);
    reportScroll->setWidget(m_report);
    reportScroll->setMinimumHeight(m_report->fontMetrics().lineSpacing() * 9);
    m_backupVerified = new QCheckBox(tr("I have a &verified backup of this device's data and LUKS header"), about);
    m_backupVerified->setObjectName(QStringLiteral("backupVerifiedCheck"));
    m_backupVerified->setToolTip(tr("Changes only what this report says. Bulwark never reencrypts a device: that is "
                                    "done by hand, in a maintenance window."));
    connect(m_backupVerified, &QCheckBox::toggled, this, &LuksWizard::updateReport);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(reportScroll, 1);
    aboutLayout->addWidget(m_backupVerified);

    auto *lower = new QHBoxLayout;
    lower->setSpacing(12);
    lower->addWidget(about, 2);
    lower->addWidget(createOptionsBox(page), 3);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("Which disk of %1 should be encrypted?").arg(m_hostName), page));
    auto *intro = new QLabel(tr("Bulwark encrypts an empty disk or partition with LUKS2, creates a filesystem on it "
                                "and mounts it at boot. It never formats a mounted or busy device, and a device that "
                                "holds anything only after you type its name. Nothing changes on the host until you "
                                "have seen the changes and pressed Apply."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(statusRow);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 8);
    layout->addWidget(m_view, 1);
    layout->addLayout(lower, 0);
    layout->addWidget(m_confirmBox);
    return page;
}

QWidget *LuksWizard::createOptionsBox(QWidget *parent)
{
    m_options = new QGroupBox(tr("Encrypt"), parent);
    m_options->setObjectName(QStringLiteral("optionsBox"));

    m_refusal = new QLabel(m_options);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::RichText);

    m_mapperName = new QLineEdit(m_options);
    m_mapperName->setObjectName(QStringLiteral("mapperNameEdit"));
    m_mapperName->setMaxLength(48);
    m_mapperName->setToolTip(tr("The unlocked device appears as /dev/mapper/NAME; its key file is "
                                "/etc/luks-keys/NAME.key."));
    m_mountPoint = new QLineEdit(m_options);
    m_mountPoint->setObjectName(QStringLiteral("mountPointEdit"));
    m_mountPoint->setMaxLength(200);
    connect(m_mapperName, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_mountPointEdited)
            m_mountPoint->setText(QStringLiteral("/srv/") + name);
    });
    connect(m_mountPoint, &QLineEdit::textEdited, this, [this] { m_mountPointEdited = true; });
    m_filesystem = new QComboBox(m_options);
    m_filesystem->setObjectName(QStringLiteral("filesystemCombo"));
    m_filesystem->addItem(tr("ext4 (the usual choice)"), int(LuksChoice::Filesystem::Ext4));
    m_filesystem->addItem(tr("xfs (large files, databases)"), int(LuksChoice::Filesystem::Xfs));

    m_keyFile = new QCheckBox(tr("A &key file on the host: unlocks by itself at boot"), m_options);
    m_keyFile->setObjectName(QStringLiteral("keyFileCheck"));
    m_keyFile->setChecked(true);
    m_passphraseCheck = new QCheckBox(tr("A pass&phrase (for recovery, or typed at boot)"), m_options);
    m_passphraseCheck->setObjectName(QStringLiteral("passphraseCheck"));
    m_passphrase = new QLineEdit(m_options);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters; a few random words are best").arg(minimumPassphraseLength));
    m_passphraseRepeat = new QLineEdit(m_options);
    m_passphraseRepeat->setObjectName(QStringLiteral("passphraseRepeatEdit"));
    m_passphraseRepeat->setEchoMode(QLineEdit::Password);
    m_passphraseRepeat->setPlaceholderText(tr("the same again"));
    m_strength = new QLabel(m_options);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_strength->setTextFormat(Qt::RichText);
    m_unlockNote = new QLabel(m_options);
    m_unlockNote->setObjectName(QStringLiteral("unlockNote"));
    m_unlockNote->setWordWrap(true);
    m_unlockNote->setTextFormat(Qt::RichText);

    // What the typed confirmation destroys, in red, and where it is typed.
    m_confirmBox = new QFrame(m_options); // laid out under the options, full width, never scrolled away
    m_confirmBox->setObjectName(QStringLiteral("confirmBox"));
    m_confirmBox->setStyleSheet(QStringLiteral("QFrame#confirmBox { border: 2px solid #c62828; border-radius: 4px; "
                                               "background: rgba(198, 40, 40, 0.08); }"));
    m_destroys = new QLabel(m_confirmBox);
    m_destroys->setObjectName(QStringLiteral("confirmDestroys"));
    m_destroys->setWordWrap(true);
    m_destroys->setTextFormat(Qt::RichText);
    m_confirm = new QLineEdit(m_confirmBox);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setFont(Theme::monospaceFont());
    auto *confirmLayout = new QVBoxLayout(m_confirmBox);
    confirmLayout->setContentsMargins(10, 8, 10, 8);
    confirmLayout->addWidget(m_destroys);
    confirmLayout->addWidget(m_confirm);

    m_problemLabel = new QLabel(m_options);
    m_problemLabel->setObjectName(QStringLiteral("choiceProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::RichText);

    auto *unlockRows = new QVBoxLayout;
    unlockRows->setSpacing(4);
    unlockRows->addWidget(m_keyFile);
    unlockRows->addWidget(m_passphraseCheck);
    auto *passRows = new QHBoxLayout;
    passRows->addWidget(m_passphrase, 1);
    passRows->addWidget(m_passphraseRepeat, 1);

    m_form = new QWidget(m_options);
    m_form->setObjectName(QStringLiteral("optionsForm"));
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Mapping name:"), m_mapperName);
    form->addRow(tr("Mount p&oint:"), m_mountPoint);
    form->addRow(tr("&Filesystem:"), m_filesystem);
    form->addRow(tr("Unlock with:"), unlockRows);
    form->addRow(tr("Pa&ssphrase:"), passRows);
    form->addRow(QString(), m_strength);

    auto *content = new QWidget(m_options);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_refusal);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(m_unlockNote);
    contentLayout->addWidget(m_problemLabel);
    contentLayout->addStretch(1);
    // Its natural height, never scrolled: the device list above gives way instead.
    auto *layout = new QVBoxLayout(m_options);
    layout->addWidget(content);

    for (QLineEdit *edit : {m_mapperName, m_mountPoint, m_passphrase, m_passphraseRepeat, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &LuksWizard::validate);
    connect(m_filesystem, &QComboBox::currentIndexChanged, this, &LuksWizard::validate);
    for (QCheckBox *check : {m_keyFile, m_passphraseCheck})
        connect(check, &QCheckBox::toggled, this, &LuksWizard::updateOptions);
    return m_options;
}

QWidget *LuksWizard::createHeaderBox(QWidget *parent)
{
    m_headerBox = new QFrame(parent);
    m_headerBox->setObjectName(QStringLiteral("headerBox"));
    m_headerBox->setStyleSheet(QStringLiteral("QFrame#headerBox { border: 2px solid #c77700; border-radius: 4px; "
                                              "background: rgba(199, 119, 0, 0.10); }"));
    m_headerStatus = new QLabel(m_headerBox);
    m_headerStatus->setObjectName(QStringLiteral("headerStatus"));
    m_headerStatus->setWordWrap(true);
    m_headerStatus->setTextFormat(Qt::RichText);
    m_headerStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showFolder = new QPushButton(tr("Show in &Folder"), m_headerBox);
    m_showFolder->setObjectName(QStringLiteral("showHeaderFolderButton"));
    m_showFolder->setAutoDefault(false);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        if (m_headerCopy)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_headerCopy->localPath).absolutePath()));
    });
    m_retryHeader = new QPushButton(tr("Copy &Again"), m_headerBox);
    m_retryHeader->setObjectName(QStringLiteral("retryHeaderButton"));
    m_retryHeader->setAutoDefault(false);
    connect(m_retryHeader, &QPushButton::clicked, this, &LuksWizard::fetchHeader);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_showFolder);
    buttons->addWidget(m_retryHeader);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(m_headerBox);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_headerStatus, 1);
    layout->addLayout(buttons);
    m_headerBox->hide();
    return m_headerBox;
}

QStringList LuksWizard::stepNames() const
{
    return {tr("Device and options"), tr("Preview"), tr("Apply"), tr("Result")};
}

void LuksWizard::reload()
{
    m_banner->clear();
    m_status->setText(tr("Reading the disks of %1 (nothing is changed)…").arg(m_hostName));
    m_loader->load();
    m_reload->setEnabled(false);
    updateButtons();
}

void LuksWizard::setSnapshot(const Luks::BlockDeviceSnapshot &snapshot)
{
    const QString previous = m_device;
    m_snapshot = snapshot;
    m_banner->clear();
    m_model->setSnapshot(snapshot);
    int empty = 0;
    int refused = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isPlannable(row))
            ++refused;
        else if (!m_model->assessment(row).needsConfirmation())
            ++empty;
    }
    m_status->setText(tr("%1 block devices on %2: %3 empty, %4 that Bulwark will not format (greyed).")
                          .arg(m_model->rowCount())
                          .arg(m_hostName)
                          .arg(empty)
                          .arg(refused));
    m_device.clear();
    if (m_presetRule == u"BW-LNX-ENC-003") { // a blank disk waits to be used unencrypted: that one
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->isPlannable(row) && !m_model->assessment(row).needsConfirmation()) {
                selectDevice(m_model->device(row).path);
                break;
            }
        }
    } else if (!previous.isEmpty()) {
        selectDevice(previous);
    }
    m_presetRule.clear(); // the other encryption checks: the admin picks; the report tells about each device
    onCurrentRowChanged();
    showChoosePage();
    updateButtons();
    Q_EMIT snapshotLoaded();
}

bool LuksWizard::selectDevice(const QString &path)
{
    const int row = m_model->row(path);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    onCurrentRowChanged();
    return true;
}

QString LuksWizard::plannedDevice() const
{
    const int row = m_model->row(m_device);
    return m_model->isPlannable(row) ? m_device : QString();
}

void LuksWizard::presetRule(const QString &ruleId)
{
    m_presetRule = ruleId;
    if (m_snapshot)
        setSnapshot(*m_snapshot);
}

void LuksWizard::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString path = current.isValid() ? m_model->device(current.row()).path : QString();
    if (path == m_device && !path.isEmpty())
        return;
    m_device = path;
    // A confirmation typed for another device never carries over, nor does a verified backup.
    m_confirm->clear();
    m_backupVerified->setChecked(false);
    m_luksUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_mapperName->text().isEmpty() || !m_mapperName->isModified()) {
        m_mapperName->setText(defaultMapperName());
        m_mapperName->setModified(false);
    }
    if (!m_mountPointEdited)
        m_mountPoint->setText(QStringLiteral("/srv/") + m_mapperName->text());
    updateReport();
    updateOptions();
}

QString LuksWizard::defaultMapperName() const
{
    if (!m_snapshot)
        return QStringLiteral("data");
    const QList<Luks::TabEntry> crypttab = Luks::BlockDevices::parseCrypttab(m_snapshot->crypttab);
    const auto taken = [&](const QString &name) {
        for (const BlockDevice &d : m_snapshot->devices) {
            if (d.name == name || d.path == QStringLiteral("/dev/mapper/") + name)
                return true;
        }
        for (const Luks::TabEntry &entry : crypttab) {
            if (entry.target == name)
                return true;
        }
        return false;
    };
    QString name = QStringLiteral("data");
    for (int n = 2; taken(name) && n < 100; ++n)
        name = QStringLiteral("data%1").arg(n);
    return name;
}

void LuksWizard::updateReport()
{
    const int row = m_model->row(m_device);
    if (row < 0) {
        m_report->setText(m_snapshot ? tr("Select a device to see its encryption state.") : QString());
        m_backupVerified->setEnabled(false);
        return;
    }
    const BlockDevice &d = m_model->device(row);
    QString text = Plan::LuksPlanner::encryptionReport(d, m_backupVerified->isChecked());
    if (d.type == u"crypt")
        text = tr("%1 is the unlocked view of %2: select %2 for its encryption state.").arg(d.path, d.parent);
    m_report->setText(text.replace(u'\n', QStringLiteral("\n\n")));
    // The box matters only where the report speaks of an in-place reencryption.
    m_backupVerified->setEnabled(d.isLuks() || !d.contentType().isEmpty());
}

LuksChoice::Unlock LuksWizard::unlock() const
{
    if (m_passphraseCheck->isChecked())
        return m_keyFile->isChecked() ? LuksChoice::Unlock::KeyFileAndPassphrase : LuksChoice::Unlock::Passphrase;
    return LuksChoice::Unlock::KeyFile;
}

void LuksWizard::updateOptions()
{
    const int row = m_model->row(m_device);
    const bool plannable = m_model->isPlannable(row);
    m_options->setTitle(row < 0 ? tr("Encrypt") : tr("Encrypt %1").arg(m_device));
    if (row >= 0 && !plannable) {
        QString html =
            QStringLiteral("<b>%1</b>").arg(tr("Bulwark will not encrypt %1:").arg(m_device).toHtmlEscaped());
        for (const QString &reason : m_model->assessment(row).refusals)
            html += QStringLiteral("<br>") + colored(reason, warningColor);
        m_refusal->setText(html);
        m_refusal->show();
    } else {
        m_refusal->setVisible(row < 0 && m_snapshot);
        m_refusal->setText(tr("Select an empty disk or partition in the list above."));
    }
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_mapperName, m_mountPoint, m_filesystem, m_keyFile, m_passphraseCheck})
        field->setEnabled(plannable);
    m_form->setVisible(plannable); // a refused device: only why
    const bool passphrase = plannable && m_passphraseCheck->isChecked();
    m_passphrase->setEnabled(passphrase);
    m_passphraseRepeat->setEnabled(passphrase);
    if (!m_passphraseCheck->isChecked()) {
        m_passphrase->clear();
        m_passphraseRepeat->clear();
    }

    const bool confirm = plannable && m_model->assessment(row).needsConfirmation();
    m_confirmBox->setVisible(confirm);
    m_confirm->setEnabled(confirm);
    if (confirm) {
        QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px; margin-top:2px;\">")
                           .arg(tr("Encrypting %1 DESTROYS what is on it:").arg(m_device).toHtmlEscaped());
        for (const QString &what : m_model->assessment(row).destroys)
            html += QStringLiteral("<li>%1</li>").arg(what.toHtmlEscaped());
        html +=
            QStringLiteral("</ul>") + tr("Type the device path to confirm that it is to be destroyed.").toHtmlEscaped();
        m_destroys->setText(html);
        m_confirm->setPlaceholderText(tr("type %1 to confirm").arg(m_device));
    }
    validate();
}

QString LuksWizard::strengthHint(const QString &passphrase, int *bits)
{
    // A rough estimate from length and character classes; it is a hint, not a guarantee (words are weaker).
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const int estimate = pool > 0 ? int(passphrase.size() * std::log2(double(pool))) : 0;
    if (bits)
        *bits = estimate;
    if (passphrase.size() < minimumPassphraseLength)
        return tr("too short: at least %1 characters").arg(minimumPassphraseLength);
    if (estimate < 60)
        return tr("weak: add words or characters");
    if (estimate < 90)
        return tr("fair");
    return tr("strong");
}

void LuksWizard::validate()
{
    m_problem.clear();
    const int row = m_model->row(m_device);
    const bool plannable = m_model->isPlannable(row);

    // The passphrase hint and the unlock note, whatever else is wrong.
    const bool passphrase = m_passphraseCheck->isChecked();
    m_strength->setVisible(passphrase && plannable);
    if (passphrase) {
        int bits = 0;
        const QString hint = strengthHint(m_passphrase->text(), &bits);
        const char *color = m_passphrase->text().size() < minimumPassphraseLength || bits < 60 ? warningColor
                            : bits < 90                                                        ? "#8a6d00"
                                                                                               : "#2e7d32";
        QString html = tr("Strength:").toHtmlEscaped() + QStringLiteral(" ") + colored(hint, color);
        if (!m_passphraseRepeat->text().isEmpty() && m_passphraseRepeat->text() != m_passphrase->text())
            html += QStringLiteral(" — ") + colored(tr("the two entries differ"), warningColor);
        m_strength->setText(html);
    }
    if (!m_keyFile->isChecked() && passphrase)
        m_unlockNote->setText(colored(
            tr("Passphrase only: nothing secret stays on the host, but after every reboot the disk stays locked and "
               "unmounted until someone types the passphrase on the server's console (not over SSH) or "
               "unlocks it by hand. The boot itself goes on without it. A lost passphrase means lost data."),
            warningColor));
    else if (m_keyFile->isChecked())
        m_unlockNote->setText(tr("The key file stays on the host's root filesystem so that the disk unlocks at boot: "
                                 "it protects the data when this disk alone is taken, not the whole server.")
                                  .toHtmlEscaped());
    else
        m_unlockNote->setText(colored(tr("Choose a key file, a passphrase or both."), warningColor));
    m_unlockNote->setVisible(plannable);

    if (!m_snapshot) {
        m_problem = tr("The disks have not been read yet.");
    } else if (row < 0) {
        m_problem = tr("Select a device.");
    } else if (!plannable) {
        m_problem = tr("Bulwark will not encrypt %1.").arg(m_device);
    } else if (!m_keyFile->isChecked() && !passphrase) {
        m_problem = tr("Choose a key file, a passphrase or both.");
    } else if (passphrase && m_passphrase->text().size() < minimumPassphraseLength) {
        m_problem = tr("The passphrase needs at least %1 characters.").arg(minimumPassphraseLength);
    } else if (passphrase && m_passphrase->text() != m_passphraseRepeat->text()) {
        m_problem = tr("Type the same passphrase twice.");
    } else if (m_model->assessment(row).needsConfirmation() && m_confirm->text() != m_device) {
        m_problem = tr("Type %1 in the red box to confirm.").arg(m_device);
    } else {
        const Result<Plan::ChangePlan> plan = Luks::LuksPlanJob::plan(*m_snapshot, choice());
        if (!plan)
            m_problem = plan.error().message();
    }
    // Shown below the form only for what the fields themselves do not show.
    const bool shown = m_snapshot && plannable;
    m_problemLabel->setVisible(shown && !m_problem.isEmpty());
    m_problemLabel->setText(colored(m_problem, warningColor));
    updateButtons();
}

LuksChoice LuksWizard::choice() const
{
    LuksChoice choice;
    choice.device = plannedDevice();
    choice.mapperName = m_mapperName->text().trimmed();
    choice.mountPoint = m_mountPoint->text().trimmed();
    choice.filesystem = LuksChoice::Filesystem(m_filesystem->currentData().toInt());
    choice.unlock = unlock();
    choice.luksUuid = m_luksUuid;
    choice.confirmation = m_confirm->text();
    choice.hostDisplayName = m_hostName;
    return choice;
}

bool LuksWizard::canPreview() const
{
    return m_snapshot.has_value() && !plannedDevice().isEmpty() && m_problem.isEmpty();
}

void LuksWizard::startPreview()
{
    if (currentPage() != ChoosePage || !canPreview())
        return;
    const LuksChoice chosen = choice();
    showPlanPage();
    m_headerBox->hide();
    m_headerCopy.reset();
    const Result<Plan::ChangePlan> plan = Luks::LuksPlanJob::plan(*m_snapshot, chosen);
    if (!plan) {
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), plan.error());
        updateButtons();
        return;
    }
    // The passphrase travels to the Applier as a secret for the step that reads it on stdin; never into the plan.
    QHash<QString, QByteArray> secrets;
    for (const QString &slot : Apply::Applier::requiredSecrets(*plan)) {
        if (slot != Plan::LuksPlanner::passphraseSlot() || !m_passphraseCheck->isChecked()) {
            panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."),
                                 Error(Error::Code::InvalidArgument,
                                       tr("The plan needs a secret the wizard does not have (\"%1\").").arg(slot)));
            updateButtons();
            return;
        }
        secrets.insert(slot, m_passphrase->text().toUtf8());
    }
    panel()->setSecrets(secrets);
    panel()->preview(*plan);
    updateButtons();
}

QString LuksWizard::applyText(int changes) const
{
    return changes > 0 ? tr("&Encrypt %1 (%2 changes)").arg(plannedDevice()).arg(changes) : tr("&Apply");
}

void LuksWizard::updateExtraButtons(Page page)
{
    m_reload->setEnabled(!m_loader->isLoading());
    m_headerBox->setVisible(page == ResultPage && (m_loader->isFetching() || !m_headerHostPath.isEmpty()));
}

void LuksWizard::previewLeft()
{
    panel()->clearSecrets();
}

void LuksWizard::reject()
{
    const bool closes = !isApplying() && !(currentPage() == ApplyPage && panel()->isBusy());
    PlanWizard::reject();
    if (closes) {
        panel()->clearSecrets();
        clearPassphrase();
    }
}

void LuksWizard::clearPassphrase()
{
    if (!m_passphrase)
        return;
    m_passphrase->clear();
    m_passphraseRepeat->clear();
}

QString LuksWizard::headerDirectory() const
{
    const QString root = m_headerRoot.isEmpty() ? Luks::LuksHeaderBackup::defaultRoot() : m_headerRoot;
    return Luks::LuksHeaderBackup::hostDirectory(root, m_hostName);
}

void LuksWizard::onApplied(const Apply::ApplyReport &report)
{
    panel()->clearSecrets();
    if (report.outcome != Apply::ApplyReport::Outcome::Applied)
        return;
    // Applied: the passphrase is in the LUKS header now; the wizard forgets it.
    clearPassphrase();
    const QStringList paths = Luks::LuksHeaderBackup::hostPathsIn(panel()->preparedPlan());
    m_headerHostPath = paths.isEmpty() ? QString() : paths.constFirst();
    m_transactionId = report.transactionId;
    if (m_headerHostPath.isEmpty())
        return;
    fetchHeader();
}

void LuksWizard::fetchHeader()
{
    if (m_headerHostPath.isEmpty() || m_loader->isFetching())
        return;
    m_headerCopy.reset();
    m_headerStatus->setText(
        tr("Copying the LUKS header backup %1 to this computer…").arg(m_headerHostPath).toHtmlEscaped());
    m_showFolder->setEnabled(false);
    m_retryHeader->setEnabled(false);
    m_loader->fetchHeader(m_headerHostPath, headerDirectory(), m_window ? m_window->journalPath() : QString(),
                          m_transactionId);
    updateButtons();
}

void LuksWizard::showHeaderCopy(const Result<Luks::LuksHeaderCopy> &copy)
{
    if (!copy) {
        m_headerStatus->setText(
            QStringLiteral("<b>%1</b><br>%2<br>%3")
                .arg(colored(tr("The LUKS header backup was NOT copied to this computer."), warningColor),
                     tr("It is still on the host at %1: %2")
                         .arg(m_headerHostPath, copy.error().message())
                         .toHtmlEscaped(),
                     tr("Copy it again, or fetch it by hand (as root) and keep it offline.").toHtmlEscaped()));
        m_showFolder->setEnabled(false);
        m_retryHeader->setEnabled(true);
        m_retryHeader->show();
    } else {
        m_headerCopy = *copy;
        const QString where = copy->alreadyThere ? tr("An identical copy of the LUKS header backup was already on this "
                                                      "computer:")
                                                 : tr("The LUKS header backup was copied to this computer:");
        m_headerStatus->setText(
            QStringLiteral("<b>%1</b><br><tt>%2</tt><br>%3<br><br><b>%4</b>")
                .arg(where.toHtmlEscaped(), copy->localPath.toHtmlEscaped(),
                     tr("SHA-256 %1 (the host's sha256sum of %2 gave the same), LUKS UUID %3.")
                         .arg(QString::fromLatin1(copy->sha256), copy->hostPath, copy->uuid)
                         .toHtmlEscaped(),
                     colored(tr("STORE THIS FILE OFFLINE (an encrypted USB stick in a safe), not on a synced or shared "
                                "drive, then delete it here. With the key file or passphrase it opens the disk; "
                                "without it, a damaged header means the data is lost."),
                             warningColor)));
        m_showFolder->setEnabled(true);
        m_retryHeader->hide();
    }
    updateButtons();
    Q_EMIT headerFetchFinished();
}

} // namespace Bulwark::Ui
