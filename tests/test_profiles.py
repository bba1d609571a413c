"""Profiles (SPEC §10): whose work rules apply.

The national profile keeps only the 条例 and GB/T 9704 rules; a profile of
another county (tests/profiles/dongchuan.toml, extending the built-in one)
changes the limits, the deadlines and every citation; an invalid profile is
a Chinese error naming the file and the key.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from zgov_cli.config import ConfigError, from_table
from zgov_cli.engine import CheckOptions, check_path
from zgov_cli.profiles import ProfileError, load_profile

ROOT = Path(__file__).resolve().parent.parent
OTHER = Path(__file__).resolve().parent / "profiles" / "dongchuan.toml"
# the county articles the built-in profile cites that the other county numbers differently
ZEZHOU_ARTICLES = ("第二十二条", "第二十五条", "第二十七条", "第二十八条", "第二十九条", "第三十四条", "第三十五条")

PARA = ("近年来，全县农村学校校舍使用年限普遍较长，部分教学楼屋面渗漏、墙体开裂、门窗老化，"
        "雨季期间多所学校出现漏雨现象，影响正常教学秩序和师生安全。")


def request(county: str, recipients: str, n_paras: int) -> str:
    """A 请示 from a county department to the county government: one matter,
    ``n_paras`` paragraphs of background (about 60 字 each)."""
    body = "\n".join(PARA for _ in range(n_paras))
    return (
        f"{county}教育局关于申请农村学校校舍维修资金的请示\n{recipients}：\n{body}\n"
        "为保障师生安全，恳请县政府安排农村学校校舍维修资金80万元。\n妥否，请批示。\n"
        f"{county}教育局\n2025年5月6日\n（联系人：王强，电话：0356-1234567）\n"
    )


def run(tmp_path: Path, text: str, cfg, name: str = "doc.txt", today: dt.date | None = None):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return check_path(str(f), cfg, CheckOptions(today=today or dt.date(2025, 5, 6)))


def codes(result) -> set[str]:
    return {f["code"] for f in result.findings}


# ---------------------------------------------------------------- national
def test_national_drops_the_county_length_limit_but_keeps_the_regulation(tmp_path):
    long_one = request("泽州县", "泽州县人民政府", 30)  # ~1900 字: over the county's 1500
    default = run(tmp_path, long_one, from_table({}))
    national = run(tmp_path, long_one, from_table({"profile": "national"}))
    assert "ZG201" in codes(default)
    assert "ZG201" not in codes(national)
    assert codes(national) <= codes(default) - {"ZG201"}

    # the same 请示 sent to two bodies: 多头报文 is the 条例's rule too
    two = request("泽州县", "泽州县人民政府、泽州县财政局", 30)
    national = run(tmp_path, two, from_table({"profile": "national"}))
    zg103 = [f for f in national.findings if f["code"] == "ZG103"]
    assert zg103 and "ZG201" not in codes(national)
    assert zg103[0]["article"] == "条例第十五条（一）"
    assert "条例第十五条（一）" in zg103[0]["message"] and "第二十七条" not in zg103[0]["message"]


def test_check_profile_option_on_the_command_line(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text(request("泽州县", "泽州县人民政府", 30), encoding="utf-8")

    def json_codes(*extra: str) -> set[str]:
        r = subprocess.run([sys.executable, "-m", "zgov_cli", "check", "--format", "json", "--fail-on", "never",
                            *extra, str(f)], capture_output=True, text=True, cwd=tmp_path,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert r.returncode == 0, r.stderr
        return {x["code"] for x in json.loads(r.stdout)["files"][0]["findings"]}

    assert "ZG201" in json_codes()
    assert "ZG201" not in json_codes("--profile", "national")
    (tmp_path / "zgov.toml").write_text('profile = "national"\n', encoding="utf-8")
    assert "ZG201" not in json_codes()
    assert "ZG201" in json_codes("--profile", "zezhou")  # the command line wins


def test_national_rule_docs_cite_only_national_texts():
    r = subprocess.run([sys.executable, "-m", "zgov_cli", "rules", "--format", "json", "--profile", "national"],
                       capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    metas = {m["code"]: m for m in json.loads(r.stdout)}
    on = {c for c, m in metas.items() if m["enabled"]}
    assert {"ZG101", "ZG103", "ZG104", "ZG106", "ZG301", "ZG501", "ZG601"} <= on
    assert not on & {"ZG105", "ZG107", "ZG108", "ZG109", "ZG201", "ZG401", "ZG402", "ZG403"}
    for c in on:
        assert "泽州" not in metas[c]["source"] + metas[c]["article_text"], c
        assert not re.match(r"第[一二三四五六七八九十]+条", metas[c]["article"]), c


# ---------------------------------------------------------------- another county
@pytest.fixture(scope="module")
def other():
    return from_table({"profile": str(OTHER)})


def test_other_county_limits(tmp_path, other):
    text = request("东川县", "东川县人民政府", 19)  # ~1200 字: under 1500, over 1000
    assert "ZG201" not in codes(run(tmp_path, text, from_table({"orgs": {"county": "东川县"}})))
    r = run(tmp_path, text, other)
    zg201 = [f for f in r.findings if f["code"] == "ZG201"]
    assert zg201 and "1000" in zg201[0]["message"] and "第二十一条" in zg201[0]["message"]
    assert zg201[0]["article"] == "第二十一条"


MEETING = (
    "东川县农业农村局关于召开全县春季农业生产工作会议的请示\n东川县人民政府：\n"
    "为安排部署全县春季农业生产工作，我局拟于2025年3月12日在县会议中心召开全县春季农业生产工作会议，"
    "各乡镇分管负责同志参加。\n恳请县政府分管领导出席会议并讲话。\n妥否，请批示。\n"
    "东川县农业农村局\n2025年3月5日\n（联系人：孟丽，电话：0356-3023456）\n"
)
MINUTES = (
    "东川县人民政府常务会议纪要\n2025年3月3日，县长主持召开县政府第9次常务会议，研究农村公路养护等事项。\n"
    "会议原则同意《东川县农村公路养护办法》，由县交通运输局按程序印发。\n"
    "东川县人民政府办公室\n2025年3月12日\n"
)


def test_other_county_deadlines(tmp_path, other):
    # the meeting is 5 working days after the 请示: late by 10, in time by 5
    default = run(tmp_path, MEETING, from_table({"orgs": {"county": "东川县"}}), today=dt.date(2025, 3, 5))
    r = run(tmp_path, MEETING, other, today=dt.date(2025, 3, 5))
    assert "ZG401" in codes(default) and "ZG401" not in codes(r)
    d = next(x for x in r.deadlines if x["code"] == "ZG401")
    assert (d["amount"], d["article"], d["effective_deadline"]) == (5, "第十七条", "2025-03-05")
    # 纪要 issued 7 working days after the meeting: in time by 7, late by 5
    default = run(tmp_path, MINUTES, from_table({"orgs": {"county": "东川县"}}), today=dt.date(2025, 3, 12))
    r = run(tmp_path, MINUTES, other, today=dt.date(2025, 3, 12))
    assert "ZG403" not in codes(default)
    zg403 = [f for f in r.findings if f["code"] == "ZG403"]
    assert zg403 and "按第十四条" in zg403[0]["message"] and "5个工作日" in zg403[0]["message"]


def test_other_county_changes_every_citation(tmp_path, other):
    docs = {
        "meeting.txt": MEETING.replace("2025年3月12日在", "2025年3月7日在"),
        "minutes.txt": MINUTES,
        "two.txt": request("东川县", "东川县人民政府、东川县财政局", 19).replace(
            "恳请县政府安排农村学校校舍维修资金80万元。",
            "恳请县政府安排农村学校校舍维修资金80万元。\n此外，请求县政府批准增设学校安保岗位10个。"),
        "skip.txt": request("东川县", "云州市人民政府", 3).replace("东川县教育局关于", "东川镇人民政府关于").replace(
            "\n东川县教育局\n", "\n东川镇人民政府\n"),
    }
    found = []
    for name, text in docs.items():
        found += run(tmp_path, text, other, name=name, today=dt.date(2025, 3, 5)).findings
    county = [f for f in found if f["code"][:3] in ("ZG1", "ZG2", "ZG4") and f["code"] != "ZG106"]
    assert {f["code"] for f in county} >= {"ZG101", "ZG103", "ZG104", "ZG201", "ZG401", "ZG403"}
    for f in county:
        text = f["article"] + f["message"]
        assert not any(a in text for a in ZEZHOU_ARTICLES), (f["code"], text)
        assert "泽州" not in f["message"], (f["code"], f["message"])
        assert f["article"] == other.profile.article(f["code"])


def test_other_county_rule_and_deadline_commands_cite_it(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "zgov_cli", "rule", "ZG201", "--format", "json", "--profile", str(OTHER)],
                       capture_output=True, text=True, env=env)
    meta = json.loads(r.stdout)
    assert meta["source"] == "《东川县人民政府工作规则》第二十一条"
    assert meta["article_text"].startswith("《东川县人民政府工作规则》第二十一条：请示一般不超过1000字")
    r = subprocess.run([sys.executable, "-m", "zgov_cli", "deadline", "county-meeting", "2025-03-12",
                        "--profile", str(OTHER)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "《东川县人民政府工作规则》第十七条" in r.stdout and "5 个工作日" in r.stdout
    assert "泽州" not in r.stdout


# ---------------------------------------------------------------- errors
@pytest.mark.parametrize("body,key", [
    ('[rules.ZG101]\nseverty = "info"\n', "rules.ZG101.severty"),
    ('[rules.ZG101]\nseverity = "fatal"\n', "rules.ZG101.severity"),
    ('[rules.ZG1O1]\nenabled = false\n', "rules.ZG1O1"),
    ('colour = "red"\n', "colour"),
    ('[rules.ZG201]\narticles = ["第九十九条"]\n', "rules.ZG201.articles"),
    ('[limits]\nrequest = "many"\n', "limits.request"),
])
def test_invalid_profile_names_file_and_key(tmp_path, body, key):
    p = tmp_path / "bad.toml"
    p.write_text('extends = "zezhou"\n' + body, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        from_table({"profile": str(p)})
    assert str(p) in str(e.value) and key in str(e.value)
    assert re.search(r"[\u4e00-\u9fff]", str(e.value))


def test_invalid_profile_on_the_command_line_exits_2(tmp_path):
    (tmp_path / "q.txt").write_text(request("泽州县", "泽州县人民政府", 2), encoding="utf-8")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "profile.toml").write_text('extends = "zezhou"\n[rules.ZG999]\nenabled = true\n', encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for prof in ("nowhere", str(tmp_path / "bad")):
        r = subprocess.run([sys.executable, "-m", "zgov_cli", "check", "--profile", prof, str(tmp_path / "q.txt")],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert ("nowhere" in r.stderr) if prof == "nowhere" else ("ZG999" in r.stderr and "profile.toml" in r.stderr)


def test_extends_cycle_and_unknown_parent(tmp_path):
    (tmp_path / "a.toml").write_text('extends = "b.toml"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('extends = "a.toml"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="循环"):
        load_profile(str(tmp_path / "a.toml"))
    (tmp_path / "c.toml").write_text('extends = "kaifeng"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="kaifeng"):
        load_profile(str(tmp_path / "c.toml"))


def test_config_profile_path_is_relative_to_the_config(tmp_path):
    sub = tmp_path / "cfg"
    sub.mkdir()
    (sub / "mine.toml").write_text('extends = "zezhou"\n[limits]\nrequest = 900\n', encoding="utf-8")
    (sub / "zgov.toml").write_text('profile = "mine.toml"\n[limits]\ngeneral = 4500\n', encoding="utf-8")
    from zgov_cli.config import load_file

    cfg = load_file(sub / "zgov.toml")
    assert (cfg.limits.request, cfg.limits.general, cfg.limits.special_report) == (900, 4500, 3000)
