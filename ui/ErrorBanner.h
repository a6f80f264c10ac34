// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Error.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Bulwark::Ui {

// An inline message with a coloured edge: Error::message() in plain words, and Error::detail() (library or
// server text) behind a "Details" expander. Hidden while empty.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Severity
    {
        Information, // e.g. "the key was not trusted; nothing was recorded"
        Warning,     // the user can fix it (wrong password, host down)
        Critical,    // must not be overridden (host key changed or revoked)
    };

    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const Error &error, Severity severity);
    void showMessage(const QString &message, const QString &detail, Severity severity);
    void clear();

    QString message() const;
    QString detail() const;
    Severity severity() const { return m_severity; }
    bool isDetailVisible() const;

private:
    void applySeverity();

    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QLabel *m_detail = nullptr;
    Severity m_severity = Severity::Warning;
};

} // namespace Bulwark::Ui
