#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Is a translation catalogue complete and current?

    tools/check_catalogue.py [translations/portdesk_es.ts]

Fails (exit 1, each problem on a line) when the catalogue
- has a message that is unfinished, obsolete or vanished;
- has a translation that drops or adds a placeholder of its source (%1..%99,
  %n, %L1), or a numerus message without exactly the language's plural forms
  (Spanish: two), or an empty form;
- is not current: lupdate, run now over the sources (src/ and ui/, with the
  options of the update_translations target) into a copy, adds a message or
  drops one. So a new tr() string without a translation fails the suite.

lupdate is $LUPDATE, else /usr/lib/qt6/bin/lupdate.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLACEHOLDER = re.compile(r"%L?([1-9][0-9]?|n)")
PLURAL_FORMS = {"es": 2, "en": 2}


def placeholders(text):
    return sorted(set(m.group(1) for m in PLACEHOLDER.finditer(text or "")))


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(name, message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (name, source, comment)


def describe(k):
    name, source, comment = k
    short = source if len(source) <= 70 else source[:67] + "..."
    return "%s: \"%s\"%s" % (name, short.replace("\n", "\\n"), " (%s)" % comment if comment else "")


def check_messages(root):
    problems = []
    forms_wanted = PLURAL_FORMS.get((root.get("language") or "")[:2], 2)
    for name, message in messages(root):
        k = key(name, message)
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind:
            problems.append("%s: %s" % (kind, describe(k)))
            continue
        source = message.findtext("source") or ""
        wanted = placeholders(source)
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != forms_wanted:
                problems.append("plural forms: %d instead of %d: %s" % (len(forms), forms_wanted, describe(k)))
            for form in forms:
                got = placeholders(form)
                # A singular may spell the count out ("un número"): %n is optional.
                if not form.strip() or (got != wanted and got != [p for p in wanted if p != "n"]):
                    problems.append("placeholders %s, translated %s in \"%s\": %s" % (wanted, got, form, describe(k)))
        else:
            text = translation.text or ""
            if not text.strip() and source.strip():
                problems.append("empty: %s" % describe(k))
            elif placeholders(text) != wanted:
                problems.append("placeholders %s, translated %s: %s" % (wanted, placeholders(text), describe(k)))
    return problems


def check_current(ts):
    lupdate = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
    before = {key(n, m) for n, m in messages(ET.parse(ts).getroot())}
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copyfile(ts, copy)
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                        os.path.join(TOP, "src"), os.path.join(TOP, "ui"), "-ts", copy],
                       check=True, stdout=subprocess.DEVNULL)
        after = {key(n, m) for n, m in messages(ET.parse(copy).getroot())}
    problems = ["not in the catalogue (run update_translations and translate it): %s" % describe(k)
                for k in sorted(after - before)]
    problems += ["no longer in the sources (run update_translations): %s" % describe(k)
                 for k in sorted(before - after)]
    return problems


def main():
    ts = sys.argv[1] if len(sys.argv) > 1 else os.path.join(TOP, "translations", "portdesk_es.ts")
    problems = check_messages(ET.parse(ts).getroot()) + check_current(ts)
    for p in problems:
        print(p)
    if problems:
        print("%s: %d problem(s)" % (os.path.relpath(ts, TOP), len(problems)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
