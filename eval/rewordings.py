#!/usr/bin/env python3
"""Rewordings of one meaning must keep one verdict (metamorphic check).

    .venv/bin/python eval/rewordings.py [-v] [-p marker,town,...] DIR|FIXTURE ...

Each fixture is checked as written and after each rewording that keeps its
meaning (恳请 → 特请, 县政府 → 县人民政府, numbers scaled consistently, 经费 →
资金, township names swapped, one connective for another, one closing formula
for another) and after rewordings of layout: a one-sentence ask run on into
the paragraph before it (join), an ask's sentence set in a paragraph of its
own (split), the numbering one level down (label: 一、 → （一）), headings
with and without 关于 (about). A verdict — ZG101's severity, ZG102, a false error — that
changes under a rewording shows a mechanism keyed on a word, not on how the
sentence is built. Prints the flips (-v) and a count by rewording and kind.
Use it on development folders; tests/test_rewordings.py holds the rule
cases to the same."""
import os, re, sys, tempfile, random
from pathlib import Path
from multiprocessing import Pool
ROOT = Path(os.environ.get("ZROOT", Path(__file__).resolve().parent.parent))
sys.path[:0] = [str(ROOT / "fixtures"), str(ROOT), str(ROOT / "eval")]
from common import judge  # noqa
from zgov_cli.config import Config  # noqa
CFG = None
SEV = {"info": 1, "warning": 2, "error": 3}

TOWNS = list(Config().orgs.townships)  # the configured townships, swapped for one another

def split(text):
    m = re.match(r"(---\n.*?\n---\n)(.*)", text, re.S)
    return m.group(1), m.group(2)

def body_lines(body, f):
    """apply f to lines after the recipient line (skip @title, recipient)."""
    out, seen_colon = [], False
    for ln in body.split("\n"):
        if ln.startswith("@title") or (not seen_colon and ln.rstrip().endswith("：") and len(ln) < 40):
            if not ln.startswith("@title"):
                seen_colon = True
            out.append(ln); continue
        if ln.startswith("@right") or ln.startswith("@"):
            out.append(ln); continue
        out.append(f(ln))
    return "\n".join(out)

def p_marker(b):
    return body_lines(b, lambda s: s.replace("恳请", "特请"))
def p_marker2(b):
    return body_lines(b, lambda s: re.sub(r"(?<![申提报拟])(?:恳请|特请)", "请", s))
def p_addr(b):
    return body_lines(b, lambda s: re.sub(r"(?<!人民)(?<=县)政府", "人民政府", s))
def p_addr2(b):
    return body_lines(b, lambda s: re.sub(r"县(?:人民)?政府(?=给予|予以|帮助|协调|统筹|研究|批准|同意|审批|安排|解决|支持)", "县里", s))
def _num(m):
    s = m.group(0)
    try:
        v = float(s)
    except ValueError:
        return s
    nv = v * 1.37 + (3 if v < 10 else 0)
    return (f"{nv:.1f}" if "." in s else str(int(round(nv))))
def p_numbers(b):
    return body_lines(b, lambda s: re.sub(r"\d+(?:\.\d+)?(?![\d.]*\s*[年月日时号])(?!-)", _num, s))
CONN = {"另外": "此外", "此外": "另外", "同时": "此外"}
def p_conn(b):
    return body_lines(b, lambda s: re.sub(r"(^|[。；！？]|^\s+)(另外|此外|同时)，", lambda m: m.group(1) + CONN[m.group(2)] + "，", s))
def p_closing(b):
    def f(s):
        s = s.replace("妥否，请批示", "当否，请批复")
        s = s.replace("以上请示，请予审批", "以上请示当否，请批示")
        return s
    return body_lines(b, f)
def p_town(b):
    present = [t for t in TOWNS if t in b]
    free = [t for t in TOWNS if t not in b and t[:-1] not in b]
    if not present or len(free) < len(present):
        return None
    rng = random.Random(len(b))
    m = dict(zip(present, rng.sample(free, len(present))))
    for i, (k, v) in enumerate(m.items()):
        b = b.replace(k[:-1], f"\0{i}\0")
    for i, (k, v) in enumerate(m.items()):
        b = b.replace(f"\0{i}\0", v[:-1])
    return b
def p_funds(b):
    return body_lines(b, lambda s: re.sub(r"经费", "资金", s))

CN = "一二三四五六七八九十"
def p_label(b):
    """the writer's numbering, in another of the usual styles: 一、 → （一）, （一） → 1.
    (the level below keeps being below)"""
    def f(s):
        s = re.sub(r"^(\s*)（([一二三四五六七八九十])）", lambda m: f"{m.group(1)}{CN.index(m.group(2)) + 1}．", s)
        s = re.sub(r"^(\s*)([一二三四五六七八九十])、", lambda m: f"{m.group(1)}（{m.group(2)}）", s)
        return s
    if not re.search(r"^\s*[一二三四五六七八九十]、", b, re.M) or re.search(r"^\s*\d+[．.]", b, re.M):
        return None  # (no 一、 to move down from, or 1. already used: the levels would collide)
    return body_lines(b, f)
ASK = re.compile(r"[^。！？]*(?:请|恳请|特请|申请)[^。！？]*[。！？]$")
def _lines(b):
    return b.split("\n")
def p_split(b):
    """a paragraph that states its case and then asks, written as two: the
    ask's sentence in a paragraph of its own (no labelled entry is split)"""
    def f(s):
        if re.match(r"\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[．.、])", s):
            return s
        sents = re.findall(r"[^。！？]+[。！？]", s)
        if len(sents) < 3 or "".join(sents) != s.strip():
            return s
        if not ASK.match(sents[-1]) or any(ASK.match(x) for x in sents[:-1]):
            return s
        return "".join(sents[:-1]) + "\n" + sents[-1]
    return body_lines(b, f)
LABELLED = re.compile(r"\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]是|\d+[．.、]|附件)")
def _run_on(b, may_join):
    """each unlabelled body paragraph that ``may_join`` accepts, run on into
    the unlabelled paragraph before it (after the recipient line)"""
    out, seen_colon = [], False
    unl = lambda x: x and not x.startswith("@") and not LABELLED.match(x)
    for ln in _lines(b):
        if (seen_colon and out and unl(ln) and unl(out[-1]) and out[-1].endswith("。") and not out[-1].rstrip().endswith("：")
                and may_join(ln)):
            out[-1] = out[-1] + ln
            continue
        if not seen_colon and ln.rstrip().endswith("：") and len(ln) < 40 and not ln.startswith("@"):
            seen_colon = True
        out.append(ln)
    return "\n".join(out)
def p_join(b):
    """two unlabelled paragraphs of the body, the second asking, written as one"""
    return _run_on(b, lambda ln: ASK.match(ln) and len(re.findall(r"[。！？]", ln)) == 1
                   and not re.search(r"妥否|当否|是否妥当|请批示|请审批|请批复", ln)
                   and not re.match(r"(?:以上|上述|综上)", ln))

def p_about(b):
    """a heading that names its matter, with or without 关于 (一、关于设立… → 一、设立…)"""
    return body_lines(b, lambda s: re.sub(r"^(\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）))关于", r"\1", s))

def p_flat(b):
    """every unlabelled paragraph of the body run on into the one before it
    (as a copy from a web page that lost its line breaks), up to the closing"""
    return _run_on(b, lambda ln: not re.search(r"妥否|当否|是否妥当|请批示|请审批|请批复|请审定|特此请示", ln)
                   and not ln.startswith("（联系人"))

PERTS = dict(marker=p_marker, marker2=p_marker2, addr=p_addr, addr2=p_addr2, numbers=p_numbers,
             conn=p_conn, closing=p_closing, funds=p_funds, town=p_town,
             label=p_label, split=p_split, join=p_join, about=p_about, flat=p_flat)

def verdict(path, text=None):
    global CFG
    if CFG is None:
        CFG = Config()
    with tempfile.TemporaryDirectory() as td:
        src = Path(path)
        if text is not None:
            src = Path(td) / Path(path).name
            src.write_text(text, encoding="utf-8")
        r = judge(src, "txt", Path(td), CFG)
    fs = r["findings"]
    s = max([SEV.get(f["severity"], 0) for f in fs if f["code"] == "ZG101"], default=0)
    z2 = any(f["code"] == "ZG102" for f in fs)
    false = any(f["code"] in ("ZG101", "ZG102", "ZG103", "ZG104", "ZG105") and f["severity"] in ("error", "warning")
                and not r["expect"] for f in fs)
    return (s, z2, false, tuple(r["expect"]))

def one(args):
    path, perts = args
    text = Path(path).read_text(encoding="utf-8")
    head, body = split(text)
    base = verdict(path)
    out = []
    for p in perts:
        nb = PERTS[p](body)
        if nb is None or nb == body:
            continue
        v = verdict(path, head + nb)
        if v[:3] != base[:3]:
            out.append((p, base, v))
    return path, out

def main():
    args = sys.argv[1:]
    v = "-v" in args
    args = [a for a in args if a != "-v"]
    perts = list(PERTS)
    if "-p" in args:
        i = args.index("-p"); perts = args[i + 1].split(","); del args[i:i + 2]
    files = [str(f) for a in args for f in (sorted(Path(a).glob("*.fixture")) if Path(a).is_dir() else [Path(a)])]
    from collections import Counter
    cnt, kinds = Counter(), Counter()
    with Pool(int(os.environ.get("NPROC", "2"))) as pool:
        for path, out in pool.imap_unordered(one, [(f, perts) for f in files], chunksize=4):
            for p, b, n in out:
                exp = bool(b[3] and "ZG101" in b[3])
                k = ("lost101" if b[0] and not n[0] else "gained101" if n[0] and not b[0] else
                     "sev101" if b[0] != n[0] else "z102" if b[1] != n[1] else "false" if b[2] != n[2] else "other")
                cnt[p] += 1; kinds[(p, k, exp)] += 1
                if v:
                    print(f"  {p:8} {k:9} exp={'+'.join(b[3]) or 'clean'} {b[:3]} -> {n[:3]} {path}")
    print("files", len(files))
    for (p, k, e), c in sorted(kinds.items()):
        print(f"{p:8} {k:10} {'expect101' if e else '-':9} {c}")

if __name__ == "__main__":
    main()
