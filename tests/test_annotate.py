"""``zgov annotate`` (SPEC §11): every written copy is opened again with
python-docx and with plain zip + XML (tests/annotate_helpers.py) — one
comment per finding, anchored on its evidence in the reader's paragraph,
tracked changes that accept to the fixed text and reject to the draft,
nothing else of the package changed, inputs untouched."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import docx
import pytest
from annotate_helpers import (CODE, accept_all, anchors, comments, document, exploded, members, norm, reject_zgov,
                              revisions, strip_comments, texts)
from conftest import run_zgov
from docx.shared import RGBColor
from helpers import DOCS

from zgov_cli.annotate.docx import locate, pieces
from zgov_cli.readers import read_document

# drafts with findings of every kind of placement: composite evidence
# (ZG101), fixes in one run (ZG302), a fix across a tab (ZG501), two findings
DOCX = ["qingshi_two_matters", "read_tongbao_wrapped", "read_title_bookmarks", "qingshi_overlevel",
        "read_jueding_cn_date", "read_qingshi_sig_date_line"]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def synthetic(path: Path) -> None:
    """A draft with what the fixtures lack: an existing reviewer's comment,
    a header, evidence and fixes across runs of different formatting."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "泽州县人民政府办公室（页眉）"
    title = d.add_paragraph().add_run("泽州县人民政府办公室关于做好2025年防汛工作的通知")
    d.add_paragraph("各乡镇人民政府，县直各有关单位：")
    p = d.add_paragraph()
    p.add_run("为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下。各乡镇要落实")
    p.add_run("防汛的").bold = True
    p.add_run("的责任").font.color.rgb = RGBColor(0xC0, 0, 0)
    p.add_run("，加强值班值守。")
    d.add_paragraph("泽州县人民政府办公室")
    p = d.add_paragraph()
    p.add_run("2025年0").bold = True
    p.add_run("4月0").font.color.rgb = RGBColor(0, 0, 0xC0)
    p.add_run("3日")
    d.add_comment(title, text="标题请再斟酌。", author="审核人", initials="SH")
    d.save(str(path))


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    """One ``zgov annotate --fix`` run over the drafts; (inputs, json, hashes)."""
    src = tmp_path_factory.mktemp("drafts")
    for name in DOCX:
        shutil.copy(DOCS / f"{name}.docx", src / f"{name}.docx")
    synthetic(src / "synthetic.docx")
    before = {p.name: sha(p) for p in src.iterdir()}
    out = tmp_path_factory.mktemp("copies")
    run = run_zgov("annotate", str(src), "--out", str(out), "--fix", "--format", "json", "--fail-on", "never")
    assert run.code == 0, run.stderr
    return src, run.json, before


def _results(annotated):
    src, data, _ = annotated
    return {Path(f["path"]).stem: f for f in data["files"]}


def test_inputs_untouched_and_every_copy_listed(annotated):
    src, data, before = annotated
    assert {p.name: sha(p) for p in src.iterdir()} == before  # nothing written beside the drafts
    assert len(data["written"]) == len(DOCX) + 1 == data["summary"]["written"]
    for f in data["files"]:
        out = Path(f["output"]["path"])
        assert out.name == Path(f["path"]).stem + ".zgov.docx" and out.is_file()
        assert f["output"]["comments"] == len(f["findings"])
    assert sum(len(f["findings"]) for f in data["files"]) >= len(DOCX)  # most drafts have findings


@pytest.mark.parametrize("name", DOCX + ["synthetic"])
def test_one_comment_per_finding_on_its_evidence(annotated, name):
    src, _, _ = annotated
    res = _results(annotated)[name]
    copy = res["output"]["path"]
    findings = res["findings"]
    old = comments(src / f"{name}.docx")
    new = [c for c in comments(copy) if c["author"] == "zgov"]
    # python-docx sees the same comments (a real consumer of the package)
    assert len(docx.Document(copy).comments) == len(old) + len(findings)
    assert [c["id"] for c in comments(copy)][:len(old)] == [c["id"] for c in old]
    assert len(new) == len(findings)
    paras = [p.text for p in read_document(str(src / f"{name}.docx")).paragraphs]
    where = anchors(document(copy))
    for f, c in zip(findings, new):
        m = CODE.match(c["text"])
        assert m and m.group(1) == f["code"], c["text"]
        assert f["message"] in c["text"] and f"（依据：{f['article']}）" in c["text"]
        a = where[c["id"]]
        idx = f["location"]["paragraph"]
        if idx is None:  # document level: the first paragraph
            assert norm(a["paragraph"]) == norm(paras[0])
            continue
        reader = norm(paras[idx - 1])
        assert reader in norm(a["paragraph"]) or norm(a["paragraph"]).endswith(reader), (f, a)
        ev = norm(f["evidence"])
        if ev in norm(a["paragraph"]):
            assert norm(a["text"]) == ev, (f["code"], a["text"])
        else:  # composite evidence: from the first of its excerpts in this paragraph to the last
            parts = [norm(x) for x in pieces(f["evidence"])]
            got = norm(a["text"])
            assert parts and any(got.startswith(x) for x in parts) and any(got.endswith(x) for x in parts), got


@pytest.mark.parametrize("name", DOCX + ["synthetic"])
def test_fixes_are_tracked_changes_that_accept_and_reject(annotated, name):
    src, _, _ = annotated
    res = _results(annotated)[name]
    copy = res["output"]["path"]
    fixes = [f for f in res["findings"] if f.get("fix") and f["fix"] != f["evidence"]]
    root = document(copy)
    dels, inss = revisions(root)
    assert res["output"]["tracked"] == len(fixes)
    if fixes:
        assert dels or inss
    assert all(e.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date") for e in dels + inss)
    original = document(src / f"{name}.docx")
    # accept all: each fixed paragraph now reads the fix; reject: the draft
    accepted = [norm(t) for t in texts(accept_all(root))]
    for f in fixes:
        assert any(norm(f["fix"]) in t and norm(f["evidence"]) not in t for t in accepted), f
    assert texts(reject_zgov(root)) == texts(original)
    # nothing else changed: with zgov's comments and revisions taken out,
    # the document is the draft up to where its runs were split
    ours = {c["id"] for c in comments(copy) if c["author"] == "zgov"}
    assert exploded(strip_comments(reject_zgov(root), ours)) == exploded(original)


@pytest.mark.parametrize("name", ["synthetic", "read_tongbao_wrapped"])
def test_other_package_members_byte_identical(annotated, name):
    src, _, _ = annotated
    before = members(src / f"{name}.docx")
    after = members(_results(annotated)[name]["output"]["path"])
    rewritten = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}
    for part, data in before.items():
        if part not in rewritten:
            assert after[part] == data, part
    assert set(after) - set(before) <= rewritten
    assert "word/styles.xml" in before
    if name == "synthetic":  # its header and existing comments are among what stays
        assert any("header" in p for p in before) and "word/comments.xml" in before


def test_without_fix_nothing_is_revised(tmp_path):
    src = tmp_path / "a.docx"
    shutil.copy(DOCS / "read_tongbao_wrapped.docx", src)
    run = run_zgov("annotate", str(src), "--format", "json")
    assert run.code == 1  # an error-level finding, as check
    out = tmp_path / "a.zgov.docx"
    root = document(out)
    assert revisions(root) == ([], [])
    assert len(comments(out)) == len(run.json["files"][0]["findings"]) == 2
    # the certain fix is offered in the comment instead
    assert any("建议改为：“2025年4月3日”" in c["text"] for c in comments(out))


def test_text_input_rebuilt_as_docx_with_comments(tmp_path):
    src = tmp_path / "通报.txt"
    shutil.copy(DOCS / "read_tongbao_wrapped.txt", src)
    run = run_zgov("annotate", str(src), "--fix", "--format", "json")
    f = run.json["files"][0]
    out = Path(f["output"]["path"])
    assert out.name == "通报.zgov.docx"
    reader = [p.text for p in read_document(str(src)).paragraphs]
    root = document(out)
    assert texts(reject_zgov(root)) == reader  # one paragraph per reader paragraph
    assert len(comments(out)) == len(f["findings"]) == 2
    assert f["output"]["tracked"] == 1
    assert "2025年4月3日" in texts(accept_all(root))


@pytest.mark.parametrize("evidence,text,span", [
    ("事项一：“甲乙”；事项二：“丙丁”", "前言甲乙中间丙丁后记", (2, 8)),
    ("甲乙……丙丁", "甲乙中间丙丁", (0, 6)),
    ("甲 乙", "前甲乙后甲乙", (1, 3)),
])
def test_locate_evidence(evidence, text, span):
    assert locate(text, evidence)[:2] == span


def test_second_quote_of_same_text_takes_second_occurrence():
    assert locate("甲乙丙甲乙", "甲乙", 1)[:2] == (3, 5)
    assert locate("甲乙丙", "丁") is None


def test_colon_after_recipient_is_one_finding_and_one_revision(tmp_path):
    """A half-width colon after 主送机关 is one defect: one rule reports it
    (ZG306; ZG502 leaves it alone), one tracked change fixes it."""
    src = tmp_path / "报告.txt"
    src.write_text("泽州县水务局关于2025年河湖长制工作情况的报告\n泽州县人民政府:\n"
                   "2025年，全县各级河湖长累计巡河1.8万人次，河湖面貌持续改善。\n特此报告。\n"
                   "泽州县水务局\n2025年12月1日\n", encoding="utf-8")
    run = run_zgov("annotate", str(src), "--fix", "--format", "json", "--select", "ZG306,ZG502")
    f = run.json["files"][0]
    assert [x["code"] for x in f["findings"]] == ["ZG306"]
    assert f["findings"][0]["fix"] == "泽州县人民政府："
    out = Path(f["output"]["path"])
    dels, inss = revisions(document(out))
    assert len(dels) == len(inss) == 1 and f["output"]["tracked"] == 1
    assert "泽州县人民政府：" in texts(accept_all(document(out)))
