#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""English plural forms of PortDesk's messages.

Sources say "%n number(s)"; this writes translations/portdesk_en.ts with the
singular and plural of every such message ("1 number", "2 numbers"), so that
English never shows "(s)". Run it after adding a message with %n:

    tools/english_plurals.py            # rewrite translations/portdesk_en.ts
    tools/english_plurals.py --check    # exit 1 when the file is not current

It runs `lupdate -pluralonly` over src/ and ui/ and fills in both forms by the
rules below; a message they do not cover is an error naming it.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(TOP, "translations", "portdesk_en.ts")

# Singular-only fixes, applied before the "(s)" rule: verbs and pronouns that
# follow the count.
SINGULAR = [
    ("case(s) wait for one", "case waits for one"),
    ("row(s) name a Voice Connector", "row names a Voice Connector"),
    ("number(s) left with a port-out and stay in", "number left with a port-out and stays in"),
    ("number(s) assigned: unassign them", "number assigned: unassign it"),
    ("%n numbers", "%n number"),
    ("%n milestones", "%n milestone"),
    ("%n ported out: unassign and delete them", "%n ported out: unassign and delete it"),
]
WORD = re.compile(r"(\w+)\(s\)")


def forms(source):
    singular = source
    for before, after in SINGULAR:
        singular = singular.replace(before, after)
    singular = WORD.sub(r"\1", singular)
    plural = WORD.sub(r"\1s", source)
    return singular, plural


def lupdate_plurals():
    lupdate = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "en.ts")
        subprocess.run([lupdate, "-silent", "-pluralonly", "-no-obsolete", "-locations", "none",
                        "-target-language", "en", os.path.join(TOP, "src"), os.path.join(TOP, "ui"),
                        "-ts", out], check=True, stdout=subprocess.DEVNULL)
        return ET.parse(out)


def render(tree):
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<!-- SPDX-License-Identifier: Apache-2.0 -->',
             '<!-- Written by tools/english_plurals.py: do not edit by hand. -->',
             '<TS version="2.1" language="en">']
    for context in sorted(root.findall("context"), key=lambda c: c.findtext("name")):
        messages = [m for m in context.findall("message") if m.get("numerus") == "yes"]
        if not messages:
            continue
        lines.append("<context>")
        lines.append("    <name>%s</name>" % esc(context.findtext("name")))
        for m in sorted(messages, key=lambda m: (m.findtext("source"), m.findtext("comment") or "")):
            source = m.findtext("source")
            singular, plural = forms(source)
            lines.append('    <message numerus="yes">')
            lines.append("        <source>%s</source>" % esc(source))
            if m.findtext("comment"):
                lines.append("        <comment>%s</comment>" % esc(m.findtext("comment")))
            lines.append("        <translation>")
            lines.append("            <numerusform>%s</numerusform>" % esc(singular))
            lines.append("            <numerusform>%s</numerusform>" % esc(plural))
            lines.append("        </translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def esc(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def main():
    text = render(lupdate_plurals())
    if "--check" in sys.argv[1:]:
        current = open(TS, encoding="utf-8").read() if os.path.exists(TS) else ""
        if current != text:
            print("translations/portdesk_en.ts is not current: run tools/english_plurals.py",
                  file=sys.stderr)
            return 1
        return 0
    with open(TS, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
