"""Shared by the transaction tests: run real builds with faults injected, and
check that an output folder holds exactly one whole build."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEEDS

SMALL = [str(p) for p in sorted(SEEDS.iterdir())[:2]]  # build A: the previous build
FULL = [str(SEEDS)]  # build B: the new one


def kg_build(inputs: list[str], out: Path, *extra: str, fault: str | None = None, log: Path | None = None,
             timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_FAULT")}
    if fault:
        env["KG_FAULT"] = fault
    if log:
        env["KG_FAULT_LOG"] = str(log)
    return subprocess.run([sys.executable, "-m", "kg", "-q", "build", *inputs, "-o", str(out), "--no-validate",
                           *extra], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def whole_build(out: Path) -> str:
    """The build id, after checking every output against the manifest and that
    nothing of another build is there."""
    manifest = json.loads((out / "build.json").read_text(encoding="utf-8"))
    build = manifest["build"]
    files = manifest["files"]
    for name, digest in files.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    assert (out / "kg.ttl").read_text(encoding="utf-8").startswith(f"# kg build {build}\n")
    assert f"Build `{build}`" in (out / "report.md").read_text(encoding="utf-8")
    if manifest["options"]["html"]:
        assert f'<meta name="kg-build" content="{build}">' in (out / "graph.html").read_text(encoding="utf-8")
    else:
        assert not (out / "graph.html").exists()
    if manifest["options"]["store"]:
        assert (out / "store" / "BUILD").read_text(encoding="ascii").strip() == build
    else:
        assert not (out / "store").exists()
    outputs = {"kg.ttl", "meetings.jsonl", "report.md", "files.tsv", "graph.html", "store", "build.json"}
    present = {p.name for p in out.iterdir()} & outputs
    assert present == set(files) | {"build.json"} | ({"store"} if manifest["options"]["store"] else set())
    return build


def leftovers(out: Path) -> list[str]:
    """Temporary files and folders of builds, beside and inside `out`."""
    beside = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.kg-")]
    inside = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".kg-cache"]
    return beside + inside


def build_points(tmp: Path) -> list[str]:
    """Every fault point a full build passes, in order (from a clean run)."""
    log = tmp / "points.txt"
    done = kg_build(FULL, tmp / "probe", log=log)
    assert done.returncode == 0, done.stderr
    return list(dict.fromkeys(log.read_text(encoding="utf-8").split()))
