"""ZG0 — 读取 (reading): what zgov could not read or took out of the text, said
as a finding instead of silently left out or misread (SPEC §6 ZG0).

ZG001 says when no title/文种 was found: the checks that need the 文种 did
not run, so an empty result is not a verdict. ZG002 says struck-through text
was left out of the body.
"""
