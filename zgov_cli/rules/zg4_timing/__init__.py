"""ZG4 — 时限: deadlines read from the document and judged with the
working-day arithmetic of :mod:`zgov_cli.analysis.deadlines` (SPEC §5, §6 ZG4).

Each rule judges one date the text states against the document's 成文日期
(or ``--today`` when it has none) and yields the SPEC §5 deadline object
(a :class:`~zgov_cli.model.Deadline`) whenever it applies, late or not. A document that merely
mentions dates is left alone: a date counts only in the phrase that gives it
its meaning (``拟于…召开``, ``须于…前报送``, ``经…常务会议研究通过``).
"""
