"""YAML front matter (`---` … `---`) shared by the hexo and Jekyll readers."""

from __future__ import annotations

import re

import yaml

from kg.read._base import Unreadable

_BLOCK = re.compile(r"---[ \t]*\n(.*?)^---[ \t]*$\n?", re.S | re.M)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.M)
# An opening fence and a first line that looks like YAML: front matter, closed or not.
_OPENED = re.compile(r"---[ \t]*\n\s*[A-Za-z_][\w-]*\s*:")
NOT_CLOSED = "front matter not closed: no '---' line after the opening one"

# libyaml when available: the pure-Python loader is ~6x slower (docs/architecture.md).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def raw_block(head: str) -> str | None:
    """The front matter text of a (left-stripped) file head, or None.

    Raises Unreadable when the head opens front matter that never closes, so
    the reason names that rather than an unknown format."""
    match = _BLOCK.match(head)
    if match:
        return match.group(1)
    if _OPENED.match(head):
        raise Unreadable(NOT_CLOSED)
    return None


def keys(head: str) -> set[str]:
    """Top-level keys of the front matter, without parsing YAML (for sniffing)."""
    block = raw_block(head)
    return set(_KEY.findall(block)) if block is not None else set()


def split(text: str) -> tuple[dict, str]:
    """(front matter mapping, body) of a whole file; raises Unreadable on bad YAML."""
    stripped = text.lstrip()
    match = _BLOCK.match(stripped)
    if not match:
        raise Unreadable(NOT_CLOSED)
    try:
        data = yaml.load(match.group(1), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise Unreadable(f"invalid front matter: {_one_line(exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise Unreadable("invalid front matter: not a mapping")
    return data, stripped[match.end() :]


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120]
