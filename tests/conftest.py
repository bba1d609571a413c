"""Shared fixtures: run the real ``zgov`` command in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)

    def by_name(self) -> dict[str, dict]:
        """File results of a ``--format json`` run keyed by file name."""
        return {Path(f["path"]).name: f for f in self.json["files"]}


def run_zgov(*args: str, cwd: str | os.PathLike | None = None, env: dict | None = None,
             timeout: float = 60, traceback_ok: bool = False) -> Run:
    """``python -m zgov_cli ARGS`` as a user runs it; never a traceback."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("GITHUB_ACTIONS", None)
    p = subprocess.run([sys.executable, "-m", "zgov_cli", *args], cwd=cwd, env=full_env,
                       capture_output=True, timeout=timeout)
    enc = (env or {}).get("PYTHONIOENCODING", "utf-8")
    run = Run(p.returncode, p.stdout.decode(enc, errors="strict"), p.stderr.decode(enc, errors="strict"))
    if not traceback_ok:
        assert "Traceback" not in run.stderr, run.stderr
        assert "Traceback" not in run.stdout
    return run


@pytest.fixture
def zgov():
    """The real command line: ``zgov("check", path, "--format", "json")``."""
    return run_zgov
