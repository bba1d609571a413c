"""ZG0 — 读取 (reading): what zgov could not read, said as a finding.

ZG001 says when no title/文种 was found: the checks that need the 文种 did
not run, so an empty result is not a verdict (SPEC §6 ZG0).
"""
