// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/journal/JournalPage.h"

#include "core/apply/Applier.h"
#include "core/apply/ApplyReport.h"
#include "core/apply/Journal.h"
#include "ui/ErrorBanner.h"
#include "ui/Format.h"
#include "ui/FutureWatch.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/Palette.h"
#include "ui/Theme.h"
#include "ui/diff/DiffPalette.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/RollbackDialog.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Bulwark::Ui {

using Apply::TransactionRecord;

namespace {

struct Loaded
{
    QList<TransactionRecord> transactions;
    Error error;
};

struct Verified
{
    bool intact = false;
    qsizetype entries = 0;
    QString lastHash;
    Error error;
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px;\">%1</h3>").arg(esc(text));
}

// A journaled unified diff, coloured as the diff views colour it.
QString diffHtml(const QString &diff, const QPalette &palette)
{
    const QString added = DiffPalette::addedBackground(palette).name();
    const QString removed = DiffPalette::removedBackground(palette).name();
    const QString gutter = DiffPalette::gutterBackground(palette).name();
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" style=\"font-family:'%1';\">")
            .arg(esc(Theme::monospaceFont().family()));
    const QStringList lines = diff.split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        QString background;
        if (line.startsWith(QStringLiteral("+++")) || line.startsWith(QStringLiteral("---")) ||
            line.startsWith(QStringLiteral("@@")))
            background = gutter;
        else if (line.startsWith(u'+'))
            background = added;
        else if (line.startsWith(u'-'))
            background = removed;
        html +=
            background.isEmpty()
                ? QStringLiteral("<tr><td><pre style=\"margin:0;\">%1</pre></td></tr>").arg(esc(line))
                : QStringLiteral("<tr><td style=\"background-color:%1;\"><pre style=\"margin:0;\">%2</pre></td></tr>")
                      .arg(background, esc(line));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

JournalPage::JournalPage(MainWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_journalPath(window->journalPath())
    , m_model(new JournalModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("journalPage"));
    setWindowTitle(tr("Change Journal"));
    resize(1100, 720);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(JournalModel::HostRole);
    m_proxy->setFilterKeyColumn(JournalModel::HostColumn);

    auto *title = new QLabel(tr("Every change Bulwark made to your servers"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    auto *where = new QLabel(tr("Journal: %1").arg(QDir::toNativeSeparators(m_journalPath)), this);
    where->setObjectName(QStringLiteral("journalPathLabel"));
    where->setForegroundRole(QPalette::PlaceholderText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_hostFilter = new QComboBox(this);
    m_hostFilter->setObjectName(QStringLiteral("journalHostFilter"));
    m_hostFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_hostFilter, &QComboBox::currentIndexChanged, this,
            [this] { setHostFilter(m_hostFilter->currentData().toString()); });
    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setObjectName(QStringLiteral("reloadJournalButton"));
    connect(m_reload, &QPushButton::clicked, this, &JournalPage::reload);
    m_verify = new QPushButton(tr("&Verify Journal"), this);
    m_verify->setObjectName(QStringLiteral("verifyJournalButton"));
    m_verify->setToolTip(tr("Recomputes every entry's hash and the chain that links them, and names the first entry "
                            "that was changed, removed or reordered"));
    connect(m_verify, &QPushButton::clicked, this, &JournalPage::verify);
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("journalVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("journalBanner"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::StatusColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalPage::showCurrent);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("journalDetails"));
    m_details->setOpenLinks(false);
    m_details->document()->setDocumentMargin(12);
    m_rollBack = new QPushButton(tr("&Roll Back…"), this);
    m_rollBack->setObjectName(QStringLiteral("rollbackButton"));
    connect(m_rollBack, &QPushButton::clicked, this, &JournalPage::rollBackCurrent);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Host:"), this));
    top->addWidget(m_hostFilter);
    top->addStretch(1);
    top->addWidget(m_reload);
    top->addWidget(m_verify);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_rollBack);
    detailsLayout->addLayout(detailButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("journalSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setSizes({260, 420});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addLayout(top);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    if (window) {
        connect(window->hostModel(), &QAbstractItemModel::dataChanged, this, &JournalPage::updateRollback);
        connect(window->hostModel(), &QAbstractItemModel::modelReset, this, &JournalPage::updateRollback);
    }
    m_verifyResult->setVisible(false);
    showCurrent();
}

JournalPage::~JournalPage() = default;

RollbackDialog *JournalPage::rollbackDialog() const
{
    return m_rollback;
}

void JournalPage::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_reload->setEnabled(false);
    const auto reading = QtConcurrent::run([path = m_journalPath] {
        Loaded loaded;
        const auto entries = Apply::Journal(path).entries();
        if (entries)
            loaded.transactions = Apply::TransactionLog::read(*entries);
        else
            loaded.error = entries.error();
        return loaded;
    });
    onFinished(this, reading, [this, generation](const Loaded &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_reload->setEnabled(true);
        const QString selected = current() ? current()->id : QString();
        if (result.error.isError())
            m_banner->showError(Error(result.error.code(),
                                      tr("The journal could not be read: %1").arg(result.error.message()),
                                      result.error.detail()),
                                ErrorBanner::Severity::Warning);
        else
            m_banner->clear();
        m_model->setTransactions(result.transactions);

        const QString filter = m_hostFilter->currentData().toString();
        const QSignalBlocker blocker(m_hostFilter);
        m_hostFilter->clear();
        m_hostFilter->addItem(tr("All hosts"), QString());
        for (const QString &host : m_model->hosts())
            m_hostFilter->addItem(host, host);
        m_hostFilter->setCurrentIndex(qMax(0, m_hostFilter->findData(filter)));
        setHostFilter(m_hostFilter->currentData().toString());

        int row = 0;
        for (int i = 0; i < m_proxy->rowCount(); ++i) {
            if (m_proxy->index(i, 0).data(JournalModel::TransactionIdRole).toString() == selected)
                row = i;
        }
        if (m_proxy->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        showCurrent();
        Q_EMIT loaded();
    });
}

void JournalPage::setHostFilter(const QString &host)
{
    m_proxy->setFilterRegularExpression(host.isEmpty() ? QString()
                                                       : QStringLiteral("^%1$").arg(QRegularExpression::escape(host)));
    if (m_hostFilter->currentData().toString() != host) {
        const QSignalBlocker blocker(m_hostFilter);
        m_hostFilter->setCurrentIndex(qMax(0, m_hostFilter->findData(host)));
    }
    if (!m_table->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrent();
}

void JournalPage::verify()
{
    m_verify->setEnabled(false);
    m_verifyResult->setVisible(true);
    m_verifyResult->setText(tr("Checking every entry of the journal…"));
    const auto verifying = QtConcurrent::run([path = m_journalPath] {
        const Apply::Journal journal(path);
        Verified verified;
        const Result<void> checked = journal.verify();
        if (!checked) {
            verified.error = checked.error();
            return verified;
        }
        const auto entries = journal.entries();
        if (!entries) {
            verified.error = entries.error();
            return verified;
        }
        verified.intact = true;
        verified.entries = entries->size();
        verified.lastHash = entries->isEmpty() ? QString() : entries->constLast().hash();
        return verified;
    });
    onFinished(this, verifying, [this](const Verified &outcome) {
        m_verify->setEnabled(true);
        QPalette palette = m_verifyResult->palette();
        if (outcome.intact) {
            m_verifyResult->setText(outcome.entries == 0
                                        ? tr("Journal intact: it is empty.")
                                        : tr("Journal intact: %n entries, last hash %1", nullptr, int(outcome.entries))
                                              .arg(outcome.lastHash));
            palette.setColor(QPalette::WindowText, Palette::statusColor(Rules::Finding::Status::Pass));
        } else {
            m_verifyResult->setText(
                tr("Journal damaged: %1").arg(outcome.error.message()) +
                (outcome.error.detail().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(outcome.error.detail())));
            palette.setColor(QPalette::WindowText, Palette::statusColor(Rules::Finding::Status::Fail));
        }
        m_verifyResult->setPalette(palette);
        Q_EMIT verified(outcome.intact);
    });
}

QString JournalPage::verifyText() const
{
    return m_verifyResult->text();
}

QString JournalPage::detailsText() const
{
    return m_details->toPlainText();
}

const TransactionRecord *JournalPage::current() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? m_model->transaction(m_proxy->mapToSource(index)) : nullptr;
}

QUuid JournalPage::hostFor(const QString &host) const
{
    if (!m_window)
        return {};
    const HostListModel *hosts = m_window->hostModel();
    for (const QUuid &id : hosts->hostIds()) {
        const Host &candidate = hosts->host(id);
        if (candidate.dialledName() == host)
            return id;
    }
    for (const QUuid &id : hosts->hostIds()) {
        if (hosts->host(id).displayName() == host)
            return id;
    }
    return {};
}

void JournalPage::showCurrent()
{
    const TransactionRecord *record = current();
    if (!record) {
        m_details->setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>")
                               .arg(Palette::neutral().name(),
                                    esc(m_model->rowCount() == 0 ? tr("Bulwark has not changed anything yet.")
                                                                 : tr("Select a transaction to see what it did."))));
        updateRollback();
        return;
    }
    QString html;
    html += QStringLiteral("<h2 style=\"margin-top:0;\">%1</h2>").arg(esc(record->statusLine()));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 on %2 by %3 · transaction %4")
                             .arg(Format::dateTime(record->started), record->host, record->operatorName, record->id)));
    if (!record->error.isEmpty())
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                    .arg(Palette::statusColor(Rules::Finding::Status::Fail).name(), esc(record->error));

    html += heading(tr("Changes"));
    const auto plan = Plan::ChangePlan::fromJson(record->plan);
    const QStringList lines = plan ? plan->summary() : record->changeTitles();
    html += QStringLiteral("<ol style=\"margin-top:0;\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    html += QStringLiteral("</ol>");

    for (const QJsonValue &value : record->files) {
        const QJsonObject file = value.toObject();
        html += heading(tr("File %1").arg(file.value(QStringLiteral("path")).toString()));
        const QString diff = file.value(QStringLiteral("diff")).toString();
        html += diff.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No difference was journaled.")))
                               : diffHtml(diff, palette());
    }

    html += heading(tr("Events"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const Apply::JournalEntry &entry : record->entries) {
        const QJsonObject payload = entry.payload();
        QStringList what;
        const int index = payload.value(QStringLiteral("index")).toInt(-1);
        if (index >= 0)
            what.append(tr("change %1").arg(index + 1));
        const QString phase = payload.value(QStringLiteral("phase")).toString();
        if (!phase.isEmpty())
            what.append(phase);
        const QString message =
            payload.value(QStringLiteral("error")).toString() + payload.value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            what.append(message);
        html += QStringLiteral("<tr><td style=\"color:%1;\">%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(Palette::neutral().name(),
                         esc(entry.timestamp().toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))),
                         esc(entry.kind()), esc(what.join(QStringLiteral(" · "))));
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    updateRollback();
}

void JournalPage::updateRollback()
{
    const TransactionRecord *record = current();
    QString why;
    if (!record) {
        why = tr("Select a transaction");
    } else if (record->outcome != Apply::outcomeKey(Apply::ApplyReport::Outcome::Applied) &&
               record->outcome != Apply::outcomeKey(Apply::ApplyReport::Outcome::Recovered) &&
               record->recoveredState.isEmpty()) {
        why = record->outcome == Apply::outcomeKey(Apply::ApplyReport::Outcome::Refused)
                  ? tr("Nothing was changed, so there is nothing to roll back")
              : record->outcome == Apply::outcomeKey(Apply::ApplyReport::Outcome::RolledBack)
                  ? tr("This transaction was undone already")
              : record->isFinished() ? tr("This transaction cannot be rolled back from here")
                                     : tr("The transaction did not finish: check the host state first");
    } else {
        const QUuid id = hostFor(record->host);
        if (id.isNull())
            why = tr("%1 is not in the host list").arg(record->host);
        else if (!m_window->hostModel()->connection(id) ||
                 m_window->hostModel()->status(id) != HostListModel::Status::Connected)
            why = tr("Connect to %1 first").arg(m_window->hostModel()->host(id).displayName());
    }
    m_rollBack->setEnabled(why.isEmpty());
    m_rollBack->setToolTip(why.isEmpty() ? tr("Shows the changes that undo this transaction; nothing happens until "
                                              "you confirm")
                                         : why);
}

void JournalPage::rollBackCurrent()
{
    const TransactionRecord *record = current();
    if (!record || !m_rollBack->isEnabled() || !m_window)
        return;
    const QUuid hostId = hostFor(record->host);
    const QString transactionId = record->id;
    m_rollBack->setEnabled(false);
    const QString backupRoot = m_window->applyOptions(hostId).localBackupRoot;
    const auto planning = QtConcurrent::run([path = m_journalPath, transactionId, backupRoot] {
        return Apply::Applier::rollbackPlan(Apply::Journal(path), transactionId, backupRoot);
    });
    onFinished(this, planning, [this, hostId, transactionId](const Result<Plan::ChangePlan> &plan) {
        updateRollback();
        if (!m_window || !m_window->hostModel()->contains(hostId))
            return;
        if (!plan) {
            m_banner->showError(Error(plan.error().code(),
                                      tr("The rollback could not be planned: %1").arg(plan.error().message()),
                                      plan.error().detail()),
                                ErrorBanner::Severity::Warning);
            return;
        }
        if (m_rollback)
            m_rollback->close();
        auto *dialog = new RollbackDialog(m_window, hostId, transactionId, *plan, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RollbackDialog::finished, this, [this] { reload(); });
        m_rollback = dialog;
        dialog->open();
    });
}

} // namespace Bulwark::Ui
