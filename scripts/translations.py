#!/usr/bin/env python3
"""Extract the plugin's translatable strings into the .ts file, without Qt5's pylupdate5.

    python3 scripts/translations.py TS_FILE SOURCE...    (`make translations-update`)

Records what pylupdate5 records, under the same contexts, so QTranslator finds them at runtime
(tests/test_translation.py checks every call is one of these forms):
- `self.tr("text")` in a class → the class name;
- `Name.tr("text")`, where the module says `Name = TranslationContext("Name")` → Name;
- `QT_TRANSLATE_NOOP("Context", "text")` and `QCoreApplication.translate("Context", "text")`;
- in a .ui file, every <string> not marked notr="true" → the form's <class>.

The .ts keeps every translation whose (context, source) is still in the code; new strings come
in unfinished, strings no longer in the code are dropped. Compile it with Qt6's (or Qt5's)
lrelease: the .qm format is the same.
"""

from __future__ import annotations

import ast
import os
import sys
import xml.etree.ElementTree as ElementTree
from xml.sax.saxutils import escape

Message = tuple[str, str]  # (context, source)


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func) -> str | None:
    return getattr(func, "attr", getattr(func, "id", None))


def python_messages(path: str) -> list[tuple[str, str, int]]:
    """(context, source, line) of every translatable string of a Python file, in file order."""
    with open(path, encoding="utf-8") as stream:
        tree = ast.parse(stream.read(), path)
    found = []

    def visit(node, klass):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                found.extend(_call_message(child, klass))
            visit(child, child.name if isinstance(child, ast.ClassDef) else klass)

    visit(tree, None)
    return sorted(found, key=lambda message: message[2])


def _call_message(call: ast.Call, klass: str | None) -> list[tuple[str, str, int]]:
    func, args = call.func, call.args
    name = _name(func)
    if name == "tr" and isinstance(func, ast.Attribute) and args and _literal(args[0]):
        receiver = func.value
        if isinstance(receiver, ast.Name) and receiver.id == "self":
            return [(klass, _literal(args[0]), call.lineno)] if klass else []
        if isinstance(receiver, ast.Name):
            return [(receiver.id, _literal(args[0]), call.lineno)]
    marker = name == "QT_TRANSLATE_NOOP" or (
        name == "translate"
        and isinstance(func, ast.Attribute)
        and getattr(func.value, "id", "") in ("QCoreApplication", "QApplication")
    )
    if marker and len(args) >= 2 and _literal(args[0]) and _literal(args[1]):
        return [(_literal(args[0]), _literal(args[1]), call.lineno)]
    return []


def ui_messages(path: str) -> list[tuple[str, str, int]]:
    """(form class, text, line) of every translatable <string> of a Qt Designer file."""
    root = ElementTree.parse(path).getroot()
    context = root.findtext("class") or ""
    with open(path, encoding="utf-8") as stream:
        lines = stream.read().splitlines()
    found, line = [], 0
    for element in root.iter("string"):
        if element.get("notr") == "true" or not element.text:
            continue
        needle = f">{escape(element.text)}</string>"
        line = next((i + 1 for i in range(line, len(lines)) if needle in lines[i]), line)
        found.append((context, element.text, line))
    return found


def extract(sources: list[str]) -> dict[Message, list[tuple[str, int]]]:
    """{(context, source): [(file, line), ...]} over the sources, in the order found."""
    messages: dict[Message, list[tuple[str, int]]] = {}
    for path in sources:
        read = ui_messages if path.endswith(".ui") else python_messages
        for context, source, line in read(path):
            messages.setdefault((context, source), []).append((path, line))
    return messages


def update(ts_path: str, sources: list[str]) -> tuple[int, int, int]:
    """Rewrite the .ts for the sources; returns (kept, new, dropped) message counts."""
    root = ElementTree.parse(ts_path).getroot()
    old = {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    messages = extract(sources)
    folder = os.path.dirname(os.path.abspath(ts_path))
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    out.append(f'<TS version="2.1" language="{root.get("language")}">')
    for context in sorted({context for context, _ in messages}):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for (owner, source), places in messages.items():
            if owner != context:
                continue
            out.append("    <message>")
            for path, line in places:
                relative = os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")
                out.append(f'        <location filename="{escape(relative)}" line="{line}"/>')
            out.append(f"        <source>{_escape(source)}</source>")
            out.append(_translation(old.get((context, source))))
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    with open(ts_path, "w", encoding="utf-8", newline="\n") as stream:
        stream.write("\n".join(out) + "\n")
    kept = sum(1 for key in messages if key in old)
    return kept, len(messages) - kept, sum(1 for key in old if key not in messages)


def _escape(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def _translation(element) -> str:
    text = (element.text or "") if element is not None else ""
    finished = element is not None and text.strip() and element.get("type") is None
    attribute = "" if finished else ' type="unfinished"'
    return f"        <translation{attribute}>{_escape(text)}</translation>"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    kept, new, dropped = update(argv[0], argv[1:])
    print(f"{argv[0]}: {kept} kept, {new} new (to translate), {dropped} dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
