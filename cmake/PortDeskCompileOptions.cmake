# SPDX-License-Identifier: Apache-2.0
# Strict Qt defines and warnings in one INTERFACE target that every PortDesk
# target links, so the rules are the same everywhere.
add_library(portdesk_compile_options INTERFACE)
target_compile_definitions(portdesk_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_STRICT_ITERATORS
    PORTDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(portdesk_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference
    $<$<BOOL:${PORTDESK_WERROR}>:-Werror>)

# Hardening, as Debian builds its own packages (lintian checks the binaries
# of the package for it): stack protector, fortified libc calls where the
# compiler optimizes, and read-only relocations bound at start.
target_compile_options(portdesk_compile_options INTERFACE
    -fstack-protector-strong
    $<$<AND:$<NOT:$<CONFIG:Debug>>,$<NOT:$<BOOL:${PORTDESK_SANITIZE}>>>:-D_FORTIFY_SOURCE=2>)
target_link_options(portdesk_compile_options INTERFACE -Wl,-z,relro -Wl,-z,now)

# AddressSanitizer and UndefinedBehaviorSanitizer (the "asan" preset): every
# target, the tests included, so that a memory error that does not crash
# still fails the suite. Undefined behaviour aborts instead of going on.
if(PORTDESK_SANITIZE)
    set(portdesk_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_compile_options(portdesk_compile_options INTERFACE ${portdesk_sanitizers})
    target_link_options(portdesk_compile_options INTERFACE ${portdesk_sanitizers})
endif()
# libFuzzer (clang only, tools/fuzz.sh): the libraries are instrumented for
# coverage; the fuzz targets under tests/fuzz link the fuzzer's main.
if(PORTDESK_FUZZ)
    target_compile_options(portdesk_compile_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
