// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RuleCatalog.h"
#include "core/scan/ScanRecord.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Bulwark::Ui {

class FindingDetailsView;
class FindingsFilterModel;
class FindingsModel;

// Every check of the latest scan in a table (FindingsModel behind a FindingsFilterModel), failed checks first and
// most severe on top; filters by status, severity and area and a search over title, rule id and evidence; the
// selected check explained below (FindingDetailsView).
class FindingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPage(QWidget *parent = nullptr);
    ~FindingsPage() override;

    // The scan to show; keeps the filters, selects the same rule again if it is still listed.
    void setScan(std::shared_ptr<const Scan::ScanRecord> record, std::shared_ptr<const Rules::RuleCatalog> catalog);
    // No scan: says so.
    void clear();

    // Shows failed checks of one severity (nullopt: all failed checks), as the dashboard's bars ask.
    void showFailed(std::optional<Rules::Severity> severity);
    // Selects the row of a rule if it is listed; returns whether it is.
    bool selectRule(const QString &ruleId);

    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FindingDetailsView *details() const { return m_details; }

private:
    void updateStatusChoices();
    void updateCount();
    void showCurrent();
    void selectFirstIfNone();

    std::shared_ptr<const Scan::ScanRecord> m_record;
    FindingsModel *m_model = nullptr;
    FindingsFilterModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    FindingDetailsView *m_details = nullptr;
};

} // namespace Bulwark::Ui
