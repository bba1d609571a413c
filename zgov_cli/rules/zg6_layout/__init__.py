"""ZG6 — 版式 (layout, GB/T 9704-2012): page size, margins, fonts, grid.

Facts come from the reader (``doc.layout`` and the paragraphs' font hints):
docx sections, pdf page boxes. A fact the reader could not read is None and
the rule says nothing about it — layout is never guessed from text. Plain
text has no layout: these rules do not apply to it.
"""
