// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Bulwark::Ui {

// What the details pane shows while there is no host: what to do next, and what Bulwark will and will not do.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void addHostRequested();
};

} // namespace Bulwark::Ui
