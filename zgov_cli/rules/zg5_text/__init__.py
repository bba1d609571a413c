"""ZG5 — 文字 (text): typos and punctuation a clerk can fix in the text.

ZG501 doubled characters (的的), ZG502 half-width punctuation in Chinese text,
ZG503 unbalanced paired punctuation, ZG504 misquoted 规范提法. They read
every paragraph of the document (版头 to 版记, tables included). Vocabulary
lives in ``data/reduplications.toml`` and ``data/phrases.toml``.
"""
