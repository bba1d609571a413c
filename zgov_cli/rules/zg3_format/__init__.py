"""ZG3 — 格式: the parts of a 公文 written the way GB/T 9704-2012 and the
条例 prescribe (SPEC §6 ZG3).

ZG301 发文字号, ZG302 成文日期, ZG303 文种 and 标题, ZG304 上行文的签发人,
ZG305 请示的附注, ZG306 主送机关, ZG307 附件说明, ZG308 结构层次序数, ZG309
标题中的标点. Each finding quotes the text as written, says where it is and
gives the correct form; ``fix`` carries the replacement where it is certain.
Vocabulary lives in ``data/format.toml``; the parts themselves come from
:mod:`zgov_cli.structure`.
"""
