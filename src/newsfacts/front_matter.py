"""Front matter written the plain way, read without YAML's constructor (SPEC §1: posts).

Nearly every post's front matter is a dozen `key: value` lines: a title in quotes, a date, an
author, a key over a list of ` - item` lines. PyYAML builds such a block through its Python
constructor, which cost more than the rest of reading the post. `plain_fields` reads it to the
same values directly and answers None for anything written otherwise, which YAML then reads: a
value that is not one line of quoted text or plain text, a nested block, a comment, a flow
collection, an anchor, alias or tag. A plain value is typed by the loader's own table of implicit
types: text, true/false and null are read here; a number or a date is left to YAML (and to the
loader's rules for long numbers and impossible dates).
"""
from __future__ import annotations

from typing import Any

from . import regex_cache

_KEY_LINE = regex_cache.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?")
_ITEM_LINE = regex_cache.compile(r"( *)-(?: +(.*))?")
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_BOOL, _NULL = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"


class _NotPlain(Exception):
    """The block is written in a form this reader leaves to YAML."""


def plain_fields(block: str, loader) -> dict[str, Any] | None:
    """The mapping `loader` (a PyYAML loader class) reads from `block`, when the block is written the
    plain way; else None."""
    if None in loader.yaml_implicit_resolvers:
        return None                             # (types tried on every value: none here)
    try:
        return _fields(block.split("\n"), loader)
    except _NotPlain:
        return None


def _fields(lines: list[str], loader) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    listed: str | None = None           # the key whose list of items is being read
    indent: int | None = None           # its items' indent
    for line in lines:
        line = line.rstrip(" ")
        if not line:
            continue
        item = _ITEM_LINE.fullmatch(line) if listed is not None else None
        if listed is not None and item is not None:
            indent = _item_indent(item, indent)
            fields[listed].append(_scalar(item.group(2) or "", loader))
            continue
        match = _KEY_LINE.fullmatch(line)
        if match is None or _scalar(match.group(1), loader) != match.group(1):
            raise _NotPlain                     # (a key YAML reads as true, null or a number)
        name, value = match.group(1), match.group(2) or ""
        listed, indent = (name if not value else None), None
        fields[name] = _scalar(value, loader) if value else []
    return {name: None if value == [] else value for name, value in fields.items()}


def _item_indent(item, indent: int | None) -> int:
    """An item's indent, the same as the list's items before it (a deeper `-` continues an item's text,
    a shallower one is no item of the list)."""
    if indent is not None and len(item.group(1)) != indent:
        raise _NotPlain
    return len(item.group(1))


def _scalar(text: str, loader) -> Any:
    """A value written on one line: quoted text, or a plain scalar typed as YAML types it."""
    if not text:
        return None
    if not text.isprintable():
        raise _NotPlain
    if text[0] in "'\"":
        return _quoted(text)
    if text[0] in _NOT_PLAIN_START or ": " in text or " #" in text or text[-1] == ":":
        raise _NotPlain
    return _typed(text, loader)


def _quoted(text: str) -> str:
    """A text in single quotes (a quote inside doubled) or in double quotes without an escape."""
    quote, inner = text[0], text[1:-1]
    if len(text) < 2 or text[-1] != quote:
        raise _NotPlain
    if quote == "'" and "'" not in inner.replace("''", ""):
        return inner.replace("''", "'")
    if quote == '"' and '"' not in inner and "\\" not in inner:
        return inner
    raise _NotPlain


def _typed(text: str, loader) -> Any:
    """A plain scalar's value by the loader's implicit types (its resolver's table, by first character);
    text, a boolean or null only."""
    tag = next((tag for tag, pattern in loader.yaml_implicit_resolvers.get(text[0], ()) if pattern.match(text)), None)
    if tag is None:
        return text
    if tag == _BOOL:
        return loader.bool_values[text.lower()]
    if tag == _NULL:
        return None
    raise _NotPlain
