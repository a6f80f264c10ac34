# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/sudoers (paths relative to core/, included from core/CMakeLists.txt).
set(_bulwark_sudoers_sources
    sudoers/AliasCheck.cpp
    sudoers/AliasCheck.h
    sudoers/CmndSpec.h
    sudoers/DefaultsEntry.h
    sudoers/DefaultsTable.cpp
    sudoers/DefaultsTable.h
    sudoers/Diagnostic.h
    sudoers/LintFinding.h
    sudoers/SudoersLinter.cpp
    sudoers/SudoersLinter.h
    sudoers/Member.h
    sudoers/Statement.h
    sudoers/StatementParser.cpp
    sudoers/StatementParser.h
    sudoers/SudoersFile.cpp
    sudoers/SudoersFile.h
    sudoers/SudoersTree.cpp
    sudoers/SudoersTree.h
)
target_sources(bulwark_core PRIVATE ${_bulwark_sudoers_sources})
# The fuzz build (tests/fuzz) compiles the same sources with sanitizers.
list(TRANSFORM _bulwark_sudoers_sources PREPEND "${CMAKE_CURRENT_LIST_DIR}/../")
set_property(GLOBAL PROPERTY BULWARK_SUDOERS_SOURCES ${_bulwark_sudoers_sources})
