"""ZG0 — 读取 (reading): what the reader could not take as the document's
text, said in the report instead of silently left out or misread (SPEC §6)."""
