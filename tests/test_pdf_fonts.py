"""The reading of a PDF does not depend on the fonts the machine has.

pdfium substitutes system fonts for fonts a PDF does not embed, and its glyph
boxes (hence its own line grouping) change with them. Each PDF here is read
twice: in this process, with whatever fonts this machine has, and in a child
process where pdfium is given an empty system font list (a machine without
any fonts). Both readings must be the same."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zgov_cli.config import ReadLimits
from zgov_cli.readers.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "fixtures" / "docs"
from helpers import CORPUS  # noqa: E402

NO_FONTS = r"""
import ctypes, json, sys
import pypdfium2  # initialises pdfium
import pypdfium2.raw as raw

T = raw.FPDF_SYSFONTINFO
F = dict(T._fields_)
info = T()
info.version = 1
info.Release = F["Release"](lambda this: None)
info.EnumFonts = F["EnumFonts"](lambda this, mapper: None)
info.MapFont = F["MapFont"](lambda this, weight, italic, charset, pitch, face, exact: None)
info.GetFont = F["GetFont"](lambda this, face: None)
info.GetFontData = F["GetFontData"](lambda this, font, table, buf, size: 0)
info.GetFaceName = F["GetFaceName"](lambda this, font, buf, size: 0)
info.GetFontCharset = F["GetFontCharset"](lambda this, font: 0)
info.DeleteFont = F["DeleteFont"](lambda this, font: None)
raw.FPDF_SetSystemFontInfo(ctypes.byref(info))

from zgov_cli.config import ReadLimits
from zgov_cli.readers.pdf import read_pdf

out = {}
for path in sys.argv[1:]:
    out[path] = [[p.text, p.page, p.align, p.font_size, p.color, p.bold, p.struck]
                 for p in read_pdf(path, ReadLimits()).paragraphs]
print(json.dumps(out, ensure_ascii=False))
"""


def _key(path: Path) -> list:
    return [[p.text, p.page, p.align, p.font_size, p.color, p.bold, p.struck]
            for p in read_pdf(str(path), ReadLimits()).paragraphs]


def test_reading_is_the_same_without_system_fonts(tmp_path):
    import test_readers as tr

    glyphs = tmp_path / "glyphs.pdf"
    tr._single_glyph_pdf(glyphs, spaced_title=True)
    plain = tmp_path / "plain.pdf"
    tr._single_glyph_pdf(plain, spaced_title=False)
    paths = [glyphs, plain, DOCS / "reader_long_notice.pdf", DOCS / "qingshi_two_matters.pdf",
             ROOT / "fixtures" / "tracked" / "qingshi_deleted_matter.pdf"]
    paths += [p for p in (CORPUS / "govdoc-cn" / "397.pdf",) if p.exists()]
    r = subprocess.run([sys.executable, "-c", NO_FONTS, *map(str, paths)], capture_output=True, text=True,
                       timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    without = json.loads(r.stdout)
    for p in paths:
        assert without[str(p)] == _key(p), p.name


def test_without_fonts_pdfium_alone_would_lose_glyphs(tmp_path):
    """The child process really is font-less: pdfium alone drops the lone
    ``印`` there (which is why such pages are read with pdfminer)."""
    import test_readers as tr

    glyphs = tmp_path / "glyphs.pdf"
    tr._single_glyph_pdf(glyphs)
    script = NO_FONTS.replace("read_pdf(path, ReadLimits())", "read_pdf(path, ReadLimits(), engine='pdfium')")
    r = subprocess.run([sys.executable, "-c", script, str(glyphs)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    texts = [p[0] for p in json.loads(r.stdout)[str(glyphs)]]
    assert "印" not in texts
    assert "印" in [p[0] for p in _key(glyphs)]


def test_rotated_lines_stay_whole(tmp_path):
    """Lines are split where the baseline moves, but text drawn at an angle
    (a rotated line, a vertical stamp) runs across baselines by design."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    p = tmp_path / "rot.pdf"
    c = canvas.Canvas(str(p), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 16)
    c.drawString(80, 700, "各单位要加强值班值守工作确保信息畅通。")
    c.saveState()
    c.translate(300, 300)
    c.rotate(30)
    c.drawString(0, 0, "斜着写的一行文字不应被拆开")
    c.restoreState()
    c.showPage()
    c.save()
    for engine in ("auto", "pdfium"):
        texts = [x.text for x in read_pdf(str(p), ReadLimits(), engine=engine).paragraphs]
        assert texts == ["各单位要加强值班值守工作确保信息畅通。", "斜着写的一行文字不应被拆开"], engine
