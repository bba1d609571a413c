"""Small documents for the CI/output tests (written to a tmp dir by the tests).

They rely only on the text rules (ZG501 的的, ZG502 half-width comma), so
they stay meaningful while other rule families change.
"""
from __future__ import annotations

from pathlib import Path

CLEAN_NOTICE = """泽州县人民政府办公室关于做好2025年防汛工作的通知
各乡镇人民政府，县直各有关单位：
为做好今年防汛工作，确保人民群众生命财产安全，经县政府同意，现就有关事项通知如下。
一、落实防汛责任。各乡镇、各有关单位要逐级落实防汛责任人，严格执行24小时值班和领导带班制度。
二、加强隐患排查。要对河道、水库、地质灾害隐患点等开展拉网式排查，发现问题立即整改。
三、做好应急准备。要备足防汛物资，组织开展应急演练，确保一旦发生险情能够迅速处置。
泽州县人民政府办公室
2025年6月3日
"""

# Two warnings: a half-width comma (ZG502, paragraph 3) and 的的 (ZG501, paragraph 4).
TYPO_NOTICE = """泽州县人民政府办公室关于做好2025年森林防火工作的通知
各乡镇人民政府，县直各有关单位：
为做好今年森林防火工作,确保林区安全，经县政府同意，现就有关事项通知如下。
一、落实防火责任。各乡镇要逐级落实防火责任人，严格执行的的值班和领导带班制度。
二、加强巡查管控。要对重点林区开展巡查，发现隐患立即处置。
泽州县人民政府办公室
2025年3月3日
"""


def write(dir: Path, name: str, text: str) -> str:
    p = dir / name
    p.write_text(text, encoding="utf-8")
    return str(p)
