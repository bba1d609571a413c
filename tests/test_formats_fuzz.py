"""Property-based tests of the .doc/.wps and .ofd readers: for any bytes a
reader returns a RawDocument or raises ReadError with a known kind."""
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
from zgov_cli.readers.doc import read_doc
from zgov_cli.readers.ofd import read_ofd
from test_reader_fuzz import FUZZ, _outcome  # one property for every reader

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
DOC = (FORMATS / "reader_table_textbox.doc").read_bytes()
OFD = (FORMATS / "reader_table_textbox.ofd").read_bytes()


def _mutate(base: bytes, rnd: random.Random, flips: int, lo: int = 0) -> bytes:
    b = bytearray(base)
    for _ in range(flips):
        i = rnd.randrange(lo, len(b))
        b[i] = rnd.randrange(256)
    return bytes(b)


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from([".doc", ".wps", ".ofd", ".DOC"]),
       prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]))
def test_random_bytes(tmp_path_factory, data, ext, prefix):
    p = tmp_path_factory.mktemp("r") / ("f" + ext)
    p.write_bytes(prefix + data)
    try:
        read_document(str(p))
    except ReadError as e:
        assert e.kind in ERROR_KINDS
    _outcome(read_doc, p)
    _outcome(read_ofd, p)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 60))
def test_flipped_doc(tmp_path_factory, seed, flips):
    """Flips anywhere, and flips past the OLE header (the FIB, the piece
    table, the PAPX pages: where a reader of our own can go wrong)."""
    d = tmp_path_factory.mktemp("d")
    rnd = random.Random(seed)
    for k, lo in enumerate((0, 512)):
        p = d / f"f{k}.doc"
        p.write_bytes(_mutate(DOC, rnd, flips, lo))
        _outcome(read_doc, p)


def _ofd_members() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(OFD)) as z:
        return {n: z.read(n) for n in z.namelist()}


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40))
def test_flipped_ofd_xml(tmp_path_factory, seed, flips):
    """Byte flips inside the OFD's XML members (the zip stays valid, so the
    parser and the layout code see the damage)."""
    rnd = random.Random(seed)
    members = _ofd_members()
    name = rnd.choice(sorted(members))
    members[name] = _mutate(members[name], rnd, flips)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, v in members.items():
            z.writestr(n, v)
    p = tmp_path_factory.mktemp("o") / "f.ofd"
    p.write_bytes(buf.getvalue())
    _outcome(read_ofd, p)


_NUM = st.one_of(st.floats(allow_nan=True, allow_infinity=True, width=32).map(repr), st.text("0123456789.-g e", max_size=12))


@FUZZ
@given(boundary=st.lists(_NUM, max_size=5), size=_NUM, ctm=st.lists(_NUM, max_size=7), x=_NUM, y=_NUM,
       dx=st.lists(_NUM, max_size=8), text=st.text(max_size=20))
def test_hostile_text_objects(tmp_path_factory, boundary, size, ctm, x, y, dx, text):
    """Any attribute values in a TextObject: NaN, infinities, junk, g-runs."""
    from xml.sax.saxutils import escape, quoteattr

    members = _ofd_members()
    page = (
        '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">'
        f'<ofd:TextObject ID="2" Font="1" Size={quoteattr(size)} Boundary={quoteattr(" ".join(boundary))} CTM={quoteattr(" ".join(ctm))}>'
        f'<ofd:TextCode X={quoteattr(x)} Y={quoteattr(y)} DeltaX={quoteattr(" ".join(dx))}>{escape(text)}</ofd:TextCode></ofd:TextObject>'
        '<ofd:TextObject ID="3" Font="1" Size="5.6" Boundary="28 60 150 8"><ofd:TextCode X="0" Y="5">泽州县人民政府关于做好防汛工作的通知</ofd:TextCode></ofd:TextObject>'
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    for n in list(members):
        if n.endswith("Content.xml"):
            members[n] = page.encode("utf-8", "surrogatepass")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, v in members.items():
            z.writestr(n, v)
    p = tmp_path_factory.mktemp("t") / "f.ofd"
    p.write_bytes(buf.getvalue())
    _outcome(read_ofd, p)


def test_negative_prc_size_is_corrupt_not_a_loop():
    """A CLX whose property-modifier block claims a negative size."""
    from zgov_cli.readers.doc import _Fib, _pieces

    fib = _Fib()
    fib.fc_clx, fib.lcb_clx = 0, 8
    with pytest.raises(ReadError) as e:
        _pieces(b"\x01\xfd\xff\x01\xfd\xff\x02\x00", fib)
    assert e.value.kind == "corrupt"
