"""Generate unique, realistic 公文 for the benchmark (1–3 pages each).

Every document differs: issuer, subject, numbers, names, dates, number and
length of paragraphs. Written with the project's fixture builder
(``fixtures/build.py``: GB/T 9704 docx via python-docx, pdf via reportlab).
"""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DEPTS = ["教育局", "财政局", "水务局", "农业农村局", "交通运输局", "卫生健康局", "应急管理局", "自然资源局",
         "住房和城乡建设局", "文化和旅游局", "民政局", "人力资源和社会保障局", "市场监督管理局", "商务局"]
TOWNS = ["巴公镇", "高都镇", "北义城镇", "南村镇", "金村镇", "大东沟镇", "周村镇", "下村镇", "大阳镇", "川底镇"]
TOPICS = ["农村饮水安全巩固提升", "中小学校舍维修改造", "城区道路综合整治", "森林防火", "防汛抗旱",
          "安全生产专项整治", "高标准农田建设", "乡村振兴示范村创建", "老旧小区改造", "食品安全监管",
          "文化惠民工程", "就业援助月活动", "养老服务体系建设", "农村人居环境整治", "秸秆综合利用"]
ACTIONS = ["落实工作责任", "加强统筹协调", "强化督促检查", "做好宣传引导", "健全长效机制", "加强资金保障",
           "严格考核问责", "抓好示范带动", "做好信息报送", "强化技术支撑"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "晓峰", "丽娟", "志强", "海燕", "国庆", "红梅", "卫东", "秀英", "永刚", "春生", "文静"]
NUM = "一二三四五六七八九十"
SENTENCES = [
    "各{unit}要把{topic}工作摆上重要议事日程，主要负责同志亲自抓、负总责，分管负责同志具体抓、抓落实。",
    "截至{m}月底，全县已累计完成投资{a}万元，占年度计划的{p}%，惠及群众{n}户。",
    "要结合本地实际，细化工作措施，明确时间节点，确保{topic}各项任务按期完成。",
    "对工作中发现的问题，要建立台账，逐项销号，做到问题不解决不放过、整改不到位不放过。",
    "{town}通过“党支部+合作社+农户”模式，带动{n}户群众年均增收{a}元，形成了可复制可推广的经验。",
    "县财政安排专项资金{a}万元，重点支持{topic}基础设施建设和运行维护。",
    "各有关单位要于{m}月{d}日前将工作进展情况报县{dept}，联系人：{name}，电话：0356-{tel}。",
    "要加强部门协作，形成工作合力，{dept}负责牵头协调，其他单位按照职责分工抓好落实。",
    "{year}年，全县共排查各类隐患{n}处，已整改{k}处，整改率达到{p}%。",
    "要充分利用广播、电视、网络等媒体，广泛宣传{topic}的重要意义和政策措施，营造良好社会氛围。",
]


def _builder():
    spec = importlib.util.spec_from_file_location("fixtures_build", ROOT / "fixtures" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["fixtures_build"] = mod
    spec.loader.exec_module(mod)
    return mod


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def document_text(i: int, rng: random.Random) -> str:
    """One document in fixture notation (a 通知 of 1–3 pages, unique)."""
    dept = rng.choice(DEPTS)
    topic = rng.choice(TOPICS)
    year = rng.choice([2023, 2024, 2025])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    issuer = f"泽州县{dept}"
    lines = [
        f"@center {issuer}文件",
        f"@center 泽{dept[:1]}发〔{year}〕{i + 1}号",
    ]
    report = rng.random() < 0.25  # a 报告 to the county now and then, else a 通知
    if report:
        lines += [f"@title {issuer}关于{year}年{topic}第{i + 1}阶段工作情况的报告", "泽州县人民政府：",
                  f"按照县政府工作安排，我局扎实推进{topic}工作，现将有关情况报告如下。"]
    else:
        lines += [f"@title {issuer}关于做好{year}年{topic}第{i + 1}批次工作的通知", "各乡镇人民政府，县直各有关单位：",
                  f"为深入贯彻落实上级有关部署，扎实推进{topic}工作，经县政府同意，现就有关事项通知如下。"]
    sections = rng.randint(3, 7)
    for s in range(sections):
        lines.append(f"{NUM[s]}、{rng.choice(ACTIONS)}")
        for _ in range(rng.randint(1, 3)):
            k = rng.randint(2, 5)
            text = "".join(
                rng.choice(SENTENCES).format(
                    unit=rng.choice(["乡镇", "部门", "单位"]), topic=topic, m=rng.randint(1, 12), d=rng.randint(1, 28),
                    a=rng.randint(12, 9800), p=rng.randint(60, 99), n=rng.randint(30, 5000), k=rng.randint(10, 30),
                    town=rng.choice(TOWNS), dept=rng.choice(DEPTS), name=_name(rng), tel=rng.randint(2000000, 3999999),
                    year=year)
                for _ in range(k))
            lines.append(text)
    if report:
        lines.append("特此报告。")
    lines.append(f"@right {issuer}")
    lines.append(f"@right {year}年{m}月{d}日")
    lines.append(f"（联系人：{_name(rng)}，电话：0356-{rng.randint(2000000, 3999999)}）")
    return "\n".join(lines) + "\n"


def generate(out: Path, n_docx: int, n_pdf: int, seed: int = 20250603) -> tuple[list[Path], list[Path]]:
    """Write ``n_docx`` docx and ``n_pdf`` pdf files into ``out``; reuse them if
    present and generated with the same seed and counts."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = out / f".gen-{seed}-{n_docx}-{n_pdf}"
    docx_files = [out / f"doc{i:04}.docx" for i in range(n_docx)]
    pdf_files = [out / f"doc{i:04}.pdf" for i in range(n_pdf)]
    if stamp.exists() and all(p.exists() for p in docx_files + pdf_files):
        return docx_files, pdf_files
    b = _builder()
    rng = random.Random(seed)
    for i in range(max(n_docx, n_pdf)):
        text = document_text(i, rng)  # always drawn: document i is the same whatever the counts
        if i < n_docx and not docx_files[i].exists():
            b.build_docx(b.parse_body(text), docx_files[i])
        if i < n_pdf and not pdf_files[i].exists():
            b.build_pdf(b.parse_body(text), pdf_files[i])
    stamp.write_text("ok\n")
    return docx_files, pdf_files


ASKS = [
    "恳请县政府安排{topic}专项资金{a}万元，用于{town}{n}户群众的{what}。",
    "请县{dept}协调解决{town}{what}所需建设用地{k}亩。",
    "恳请批准{town}实施{what}项目，总投资{a}万元。",
]
WHAT = ["供水管网改造", "校舍维修", "道路硬化", "护林防火通道建设", "排涝泵站建设", "敬老院改造"]


def long_text(paragraphs: int, kind: str, seed: int = 7) -> str:
    """One document of ``paragraphs`` body paragraphs (fixture notation), for
    the scaling check: a 通知 (``kind="notice"``) or a 请示 whose paragraphs
    each carry an ask (``kind="ask"``, the shape ZG101 groups), or whose
    asks all stand in one paragraph (``kind="ask_run"``: what each ask reads
    before it must not grow with the paragraph). The first
    ``paragraphs`` paragraphs of the 2n-paragraph document are those of the
    n-paragraph one, so doubling ``paragraphs`` doubles the same text."""
    rng = random.Random(seed)
    dept, topic = "水务局", "农村饮水安全巩固提升"
    if kind in ("ask", "ask_run"):
        lines = ["@title 泽州县水务局关于解决农村饮水安全巩固提升有关问题的请示", "泽州县人民政府："]
    else:
        lines = [f"@title 泽州县{dept}关于做好{topic}工作的通知", "各乡镇人民政府，县直各有关单位："]
    for i in range(paragraphs):
        fill = dict(unit=rng.choice(["乡镇", "部门", "单位"]), topic=topic, m=rng.randint(1, 12),
                    d=rng.randint(1, 28), a=rng.randint(12, 9800), p=rng.randint(60, 99), n=rng.randint(30, 5000),
                    k=rng.randint(10, 30), town=rng.choice(TOWNS), dept=rng.choice(DEPTS), name=_name(rng),
                    tel=rng.randint(2000000, 3999999), year=2025, what=rng.choice(WHAT))
        if i % 10 == 0 and kind != "ask_run":
            lines.append(f"（{NUM[(i // 10) % 10]}）{rng.choice(ACTIONS)}")
        text = "".join(rng.choice(SENTENCES).format(**fill) for _ in range(2))
        if kind != "notice":
            text += rng.choice(ASKS).format(**fill)
        if kind == "ask_run" and i:
            lines[-1] += text
        else:
            lines.append(text)
    lines.append("妥否，请批示。" if kind != "notice" else "请认真贯彻执行。")
    lines += [f"@right 泽州县{dept}", "@right 2025年6月3日"]
    return "\n".join(lines) + "\n"


def scaled(out: Path, paragraphs: int, kind: str) -> Path:
    """``long_text`` written as a docx (reused when present)."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"scale-{kind}-{paragraphs}.docx"
    if not path.exists():
        b = _builder()
        b.build_docx(b.parse_body(long_text(paragraphs, kind)), path)
    return path
