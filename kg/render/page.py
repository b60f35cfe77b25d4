"""Assemble the single self-contained HTML page.

Everything is inlined: vis-network (pyvis's bundled copy, Apache-2.0/MIT),
our CSS and JS (kg/templates) and the data.  The data sits in a
`<script type="application/json">` block with `<`, `>` and `&` escaped, so
no article text can close the block; a Content-Security-Policy admits only
the two inline scripts by hash and forbids every fetch.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

VIS_NETWORK = "templates/lib/vis-9.1.2/vis-network.min.js"  # inside the pyvis package
APP_SCRIPTS = ("core.js", "details.js", "graph.js", "recurrence.js", "controls.js")  # in kg/templates, in this order
_MARKER = re.compile(r"@@([A-Z]+)@@")
_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                 ("\u2029", "\\u2029"))


def script_json(value: object) -> str:
    """JSON that is safe inside a script element (the escapes only occur inside strings)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES:  # str.replace: much faster than translate on megabytes
        text = text.replace(char, escape)
    return text


@cache
def vis_network_js() -> str:
    # found, not imported: importing pyvis (jinja2, IPython hooks...) costs ~0.3 s
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed: pip install pyvis")
    text = (Path(spec.submodule_search_locations[0]) / VIS_NETWORK).read_text(encoding="utf-8")
    return _inline_script(text)


@cache
def _template(name: str) -> str:
    return (resources.files("kg") / "templates" / name).read_text(encoding="utf-8")


def _inline_script(text: str) -> str:
    # "</script" inside a script element would end it early.
    return text.replace("</script", "<\\/script")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def csp(*scripts: str) -> str:
    hashes = " ".join(_csp_hash(s) for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")


@cache
def app_js() -> str:
    """Our scripts in one strict-mode function scope (they share helpers)."""
    body = "\n".join(_template(name) for name in APP_SCRIPTS)
    return _inline_script(f'(function () {{\n"use strict";\n{body}}})();\n')


def assemble(data: dict) -> str:
    vis, app = vis_network_js(), app_js()
    parts = {"CSP": csp(vis, app), "STYLE": _template("graph.css"), "VIS": vis, "APP": app,
             "DATA": script_json(data)}
    return _MARKER.sub(lambda m: parts[m.group(1)], _template("graph.html"))
