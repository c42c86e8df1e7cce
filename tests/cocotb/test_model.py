"""The independent Python model (xncmodel.py) against the independent XNC reference vectors of
SPEC section 3 and on the committed sample (round trips)."""

import json

import pytest

import xncmodel as m

REFERENCE = m.ROOT.parent / "shared" / "vectors" / "xnc_reference.json"


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/vectors is absent")
def test_reference_vectors_bit_exact():
    chunks = json.loads(REFERENCE.read_text())["chunks"]
    assert chunks
    for c in chunks:
        xs = [int(h, 16) for h in c["input"]]
        r = m.compress_chunk(xs)
        assert r.length == int(c["chunk_bits"])
        assert m.pack([r]) == bytes.fromhex(c["packed_hex"])
        assert m.decompress_record(r) == xs
        assert m.unpack(m.pack([r]), 1) == [r]


def test_spec_worked_example():
    # SPEC 3: x0 = 0x2250 -> 12-bit code 0 1000 1001010; x1 = 0xa6f0 -> 9-bit code 1 1 0010100.
    r = m.compress_chunk([0x2250, 0xA6F0] + [0xA6F0] * 30)
    assert r.bits >> (r.length - 33 - 12 - 9) & ((1 << 21) - 1) == (0b010001001010 << 9) | 0b110010100


@pytest.mark.parametrize("name", ["smollm2", "minilm", "whisper"])
def test_sample_round_trip(name):
    dtype, words = m.read_tensor(m.sample(name))
    xw = m.xnc_words(dtype, words)
    records = m.compress(xw)
    assert [w for r in records for w in m.decompress_record(r)] == xw
    assert m.unpack(m.pack(records), len(records)) == records
