"""A verdict never depends on which analysis cut words first.

The configured place names (the profile's townships) change how a text is
cut: 某镇 is a place, not a thing an ask is for. They must be known before
any text of a document is cut, whichever analysis (the ZG102 reading of
asks, an ``info`` summary, the ZG101 grouping) runs first, and whichever
document a batch read before. Each order runs in a fresh interpreter, since
the places, once added, stay for the process."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TEXT = """某县人民政府关于支持我县创建省级全域旅游示范区的请示
某市人民政府：
我县自2023年启动全域旅游示范区创建工作以来，已完成旅游厕所新改建40座、游客服务中心3处，A级景区达到10家，创建基本条件均已具备，拟于今年申报省级全域旅游示范区。
恳请市政府予以推荐，并协调市文化和旅游局给予业务指导。我县{a}、{b}两镇农村饮水安全巩固提升工程资金缺口300万元，请市级财政给予补助。
以上请示，请予批复。
某县人民政府
2026年3月2日
"""

PROBE = r"""
import json, sys, datetime as dt
from zgov_cli.config import Config
from zgov_cli.engine import read_and_build, CheckOptions
from zgov_cli.analysis import asks as A
cfg = Config()
doc = read_and_build(sys.argv[1], cfg, CheckOptions(today=dt.date(2026, 1, 5)))
if sys.argv[2] == "asks_first":
    A.find_asks(doc)
r = A.matters(doc, cfg.orgs.townships)
print(json.dumps([[a.text for a in m.asks] for m in r.matters], ensure_ascii=False))
"""


def _grouping(path: Path, order: str) -> list[list[str]]:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path), order], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_grouping_is_the_same_whichever_analysis_cut_first(tmp_path):
    from zgov_cli.config import Config

    # (two of the default profile's townships, by their short names — a
    # pair whose cut changes once they are known as places)
    a, b = "柳树口", "晋庙铺"
    assert {a + "镇", b + "镇"} <= set(Config().orgs.townships)
    p = tmp_path / "draft.txt"
    p.write_text(TEXT.format(a=a, b=b), encoding="utf-8")
    first = _grouping(p, "matters_first")
    assert first == _grouping(p, "asks_first")
    assert sum(len(m) for m in first) >= 3  # the asks were read at all
