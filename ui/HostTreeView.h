// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTreeView>

namespace Bulwark::Ui {

// A flat tree view for the host list that says so when the list is empty, instead of showing a blank box.
class HostTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit HostTreeView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace Bulwark::Ui
