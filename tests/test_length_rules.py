"""ZG201 (篇幅, 第二十九条): which limit applies to which document, and why."""
from __future__ import annotations

import pytest

import helpers
from helpers import check
from zgov_cli.config import Config, from_table
from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example

FILL = "今年以来，我们坚持问题导向，扎实推进各项工作，取得了阶段性成效，群众满意度持续提升。"  # 43 字


def body_of(n: int) -> str:
    """Body paragraphs of roughly n 字 (Word count)."""
    reps = max(1, round(n / 43))
    return "\n".join(FILL * 10 for _ in range(reps // 10)) + ("\n" + FILL * (reps % 10) if reps % 10 else "")


def doc(title, recip, n, issuer, closing="特此报告。", head="", draft=False):
    return (("@center （代拟稿）\n" if draft else "") + f"@title {title}\n{recip}：\n" + (head + "\n" if head else "")
            + body_of(n) + f"\n{closing}\n@right {issuer}\n@right 2025年5月20日")


def zg201(text, config=None, **options):
    d, fs = run_example(Example(text, options), config)
    return d, [f for f in fs if f.code == "ZG201"]


CASES = [
    # (title, recipients, 字, issuer, closing, draft, limit or None)
    ("泽州县教育局关于申请追加营养餐补助经费的请示", "泽州县人民政府", 1600, "泽州县教育局", "妥否，请批示。", False, 1500),
    ("泽州县教育局关于申请追加营养餐补助经费的请示", "泽州县人民政府", 1400, "泽州县教育局", "妥否，请批示。", False, None),
    ("南村镇人民政府关于秋粮收获情况的报告", "泽州县人民政府", 3200, "南村镇人民政府", "特此报告。", False, 3000),
    ("南村镇人民政府关于秋粮收获情况的报告", "泽州县人民政府", 2800, "南村镇人民政府", "特此报告。", False, None),
    ("南村镇人民政府关于2025年工作情况的报告", "泽州县人民政府", 4000, "南村镇人民政府", "特此报告。", False, None),
    ("南村镇人民政府关于2025年工作情况的报告", "泽州县人民政府", 5200, "南村镇人民政府", "特此报告。", False, 5000),
    ("泽州县人民政府关于申请农村饮水工程补助资金的请示", "晋城市人民政府", 1700, "泽州县人民政府", "妥否，请批示。", False, 1500),
    ("泽州县人民政府关于2025年工作情况的报告", "晋城市人民政府", 4000, "泽州县人民政府", "特此报告。", False, None),
    # the county's own downward documents: not covered, however long
    ("泽州县人民政府关于开展安全生产专项整治行动的通知", "各乡镇人民政府，县直各有关单位", 6000, "泽州县人民政府", "", False, None),
    ("泽州县人民政府办公室关于做好防汛工作的通知", "各乡镇人民政府，县直各有关单位", 6000, "泽州县人民政府办公室", "", False, None),
    # 代拟稿 sent to the county: 5000, special task 4000, overall work exempt
    ("泽州县人民政府关于开展安全生产专项整治行动的通知", "各乡镇人民政府，县直各有关单位", 4300, "泽州县人民政府", "", True, 4000),
    ("泽州县人民政府关于印发泽州县2025年工作要点的通知", "各乡镇人民政府，县直各有关单位", 6000, "泽州县人民政府", "", True, None),
    ("泽州县人民政府关于进一步加强政务公开的意见", "各乡镇人民政府，县直各有关单位", 5300, "泽州县人民政府", "", True, 5000),
    # a department's 函 to the county: general limit
    ("泽州县财政局关于商请核对预算数据的函", "泽州县人民政府办公室", 5300, "泽州县财政局", "", False, 5000),
]


@pytest.mark.parametrize("title,recip,n,issuer,closing,draft,limit", CASES,
                         ids=[f"{c[0][-12:]}-{c[2]}-{c[6]}" for c in CASES])
def test_limits(title, recip, n, issuer, closing, draft, limit):
    d, fs = zg201(doc(title, recip, n, issuer, closing, draft=draft))
    assert d.is_draft == draft
    if limit is None:
        assert not fs, [f.message for f in fs]
    else:
        assert d.counts.body > limit
        (f,) = fs
        assert f.severity == "warning" and f.article == "第二十九条"
        assert f"不超过{limit}字" in f.message
        assert f"{d.counts.body}字" in f.message and "第二十九条" in f.message


def test_message_says_which_limit_and_why():
    _, (f,) = zg201(doc("泽州县教育局关于申请追加营养餐补助经费的请示", "泽州县人民政府", 1620, "泽州县教育局", "妥否，请批示。"))
    assert f.message.startswith("请示呈报上级")
    assert "泽州县教育局报送泽州县人民政府" in f.message
    assert "按 Word 字数统计，不含标题、主送、署名、附件" in f.message
    assert "限额1500字" in f.evidence


def test_report_kind_option_changes_the_limit():
    text = doc("南村镇人民政府关于秋粮收获情况的报告", "泽州县人民政府", 3500, "南村镇人民政府")
    _, fs = zg201(text)
    assert fs and "专项报告" in fs[0].message
    _, fs = zg201(text, report_kind="comprehensive")
    assert not fs


def test_limits_come_from_config():
    cfg = from_table({"limits": {"request": 2000}})
    text = doc("泽州县教育局关于申请追加营养餐补助经费的请示", "泽州县人民政府", 1700, "泽州县教育局", "妥否，请批示。")
    assert zg201(text)[1]
    assert not zg201(text, cfg)[1]
    cfg = from_table({"limits": {"count": "body_hanzi", "request": 1500}})
    d, fs = zg201(text, cfg)
    assert bool(fs) == (d.counts.body_hanzi > 1500)


def test_attachment_text_is_not_counted():
    # the county's own rules document is 7,800 字 in all, but its 通知 body is short and
    # the county government issues it itself
    r = check(helpers.COUNTY_DOC)
    assert not [f for f in r["findings"] if f["code"] == "ZG201"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_docx_and_pdf(fmt, tmp_path):
    text = doc("泽州县教育局关于申请追加营养餐补助经费的请示", "泽州县人民政府", 1700, "泽州县教育局", "妥否，请批示。")
    b = helpers._BUILD or helpers._build_module()
    helpers._BUILD = b
    p = tmp_path / f"long.{fmt}"
    (b.build_docx if fmt == "docx" else b.build_pdf)(b.parse_body(text), p)
    r = check(p)
    assert r["status"] == "ok"
    assert "ZG201" in {f["code"] for f in r["findings"]}
