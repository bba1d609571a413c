"""Building blocks for the round-3 blind documents (see gen.py).

Everything here is meant to be *correct* 公文 text: a document built from
these blocks carries only the one problem planted by gen.py.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS: list[dict] = []


def doc(name: str, lines: list[str], *, expect: list[str], forbid: list[str] | None = None,
        allow: list[str] | None = None, warn: list[str] | None = None, today: str | None = None,
        why: str) -> None:
    DOCS.append({"name": name, "lines": lines, "expect": expect, "forbid": forbid or [],
                 "allow": allow or [], "warn": warn or [], "today": today, "why": why})


def write_all() -> None:
    for d in DOCS:
        fm = ["---", f"expect: [{', '.join(d['expect'])}]"]
        if d["warn"]:
            fm.append(f"warn: [{', '.join(d['warn'])}]")
        if d["forbid"]:
            fm.append(f"forbid: [{', '.join(d['forbid'])}]")
        if d["allow"]:
            fm.append(f"allow: [{', '.join(d['allow'])}]")
        if d["today"]:
            fm.append(f"today: {d['today']}")
        fm.append(f"why: {d['why']}")
        fm.append("---")
        text = "\n".join(fm + [ln for ln in d["lines"] if ln is not None]) + "\n"
        (HERE / f"{d['name']}.fixture").write_text(text, encoding="utf-8")


def head(org: str, number: str, signer: str | None = None) -> list[str]:
    """版头: 发文机关标志 + 发文字号 (and 签发人 for 上行文)."""
    second = f"@center {number}　　　　　　签发人：{signer}" if signer else f"@center {number}"
    return [f"{org}文件", second]


def tail(org: str, date: str, contact: str | None = None, cc: str | None = None,
         printer: str | None = None, printed: str | None = None) -> list[str]:
    out = [f"@right {org}", f"@right {date}"]
    if contact:
        out.append(contact)
    if cc:
        out.append(f"抄送：{cc}。")
    if printer:
        out.append(f"{printer}　　　　{printed or date}印发")
    return out


CONTACT = "（联系人：王敏，联系电话：0356-3022145）"
CONTACT2 = "（联系人：李建军　联系电话：13935612876）"
CONTACT3 = "（联系人及电话：赵晓燕，0356-3025518）"

# Paragraph pools without planted problems (one matter each pool, realistic).
SAFETY = [
    "今年以来，我县深入学习贯彻习近平总书记关于安全生产的重要论述，坚持人民至上、生命至上，统筹发展和安全，扎实推进安全生产治本攻坚三年行动，全县安全生产形势总体平稳。",
    "一是压实责任链条。县安委会先后召开全体会议4次、专题会议11次，逐级签订安全生产责任书，将安全生产纳入乡镇和部门年度目标责任考核，考核权重提高到百分之八。",
    "二是深化隐患排查。聚焦煤矿、非煤矿山、危险化学品、道路交通、建筑施工、城镇燃气等重点行业领域，组织开展拉网式排查，累计检查生产经营单位2316家次，发现一般隐患4128项，已整改4037项，整改率达百分之九十七点八。",
    "三是强化执法检查。全县各级执法部门共立案查处违法违规行为186起，责令停产停业整顿23家，移送司法机关2起，有力震慑了违法违规行为。",
    "四是提升应急能力。修订完善县级专项应急预案18部，组织开展防汛、森林防灭火、地质灾害等综合应急演练27场次，参演人员4300余人次，基层应急处置能力明显增强。",
    "五是加强宣传培训。以安全生产月为契机，开展安全宣传进企业、进农村、进社区、进学校、进家庭活动，发放宣传资料6.2万份，培训企业主要负责人和安全管理人员1840人次。",
    "从排查情况看，当前我县安全生产工作仍存在一些薄弱环节：部分企业主体责任落实不到位，安全投入不足，从业人员安全意识不强；部分行业监管力量薄弱，专业执法人员短缺；个别乡镇对小散企业底数掌握不清，隐患整改存在反弹。",
    "下一步，我们将持续深化重点行业领域专项整治，健全隐患排查治理长效机制，加强基层监管执法队伍建设，推动安全生产治理模式向事前预防转型，坚决防范遏制重特大事故发生。",
]

TOWNS = ["南村镇", "大阳镇", "巴公镇", "高都镇", "周村镇", "下村镇", "金村镇", "北义城镇", "犁川镇",
         "晋庙铺镇", "柳树口镇", "大东沟镇", "川底镇", "山河镇", "李寨乡", "南岭乡", "大箕镇"]


def town_paras(topic: str, n: int, seed: int = 0) -> list[str]:
    """Per-township progress paragraphs (the way 专项报告 list them)."""
    out = []
    for i in range(n):
        t = TOWNS[(i + seed) % len(TOWNS)]
        a = 37 + (i * 13 + seed * 7) % 60
        b = 5 + (i * 7 + seed) % 19
        c = 90 + (i * 3 + seed) % 10
        out.append(
            f"{t}：围绕{topic}，成立由党委书记任组长的工作专班，对辖区内{a}家生产经营单位逐一建立台账，"
            f"组织镇村干部和网格员开展地毯式排查，发现并督促整改问题{b}项，整改完成率达到百分之{c}。"
            f"同时，结合辖区实际完善镇村两级巡查制度，明确专人负责，实行周调度、月通报，确保各项措施落到实处。"
        )
    return out
