// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace Bulwark::Ui {

// A white panel with a thin outline, a title and an optional one-line explanation: the unit the dashboard is built
// from. Content goes into body().
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace Bulwark::Ui
