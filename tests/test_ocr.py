"""Scanned pdf and images: OCR with the ``ocr`` extra, a clear no_text without.

The recognition tests run when rapidocr-onnxruntime is installed (.ci/run
installs the extra); the others always run.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zgov_cli.config import Config, ReadLimits
from zgov_cli.engine import check_path


def check(*args, **kw) -> dict:
    """A file's result as the JSON object the reporters print."""
    return check_path(*args, **kw).as_dict()
from zgov_cli.model import ReadError
from zgov_cli.readers import ocr, read_document

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "fixtures" / "docs"
FORMATS = ROOT / "fixtures" / "formats"
FIELDS = ("title", "doc_type", "issuer", "recipients", "date")


def _fields(res: dict) -> dict:
    assert res["status"] == "ok", res.get("error")
    return {k: res["document"][k] for k in FIELDS}


def test_without_the_extra_no_text_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    png = tmp_path / "扫描.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    for p in (FORMATS / "han_reply.scan.pdf", png):
        with pytest.raises(ReadError) as e:
            read_document(str(p))
        assert e.value.kind == "no_text"
        assert "pip install 'zgov[ocr]'" in e.value.message


def test_ocr_can_be_switched_off(tmp_path):
    with pytest.raises(ReadError) as e:
        read_document(str(FORMATS / "han_reply.scan.pdf"), ReadLimits(ocr="off"))
    assert e.value.kind == "no_text" and 'ocr = "off"' in e.value.message
    from zgov_cli.config import ConfigError, from_table

    with pytest.raises(ConfigError):
        from_table({"read": {"ocr": "yes"}})


def test_punctuation_put_back_to_full_width():
    fix = ocr._fix_punctuation
    assert fix("泽州县人民政府:") == "泽州县人民政府："
    assert fix("泽教发[2025]7号") == "泽教发〔2025〕7号"
    assert fix("（联系人:李明,电话:0356-3022145)") == "（联系人：李明，电话：0356-3022145）"
    assert fix("GB/T 9704-2012 (A4)") == "GB/T 9704-2012 (A4)"  # Latin text keeps its own


def test_sizes_snap_to_common_sizes():
    out = ocr._snap([16.0, 16.5, 15.6, 22.0, 21.5, 16.2])
    assert len({out[0], out[1], out[2], out[5]}) == 1 and len({out[3], out[4]}) == 1
    assert out[0] != out[3]


@pytest.fixture(scope="module")
def engine():
    pytest.importorskip("rapidocr_onnxruntime")
    return ocr


@pytest.mark.slow
@pytest.mark.parametrize("name", ["qingshi_two_matters", "han_reply"])
def test_scanned_pdf_reads_like_the_docx(engine, name):
    base = check(str(DOCS / f"{name}.docx"), Config())
    res = check(str(FORMATS / f"{name}.scan.pdf"), Config())
    assert res["document"]["format"] == "ocr" and res["source"] == "ocr"
    assert _fields(res) == _fields(base)
    verdicts = lambda r: sorted({f["code"] for f in r["findings"] if f["code"][:3] in ("ZG1", "ZG2") and f["severity"] != "info"})  # noqa: E731
    assert verdicts(res) == verdicts(base)
    assert not any(f["code"].startswith("ZG6") for f in res["findings"])
    assert any("ZG601" in n for n in res["notes"])  # the skipped layout rules are named in the result


@pytest.mark.slow
def test_image_reads_and_names_skipped_rules(engine, tmp_path):
    import pypdfium2 as pdfium

    # from the scanned fixture, whose page is an image: the typed pdf uses a
    # CJK font it does not embed (STSong-Light), which renders blank on a
    # machine without Chinese fonts
    pdf = pdfium.PdfDocument(str(FORMATS / "qingshi_two_matters.scan.pdf"))
    img = pdf[0].render(scale=150 / 72, grayscale=True).to_pil()
    pdf.close()
    p = tmp_path / "请示.PNG"
    img.save(p, dpi=(150, 150))
    raw = read_document(str(p))
    assert raw.format == "ocr"
    assert any("ZG601" in w and "ZG603" in w for w in raw.warnings)
    texts = [x.text for x in raw.paragraphs]
    assert "泽州县人民政府：" in texts and "妥否，请批示。" in texts
    assert abs(raw.layout.page_width_mm - 210) < 3  # from the image's dpi


def test_text_layer_is_used_when_there_is_one(engine):
    raw = read_document(str(DOCS / "han_reply.pdf"))
    assert raw.format == "pdf" and not raw.warnings


def test_bad_images(engine, tmp_path):
    trunc = tmp_path / "half.png"
    from PIL import Image

    im = Image.new("L", (400, 300), 255)
    im.save(tmp_path / "blank.png")
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "blank.png"))
    assert e.value.kind == "no_text" and "重新扫描" in e.value.message
    data = (tmp_path / "blank.png").read_bytes()
    trunc.write_bytes(data[: len(data) // 3])
    with pytest.raises(ReadError) as e:
        read_document(str(trunc))
    assert e.value.kind == "corrupt"
    wrong = tmp_path / "note.jpg"
    wrong.write_text("这不是图片", encoding="utf-8")
    with pytest.raises(ReadError) as e:
        read_document(str(wrong))
    assert e.value.kind == "corrupt"
    # a decompression bomb: a tiny png that claims a huge canvas
    Image.new("1", (12000, 12000), 1).save(tmp_path / "bomb.png", optimize=True)
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "bomb.png"), ReadLimits())
    assert e.value.kind == "too_large"
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.slow
def test_typed_pdf_with_a_scanned_page(engine, tmp_path):
    """Page 1 typed (its text layer is used), page 2 a scan (recognised):
    the document reads as the typed original does, and says which page was
    recognised."""
    import pypdfium2 as pdfium

    typed = pdfium.PdfDocument(str(DOCS / "tongzhi_office.pdf"))
    scan = pdfium.PdfDocument(str(FORMATS / "tongzhi_office.scan.pdf"))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(typed, [0])
    mixed.import_pages(scan, [1])
    p = tmp_path / "mixed.pdf"
    mixed.save(str(p))
    for d in (typed, scan, mixed):
        d.close()
    raw = read_document(str(p))
    want = read_document(str(DOCS / "tongzhi_office.pdf"))
    assert raw.format == "ocr" and any(w.startswith("第 2 页是扫描图像") for w in raw.warnings)
    assert [(x.page, x.text) for x in raw.paragraphs] == [(x.page, x.text) for x in want.paragraphs]
    assert _fields(check(str(p), Config())) == _fields(check(str(DOCS / "tongzhi_office.docx"), Config()))
