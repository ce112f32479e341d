#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Every source, header, CMake file and script of the project names its
# licence in an SPDX line near its top (the package's copyright file and
# LICENSE say which): fails on each file without one.
#   spdx_test.sh SOURCE_DIR
set -u
cd "$1" || exit 1
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    files=$(git ls-files)
else
    files=$(find . -type f -not -path './build*' | sed 's|^\./||')
fi
missing=0
checked=0
while IFS= read -r f; do
    case $f in
        *.cpp | *.h | *.cmake | */CMakeLists.txt | CMakeLists.txt | *.sh | tools/* | .ci/run) ;;
        *) continue ;;
    esac
    [[ -f $f ]] || continue
    checked=$((checked + 1))
    if ! head -n 5 "$f" | grep -q 'SPDX-License-Identifier: Apache-2.0'; then
        echo "no SPDX-License-Identifier line: $f"
        missing=$((missing + 1))
    fi
done <<< "$files"
echo "files checked: $checked, without an SPDX line: $missing"
[[ $checked -gt 100 && $missing == 0 ]]
