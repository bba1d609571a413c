"""Generate the round-3 blind documents (eval/round3/*.fixture).

    python eval/round3/gen.py

The documents were written from SPEC §6, the county rules, 条例 and
GB/T 9704-2012 before reading the rule code; each carries one planted
problem (expect) and is otherwise meant to be correct.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_common  # noqa: E402
import gen_zg1  # noqa: E402,F401
import gen_zg2  # noqa: E402,F401
import gen_zg3  # noqa: E402,F401
import gen_zg4  # noqa: E402,F401
import gen_zg5  # noqa: E402,F401
import gen_more  # noqa: E402,F401

if __name__ == "__main__":
    for old in Path(__file__).resolve().parent.glob("*.fixture"):
        old.unlink()
    gen_common.write_all()
    print(len(gen_common.DOCS), "documents")
