"""Noise: a repeated punctuation problem is one finding per paragraph (with
its count), and one defect is reported by one rule."""
from __future__ import annotations

from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example

LONG = "，".join(["各乡镇要压实防汛责任", "备足物资", "加强值守"] * 8)


def _findings(text: str, code: str):
    _, found = run_example(Example(text))
    return [f for f in found if f.code == code]


def test_many_half_width_commas_in_one_paragraph_are_one_finding_with_the_count():
    body = LONG.replace("，", ",") + "。"
    text = ("@title 泽州县水务局关于做好2025年防汛工作的通知\n各乡镇人民政府：\n" + body +
            "\n@right 泽州县水务局\n@right 2025年5月20日")
    zg502 = _findings(text, "ZG502")
    assert len(zg502) == 1
    n = body.count(",")
    assert f"共有{n}个半角标点" in zg502[0].message
    assert zg502[0].fix is None  # several places: no single replacement for one quote


def test_one_half_width_place_keeps_its_fix():
    text = ("@title 泽州县水务局关于做好2025年防汛工作的通知\n各乡镇人民政府：\n请各乡镇压实责任,备足物资。"
            "\n@right 泽州县水务局\n@right 2025年5月20日")
    (f,) = _findings(text, "ZG502")
    assert f.fix and "，" in f.fix and "," not in f.fix


def test_half_width_colon_after_the_attachment_label_is_reported_once():
    text = ("@title 泽州县水务局关于做好2025年防汛工作的通知\n各乡镇人民政府：\n请做好防汛工作。\n附件:防汛物资清单"
            "\n@right 泽州县水务局\n@right 2025年5月20日")
    _, found = run_example(Example(text))
    about_colon = [f for f in found if "附件:" in f.evidence]
    assert [f.code for f in about_colon] == ["ZG307"]
