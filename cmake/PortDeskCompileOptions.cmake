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
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
target_link_options(portdesk_compile_options INTERFACE -Wl,-z,relro -Wl,-z,now)
