# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of ui/wizards and ui/journal (paths relative to ui/, included from ui/CMakeLists.txt).
target_sources(bulwark_ui PRIVATE
    journal/JournalModel.cpp
    journal/JournalModel.h
    journal/JournalPage.cpp
    journal/JournalPage.h
    journal/RollbackDialog.cpp
    journal/RollbackDialog.h
    wizards/ApplyJob.cpp
    wizards/ApplyJob.h
    wizards/ApplyProgressView.cpp
    wizards/ApplyProgressView.h
    wizards/PlanWizard.cpp
    wizards/PlanWizard.h
    wizards/ServicesFilterModel.cpp
    wizards/ServicesFilterModel.h
    wizards/ChoiceRows.h
    wizards/ServicesModel.cpp
    wizards/ServicesModel.h
    wizards/ServicesWizard.cpp
    wizards/ServicesWizard.h
)

# Sources of ui/sudoers: the sudoers editor and wizard.
target_sources(bulwark_ui PRIVATE
    sudoers/HostConnectionGate.cpp
    sudoers/HostConnectionGate.h
    sudoers/PlanApplyPanel.cpp
    sudoers/PlanApplyPanel.h
    sudoers/SudoersEditor.cpp
    sudoers/SudoersEditor.h
    sudoers/SudoersFilesModel.cpp
    sudoers/SudoersFilesModel.h
    sudoers/SudoersGutter.cpp
    sudoers/SudoersGutter.h
    sudoers/SudoersHighlighter.cpp
    sudoers/SudoersHighlighter.h
    sudoers/SudoersLintModel.cpp
    sudoers/SudoersLintModel.h
    sudoers/SudoersRulesModel.cpp
    sudoers/SudoersRulesModel.h
    sudoers/SudoersSnapshotLoader.cpp
    sudoers/SudoersSnapshotLoader.h
    sudoers/SudoersTextEdit.cpp
    sudoers/SudoersTextEdit.h
    sudoers/SudoersWizard.cpp
    sudoers/SudoersWizard.h
)
