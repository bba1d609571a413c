"""The blind folders never read (held out) and those developed on, as the
sets' READMEs say; ``--write DIR`` writes DIR/unseen_dirs.txt and
DIR/alldev_dirs.txt (one folder a line), otherwise prints the counts."""
import sys
from pathlib import Path
B = Path(__file__).resolve().parent
U = {"asks6": "z zz", "asks7": "c d g h", "asks8": "m n", "asks9": "o q", "asks10": "ww xx yy",
     "asks11": "a c e", "asks12": "a d f", "asks14": "g h", "asks15": "l n", "asks16": "p", "asks17": "s t",
     "asks18": "w x", "asks19": "a d i j k l", "asks21": "a d e g h i j", "asks22": "a b c", "asks23": "b e f",
     "asks24": "a b d", "asks25": "a b d", "asks26": "b e f", "asks27": "*", "asks28": "a e f", "asks29": "*",
     "asks30": "a b d", "asks31": "*", "asks32": "a b e", "asks33": "*", "asks34": "a d f", "asks35": "*",
     "asks36": "c d e", "asks37": "*", "asks38": "c d f", "asks39": "*", "asks40": "a d f", "asks41": "b c d",
     "asks42": "a d e", "asks43": "*", "asks44": "a c f", "asks45": "i k", "asks46": "a b f", "asks47": "a e f",
     "asks48": "b c e", "asks49": "b c d", "asks50": "b c d", "asks51": "a d e", "asks52": "a b c", "asks53": "*", "asks54": "d e f", "asks55": "a d f", "asks56": "a d f", "asks57": "a b e", "asks58": "a c f", "asks59": "a c f", "asks60": "c d e", "asks61": "b d f", "asks62": "a b c", "asks63": "a b e", "asks64": "a c f", "asks65": "c e f", "asks66": "a c f", "asks67": "a c e", "asks68": "a c e", "asks69": "a b f", "asks70": "d e f", "asks71": "b e f", "asks72": "a b e", "asks73": "a b d", "asks74": "b d e", "asks75": "b c f", "asks76": "a c f", "asks77": "b c d", "asks78": "b c d", "asks79": "a b c", "asks80": "d e f", "asks81": "a b e", "asks82": "b c e", "asks83": "b e f", "asks84": "a c e", "asks85": "b d e", "asks86": "b c f", "asks87": "a b e", "asks88": "d e f", "asks89": "a d f", "asks90": "c d f", "asks91": "c d e", "asks92": "d e f", "asks93": "c e f", "asks94": "a c e", "asks95": "a b c", "asks96": "a d e", "asks97": "c d f", "asks98": "c d f", "asks99": "a b d", "asks100": "b c e", "asks101": "c d f", "asks102": "b c e", "asks103": "a b", "asks104": "a b e", "asks105": "a", "asks106": "b c e", "asks107": "a", "asks108": "b c e", "asks109": "a", "asks110": "c d f", "asks111": "a", "asks112": "b d f", "asks113": "b", "asks114": "b d f", "asks115": "a", "asks116": "a b c", "asks117": "a", "asks118": "a b c", "asks119": "a", "asks120": "a b c", "asks121": "a", "asks122": "b c e", "asks123": "a c f", "asks124": "b", "asks125": "a e f", "asks126": "a", "asks127": "b c e", "asks128": "b", "asks129": "b d f", "asks130": "a", "asks131": "b c e", "asks132": "a", "asks133": "a c f", "asks134": "a", "asks135": "a d f", "asks136": "a", "asks137": "b e f", "asks138": "a", "asks139": "d e f", "asks140": "a", "asks141": "a b f", "asks142": "b", "asks143": "a d f", "asks144": "b", "asks145": "b d e", "asks146": "b", "asks147": "a e f", "asks148": "b", "asks149": "a c d", "asks150": "b"}
def dirs():
    un, dev = [], []
    for s in sorted(B.glob("asks*")):
        subs = [d for d in sorted(s.rglob("*")) if d.is_dir() and any(d.glob("*.fixture"))]
        if any(s.glob("*.fixture")): subs.append(s)
        held = U.get(s.name, "").split()
        for d in subs:
            rel = d.relative_to(s).parts
            (un if ("*" in held or (rel and rel[0].lower() in held)) else dev).append(d)
    return un, dev
if __name__ == "__main__":
    un, dev = dirs()
    n = lambda L: sum(len(list(d.glob("*.fixture"))) for d in L)
    print(f"held out: {len(un)} folders, {n(un)} drafts; development: {len(dev)} folders, {n(dev)} drafts")
    if "--write" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--write") + 1])
        (out / "unseen_dirs.txt").write_text("\n".join(map(str, un)) + "\n")
        (out / "alldev_dirs.txt").write_text("\n".join(map(str, dev)) + "\n")
