"""A function run in a forked child process while this one goes on.

kg.outputs renders the page this way beside the graph and the store.  The
child sees this process's memory as it was at the fork (nothing is sent to
it) and sends back the function's value.  If the child fails in any way (a
signal, an exception, a value that does not pickle), `result` runs the
function here instead: it is pure, so the outputs are the same.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1


class Forked(Generic[T]):
    def __init__(self, function: Callable[[], T]):
        self._function = function
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(send, self._receive, function, os.getpid()), daemon=True)
        gc.freeze()  # the child's garbage collector leaves this process's objects alone: their pages stay shared
        try:
            self._process.start()
        finally:
            gc.unfreeze()
        send.close()

    def result(self) -> T:
        """The child's value, or the function's run here if the child failed."""
        try:
            ok, value = self._receive.recv()
        except (EOFError, OSError) as exc:
            ok, value = False, f"no answer: {exc!r}"
        finally:
            self._receive.close()
            self._process.join()
        if ok:
            return value
        log.info("the forked %s failed (%s): running it here", getattr(self._function, "__name__", "task"), value)
        return self._function()

    def cancel(self) -> None:
        """Stop the child (after an error here)."""
        self._receive.close()  # first: a child sending its value gets a broken pipe, not a wait
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


def _die_with(parent: int) -> None:
    """A parent killed (kill -9) takes this child with it: the child holds the output folder's lock."""
    with suppress(AttributeError, OSError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)  # Linux
    if os.getppid() != parent:  # died before that
        os._exit(1)


def _child(send: Connection, receive: Connection, function: Callable[[], object], parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the process group: the parent handles it
    receive.close()  # the parent's end: if the parent dies, sending fails instead of waiting for ever
    _die_with(parent)
    try:
        answer = (True, function())
    except BaseException as exc:  # reported to the parent, which runs the function itself
        answer = (False, repr(exc))
    try:
        send.send(answer)
    except Exception as exc:  # a value that does not pickle
        send.send((False, repr(exc)))
    finally:
        send.close()
        os._exit(0)
