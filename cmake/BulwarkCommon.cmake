# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# One INTERFACE target carries the language level, warnings and Qt defines for every Bulwark target.
# Nothing is set through global CMAKE_CXX_FLAGS or include_directories().
add_library(bulwark_common INTERFACE)
add_library(Bulwark::Common ALIAS bulwark_common)
target_compile_features(bulwark_common INTERFACE cxx_std_20)
target_include_directories(bulwark_common INTERFACE "${PROJECT_SOURCE_DIR}")
target_compile_definitions(bulwark_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_STRICT_ITERATORS)
target_compile_options(bulwark_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    # Not used: -Wnull-dereference, which GCC 12 raises at -O2 on QPointer and QFuture continuation code after
    # explicit null checks. GCC 12 also reports std::optional members as "maybe uninitialized" at -O2 where they
    # are not (GCC bug 80635). With -Werror in CI, either would fail optimised builds only, on correct code.
    $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>
    $<$<BOOL:${BULWARK_WERROR}>:-Werror>)

# Refuse at configure time a core library that reaches Qt Gui or Widgets. The linker then has no way to
# resolve a widget symbol from core, and this check names the offending dependency early.
function(bulwark_forbid_gui target)
    get_target_property(_libs ${target} LINK_LIBRARIES)
    foreach(_lib IN LISTS _libs)
        if(_lib MATCHES "Qt6?::(Gui|Widgets|Charts|OpenGL|Quick)")
            message(FATAL_ERROR "${target} must not link ${_lib}: core stays free of Gui and Widgets")
        endif()
    endforeach()
endfunction()

target_compile_definitions(bulwark_common INTERFACE BULWARK_VERSION="${PROJECT_VERSION}")

# One QtTest executable per class under test: bulwark_add_test(NAME SOURCES ... LIBRARIES ... LABELS ...
#                                                              [FIXTURES ...] [TIMEOUT s] [ENVIRONMENT ...])
function(bulwark_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;BULWARK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;${ARG_ENVIRONMENT}")
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
