"""Property-based tests: for ANY bytes, a reader returns a RawDocument or
raises ReadError with a known kind — never another exception."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zgov_cli.config import ReadLimits
from zgov_cli.model import ERROR_KINDS, RawDocument, ReadError
from zgov_cli.readers import read_document
from zgov_cli.readers.docx import read_docx
from zgov_cli.readers.pdf import read_pdf

DOCS = Path(__file__).resolve().parents[1] / "fixtures" / "docs"
DOCX = (DOCS / "reader_table_textbox.docx").read_bytes()
PDF = (DOCS / "reader_table_textbox.pdf").read_bytes()
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _outcome(fn, path: Path):
    try:
        out = fn(str(path), ReadLimits())
    except ReadError as e:
        assert e.kind in ERROR_KINDS and isinstance(e.message, str) and e.message
        return e.kind
    assert isinstance(out, RawDocument)
    assert all(p.text and p.text == p.text.strip() for p in out.paragraphs)
    assert [p.index for p in out.paragraphs] == list(range(1, len(out.paragraphs) + 1))
    return out


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from([".docx", ".pdf", ".txt", ""]))
def test_random_bytes(tmp_path_factory, data, ext):
    p = _write(tmp_path_factory.mktemp("r"), "f" + ext, data)
    try:
        read_document(str(p))
    except ReadError as e:
        assert e.kind in ERROR_KINDS
    _outcome(read_docx, p)
    _outcome(read_pdf, p)


@FUZZ
@given(prefix=st.sampled_from([b"PK\x03\x04", b"%PDF-1.7\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]), data=st.binary(max_size=2048))
def test_magic_then_garbage(tmp_path_factory, prefix, data):
    d = tmp_path_factory.mktemp("m")
    for ext in (".docx", ".pdf"):
        p = _write(d, "f" + ext, prefix + data)
        with pytest.raises(ReadError) as e:
            read_document(str(p))
        assert e.value.kind in ERROR_KINDS


def _mutate(base: bytes, rnd: random.Random, flips: int) -> bytes:
    b = bytearray(base)
    for _ in range(flips):
        i = rnd.randrange(len(b))
        b[i] = rnd.randrange(256)
    return bytes(b)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40), which=st.sampled_from(["docx", "pdf"]))
def test_flipped_bytes(tmp_path_factory, seed, flips, which):
    base = DOCX if which == "docx" else PDF
    p = _write(tmp_path_factory.mktemp("f"), "f." + which, _mutate(base, random.Random(seed), flips))
    _outcome(read_docx if which == "docx" else read_pdf, p)


@FUZZ
@given(cut=st.integers(1, 10**6), which=st.sampled_from(["docx", "pdf"]))
def test_truncated(tmp_path_factory, cut, which):
    base = DOCX if which == "docx" else PDF
    p = _write(tmp_path_factory.mktemp("t"), "f." + which, base[: cut % len(base)])
    _outcome(read_docx if which == "docx" else read_pdf, p)


def _members() -> list[tuple[zipfile.ZipInfo, bytes]]:
    z = zipfile.ZipFile(io.BytesIO(DOCX))
    return [(i, z.read(i.filename)) for i in z.infolist()]


@FUZZ
@given(order=st.permutations(list(range(len(_members())))))
def test_shuffled_zip_members_read_the_same(tmp_path_factory, order):
    members = _members()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k in order:
            info, data = members[k]
            z.writestr(info.filename, data)
    p = _write(tmp_path_factory.mktemp("s"), "f.docx", buf.getvalue())
    ref = read_docx(str(DOCS / "reader_table_textbox.docx"), ReadLimits())
    out = _outcome(read_docx, p)
    assert isinstance(out, RawDocument)
    assert [x.text for x in out.paragraphs] == [x.text for x in ref.paragraphs]


@FUZZ
@given(drop=st.sets(st.integers(0, len(_members()) - 1), max_size=4), seed=st.integers(0, 2**16), flips=st.integers(0, 10))
def test_dropped_and_mutated_members(tmp_path_factory, drop, seed, flips):
    rnd = random.Random(seed)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, (info, data) in enumerate(_members()):
            if k in drop:
                continue
            if flips and info.filename.endswith(".xml") and data:
                data = _mutate(data, rnd, flips)
            z.writestr(info.filename, data)
    p = _write(tmp_path_factory.mktemp("d"), "f.docx", buf.getvalue())
    _outcome(read_docx, p)
