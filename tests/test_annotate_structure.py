"""Placing comments and revisions in the structures drafts really have:
a text box the reader reads before its anchor paragraph, a table between
two paragraphs of the same text, evidence inside a hyperlink (revisable)
and inside a field result (comment only)."""
from __future__ import annotations

import docx
import pytest
from annotate_helpers import accept_all, anchors, comments, document, norm, paragraphs, reject_zgov, revisions, texts
from conftest import run_zgov
from docx.oxml import parse_xml

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
BODY = "各乡镇要落实防汛的的责任，加强值班值守。"
LINK = "各部门要落实值班的的制度。"
FIELD = "请各单位做好的的准备。"


def draft(path) -> None:
    d = docx.Document()
    title = d.add_paragraph("泽州县人民政府办公室关于做好2025年防汛工作的通知")
    title._p.append(parse_xml(
        f'<w:r {W}><w:pict><v:shape {V} style="width:300pt;height:40pt"><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t>泽州县人民政府办公室文件</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    d.add_paragraph("各乡镇人民政府，县直各有关单位：")
    d.add_paragraph(BODY)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "值班电话"
    t.cell(0, 1).text = "0356-1234567"
    d.add_paragraph(BODY)
    d.add_paragraph()._p.append(parse_xml(f'<w:hyperlink {W} w:anchor="duty"><w:r><w:t>{LINK}</w:t></w:r></w:hyperlink>'))
    d.add_paragraph()._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" DOCPROPERTY note "><w:r><w:t>{FIELD}</w:t></w:r></w:fldSimple>'))
    d.add_paragraph("泽州县人民政府办公室")
    d.add_paragraph("2025年4月3日")
    d.save(str(path))


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("structure")
    draft(folder / "draft.docx")
    run = run_zgov("annotate", str(folder / "draft.docx"), "--fix", "--select", "ZG501", "--format", "json")
    res = run.json["files"][0]
    return folder / "draft.docx", folder / "draft.zgov.docx", res


def test_findings_as_expected(copy):
    _, _, res = copy
    assert [(f["code"], f["evidence"]) for f in res["findings"]] == [
        ("ZG501", BODY), ("ZG501", BODY), ("ZG501", LINK), ("ZG501", FIELD)]


def test_same_text_twice_each_comment_in_its_own_paragraph(copy):
    src, out, res = copy
    root = document(out)
    ps = paragraphs(root)
    cs = [c for c in comments(out) if c["author"] == "zgov"]
    where = anchors(root)
    first, second = where[cs[0]["id"]]["p"], where[cs[1]["id"]]["p"]
    table_cells = [k for k, p in enumerate(ps) if any(a.tag.endswith("}tbl") for a in p.iterancestors())]
    assert first < min(table_cells) < max(table_cells) < second
    assert norm(where[cs[0]["id"]]["text"]) == norm(where[cs[1]["id"]]["text"]) == norm(BODY)


def test_hyperlink_revised_field_left_to_the_comment(copy):
    src, out, res = copy
    root = document(out)
    dels, inss = revisions(root)
    assert res["output"]["tracked"] == 3  # two body paragraphs and the hyperlink
    assert all(d.getparent().tag.endswith("}hyperlink") or d.getparent().tag.endswith("}p") for d in dels)
    assert any(d.getparent().tag.endswith("}hyperlink") for d in dels)
    field_comment = [c for c in comments(out) if c["author"] == "zgov"][3]
    assert "建议改为：“请各单位做好的准备。”" in field_comment["text"]
    accepted = texts(accept_all(root))
    assert "各部门要落实值班的制度。" in accepted and FIELD in accepted
    assert accepted.count("各乡镇要落实防汛的责任，加强值班值守。") == 2
    assert texts(reject_zgov(root)) == texts(document(src))


def _docx_bytes(build) -> bytes:
    import io

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _finding(code: str, paragraph: int, evidence: str, fix: str | None = None) -> dict:
    return {"code": code, "severity": "warning", "title": "t", "message": "m", "article": "a",
            "evidence": evidence, "location": {"paragraph": paragraph, "page": None}, "fix": fix}


def test_reader_text_with_generated_list_numbers_and_soft_breaks():
    """The reader may prefix Word's generated list numbers (``一、``) and may
    split one w:p at a soft line break; the w:p is still found by its text,
    and the paragraph number only breaks ties."""
    import io
    import zipfile

    from annotate_helpers import xml
    from zgov_cli.annotate.docx import annotate_docx

    def build(d):
        d.add_paragraph("落实责任")
        d.add_paragraph("落实责任的的要求")  # shown by Word as "一、落实责任的的要求"
        p = d.add_paragraph("第一行。")
        p.add_run().add_break()
        p.add_run("第二行的的。")
        d.add_paragraph("落实责任的的要求")  # the same text again: "二、…"

    data = _docx_bytes(build)
    reader = ["落实责任", "一、落实责任的的要求", "第一行。", "第二行的的。", "二、落实责任的的要求"]
    findings = [_finding("ZG501", 5, "责任的的要求", "责任的要求"), _finding("ZG501", 4, "行的的", "行的"),
                _finding("ZG501", 2, "责任的的要求", "责任的要求")]
    res = annotate_docx(data, findings, reader, lambda f, t: f["code"], fix=True)
    root = xml(zipfile.ZipFile(io.BytesIO(res.data)).read("word/document.xml"))
    where = anchors(root)
    ps = [norm(t) for t in texts(reject_zgov(root))]
    got = [where[str(p.comment_id)]["p"] for p in res.placements]
    assert got == [3, 2, 1]  # w:p positions: the second "落实责任…", the soft-broken one, the first
    assert [p.anchor for p in res.placements] == ["evidence"] * 3 and res.tracked == 3
    assert ps[2] == "第一行。第二行的的。"


def test_two_findings_with_the_same_fix_make_one_revision():
    """Two findings asking for the same change on the same text: one tracked
    change carries it, and both comments say so."""
    import io
    import zipfile

    from annotate_helpers import xml
    from zgov_cli.annotate.docx import annotate_docx

    data = _docx_bytes(lambda d: (d.add_paragraph("标题"), d.add_paragraph("泽州县人民政府:")))
    reader = ["标题", "泽州县人民政府:"]
    findings = [_finding("ZG306", 2, "泽州县人民政府:", "泽州县人民政府："),
                _finding("ZG502", 2, "泽州县人民政府:", "泽州县人民政府：")]
    said = []
    res = annotate_docx(data, findings, reader, lambda f, t: said.append((f["code"], t)) or f["code"], fix=True)
    root = xml(zipfile.ZipFile(io.BytesIO(res.data)).read("word/document.xml"))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert len(root.findall(f".//{ns}del")) == len(root.findall(f".//{ns}ins")) == 1
    assert res.tracked == 2 and sorted(said) == [("ZG306", True), ("ZG502", True)]
    assert norm(texts(reject_zgov(root))[1]) == "泽州县人民政府:"
