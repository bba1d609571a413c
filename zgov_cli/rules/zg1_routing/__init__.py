"""ZG1 — 行文规则 (routing): who may write what to whom (the county's
工作规则 and 《党政机关公文处理工作条例》; which articles, the profile says).

The rules read the structured document (文种, 发文机关, 主送, 抄送, 正文) and
the organisation kinds of :mod:`zgov_cli.analysis.orgs`; vocabularies (recipients,
authority phrases, orders…) live in ``data/requests.toml``; the asks' in ``data/asks.toml``.

ZG101 and ZG102 read asks the way a clerk does, with the model of
:mod:`zgov_cli.analysis.asks` (an ask by construction — request marker,
addressee, 予/予以/给予, an open verb phrase —, its modality, what a 报告 may
properly say, and matters grouped by a decision table kept as data in
``data/asks.toml``).
"""
