# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of ui/diff (paths relative to ui/, included from ui/CMakeLists.txt).
target_sources(bulwark_ui PRIVATE
    diff/DiffDisplay.cpp
    diff/DiffDisplay.h
    diff/DiffLineDelegate.cpp
    diff/DiffLineDelegate.h
    diff/DiffLineModel.cpp
    diff/DiffLineModel.h
    diff/DiffPalette.cpp
    diff/DiffPalette.h
    diff/DiffView.cpp
    diff/DiffView.h
    diff/FlowLayout.cpp
    diff/FlowLayout.h
    diff/LineHighlighter.h
    diff/PlanChangesModel.cpp
    diff/PlanChangesModel.h
    diff/PlanPreview.cpp
    diff/PlanPreview.h
    diff/SyntaxRules.cpp
    diff/SyntaxRules.h
)

# Syntax highlighting: KF6 SyntaxHighlighting when the top level found it (it reports the feature), the built-in
# rules otherwise. Exactly one LineHighlighter implementation is compiled; callers never know which.
if(NOT DEFINED KF6SyntaxHighlighting_FOUND)
    find_package(KF6SyntaxHighlighting QUIET)
endif()
if(KF6SyntaxHighlighting_FOUND)
    target_sources(bulwark_ui PRIVATE diff/LineHighlighterKF6.cpp)
    target_link_libraries(bulwark_ui PRIVATE KF6::SyntaxHighlighting)
else()
    target_sources(bulwark_ui PRIVATE diff/LineHighlighterBuiltin.cpp)
endif()
