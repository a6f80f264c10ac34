// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/FormHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Bulwark::Ui::FormHelpers {

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString stepsText(const QStringList &names, int current)
{
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).toHtmlEscaped();
        parts.append(i == current ? QStringLiteral("<b>%1</b>").arg(name)
                                  : QStringLiteral("<span style=\"color:#7a8591;\">%1</span>").arg(name));
    }
    return parts.join(QStringLiteral("&nbsp;&nbsp;›&nbsp;&nbsp;"));
}

QString expandHome(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

IdentityRow identityRow(const QString &text, const QString &placeholder, QWidget *parent)
{
    IdentityRow row;
    row.edit = new QLineEdit(text, parent);
    row.edit->setObjectName(QStringLiteral("identityEdit"));
    row.edit->setPlaceholderText(placeholder);
    row.browse = new QPushButton(QCoreApplication::translate("Bulwark::Ui::FormHelpers", "Browse…"), parent);
    row.browse->setObjectName(QStringLiteral("browseIdentityButton"));
    row.browse->setAutoDefault(false);
    row.layout = new QHBoxLayout;
    row.layout->setSpacing(8);
    row.layout->addWidget(row.edit, 1);
    row.layout->addWidget(row.browse);
    QLineEdit *edit = row.edit;
    QObject::connect(row.browse, &QPushButton::clicked, edit, [edit] {
        auto *dialog = new QFileDialog(edit->window(),
                                       QCoreApplication::translate("Bulwark::Ui::FormHelpers", "Choose a private key"),
                                       QDir::homePath() + QStringLiteral("/.ssh"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setFilter(QDir::Files | QDir::Hidden);
        QObject::connect(dialog, &QFileDialog::fileSelected, edit,
                         [edit](const QString &file) { edit->setText(file); });
        dialog->open(); // no nested event loop
    });
    return row;
}

} // namespace Bulwark::Ui::FormHelpers
