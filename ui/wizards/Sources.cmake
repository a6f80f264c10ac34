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
    wizards/ServicesFilterModel.cpp
    wizards/ServicesFilterModel.h
    wizards/ServicesModel.cpp
    wizards/ServicesModel.h
    wizards/ServicesWizard.cpp
    wizards/ServicesWizard.h
)
