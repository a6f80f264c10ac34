// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/TransactionLog.h"
#include "core/util/Error.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Bulwark::Ui {

class ErrorBanner;
class JournalModel;
class MainWindow;
class RollbackDialog;

// The change journal: every transaction Bulwark ran on any host, newest first (TransactionLog over the journal's
// entries), filtered by host. The selected one is explained below: its plan, each file's diff as journaled, and its
// events. "Verify Journal" recomputes the hash chain (Journal::verify); "Roll Back…" previews the transaction's
// inverse (Applier::rollbackPlan) in a RollbackDialog. Reading and verifying run off the GUI thread.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    JournalPage(MainWindow *window, QWidget *parent = nullptr);
    ~JournalPage() override;

    JournalModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString detailsText() const;
    QString verifyText() const;
    RollbackDialog *rollbackDialog() const;
    bool isLoading() const { return m_loading; }

    // The console's host that journal host name `host` ("user@host:port") means, or a null id.
    QUuid hostFor(const QString &host) const;

public Q_SLOTS:
    // Reads the journal again; loaded() follows.
    void reload();
    void verify();
    void rollBackCurrent();
    void setHostFilter(const QString &host);

Q_SIGNALS:
    void loaded();
    void verified(bool intact);

private:
    void showCurrent();
    void updateRollback();
    const Apply::TransactionRecord *current() const;

    QPointer<MainWindow> m_window;
    QString m_journalPath;
    quint64 m_generation = 0;
    bool m_loading = false;

    JournalModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_hostFilter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_verifyResult = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_rollBack = nullptr;
    QPushButton *m_reload = nullptr;
    QPointer<RollbackDialog> m_rollback;
};

} // namespace Bulwark::Ui
