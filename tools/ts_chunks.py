#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Unfinished messages of a Qt .ts catalogue out to JSON chunks, and
translations back in.

  tools/ts_chunks.py extract translations/portdesk_es.ts OUTDIR [--size 80]
      writes OUTDIR/chunk_NNN.json, each a list of messages:
      {"key": ..., "context": ..., "source": ..., "comment": ...,
       "extracomment": ..., "numerus": true|false}
  tools/ts_chunks.py apply translations/portdesk_es.ts FILE.json...
      each FILE.json maps a key to its translation (a list of the plural
      forms for a numerus message); the messages get it and lose
      type="unfinished". A translation that drops or adds a placeholder of
      the source (%1..%9, %n, %L1) is refused and named.

Keys are "context|source|comment", so they survive a refresh by lupdate.
Run the update_translations target (or lupdate with -no-obsolete
-locations none) afterwards: it writes the file in its own format again.
"""
import argparse
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?(?:[1-9][0-9]?|n)')


def placeholders(text):
    return sorted(set(m.group(0).replace('%L', '%') for m in PLACEHOLDER.finditer(text or '')))


def key_of(context, message):
    comment = message.findtext('comment') or ''
    return '%s|%s|%s' % (context, message.findtext('source') or '', comment)


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            yield name, message


def extract(args):
    root = ET.parse(args.ts).getroot()
    todo = []
    for name, message in messages(root):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        todo.append({
            'key': key_of(name, message),
            'context': name,
            'source': message.findtext('source') or '',
            'comment': message.findtext('comment') or '',
            'extracomment': message.findtext('extracomment') or '',
            'numerus': message.get('numerus') == 'yes',
        })
    out = pathlib.Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for n, start in enumerate(range(0, len(todo), args.size)):
        chunk = todo[start:start + args.size]
        path = out / ('chunk_%03d.json' % n)
        path.write_text(json.dumps(chunk, ensure_ascii=False, indent=1), encoding='utf-8')
    print('%d unfinished message(s) in %d chunk(s)' % (len(todo), -(-len(todo) // args.size)))


def apply(args):
    tree = ET.parse(args.ts)
    root = tree.getroot()
    wanted = {}
    for path in args.json:
        wanted.update(json.loads(pathlib.Path(path).read_text(encoding='utf-8')))
    problems = []
    done = 0
    for name, message in messages(root):
        key = key_of(name, message)
        if key not in wanted:
            continue
        text = wanted.pop(key)
        source = message.findtext('source') or ''
        translation = message.find('translation')
        numerus = message.get('numerus') == 'yes'
        forms = text if isinstance(text, list) else [text]
        if numerus != isinstance(text, list):
            problems.append('%s: %s' % (key, 'plural forms expected' if numerus else 'one text expected'))
            continue
        bad = [f for f in forms if placeholders(f) != placeholders(source)
               and not (numerus and placeholders(f) == [p for p in placeholders(source) if p != '%n'])]
        if bad:
            problems.append('%s: placeholders %s, translation has %s'
                            % (key, placeholders(source), placeholders(bad[0])))
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if numerus:
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = forms[0]
        translation.attrib.pop('type', None)
        done += 1
    for key in wanted:
        problems.append('%s: no such message' % key)
    tree.write(args.ts, encoding='utf-8', xml_declaration=True)
    print('%d translation(s) applied' % done)
    for p in problems:
        print('refused: ' + p, file=sys.stderr)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = parser.add_subparsers(dest='command', required=True)
    e = sub.add_parser('extract')
    e.add_argument('ts')
    e.add_argument('outdir')
    e.add_argument('--size', type=int, default=80)
    a = sub.add_parser('apply')
    a.add_argument('ts')
    a.add_argument('json', nargs='+')
    args = parser.parse_args()
    return extract(args) if args.command == 'extract' else apply(args)


if __name__ == '__main__':
    sys.exit(main())
