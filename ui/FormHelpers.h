// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// Small pieces shared by the host dialogs and the wizards.
namespace Bulwark::Ui::FormHelpers {

// A page's title in the wizards: bold, a little larger than the text, wrapped.
QLabel *pageTitle(const QString &text, QWidget *parent);
// A wrapped, muted explanation under a form field or at the top of a dialog.
QLabel *hintLabel(const QString &text, QWidget *parent);
// The step line at the top of the wizards, "Choose › Preview › Apply › Result", with `current` in bold and the
// others muted (rich text for a QLabel).
QString stepsText(const QStringList &names, int current);
// "~" and "~/..." as the user's home, the way ssh reads identity file paths.
QString expandHome(const QString &path);

// The identity file row of the host dialogs: a line edit ("identityEdit") and a Browse… button
// ("browseIdentityButton") that opens a file dialog in ~/.ssh without a nested event loop.
struct IdentityRow
{
    QHBoxLayout *layout = nullptr;
    QLineEdit *edit = nullptr;
    QPushButton *browse = nullptr;
};
IdentityRow identityRow(const QString &text, const QString &placeholder, QWidget *parent);

} // namespace Bulwark::Ui::FormHelpers
