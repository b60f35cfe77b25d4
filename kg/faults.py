"""Named points of a build where tests inject faults (tests/test_transaction.py).

    KG_FAULT=write:kg.ttl:kill kg build ...    # SIGKILL itself when it reaches the point
    KG_FAULT_LOG=points.txt kg build ...       # append the name of every point reached

Actions: kill (SIGKILL), term (SIGTERM), int (SIGINT), enospc (a full disk:
OSError ENOSPC), pause (sleep 60 s, holding the output folder).  Unset, a
point costs one dictionary look-up.
"""

from __future__ import annotations

import errno
import os
import signal
import time

_ACTIONS = {"kill": signal.SIGKILL, "term": signal.SIGTERM, "int": signal.SIGINT}


def point(name: str) -> None:
    log = os.environ.get("KG_FAULT_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(name + "\n")
    spec = os.environ.get("KG_FAULT")
    if not spec:
        return
    where, _, action = spec.rpartition(":")
    if where != name:
        return
    if action in _ACTIONS:
        os.kill(os.getpid(), _ACTIONS[action])
        time.sleep(5)  # the signal arrives; SIGTERM and SIGINT raise in the main thread
    elif action == "enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), name)
    elif action == "pause":
        time.sleep(60)
