"""ZG1 — 行文规则 (routing): who may write what to whom (the county's
工作规则 and 《党政机关公文处理工作条例》; which articles, the profile says).

The rules read the structured document (文种, 发文机关, 主送, 抄送, 正文) and
the organisation kinds of :mod:`zgov_cli.analysis.orgs`; vocabularies (request verbs,
proper 报告 endings, authority phrases…) live in ``data/requests.toml``.

ZG101 understands what each ask in a 请示 is about: it finds the asks (request
verbs, enumerated lists after a request lead-in, the title's joined parts),
segments each ask's object with jieba's dictionary (:mod:`zgov_cli.analysis.segment`,
POS tags, no HMM), drops generic words, and groups asks
that are about the same thing — the same object, a pointer back (上述经费),
an instalment (首期/二期), a procedural detail (协调、用地手续) — so that only
genuinely different matters are reported.
"""
