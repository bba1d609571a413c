"""Inputs are opened read-only and never written, moved, replaced or touched:
bytes, mtime, ctime and inode stay the same, and nothing appears beside them."""
from __future__ import annotations

import builtins
import hashlib
import io
import os
from pathlib import Path

import pytest
from conftest import run_zgov
from test_bad_input_cli import DOC_TEXT, TITLE, _pdf_canvas, garbled_pdf, good_docx, mixed_folder, zip_bomb

OTHER_TITLES = {"gbk.txt": "泽州县财政局关于拨付防汛资金的通知", "utf16.txt": "泽州县水利局关于加固堤坝的通知",
                "good.doc": "泽州县人民政府办公室关于做好2026年元旦春节期间安全生产工作的通知",
                "good.ofd": "泽州县人民政府办公室关于做好2026年元旦春节期间安全生产工作的通知"}
PAST = 1_600_000_000_123_456_789  # 2020-09-13, a fixed mtime any touch would change


def build(folder: Path) -> dict[str, str | None]:
    expected = mixed_folder(folder)
    sub = folder / "子目录"
    sub.mkdir()
    zip_bomb(sub / "bomb.docx", inflated=1024**3)
    c = _pdf_canvas(sub / "encrypted.pdf", encrypt="pw")
    c.drawString(80, 700, "secret")
    c.showPage()
    c.save()
    c = _pdf_canvas(sub / "good.pdf")
    c.setFont("STSong-Light", 16)
    for i, line in enumerate(DOC_TEXT.strip().splitlines()):
        c.drawString(80, 760 - 28 * i, line)
    c.showPage()
    c.save()
    garbled_pdf(sub / "garbled.pdf", 0x5000)
    good_docx(sub / "good copy.docx")
    (sub / "draft.md").write_text(f"# {TITLE}\n\n各乡镇人民政府，县直各有关单位：\n", encoding="utf-8")
    expected.update({"bomb.docx": "too_large", "encrypted.pdf": "encrypted", "good.pdf": None,
                     "garbled.pdf": "no_text", "good copy.docx": None, "draft.md": None})
    return expected


def snapshot(root: Path) -> dict[str, tuple]:
    out = {}
    for dirpath, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            p = Path(dirpath) / name
            st = p.stat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None
            out[str(p.relative_to(root))] = (digest, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_mode)
    return out


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("untouched")
    folder = root / "公文"
    expected = build(folder)
    for dirpath, dirs, files in os.walk(folder, topdown=False):
        for name in files + dirs:
            p = Path(dirpath) / name
            os.utime(p, ns=(PAST, PAST))
            if p.is_file():
                p.chmod(0o444)
    return root, folder, expected


def test_mixed_folder_reported_and_untouched(inputs):
    root, folder, expected = inputs
    before = snapshot(root)
    for fmt, jobs in (("json", "2"), ("text", "1")):
        run = run_zgov("check", str(folder), "--format", fmt, "--jobs", jobs, cwd=root)
        assert run.code == 2
        if fmt == "json":
            files = run.by_name()
            assert set(files) == set(expected)
            for name, kind in expected.items():
                got = files[name]["status"] if kind is None else files[name]["error"]["kind"]
                assert got == (kind or "ok"), (name, files[name])
                if kind is None:
                    assert files[name]["document"]["title"] == OTHER_TITLES.get(name, TITLE), name
        else:
            for name in expected:
                assert name in run.stdout, name
    after = snapshot(root)
    assert after == before


def test_inputs_opened_read_only(inputs, monkeypatch):
    """Every open of an input file from Python (builtins, io, os) asks for reading only."""
    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, check_path
    from zgov_cli.inputs import expand

    _, folder, expected = inputs
    folder_s = str(folder)
    opened: list[tuple[str, str]] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def record(path, how) -> None:
        if isinstance(path, (str, os.PathLike)) and os.fspath(path).startswith(folder_s):
            opened.append((os.fspath(path), str(how)))

    def spy_open(file, mode="r", *a, **kw):
        record(file, mode)
        return real_open(file, mode, *a, **kw)

    def spy_io_open(file, mode="r", *a, **kw):
        record(file, mode)
        return real_io_open(file, mode, *a, **kw)

    def spy_os_open(path, flags, *a, **kw):
        record(path, "w" if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND) else "r")
        return real_os_open(path, flags, *a, **kw)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    files = expand([folder_s])
    assert len(files) == len(expected)
    results = [check_path(f, Config(), CheckOptions()) for f in files]
    assert {Path(r.path).name for r in results} == set(expected)
    assert opened, "the spy saw no open at all"
    writes = [(p, m) for p, m in opened if any(c in m for c in "wax+")]
    assert writes == []
    readable = {n for n, k in expected.items() if n.endswith((".txt", ".docx", ".md")) and k != "empty"}
    assert {Path(p).name for p, _ in opened} >= readable
