"""Vectors for the fixed-layout prototype (README.md here): every chunk of the committed samples
(testbench/data, BF16 permuted as the container does) and a few thousand random ones, each with its
record in the proposed layout and its length. The length is checked against the paper layout's
(tests/cocotb/xncmodel.py, written from SPEC section 3), so the bit count is the published one.

    python3 vectors.py OUT.hex [TABLE.safetensors]
One line per chunk: record (552 bits), length (12), chunk (512), in hex. With a table: every chunk of
its first F16/BF16 tensor instead of the samples and the random chunks.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "cocotb"))
import xncmodel as m  # noqa: E402


def bits(v: int, hi: int, lo: int) -> int:
    return (v >> lo) & ((1 << (hi - lo + 1)) - 1)


def fixed_record(xs: list[int]) -> tuple[int, int]:
    """The proposed layout: F, S0..S31, 32 short parts, then the long words' extension units."""
    d, prev = [], 0
    for x in xs:
        t = prev ^ x
        d.append(t ^ 0x7800 if t & 0x8000 else t)
        prev = x
    ok = [bits(w, 15, 15) == bits(w, 14, 14) and bits(w, 2, 0) == 0 for w in d]
    f = all(ok)
    sel = [bits(w, 15, 11) in (0, 0x1F) if f else o for w, o in zip(d, ok)]
    r, n = int(f), 1
    for s in sel:
        r, n = (r << 1) | int(s), n + 1
    for w in d:  # short parts: F=1 {b15, b10..b3}, F=0 {b15, b13..b3}
        if f:
            r, n = (r << 9) | (bits(w, 15, 15) << 8) | bits(w, 10, 3), n + 9
        else:
            r, n = (r << 12) | (bits(w, 15, 15) << 11) | bits(w, 13, 3), n + 12
    for w, s in zip(d, sel):  # extension units of the long words: F=1 {b13..b11}, F=0 {b14, b2..b0}
        if not s:
            if f:
                r, n = (r << 3) | bits(w, 13, 11), n + 3
            else:
                r, n = (r << 4) | (bits(w, 14, 14) << 3) | bits(w, 2, 0), n + 4
    return r, n


def main(out: str, table: str | None) -> None:
    chunks = []
    for p in [Path(table)] if table else [m.sample(n) for n in ("smollm2", "minilm", "whisper")]:
        dtype, words = m.read_tensor(p)
        xw = m.xnc_words(dtype, words)
        chunks += [xw[i : i + m.CHUNK] for i in range(0, len(xw), m.CHUNK)]
    rng = random.Random(1)
    for _ in range(0 if table else 3000):
        chunks.append([rng.getrandbits(16) for _ in range(m.CHUNK)])
    total = paper = flagged = 0
    with open(out, "w") as f:
        for xs in chunks:
            r, n = fixed_record(xs)
            p = m.compress_chunk(xs)
            assert n == p.length, (n, p.length)
            total, paper, flagged = total + n, paper + p.length, flagged + (r >> (n - 1))
            f.write("%0138x%03x%s\n" % (r << (552 - n), n, "".join("%04x" % x for x in reversed(xs))))
    print(f"{len(chunks)} chunks ({flagged} with F=1), {total} record bits = paper layout {paper}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
