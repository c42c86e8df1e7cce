"""The committed real sample (testbench/data) read straight from its safetensors bytes.

Expected values of the held-out suite are these original tensor bits: nothing here comes from the
kit's golden model or its expected-output files.
"""

import json
import os
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "testbench" / "data"
LONG = os.environ.get("XNC_COCOTB_LONG", "") not in ("", "0")


def read_safetensors(path):
    """{name: (dtype, shape, bytes)} of every tensor in a safetensors file."""
    raw = Path(path).read_bytes()
    (n,) = struct.unpack_from("<Q", raw, 0)
    header = json.loads(raw[8 : 8 + n])
    data = raw[8 + n :]
    out = {}
    for name, t in header.items():
        if name == "__metadata__":
            continue
        a, b = t["data_offsets"]
        out[name] = (t["dtype"], t["shape"], data[a:b])
    return out


def sample_tensor(stem):
    """(dtype, shape, list of 16-bit words) of the one tensor of testbench/data/<stem>*.safetensors."""
    (path,) = sorted(SAMPLE.glob(stem + "*.safetensors"))
    ((dtype, shape, data),) = read_safetensors(path).values()
    words = list(struct.unpack(f"<{len(data) // 2}H", data))
    return dtype, shape, words


def bf16_to_xnc_word(w):
    """FORMAT.md 4.4 / SPEC: the lossless BF16 permutation XNC words go through (rebias by 112)."""
    e = (w >> 7) & 0xFF
    m = w & 0x7F
    r = 0 if e == 0 else (-112) & 0xFF if e == 112 else (e - 112) & 0xFF
    return (w & 0x8000) | ((r & 0x1F) << 10) | (m << 3) | (r >> 5)


def xnc_words(stem):
    """The sample's values as the XNC blocks see them (BF16 permuted, FP16 as is)."""
    dtype, _, words = sample_tensor(stem)
    return [bf16_to_xnc_word(w) for w in words] if dtype == "BF16" else words


STEMS = ["minilm", "smollm2", "whisper"]
