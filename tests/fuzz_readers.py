"""Coverage-guided fuzzing (atheris, libFuzzer) of the reading stage, and of extraction.

    python tests/fuzz_readers.py read [libFuzzer options, e.g. -max_total_time=60]
    python tests/fuzz_readers.py extract [...]

`read`: arbitrary bytes, often behind the head of a known format so that each
reader's body is reached, go through `read_file` (a real file) and every item
through `to_document`: the outcome must be items or a reason, never an exception.
`extract`: arbitrary text (CJK-heavy) becomes a Document and goes through
`extract`.  A crash makes libFuzzer stop with the input saved (-artifact_prefix).
Run by tests/test_fuzz.py as a slow test.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["kg"]):
    from kg.clean import to_document
    from kg.extract import extract
    from kg.lexicon import load
    from kg.model import BEIJING, SourceItem
    from kg.read import read_file

# Heads of every format, so that the fuzzer starts inside each reader.
HEADS = [b"", b"---\ntitle: ", b"---\nlayout: post\ntitle: t\ncategories: wind\n---\n", b"---\ntitle: t\n---\n<p>",
         "# 《新闻联播》 (20240328)\n### ".encode(), "# 财联社快讯归档 2026-07-17\n## 10:00:00｜".encode(),
         b'{"videoList": [{"video_title": "', b'{"title": "t", "date": "2024-01-01", "content": "',
         b'{"title": "a", "content": "b"}\n{"title": "', b"[", b"\xef\xbb\xbf"]

_FILE = Path(tempfile.mkdtemp(prefix="kg-fuzz-")) / "input"
_LEXICON = load()


def fuzz_read(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    head = HEADS[provider.ConsumeIntInRange(0, len(HEADS) - 1)]
    _FILE.write_bytes(head + provider.ConsumeBytes(provider.remaining_bytes()))
    outcome = read_file(_FILE)
    if bool(outcome.items) == bool(outcome.skipped):
        raise AssertionError(f"neither items nor a reason, or both: {outcome}")
    for item in outcome.items:
        to_document(item, outcome.sha256)


def fuzz_extract(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    title = provider.ConsumeUnicodeNoSurrogates(40)
    body = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    when = dt.datetime(2022, 5, 27, 19, tzinfo=BEIJING)
    item = SourceItem(path="f.txt", file="f.txt", index=None, item=None, title=title, published=when,
                      body=body, body_format="text", reader="fuzz")
    extract(to_document(item), _LEXICON)


def main() -> None:
    target = {"read": fuzz_read, "extract": fuzz_extract}[sys.argv[1]]
    os.environ.setdefault("PYTHONHASHSEED", "0")
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
