"""Nothing names 泽州 or cites an article (第…条) outside zgov_cli/profiles/:
whose rules apply is the profile's business (SPEC §10, issue 14).

Read mechanically: every string, docstring and comment of every module, and
every TOML file, of the package. The one exception is the text of rule
examples (``Example(...)`` documents and the ``EXAMPLE_*`` texts they share):
they are sample 公文 of the built-in county, checked under the default
profile — see docs/profiles.md, "目前的局限".
"""
from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "zgov_cli"
FORBIDDEN = re.compile(r"泽州|第[一二三四五六七八九十百千]+条")


def _example_strings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are rule example documents."""
    out: set[int] = set()
    for node in ast.walk(tree):
        inside = None
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Example":
            inside = node
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id.startswith("EXAMPLE_") for t in node.targets):
            inside = node.value
        if inside is not None:
            out.update(id(n) for n in ast.walk(inside) if isinstance(n, ast.Constant))
    return out


def offending(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        return [f"{path.name}:{i}: {line.strip()}" for i, line in enumerate(text.splitlines(), 1)
                if FORBIDDEN.search(line)]
    tree = ast.parse(text)
    skip = _example_strings(tree)
    out = [f"{path.name}:{n.lineno}: {n.value[:60]!r}" for n in ast.walk(tree)
           if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
           and FORBIDDEN.search(n.value)]
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.COMMENT and FORBIDDEN.search(tok.string):
            out.append(f"{path.name}:{tok.start[0]}: {tok.string.strip()}")
    return out


def package_files() -> list[Path]:
    return sorted(p for p in PKG.rglob("*") if p.suffix in (".py", ".toml")
                  and "profiles" not in p.relative_to(PKG).parts)


def test_no_county_name_or_article_outside_profiles():
    bad = [line for p in package_files() for line in offending(p)]
    assert bad == [], "\n".join(bad)


def test_the_boundary_check_sees_strings_comments_and_toml(tmp_path):
    src = tmp_path / "m.py"
    src.write_text('"""see 第二十七条."""\nX = 1  # 泽州县\nY = f"按{X}第五条"\n'
                   'E = Example("泽州县人民政府")\nEXAMPLE_TEXT = "泽州"\n', encoding="utf-8")
    toml = tmp_path / "d.toml"
    toml.write_text('# 泽州县\nk = "v"\n', encoding="utf-8")
    assert [line.split(":")[1] for line in offending(src)] == ["1", "3", "2"]
    assert len(offending(toml)) == 1
    assert package_files() and all("profiles" not in p.parts[-2:] for p in package_files())
