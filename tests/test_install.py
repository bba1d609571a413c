"""Install zgov as a clerk or a CI job does, into fresh environments.

* ``python -m build`` makes a wheel (no build isolation: the build tools of
  the test environment, so it works without a network);
* ``pip install <wheel>`` into a fresh venv, and ``pipx install <source>``,
  each give a ``zgov`` whose ``--version`` is the package version and which
  checks a document (so the data files are in the wheel);
* the run happens outside the source tree, so nothing is imported from it.

Dependencies come from wherever pip is configured to take them (the local
index and PyPI here, the pip cache once warm). Slow, like the pre-commit test.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ci_docs import TYPO_NOTICE

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""

pytestmark = pytest.mark.slow


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "GITHUB_ACTIONS")}
    env.update(extra)
    return env


def _run(args, cwd, env=None, timeout=900) -> subprocess.CompletedProcess:
    p = subprocess.run([str(a) for a in args], cwd=cwd, env=env or _env(), capture_output=True, text=True,
                       encoding="utf-8", errors="replace", timeout=timeout)
    assert p.returncode in (0, 1), f"{args}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}"
    return p


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A clean copy of what a clone contains (no .venv, no build output)."""
    src = tmp_path_factory.mktemp("src") / "zgov"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "zgov_cli", src / "zgov_cli", ignore=shutil.ignore_patterns("__pycache__"))
    return src


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, source], cwd=source)
    wheels = list(out.glob("zgov-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def _works(zgov: Path, python: Path | None, cwd: Path) -> None:
    from zgov_cli import __version__

    doc = cwd / "通知.txt"
    doc.write_text(TYPO_NOTICE, encoding="utf-8")
    assert _run([zgov, "--version"], cwd).stdout.strip() == f"zgov {__version__}"
    if python is not None:
        assert _run([python, "-m", "zgov_cli", "--version"], cwd).stdout.strip() == f"zgov {__version__}"
    r = _run([zgov, "check", doc.name, "--format", "json", "--jobs", "1"], cwd)
    assert r.returncode == 1 and '"ZG501"' in r.stdout  # rules and their data files are installed
    r = _run([zgov, "rule", "ZG101"], cwd)
    assert "第二十七条" in r.stdout


def test_wheel_name_and_contents(wheel):
    import zipfile

    from zgov_cli import __version__

    assert wheel.name == f"zgov-{__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    data = {n for n in names if n.startswith("zgov_cli/data/")}
    assert {Path(n).name for n in data} >= {p.name for p in (ROOT / "zgov_cli" / "data").iterdir()
                                            if p.suffix in (".toml", ".json", ".txt")}
    meta = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert re.search(r"^zgov = zgov_cli\.cli:main$", zipfile.ZipFile(wheel).read(meta).decode(), re.M)


def test_pip_install_wheel_into_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    python = venv / BIN / f"python{EXE}"
    _run([python, "-m", "pip", "install", "-q", wheel], cwd=tmp_path)
    _works(venv / BIN / f"zgov{EXE}", python, tmp_path)


def test_pipx_install_source(source, tmp_path):
    pipx = shutil.which("pipx", path=str(Path(sys.executable).parent)) or shutil.which("pipx")
    if pipx is None:
        pytest.skip("pipx is not installed (pip install -e '.[dev]' installs it)")
    env = _env(PIPX_HOME=str(tmp_path / "pipx"), PIPX_BIN_DIR=str(tmp_path / "bin"),
               PIPX_MAN_DIR=str(tmp_path / "man"), USE_EMOJI="0")
    _run([pipx, "install", source], cwd=tmp_path, env=env)
    work = tmp_path / "work"
    work.mkdir()
    _works(tmp_path / "bin" / f"zgov{EXE}", None, work)


def test_documented_versions_match_the_package():
    """README's pre-commit ``rev:`` and pip/pipx tags are this version's tag."""
    from zgov_cli import __version__

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    tags = set(re.findall(r"rev:\s*(v[\d.]+)", text)) | set(re.findall(r"@(v\d+\.\d+\.\d+)", text))
    assert tags == {f"v{__version__}"}
