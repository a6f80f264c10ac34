// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/Rule.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Bulwark::Ui {

// One finding explained: the check's title with its status and severity as words on coloured badges, what the scan
// found (the evidence, monospace), why it matters for patient data, how to fix it, what may change when it is fixed,
// and the references (HIPAA, NHS DSPT, Cyber Essentials, CIS). A "Fix with…" button names the rule's wizard and
// asks for it (fixRequested()); wizards that do not exist yet leave it disabled and say so.
class FindingDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingDetailsView(QWidget *parent = nullptr);

    // `rule` is absent when the catalog no longer has the finding's rule.
    void setFinding(const Rules::Finding &finding, const std::optional<Rules::Rule> &rule);
    // Nothing selected: says why (`message`).
    void clear(const QString &message);

    // The text shown, for tests and copying.
    QString plainText() const;
    QString html() const;

    // "Services", "Sudo rules", ...; empty for Wizard::None.
    static QString wizardName(Rules::Wizard wizard);
    // The wizards the console has; the button is enabled for these.
    static bool hasWizard(Rules::Wizard wizard);

Q_SIGNALS:
    // "Fix with…" was pressed for the failed check `ruleId`.
    void fixRequested(Bulwark::Rules::Wizard wizard, const QString &ruleId);

private:
    QTextBrowser *m_browser = nullptr;
    QWidget *m_actions = nullptr;
    QPushButton *m_fixWith = nullptr;
    QLabel *m_fixNote = nullptr;
    Rules::Wizard m_wizard = Rules::Wizard::None;
    QString m_ruleId;
};

} // namespace Bulwark::Ui
