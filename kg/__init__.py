"""Knowledge-graph builder for Chinese government meeting reports.

    import kg
    result = kg.build(["seeds"], output="output")
    rows = kg.query("province-recurrence", store="output/store")
    meeting = kg.extract(kg.read("seeds/000_968c041b20610dd7.txt")[0])

`import kg` stays cheap: the API (kg/api.py) and what it needs load on first
use.  `kg.read`, `kg.extract` and `kg.query` are the modules of those stages
and can also be called as the API functions.  The library never prints; it
logs to the `kg` logger, which has a NullHandler until the application
configures logging.
"""

from __future__ import annotations

import importlib
import logging
import sys
import types

__version__ = "0.1.0"
__all__ = ["Build", "__version__", "build", "extract", "query", "read"]

# A library never configures logging; the CLI does.
logging.getLogger(__name__).addHandler(logging.NullHandler())

_FROM_API = {"build", "Build"}
_CALLABLE_MODULES = {"read", "extract", "query"}  # stage modules that are also API functions


class _CallableModule(types.ModuleType):
    """A stage module that is also its API function: kg.read(path), kg.query(text)."""

    def __call__(self, *args, **kwargs):
        from kg import api

        return getattr(api, self.__name__.rpartition(".")[2])(*args, **kwargs)


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: object) -> None:
        # The import system sets kg.read = <module kg.read> whenever the module
        # is first imported, by anyone: make it callable then.
        if name in _CALLABLE_MODULES and type(value) is types.ModuleType:
            value.__class__ = _CallableModule
        super().__setattr__(name, value)


def __getattr__(name: str) -> object:
    if name in _FROM_API:
        return getattr(importlib.import_module("kg.api"), name)
    if name in _CALLABLE_MODULES:
        return importlib.import_module(f"kg.{name}")
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package
