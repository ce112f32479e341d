#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The bash completion of portdesk-cli against the program's own help: every
# command, every sub-command, every option a command's help names, and
# every event of case advance must be offered. Fails on any one missing, so
# the completion cannot drift from the CLI.
#   completion_test.sh COMPLETION_FILE PORTDESK_CLI
set -u
completion=$1
cli=$2
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
source /usr/share/bash-completion/bash_completion || exit 1
source "$completion" || exit 1

failures=0
# complete LINE: what the completion offers for the last word of LINE.
complete_line() {
    local line=$1
    read -r -a COMP_WORDS <<< "$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _portdesk_cli portdesk-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() { # expect LINE WORD...: each WORD is offered for LINE
    local line=$1; shift
    local offered
    offered=$(complete_line "$line")
    for word in "$@"; do
        if ! grep -qxF -- "$word" <<< "$offered"; then
            echo "FAIL: '$line' does not offer '$word' (offers: $(tr '\n' ' ' <<< "$offered"))"
            failures=$((failures + 1))
        fi
    done
}

help=$("$cli" --help 2>/dev/null)
commands=$(sed -n '/^Commands:/,/^$/p' <<< "$help" | awk 'NR > 1 && /^  [a-z]/ {print $1}' | sort -u)
[[ -n $commands ]] || { echo "FAIL: no commands in portdesk-cli --help"; exit 1; }
expect "portdesk-cli " $commands
expect "portdesk-cli --json " $commands
expect "portdesk-cli --db store.sqlite " $commands
expect "portdesk-cli --" --db --read-only --now --json --help --version
checked=0
for command in $commands; do
    group_help=$("$cli" $command --help 2>/dev/null)
    subs=$(grep -oE "portdesk-cli (\[[^]]*\] )*$command [a-z-]+" <<< "$group_help" \
        | awk '{print $NF}' | sort -u)
    # "loa files ID | attach ID FILE | delete-file ...": the others on the line
    if [[ $command == loa ]]; then
        subs="$subs $(grep -oE '\| (restore-file|attach|delete-file)' <<< "$group_help" | awk '{print $2}')"
    fi
    [[ -n ${subs// /} ]] && expect "portdesk-cli $command " $subs
    # Every option the group's usage lines and option list name, offered by
    # one of its sub-commands (prose may name another command's options).
    options=$(grep -E -- 'portdesk-cli|^ +\[--|^  --' <<< "$group_help" \
        | grep -oE -- '--[a-z][a-z-]+' | sort -u \
        | grep -vxE -- '--(help|json|db|now|read-only|version)')
    offered=""
    for sub in ${subs:-""}; do
        offered+=$(complete_line "portdesk-cli $command $sub x --")$'\n'
    done
    [[ -z ${subs// /} ]] && offered=$(complete_line "portdesk-cli $command --")
    for option in $options; do
        checked=$((checked + 1))
        if ! grep -qxF -- "$option" <<< "$offered"; then
            echo "FAIL: no sub-command of '$command' offers $option"
            failures=$((failures + 1))
        fi
    done
done
events=$("$cli" case advance --help 2>/dev/null | sed -n '/events/,/^Options:/p' \
    | grep -oE '(^|  )[a-z]+(-[a-z]+)* ?(\(|--|\[)' | awk '{print $1}' | sort -u)
[[ -n $events ]] || { echo "FAIL: no events in case advance --help"; exit 1; }
expect "portdesk-cli case advance 12 " $events
# Every option case advance's own help names.
advance_options=$("$cli" case advance --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u \
    | grep -vxE -- '--(help|json|db|now|read-only|version|reveal)')
expect "portdesk-cli case advance 12 approve --" $advance_options
expect "portdesk-cli case advance 12 set-foc --as " admin support
expect "portdesk-cli inventory export --format " json csv
expect "portdesk-cli loa export 3 --lang " en es
echo "commands: $(wc -w <<< "$commands"), options checked: $checked, events: $(wc -w <<< "$events"), failures: $failures"
exit $((failures > 0))
