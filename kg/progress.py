"""What a build shows while it runs, on stderr: a live bar while files are
read and extracted (files, documents, meetings found, rate, ETA: tqdm), then
one line per writing phase with its time.  Silent with -q, with -v (the
per-file log takes its place) and when stderr is not a terminal.
"""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    def __init__(self, files: int, enabled: bool, stream: TextIO | None = None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.documents = 0
        self._bar = None
        if enabled:
            import tqdm

            tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked
            self._bar = tqdm.tqdm(total=files, unit="file", file=self.stream, desc="extract",
                                  dynamic_ncols=True, smoothing=0.05)

    @classmethod
    def for_terminal(cls, files: int, quiet: bool, verbose: bool) -> Progress:
        return cls(files, not quiet and not verbose and sys.stderr.isatty())

    def file_done(self, documents: int, meetings: int) -> None:
        self.documents += documents
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.documents} documents, {meetings} meetings", refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def phase(self, name: str, seconds: float) -> None:
        if self.enabled:
            print(f"  {name}: {seconds:.1f} s", file=self.stream, flush=True)
