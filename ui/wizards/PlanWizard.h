// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/ApplyReport.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QUuid>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Bulwark::Ui {

class MainWindow;
class PlanApplyPanel;

// The frame the console's plan wizards share: the step line ("wizardSteps"), the pages ("wizardPages": the
// wizard's own choose page, then a PlanApplyPanel for Preview, Apply and Result) and the buttons Back, Preview,
// Apply and Close/Cancel ("backButton", "previewButton", "applyButton", "closeButton") with their states. A wizard
// builds its choose page, calls setUpFrame() from its constructor and fills in the hooks: whether Preview can be
// pressed (canPreview()), what it does (startPreview()), the step names, its own buttons (updateExtraButtons()).
// Back leaves the preview (or an apply that changed nothing for good) for the choose page; Close never closes the
// dialog while a transaction runs: it ends applied or rolled back, never abandoned.
// Lives on the GUI thread and never waits on it.
class PlanWizard : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        ChoosePage,
        PreviewPage,
        ApplyPage,
        ResultPage
    };

    ~PlanWizard() override;

    QUuid hostId() const { return m_hostId; }
    Page currentPage() const;
    bool isApplying() const;
    // The Preview, Apply and Result pages (null until created: createPanel(), setUpFrame()).
    PlanApplyPanel *panel() const { return m_panel; }

public Q_SLOTS:
    // From the choose page to the preview: startPreview().
    void showPreview();
    void applyChanges();
    void goBack();
    void reject() override;

Q_SIGNALS:
    // The preview is ready (or refused: the panel's banner says why).
    void previewUpdated();
    void applyFinished(const Bulwark::Apply::ApplyReport &report);
    // The rescan after applying finished (or failed); the result page shows it.
    void resultReady();

protected:
    PlanWizard(MainWindow *window, const QUuid &hostId, QWidget *parent);

    // Creates the panel (once; setUpFrame() does it when the wizard has not). Widgets take the keyboard focus in the
    // order they are made, so a wizard makes its panel where its steps come in the tab order.
    PlanApplyPanel *createPanel();
    // Lays out the step line, the pages (`choosePage`, then `planPage`, which holds the panel: the panel itself
    // when null) and the buttons. Called once from the wizard's constructor, after its choose page is built.
    void setUpFrame(QWidget *choosePage, QWidget *planPage = nullptr);
    // The row of buttons: Back, a stretch, Preview, Apply, Close; a wizard may insert its own.
    QHBoxLayout *buttonRow() const { return m_buttonRow; }
    QPushButton *closeButton() const { return m_close; }
    void showChoosePage();
    void showPlanPage();
    // Sets the steps and every button to the page and the panel's state (and updateExtraButtons()).
    void updateButtons();

    // The names in the step line, one a page.
    virtual QStringList stepNames() const;
    virtual QString previewToolTip() const;
    // Preview can be pressed now.
    virtual bool canPreview() const = 0;
    // Preview pressed (or showPreview() called): checks its own preconditions, then plans and shows the panel.
    virtual void startPreview() = 0;
    // The prepared plan may be applied now (Apply enabled; applyChanges() does nothing otherwise).
    virtual bool canApplyNow() const;
    // The Apply button's text for a plan of `changes` changes (in the wizard's own words, as translated for it).
    virtual QString applyText(int changes) const = 0;
    // Back also after an apply that ended without changing anything for good, and Close held while any host work
    // of the apply runs (connecting too). When false: Back only from a preview that is not being prepared, and
    // Close held only while a transaction runs.
    virtual bool canReturnAfterApply() const { return true; }
    // The wizard's own buttons and widgets that follow the page; called first by updateButtons().
    virtual void updateExtraButtons(Page page) { Q_UNUSED(page) }
    // Stops the wizard's own preview work (Back or Close); the panel's prepare is stopped by the frame.
    virtual void cancelPreviewWork() {}
    // Back to the choose page: forgets what the wizard knows of the preview left.
    virtual void previewLeft() {}

    QPointer<MainWindow> m_window;
    QUuid m_hostId;
    QString m_hostName;

private:
    PlanApplyPanel *m_panel = nullptr;
    QLabel *m_steps = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Bulwark::Ui
