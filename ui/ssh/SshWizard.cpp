// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/SshWizard.h"

#include "core/scan/ScanRecord.h"
#include "core/ssh/SshPlanner.h"
#include "core/ssh/SshSetting.h"
#include "core/ssh/SshdConfig.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/MainWindow.h"
#include "ui/ScanStore.h"
#include "ui/ssh/SshStateLoader.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Ssh::SshSetting;

namespace {

QLabel *headerLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString objectNameFor(const SshSetting &setting)
{
    return QStringLiteral("setting") + setting.keyword;
}

// What a value looks like in the table: "yes", "4", "(none)".
QString shown(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("Bulwark::Ui::SshWizard", "(not set)") : value;
}

bool isRuleRow(const SshSetting &setting)
{
    return !setting.ruleIds.isEmpty();
}

const QStringList &legacyRules()
{
    static const QStringList ids = {QStringLiteral("BW-LNX-SVC-003"), QStringLiteral("BW-LNX-SVC-004"),
                                    QStringLiteral("BW-LNX-SVC-005")};
    return ids;
}

} // namespace

SshWizard::SshWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
    , m_loader(new SshStateLoader(window, hostId, this))
{
    setObjectName(QStringLiteral("sshWizard"));
    if (window && window->scanStore()) {
        if (const auto record = window->scanStore()->latest(hostId))
            m_facts = record->facts;
    }
    setWindowTitle(tr("SSH Hardening — %1").arg(m_hostName));
    resize(1100, 780);

    createPanel()->setTitle(tr("What will change in the SSH server settings of %1").arg(m_hostName));
    // No plural forms here: the wording holds for one change and for several.
    panel()->setPreparedNote([](int) {
        return tr("The changes below are made in this order. sshd checks the new settings before they replace the "
                  "file and again afterwards, then reloads; if a check fails, everything is undone.");
    });
    QWidget *choosePage = createChoosePage();
    setUpFrame(choosePage, createPreviewPage());

    connect(m_loader, &SshStateLoader::connecting, this,
            [this] { m_status->setText(tr("Connecting to %1…").arg(m_hostName)); });
    connect(m_loader, &SshStateLoader::loaded, this, [this](const Result<Ssh::SshHostState> &state) {
        if (!state) {
            m_status->setText(tr("The SSH server's settings could not be read. Nothing was changed."));
            m_banner->showError(state.error(), ErrorBanner::Severity::Warning);
            updateButtons();
            return;
        }
        setState(*state);
    });
    connect(m_loader, &SshStateLoader::planned, this, &SshWizard::onPlanned);
    updateButtons();
}

SshWizard::~SshWizard() = default;

QWidget *SshWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));
    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("chooseBanner"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("chooseStatus"));
    m_status->setWordWrap(true);
    m_recommended = new QPushButton(tr("Apply &Recommended"), page);
    m_recommended->setObjectName(QStringLiteral("applyRecommendedButton"));
    m_recommended->setToolTip(tr("Sets every setting to Bulwark's recommendation. Changes nothing yet."));
    m_recommended->setAutoDefault(false);
    connect(m_recommended, &QPushButton::clicked, this, &SshWizard::applyRecommended);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_recommended);

    auto *table = new QWidget;
    table->setObjectName(QStringLiteral("settingsTable"));
    auto *grid = new QGridLayout(table);
    grid->setContentsMargins(4, 4, 12, 4);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    grid->addWidget(headerLabel(tr("Setting"), table), 0, 0);
    grid->addWidget(headerLabel(tr("Now"), table), 0, 1);
    grid->addWidget(headerLabel(tr("Recommended"), table), 0, 2);
    grid->addWidget(headerLabel(tr("Change to"), table), 0, 3);
    int row = 1;
    for (const SshSetting &setting : SshSetting::all()) {
        if (setting.kind == SshSetting::Kind::Algorithms)
            continue;
        addRow(grid, row, setting);
        row += 2;
    }

    // The three crypto lists are one choice.
    auto *cryptoName = new QLabel(tr("Encryption, tamper protection and key exchange"), table);
    QFont bold = cryptoName->font();
    bold.setBold(true);
    cryptoName->setFont(bold);
    grid->addWidget(cryptoName, row, 0);
    m_cryptoNow = new QLabel(table);
    m_cryptoNow->setObjectName(QStringLiteral("nowCrypto"));
    grid->addWidget(m_cryptoNow, row, 1);
    grid->addWidget(new QLabel(tr("modern"), table), row, 2);
    m_crypto = new QComboBox(table);
    m_crypto->setObjectName(QStringLiteral("cryptoCombo"));
    m_crypto->addItem(tr("Keep as it is"), int(Plan::SshChoice::Crypto::Keep));
    m_crypto->addItem(tr("Modern only"), int(Plan::SshChoice::Crypto::Modern));
    connect(m_crypto, &QComboBox::currentIndexChanged, this, &SshWizard::updateButtons);
    grid->addWidget(m_crypto, row, 3);
    auto *cryptoWhy = FormHelpers::hintLabel(
        tr("Old ciphers, MACs and key exchanges can be broken. Modern keeps only strong ones this server's OpenSSH "
           "has, and always ones Bulwark itself can still use."),
        table);
    grid->addWidget(cryptoWhy, row + 1, 0, 1, 4);
    row += 2;

    m_legacy = new QCheckBox(tr("Replace telnet, FTP and rsh with SSH and SFTP"), table);
    m_legacy->setObjectName(QStringLiteral("replaceLegacyCheck"));
    connect(m_legacy, &QCheckBox::toggled, this, &SshWizard::updateButtons);
    grid->addWidget(m_legacy, row, 0, 1, 4);
    m_legacyNote = FormHelpers::hintLabel(QString(), table);
    m_legacyNote->setObjectName(QStringLiteral("replaceLegacyNote"));
    grid->addWidget(m_legacyNote, row + 1, 0, 1, 4);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(row + 2, 1);

    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(table);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("How people log in to %1 over SSH").arg(m_hostName), page));
    auto *intro = new QLabel(tr("Choose what to change; everything else stays as it is. Before anything is changed, "
                                "Bulwark checks on the server that you can still log in afterwards."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(statusRow);
    layout->addWidget(scroll, 1);
    return page;
}

void SshWizard::addRow(QGridLayout *grid, int row, const SshSetting &setting)
{
    QWidget *table = grid->parentWidget();
    auto *name = new QLabel(setting.labelText(), table);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setToolTip(setting.keyword);
    grid->addWidget(name, row, 0);

    Row entry;
    entry.setting = &setting;
    entry.now = new QLabel(QStringLiteral("…"), table);
    entry.now->setObjectName(QStringLiteral("now") + setting.keyword);
    entry.now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(entry.now, row, 1);
    grid->addWidget(new QLabel(setting.recommended.isEmpty() ? tr("—") : setting.recommended, table), row, 2);

    QWidget *control = nullptr;
    switch (setting.kind) {
    case SshSetting::Kind::YesNo:
    case SshSetting::Kind::Choice:
    case SshSetting::Kind::Path: {
        entry.combo = new QComboBox(table);
        entry.combo->addItem(tr("Keep as it is"), QString());
        if (setting.kind == SshSetting::Kind::YesNo) {
            entry.combo->addItem(tr("yes"), QStringLiteral("yes"));
            entry.combo->addItem(tr("no"), QStringLiteral("no"));
        } else if (setting.kind == SshSetting::Kind::Choice) {
            for (const QString &choice : setting.choices)
                entry.combo->addItem(choice, choice);
        } else {
            entry.combo->addItem(setting.recommended, setting.recommended);
            entry.combo->addItem(tr("no banner"), QStringLiteral("none"));
        }
        connect(entry.combo, &QComboBox::currentIndexChanged, this, &SshWizard::updateButtons);
        control = entry.combo;
        break;
    }
    case SshSetting::Kind::Number:
        entry.spin = new QSpinBox(table);
        entry.spin->setRange(setting.minimum - 1, setting.maximum);
        entry.spin->setSpecialValueText(tr("Keep as it is"));
        entry.spin->setValue(setting.minimum - 1);
        connect(entry.spin, &QSpinBox::valueChanged, this, &SshWizard::updateButtons);
        control = entry.spin;
        break;
    case SshSetting::Kind::Users:
    case SshSetting::Kind::Groups:
        entry.edit = new QLineEdit(table);
        entry.edit->setPlaceholderText(tr("Keep as it is"));
        entry.edit->setToolTip(setting.kind == SshSetting::Kind::Users
                                   ? tr("User names separated by spaces; USER@ADDRESS limits a user to one address.")
                                   : tr("Group names separated by spaces."));
        connect(entry.edit, &QLineEdit::textChanged, this, &SshWizard::updateButtons);
        control = entry.edit;
        break;
    case SshSetting::Kind::Algorithms:
        break;
    }
    control->setObjectName(objectNameFor(setting));
    control->setMinimumWidth(190);
    grid->addWidget(control, row, 3);
    grid->addWidget(FormHelpers::hintLabel(setting.whyText(), table), row + 1, 0, 1, 4);
    m_rows.append(entry);
}

QWidget *SshWizard::createPreviewPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sshPreviewPage"));
    m_verdict = new QLabel(page);
    m_verdict->setObjectName(QStringLiteral("preflightVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(panel(), 1);
    return page;
}

QString SshWizard::value(const QString &keyword) const
{
    for (const Row &row : m_rows) {
        if (row.setting->keyword.compare(keyword, Qt::CaseInsensitive) != 0)
            continue;
        if (row.combo)
            return row.combo->currentData().toString();
        if (row.spin)
            return row.spin->value() < row.setting->minimum ? QString() : QString::number(row.spin->value());
        return row.edit->text().trimmed();
    }
    return {};
}

void SshWizard::setValue(const QString &keyword, const QString &value)
{
    for (Row &row : m_rows) {
        if (row.setting->keyword.compare(keyword, Qt::CaseInsensitive) != 0)
            continue;
        if (row.combo) {
            int index = row.combo->findData(value);
            if (index < 0 && !value.isEmpty() && value != removeValue()) {
                row.combo->addItem(value, value);
                index = row.combo->count() - 1;
            }
            row.combo->setCurrentIndex(qMax(index, 0));
        } else if (row.spin) {
            bool ok = false;
            const int number = value.toInt(&ok);
            row.spin->setValue(ok ? number : row.setting->minimum - 1);
        } else {
            row.edit->setText(value);
        }
    }
    updateButtons();
}

Plan::SshChoice::Crypto SshWizard::crypto() const
{
    return Plan::SshChoice::Crypto(m_crypto->currentData().toInt());
}

void SshWizard::setCrypto(Plan::SshChoice::Crypto crypto)
{
    m_crypto->setCurrentIndex(m_crypto->findData(int(crypto)));
}

bool SshWizard::replaceLegacy() const
{
    return m_legacy->isEnabled() && m_legacy->isChecked();
}

void SshWizard::setReplaceLegacy(bool replace)
{
    m_legacy->setChecked(replace);
}

Plan::SshChoice SshWizard::choice() const
{
    Plan::SshChoice choice;
    choice.hostDisplayName = m_hostName;
    for (const Row &row : m_rows) {
        const QString chosen = value(row.setting->keyword);
        if (chosen == removeValue())
            choice.settings.insert(row.setting->keyword, QString());
        else if (!chosen.isEmpty())
            choice.settings.insert(row.setting->keyword, chosen);
    }
    choice.crypto = crypto();
    choice.replaceLegacy = replaceLegacy();
    return choice;
}

void SshWizard::presetRule(const QString &ruleId)
{
    m_presets.append(ruleId);
    if (m_state)
        applyPreset();
}

void SshWizard::applyPreset()
{
    for (const QString &ruleId : std::as_const(m_presets)) {
        // The setting the rule is mainly about; any that fixes it otherwise.
        bool found = false;
        for (const SshSetting &setting : SshSetting::all()) {
            if (!setting.ruleIds.isEmpty() && setting.ruleIds.constFirst() == ruleId) {
                found = true;
                if (setting.kind == SshSetting::Kind::Algorithms)
                    setCrypto(Plan::SshChoice::Crypto::Modern);
                else
                    setValue(setting.keyword, setting.recommended);
            }
        }
        for (const SshSetting &setting : SshSetting::all()) {
            if (!found && setting.ruleIds.contains(ruleId) && setting.kind != SshSetting::Kind::Algorithms) {
                setValue(setting.keyword, setting.recommended);
                found = true;
            }
        }
        if (legacyRules().contains(ruleId) && m_legacy->isEnabled())
            m_legacy->setChecked(true);
    }
    m_presets.clear();
}

void SshWizard::applyRecommended()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.setting->recommended.isEmpty())
            setValue(row.setting->keyword, row.setting->recommended);
    }
    setCrypto(Plan::SshChoice::Crypto::Modern);
    if (m_legacy->isEnabled())
        m_legacy->setChecked(true);
}

void SshWizard::reload()
{
    m_banner->clear();
    m_status->setText(tr("Reading the SSH server settings of %1 (nothing is changed)…").arg(m_hostName));
    m_loader->load();
    updateButtons();
}

void SshWizard::setState(const Ssh::SshHostState &state)
{
    m_state = state;
    m_banner->clear();
    m_block.clear();
    m_matchKeys.clear();
    // Bulwark's own settings now: a plan that changes nothing lists them.
    const auto current = Plan::SshPlanner::draft(state, Plan::SshChoice());
    if (current) {
        for (const auto &[keyword, setting] : current->block)
            m_block.insert(keyword.toLower(), setting);
    } else {
        m_banner->showError(current.error(), ErrorBanner::Severity::Warning);
    }
    for (auto it = state.files.cbegin(); it != state.files.cend(); ++it) {
        const auto parsed = Ssh::SshdConfig::parse(it.value().content, it.key());
        if (!parsed)
            continue;
        for (const Ssh::SshdConfig::Directive &directive : parsed->directives()) {
            if (directive.matchLine > 0 && directive.keyword != u"match")
                m_matchKeys.insert(directive.keyword);
        }
    }
    fillCurrent();
    m_status->setText(tr("%1. \"Now\" is what the SSH server of %2 applies to that login today.")
                          .arg(Plan::SshPlanner::describeLogin(state.login), m_hostName));
    showChoosePage();
    applyPreset();
    updateButtons();
    Q_EMIT stateLoaded();
}

void SshWizard::fillCurrent()
{
    const Ssh::SshHostState &state = *m_state;
    for (Row &row : m_rows) {
        const QString key = row.setting->key();
        const QString now = state.effective.value(key);
        // sshd -T prints prohibit-password under its old name.
        QString text =
            shown(key == u"permitrootlogin" && now == u"without-password" ? QStringLiteral("prohibit-password") : now);
        QStringList notes;
        // From a Match block: your login gets another value than the global one (or, when sshd did not say,
        // some Match block sets it).
        const bool fromMatch = state.global.isEmpty() ? m_matchKeys.contains(key)
                                                      : state.global.contains(key) && state.global.value(key) != now;
        if (fromMatch)
            notes << tr("A Match block sets this for your login; everyone else gets %1.")
                         .arg(shown(state.global.value(key)));
        else if (m_matchKeys.contains(key))
            notes << tr("A Match block sets this for some other connections.");
        if (m_block.contains(key))
            notes << tr("Set by Bulwark.");
        if (fromMatch)
            text += tr(" (Match)");
        row.now->setText(text);
        row.now->setToolTip(notes.join(u'\n'));
        // Orange when the value now fails a rule this setting can fix.
        const QStringList satisfied = Plan::SshPlanner::rulesSatisfied(row.setting->keyword, now);
        const bool weak =
            isRuleRow(*row.setting) && !now.isEmpty() && satisfied.size() < row.setting->ruleIds.size() &&
            !(row.setting->key() == u"passwordauthentication" && satisfied.contains(QStringLiteral("BW-LNX-ACS-003")));
        row.now->setStyleSheet(weak ? QStringLiteral("color:#b03a00; font-weight:600") : QString());
        if (row.combo) {
            // Bulwark's own setting can be taken out again.
            const int remove = row.combo->findData(removeValue());
            if (m_block.contains(key) && remove < 0)
                row.combo->addItem(tr("Take out Bulwark's setting"), removeValue());
            else if (!m_block.contains(key) && remove >= 0)
                row.combo->removeItem(remove);
            if (row.setting->kind == SshSetting::Kind::Path && !now.isEmpty() && row.combo->findData(now) < 0)
                row.combo->addItem(now, now);
        }
    }
    QStringList lists, weak;
    for (const char *key : {"Ciphers", "MACs", "KexAlgorithms"}) {
        const QString list = state.effective.value(QString::fromLatin1(key).toLower());
        lists << QString::fromLatin1(key) + u' ' + list;
        weak << SshSetting::weakAlgorithms(QString::fromLatin1(key), list);
    }
    m_cryptoNow->setText(weak.isEmpty() ? tr("no weak ones") : tr("weak: %1").arg(weak.join(QStringLiteral(", "))));
    m_cryptoNow->setWordWrap(true);
    m_cryptoNow->setToolTip(lists.join(QStringLiteral("\n\n")));
    m_cryptoNow->setStyleSheet(weak.isEmpty() ? QString() : QStringLiteral("color:#b03a00; font-weight:600"));

    const QStringList units = Plan::SshPlanner::legacyUnits(m_facts);
    const QStringList inetd = Plan::SshPlanner::legacyInetdServices(m_facts);
    if (m_facts.isEmpty()) {
        m_legacy->setEnabled(false);
        m_legacyNote->setText(tr("Scan the host first to find telnet, FTP and rsh servers."));
    } else if (units.isEmpty() && inetd.isEmpty()) {
        m_legacy->setEnabled(false);
        m_legacy->setChecked(false);
        m_legacyNote->setText(tr("The latest scan found no telnet, FTP or rsh server: nothing to replace."));
    } else {
        m_legacy->setEnabled(true);
        m_legacyNote->setText(tr("They send passwords unencrypted. Found in the latest scan: %1.")
                                  .arg((units + inetd).join(QStringLiteral(", "))));
    }
}

void SshWizard::startPreview()
{
    if (currentPage() != ChoosePage || !m_state)
        return;
    showPlanPage();
    m_planShown = false;
    m_verdictText.clear();
    m_verdict->setVisible(false);
    panel()->cancelPreview();
    panel()->setCurrentIndex(PlanApplyPanel::PreviewStage);
    panel()->banner()->clear();
    panel()->status()->setText(
        tr("Checking on %1 that you can still log in after this change (nothing is changed)…").arg(m_hostName));
    m_loader->plan(*m_state, choice(), m_facts);
    updateButtons();
}

void SshWizard::onPlanned(const Result<Ssh::SshPlanOutcome> &outcome)
{
    if (currentPage() != PreviewPage)
        return;
    if (!outcome) {
        panel()->showRefusal(tr("The lock-out check could not run on %1. Nothing was changed.").arg(m_hostName),
                             outcome.error());
    } else if (outcome->refused()) {
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), outcome->refusal);
    } else {
        m_verdictText = outcome->verdict;
        m_verdict->setText(QStringLiteral("<div style=\"color:#1e7b34; font-weight:600\">✔ %1</div>")
                               .arg(outcome->verdict.toHtmlEscaped()));
        m_verdict->setVisible(true);
        m_planShown = true;
        panel()->preview(outcome->plan);
    }
    updateButtons();
}

QString SshWizard::previewToolTip() const
{
    return tr("Checks on the host that you can still log in, and shows exactly what would change. Changes nothing.");
}

bool SshWizard::canPreview() const
{
    const Plan::SshChoice chosen = choice();
    const bool something =
        !chosen.settings.isEmpty() || chosen.crypto != Plan::SshChoice::Crypto::Keep || chosen.replaceLegacy;
    return m_state.has_value() && something;
}

bool SshWizard::canApplyNow() const
{
    return m_planShown && !m_loader->isPlanning() && panel()->canApply();
}

QString SshWizard::applyText(int changes) const
{
    return m_planShown && changes > 0 ? tr("&Apply Changes") : tr("&Apply");
}

void SshWizard::updateExtraButtons(Page page)
{
    if (m_verdict)
        m_verdict->setVisible(!m_verdictText.isEmpty() && page == PreviewPage);
    m_recommended->setEnabled(m_state.has_value());
}

void SshWizard::cancelPreviewWork()
{
    m_loader->cancelPlan();
}

void SshWizard::previewLeft()
{
    m_planShown = false;
}

} // namespace Bulwark::Ui
