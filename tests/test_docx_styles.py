"""docx fonts and sizes through the style chain: direct run → character
style → paragraph style (basedOn) → docDefaults → theme; Chinese text takes
the eastAsia font. And the document grid as LibreOffice stores it."""
from __future__ import annotations

import zipfile
from pathlib import Path

from zgov_cli.config import ReadLimits
from zgov_cli.readers.docx import read_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

THEME = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>
<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/>
<a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>
<a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="等线"/><a:font script="Hant" typeface="新細明體"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>"""


def _docx(tmp_path: Path, body: str, styles: str, theme: str | None = THEME, name: str = "s.docx") -> Path:
    """A minimal package: document.xml with ``body``, styles.xml with
    ``styles`` (docDefaults and styles), and a theme part."""
    path = tmp_path / name
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>' if theme else "")
                + '</Relationships>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>')
        z.writestr("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{styles}</w:styles>')
        if theme:
            z.writestr("word/theme/theme1.xml", theme)
    return path


THEMED_DEFAULTS = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
                   'w:hAnsiTheme="minorHAnsi" w:eastAsia="ＭＳ 明朝"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
                   '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>')
BODY_STYLE = ('<w:style w:type="paragraph" w:styleId="ZW"><w:name w:val="正文文字"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>')


def _p(runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def _r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def test_east_asian_font_from_paragraph_style_beats_direct_latin_font(tmp_path):
    """LibreOffice/WPS write the Latin font on every run; the Chinese text
    still takes the eastAsia font of the paragraph style."""
    tnr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
    body = _p(_r("为做好2025年全县安全生产工作，现通知如下。", tnr), "ZW") + _p(_r("2025", tnr), "ZW")
    raw = read_docx(str(_docx(tmp_path, body, THEMED_DEFAULTS + BODY_STYLE)), ReadLimits())
    assert [(p.font_name, p.font_size) for p in raw.paragraphs] == [("仿宋_GB2312", 16.0), ("Times New Roman", 16.0)]


def test_character_style_chain(tmp_path):
    styles = THEMED_DEFAULTS + BODY_STYLE + (
        '<w:style w:type="character" w:styleId="Base"><w:name w:val="b"/><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="30"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Strong"><w:name w:val="s"/><w:basedOn w:val="Base"/><w:rPr><w:b/></w:rPr></w:style>')
    body = _p(_r("一、总体要求", '<w:rStyle w:val="Strong"/>'), "ZW") + _p(_r("直接字体优先", '<w:rStyle w:val="Strong"/><w:rFonts w:eastAsia="楷体_GB2312"/>'), "ZW")
    raw = read_docx(str(_docx(tmp_path, body, styles)), ReadLimits())
    assert [(p.font_name, p.font_size, p.bold) for p in raw.paragraphs] == [("黑体", 15.0, True), ("楷体_GB2312", 15.0, True)]


def test_theme_fonts_resolve_by_east_asian_language(tmp_path):
    body = _p(_r("没有任何字体设置的段落")) + _p(_r("标题字体", '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:eastAsia="宋体"/>'))
    raw = read_docx(str(_docx(tmp_path, body, THEMED_DEFAULTS)), ReadLimits())
    assert [p.font_name for p in raw.paragraphs] == ["等线", "等线 Light"]  # the theme attribute wins over eastAsia
    assert (raw.layout.default_font_name, raw.layout.default_font_size) == ("等线", 10.5)
    tw = read_docx(str(_docx(tmp_path, body, THEMED_DEFAULTS.replace("zh-CN", "zh-TW"), name="tw.docx")), ReadLimits())
    assert tw.paragraphs[0].font_name == "新細明體"


def test_theme_font_without_theme_part_is_unknown_not_the_latin_font(tmp_path):
    body = _p(_r("没有主题部件"))
    raw = read_docx(str(_docx(tmp_path, body, THEMED_DEFAULTS, theme=None)), ReadLimits())
    assert raw.paragraphs[0].font_name is None


def test_mixed_run_chinese_text_takes_east_asian_font(tmp_path):
    body = _p(_r("2025年3月15日前报送", '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/>'))
    raw = read_docx(str(_docx(tmp_path, body, THEMED_DEFAULTS)), ReadLimits())
    assert raw.paragraphs[0].font_name == "仿宋_GB2312"


def test_libreoffice_negative_char_space_stored_unsigned(tmp_path):
    """LibreOffice writes docGrid charSpace −1025 as 4294966271."""
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="{cs}"/></w:sectPr>')
    styles = THEMED_DEFAULTS.replace('<w:sz w:val="21"/>', '<w:sz w:val="32"/>')
    lo = read_docx(str(_docx(tmp_path, _p(_r("正文")) + sect.format(cs=4294966271), styles, name="lo.docx")), ReadLimits())
    word = read_docx(str(_docx(tmp_path, _p(_r("正文")) + sect.format(cs=-1025), styles, name="w.docx")), ReadLimits())
    assert lo.layout.chars_per_line == word.layout.chars_per_line == 28
    assert lo.layout.lines_per_page == 22


def test_strikethrough_runs_are_not_live_text(tmp_path):
    """Strikethrough formatting (direct or from a character style) marks
    deleted text, as the struck text of a PDF export: left out of the
    paragraph, kept on ``struck``; a paragraph struck whole goes to the one
    before it."""
    styles = THEMED_DEFAULTS + '<w:style w:type="character" w:styleId="Del"><w:name w:val="d"/><w:rPr><w:dstrike/></w:rPr></w:style>'
    body = (_p(_r("恳请县政府予以追加") + _r("并增加编制5名", "<w:strike/>") + _r("。"))
            + _p(_r("同时恳请县政府安排资金。", '<w:rStyle w:val="Del"/>'))
            + _p(_r("妥否，请批示。") + _r("未删", '<w:strike w:val="0"/>')))
    raw = read_docx(str(_docx(tmp_path, body, styles)), ReadLimits())
    assert [(p.text, p.struck) for p in raw.paragraphs] == [
        ("恳请县政府予以追加。", "并增加编制5名同时恳请县政府安排资金。"), ("妥否，请批示。未删", "")]
