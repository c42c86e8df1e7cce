"""The independent Python model (xncmodel.py) against the independent XNC reference vectors of
SPEC section 3 and on the committed sample (round trips)."""

import json

import pytest

import xncmodel as m

REFERENCE = m.ROOT.parent / "shared" / "vectors" / "xnc_reference.json"


def paper_to_fixed(bits: int, length: int, n: int = m.CHUNK) -> m.Record:
    """Moves the bits of a paper-layout record (docs/FORMAT.md 2.1: F, S_i, then every code whole,
    the layout of the SPEC vectors) to the fixed-position layout (2.2: F, S_i, every code's short
    part, then the long codes' extension units), with no re-coding: lengths stay equal."""
    pos = length

    def take(k):
        nonlocal pos
        pos -= k
        return (bits >> pos) & ((1 << k) - 1)

    flag = take(1)
    sels = [take(1) for _ in range(n)]
    shorts, units = [], []
    for s in sels:
        width = (9 if s else 12) if flag else (12 if s else 16)
        c = take(width)
        if s:
            shorts.append((c, width))
        elif flag:  # 12-bit {b15, b13..b3}: short {b15, b10..b3}, unit {b13..b11}
            shorts.append((((c >> 11) << 8) | (c & 0xFF), 9))
            units.append(((c >> 8) & 7, 3))
        else:  # 16-bit d: short {b15, b13..b3}, unit {b14, b2..b0}
            shorts.append((((c >> 15) << 11) | ((c >> 3) & 0x7FF), 12))
            units.append(((((c >> 14) & 1) << 3) | (c & 7), 4))
    assert pos == 0, "paper record length does not match its selectors"
    out, out_len = flag, 1
    for s in sels:
        out, out_len = (out << 1) | s, out_len + 1
    for c, k in shorts + units:
        out, out_len = (out << k) | c, out_len + k
    return m.Record(out, out_len)


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/vectors is absent")
def test_reference_vectors_bit_exact():
    """Each SPEC vector (paper layout) moved to the fixed layout is exactly the model's record."""
    chunks = json.loads(REFERENCE.read_text())["chunks"]
    assert chunks
    for c in chunks:
        xs = [int(h, 16) for h in c["input"]]
        r = m.compress_chunk(xs)
        n_bits = int(c["chunk_bits"])
        assert r.length == n_bits
        packed = bytes.fromhex(c["packed_hex"])
        paper = int.from_bytes(packed, "big") >> (8 * len(packed) - n_bits)
        assert r == paper_to_fixed(paper, n_bits)
        assert m.decompress_record(r) == xs
        assert m.unpack(m.pack([r]), 1) == [r]


def test_spec_worked_example():
    # SPEC 3: x0 = 0x2250 -> 12-bit code 0 1000 1001010; x1 = 0xa6f0 -> 9-bit code 1 1 0010100.
    # Fixed layout (docs/FORMAT.md 2.2): P0 = {b15, b10..b3} = 0 01001010 and P1 = 1 10010100 right
    # after F and the 32 selectors, and word 0's unit {b13..b11} = 100 at the record's end (L = 1).
    r = m.compress_chunk([0x2250, 0xA6F0] + [0xA6F0] * 30)
    assert r.length == 321 + 3
    assert r.bits >> (r.length - 33 - 9 - 9) & ((1 << 18) - 1) == (0b001001010 << 9) | 0b110010100
    assert r.bits & 0b111 == 0b100


@pytest.mark.parametrize("name", ["smollm2", "minilm", "whisper"])
def test_sample_round_trip(name):
    dtype, words = m.read_tensor(m.sample(name))
    xw = m.xnc_words(dtype, words)
    records = m.compress(xw)
    assert [w for r in records for w in m.decompress_record(r)] == xw
    assert m.unpack(m.pack(records), len(records)) == records
