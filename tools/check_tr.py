#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""No user-visible string outside tr().

    tools/check_tr.py              scan src/gui, src/models, src/documents,
                                   src/cli and ui/; exit 1 on a finding
    tools/check_tr.py --self-test  the scanner against known good and bad code

A finding is a string literal with words in it (two letters in a row) given
to a user-visible setter or constructor (setText, setWindowTitle, setToolTip,
setPlaceholderText, setStatusTip, setWhatsThis, addItem(s), insertItem,
setLabelText, showMessage, setTitle, setSubTitle, setTabText, addTab,
setHeaderData, setHorizontalHeaderLabels, setButtonText, QAction, addAction,
addMenu, QLabel, QPushButton, QCheckBox, QRadioButton, QGroupBox, message
boxes (QMessageBox:: and the Dialogs wrappers), setHtml), or written to a
stream by the command line (src/cli: out << "..."), that is not inside
tr(), QT_TR_NOOP, QT_TRANSLATE_NOOP or QCoreApplication::translate; and in
a .ui file a <string notr="true"> with words.

Real exceptions (numbers, units, product and protocol names, format
patterns) are listed in translations/untranslated-allowlist.txt, one a line:
    PATH | "LITERAL" | REASON
An entry that matches nothing any more is a finding too, so the list stays
honest.
"""
import os
import re
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ["src/gui", "src/models", "src/documents", "src/cli"]
ALLOWLIST = os.path.join(TOP, "translations", "untranslated-allowlist.txt")

SETTERS = [
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "addItem", "addItems", "insertItem", "setItemText", "setLabelText",
    "showMessage", "setTitle", "setSubTitle", "setTabText", "addTab", "insertTab",
    "setHeaderData", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setHeaderLabels", "setButtonText", "setHtml", "addAction", "addMenu", "setSpecialValueText",
    "setPrefix", "setSuffix", "setAccessibleName", "setAccessibleDescription",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QToolButton", "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem",
    "information", "warning", "critical", "question", "about", "confirm", "ask",
]
CALL = re.compile(r"(?<![\w.])(?:[\w:]*::|\.|->)?(%s)\s*\(" % "|".join(SETTERS))
# Also member calls: obj->setText( / obj.setText(
MEMBER = re.compile(r"(?:\.|->|\b)(%s)\s*\(" % "|".join(SETTERS))
TRANSLATED = re.compile(
    r"\b(?:tr|trUtf8|QT_TR_NOOP|QT_TR_N_NOOP|QT_TRANSLATE_NOOP|QT_TRANSLATE_NOOP3|"
    r"QT_TRANSLATE_N_NOOP|translate)\s*\(")
STRING = re.compile(r'(?:u8|u|U|L)?"((?:[^"\\\n]|\\.)*)"')
WORDS = re.compile(r"[A-Za-z]{2}")


def strip_comments(code):
    """Blank out comments, keeping strings and line numbers."""
    out = []
    i = 0
    n = len(code)
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            j = code.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", code[i:j]))
            i = j
        elif c == '"':
            m = re.compile(r'"(?:[^"\\\n]|\\.)*"').match(code, i)
            j = m.end() if m else i + 1
            out.append(code[i:j])
            i = j
        elif c == "'":
            m = re.compile(r"'(?:[^'\\\n]|\\.)*'").match(code, i)
            j = m.end() if m else i + 1
            out.append(code[i:j])
            i = j
        elif code.startswith('R"(', i):
            j = code.find(')"', i)
            j = n if j < 0 else j + 2
            out.append(code[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def balanced(code, start):
    """The text from code[start] (an opening parenthesis) to its match."""
    depth = 0
    i = start
    while i < len(code):
        c = code[i]
        if c == '"':
            m = re.compile(r'"(?:[^"\\\n]|\\.)*"').match(code, i)
            i = m.end() if m else i + 1
            continue
        if c == "'":
            m = re.compile(r"'(?:[^'\\\n]|\\.)*'").match(code, i)
            i = m.end() if m else i + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return code[start:i + 1]
        i += 1
    return code[start:]


def remove_translated(args):
    """The argument text with every tr(...)-like call blanked out."""
    while True:
        m = TRANSLATED.search(args)
        if not m:
            return args
        inner = balanced(args, m.end() - 1)
        args = args[:m.start()] + " " * (m.end() - m.start() + len(inner) - 1) + args[m.end() - 1 + len(inner):]


def split_args(call):
    """The top-level arguments of "(a, b(c, d), e)"."""
    args, depth, start, i = [], 0, 1, 0
    while i < len(call):
        c = call[i]
        if c in "\"'":
            m = re.compile(r'%s(?:[^%s\\\n]|\\.)*%s' % (c, c, c)).match(call, i)
            i = m.end() if m else i + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(call[start:i])
                break
        elif c == "," and depth == 1:
            args.append(call[start:i])
            start = i + 1
        i += 1
    return args


# Setters whose text is one argument among indexes, icons and item data:
# the text is the first argument that is not a bare name or number (an
# index, a column, an orientation) nor an icon.
ONE_TEXT = {"addItem", "insertItem", "setItemText", "addTab", "insertTab", "setTabText",
            "setHeaderData", "setText", "setToolTip", "setStatusTip", "setWhatsThis"}
BARE = re.compile(r"^\s*(?:[\w:.>-]+|\d+)\s*$")
# Literals that are compared, searched for or measured, not shown.
NOT_SHOWN = re.compile(
    r'(?:==|!=)\s*(?:QLatin1String|QStringLiteral|QLatin1StringView)?\s*\(?\s*(?:u)?"(?:[^"\\\n]|\\.)*"\)?'
    r'|(?:QLatin1String|QStringLiteral|QLatin1StringView)?\s*\(?\s*(?:u)?"(?:[^"\\\n]|\\.)*"\)?\s*(?:==|!=)'
    r'|\b(?:startsWith|endsWith|contains|indexOf|compare|qstrlen|section|split|setObjectName|property)\s*\((?:[^()]|\([^()]*\))*\)')


def scan_cpp(path, code):
    findings = []
    clean = strip_comments(code)
    for m in MEMBER.finditer(clean):
        call = balanced(clean, m.end() - 1)
        args = split_args(call)
        if m.group(1) in ONE_TEXT:
            shown = [a for a in args if not BARE.match(a) and "QIcon" not in a and "icon" not in a.lower()[:20]]
            args = shown[:1]
        rest = NOT_SHOWN.sub(" ", remove_translated(", ".join(args)))
        for s in STRING.finditer(rest):
            text = s.group(1)
            if WORDS.search(text):
                line = clean.count("\n", 0, m.start()) + 1
                findings.append((path, line, text))
    # The command line writes to streams: a literal with words sent to one.
    if path.replace(os.sep, "/").startswith("src/cli/"):
        for m in STREAMED.finditer(clean):
            if WORDS.search(m.group(1)):
                findings.append((path, clean.count("\n", 0, m.start()) + 1, m.group(1)))
    return findings


STREAMED = re.compile(r'<<\s*(?:QStringLiteral\(|QLatin1String\(|QLatin1StringView\()?\s*(?:u8|u)?"((?:[^"\\\n]|\\.)*)"')


# The properties of a form that the user reads.
UI_STRING = re.compile(r'<property name="(?:text|title|windowTitle|toolTip|statusTip|whatsThis|'
                       r'placeholderText|accessibleName|accessibleDescription|specialValueText|'
                       r'prefix|suffix|html|plainText)">\s*<string notr="true">([^<]*)</string>')


def scan_ui(path, text):
    findings = []
    for m in UI_STRING.finditer(text):
        if WORDS.search(m.group(1)):
            findings.append((path, text.count("\n", 0, m.start()) + 1, m.group(1)))
    return findings


def read_allowlist(path):
    entries = []
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" | ")]
            if (len(parts) != 3 or not parts[2] or len(parts[1]) < 2
                    or not parts[1].startswith('"') or not parts[1].endswith('"')):
                raise SystemExit('%s:%d: want PATH | "LITERAL" | REASON' % (path, number))
            entries.append((parts[0], parts[1][1:-1], number))
    return entries


def scan_tree(top):
    findings = []
    for d in DIRS:
        for root, _, files in os.walk(os.path.join(top, d)):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    path = os.path.join(root, name)
                    with open(path, encoding="utf-8") as f:
                        findings += scan_cpp(os.path.relpath(path, top), f.read())
    for root, _, files in os.walk(os.path.join(top, "ui")):
        for name in sorted(files):
            if name.endswith(".ui"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    findings += scan_ui(os.path.relpath(path, top), f.read())
    return findings


def check(findings, allowlist):
    used = set()
    problems = []
    for path, line, text in findings:
        hit = [e for e in allowlist if e[0] == path and e[1] == text]
        if hit:
            used.update(e[2] for e in hit)
        else:
            problems.append('%s:%d: "%s" is shown to the user but not translated: wrap it in tr()'
                            % (path, line, text))
    for path, text, number in allowlist:
        if number not in used:
            problems.append('%s:%d: allowlist entry matches nothing any more: %s | %s'
                            % (os.path.relpath(ALLOWLIST, TOP), number, path, text))
    return problems


SELF_TEST_BAD = r'''
    label->setText(QStringLiteral("Port numbers in"));
    box.setWindowTitle(u"Settings"_s);
    auto *a = new QAction(QStringLiteral("&Quit"), this);
    Dialogs::warning(this, tr("Title"), QStringLiteral("Something went wrong"));
    item->setToolTip(1, QLatin1String("Hidden"));
    combo->addItem(QStringLiteral("Business Calling"), QVariant());
'''
SELF_TEST_GOOD = r'''
    label->setText(tr("Port numbers in"));
    label->setText(QStringLiteral("%1 (%2)").arg(a, b));
    label->setText(tr("%1 of %2").arg(QStringLiteral("x")));
    box.setWindowTitle(QCoreApplication::translate("main", "Settings"));
    // label->setText(QStringLiteral("in a comment"));
    combo->addItem(tr("STARTTLS required"), QStringLiteral("required"));
    m_note->setPlaceholderText(code == QLatin1String("other") ? tr("Say what") : tr("Optional"));
    m_path->setText(url.startsWith(QLatin1String("sqlite:")) ? url.mid(int(qstrlen("sqlite:"))) : url);
    item->setToolTip(1, tr("Hidden"));
    setObjectName(QStringLiteral("views"));
    item->setText(0, QString::number(12));
'''


def self_test():
    bad = scan_cpp("bad.cpp", SELF_TEST_BAD) + scan_cpp("src/cli/x.cpp", 'ctx.out << "Done" << 12 << "\\n";')
    good = scan_cpp("good.cpp", SELF_TEST_GOOD)
    ui = scan_ui("x.ui", '<property name="text"><string notr="true">Hello</string></property>'
                 '<property name="displayFormat"><string notr="true">HH:mm</string></property>'
                 '<property name="toolTip">\n <string notr="true">HH:mm</string></property>'
                 '<property name="styleSheet"><string notr="true">color: #5f5f5f;</string></property>')
    ok = True
    want = {"Done", "Port numbers in", "Settings", "&Quit", "Something went wrong", "Hidden", "Business Calling"}
    if {t for _, _, t in bad} != want:
        print("self-test: bad code gave %s, want %s" % (sorted(t for _, _, t in bad), sorted(want)))
        ok = False
    if good:
        print("self-test: good code gave %s" % [t for _, _, t in good])
        ok = False
    if [t for _, _, t in ui] != ["Hello", "HH:mm"]:
        print("self-test: ui gave %s" % [t for _, _, t in ui])
        ok = False
    problems = check([("a.cpp", 1, "x")], [("a.cpp", "x", 1), ("b.cpp", "y", 2)])
    if len(problems) != 1 or "matches nothing" not in problems[0]:
        print("self-test: stale allowlist entry not reported: %s" % problems)
        ok = False
    return 0 if ok else 1


def main():
    if "--self-test" in sys.argv:
        return self_test()
    problems = check(scan_tree(TOP), read_allowlist(ALLOWLIST))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
