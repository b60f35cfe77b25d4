"""Parameters of saved queries: declared in the header comment, bound into the text.

    # @param person "辛国斌"@zh  the chair's name in Chinese
    SELECT ?meeting WHERE { ?chair rdfs:label $person . ?meeting kg:chair ?chair }

A parameter is a `$name` in the query (a SPARQL variable, so the file still
parses as it is) whose declaration gives its default as a SPARQL term.
Binding replaces every `$name` outside strings, IRIs and comments with a
term of the default's kind: `--bind person=苗圩` gives `"苗圩"@zh`, a date
stays an `xsd:date`, an IRI an IRI.  Values are escaped, never pasted, so a
value cannot change the query's shape.  The bound text runs unchanged on
every engine (the store, rdflib, a server, roqet).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_DECLARATION = re.compile(r"#\s*@param\s+([A-Za-z_]\w*)\s+(\S+)\s*(.*)")
# One pass over the text: comments, strings and IRIs are skipped whole; `$name` outside them is a parameter.
_TOKENS = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | \$(?P<param>[A-Za-z_]\w*)
''', re.VERBOSE)
_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"(@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^\S+)?')
_PREFIXED = re.compile(r"[A-Za-z][\w.-]*:[^\s<>\"{}|^`\\]*")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)")
_IRI_VALUE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


class ParamError(ValueError):
    """A parameter that is not declared, or a value that does not fit it (one line)."""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    default: str  # a SPARQL term: "text"@zh, "2022-01-01"^^xsd:date, <iri>, prefix:local, 10
    about: str = ""

    def value_hint(self) -> str:
        """What the default looks like, for `kg query --list`."""
        literal = _LITERAL.fullmatch(self.default)
        return literal.group(1) if literal else self.default


def declared(text: str) -> tuple[Param, ...]:
    """The parameters declared in the query's leading comment lines."""
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _DECLARATION.match(line)
        if match:
            params.append(Param(*match.groups()))
    return tuple(params)


def used(text: str) -> set[str]:
    """The `$names` the query text uses."""
    return {m.group("param") for m in _TOKENS.finditer(text) if m.group("param")}


def bind(text: str, params: tuple[Param, ...], values: Mapping[str, str] | None = None,
         prefixes: Mapping[str, str] | None = None) -> str:
    """The text with every declared parameter replaced by its value (or default);
    `prefixes` (name -> namespace) expand prefixed IRIs given as values."""
    values = dict(values or {})
    known = {p.name: p for p in params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        offered = ", ".join(known) or "none"
        raise ParamError(f"no parameter {', '.join(unknown)} in this query (parameters: {offered})")
    terms = {name: (term(values[name], p.default, name, prefixes) if name in values else p.default)
             for name, p in known.items()}

    def replace(match: re.Match[str]) -> str:
        name = match.group("param")
        return terms[name] if name in terms else match.group(0)

    return _TOKENS.sub(replace, text)


def term(value: str, default: str, name: str = "value", prefixes: Mapping[str, str] | None = None) -> str:
    """`value` written as a SPARQL term of the same kind as `default`."""
    literal = _LITERAL.fullmatch(default)
    if literal:
        return '"' + value.translate(_ESCAPES) + '"' + (literal.group(2) or "")
    if default.startswith("<") or _PREFIXED.fullmatch(default):
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1]
        prefix, _, local = value.partition(":")
        if prefixes and prefix in prefixes and not local.startswith("//"):
            value = prefixes[prefix] + local  # id:province/zhejiang, as the result tables print it
        if not _IRI_VALUE.fullmatch(value):
            raise ParamError(f"{name}={value!r} is not an IRI (give <https://…> or prefix:local)")
        return f"<{value}>"
    pattern = _INTEGER if _INTEGER.fullmatch(default) else _DECIMAL
    if not pattern.fullmatch(value.strip()):
        raise ParamError(f"{name}={value!r} is not a number like the default {default}")
    return value.strip()
