// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>

// Each fuzz target defines libFuzzer's entry point. Built twice: with clang's
// libFuzzer (tools/fuzz.sh, PORTDESK_FUZZ=ON) to search for inputs that
// break it, and with ReplayMain.cpp as a plain test that runs every input
// kept under tests/fuzz/corpus (the crashes found, fixed, and kept).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// An invariant broken: abort, so that both the fuzzer and the replay see it.
#define FUZZ_CHECK(condition)                                                                    \
    do {                                                                                         \
        if (!(condition))                                                                        \
            __builtin_trap();                                                                    \
    } while (false)
