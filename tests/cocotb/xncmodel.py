"""Independent Python models for the cocotb suite: the committed sample, XNC (SPEC section 3) and tANS.

Written from /work/shared/SPEC.md section 3 and docs/FORMAT.md, not from the Rust code, so that a
shared misreading of the format cannot hide: the expected values of every test come from the
original tensor bits of testbench/data/*.safetensors through these functions.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "testbench" / "data"

CHUNK = 32  # values per XNC chunk


# --- the committed sample ---------------------------------------------------------------------


def read_tensor(path: Path, rows: tuple[int, int] | None = None) -> tuple[str, list[int]]:
    """The first F16/BF16 tensor of a .safetensors file as 16-bit words (row-major), rows A..B.

    Plain JSON + bytes: 8-byte little-endian header length, the JSON header, the data.
    """
    blob = path.read_bytes()
    (n,) = struct.unpack_from("<Q", blob, 0)
    header = json.loads(blob[8 : 8 + n])
    for name, t in header.items():
        if name == "__metadata__" or t["dtype"] not in ("F16", "BF16"):
            continue
        a, b = t["data_offsets"]
        data = blob[8 + n + a : 8 + n + b]
        words = list(struct.unpack(f"<{len(data) // 2}H", data))
        if rows is not None:
            row = 1
            for d in t["shape"][1:]:
                row *= d
            words = words[rows[0] * row : rows[1] * row]
        return t["dtype"], words
    raise ValueError(f"{path}: no F16/BF16 tensor")


def sample(name: str) -> Path:
    """The committed sample whose file name starts with `name`."""
    (p,) = DATA.glob(f"{name}*.safetensors")
    return p


# --- BF16 -> FP16-like word (FORMAT.md section 2, the container's lossless XNC path) -------------

REBIAS = 112


def bf16_to_xnc_word(w: int) -> int:
    """Sign in bit 15, the rebiased exponent's low 5 bits in 14..10, mantissa in 9..3, its high 3 bits in 2..0."""
    e = (w >> 7) & 0xFF
    m = w & 0x7F
    if e == 0:
        r = 0
    elif e == REBIAS:
        r = (-REBIAS) & 0xFF
    else:
        r = (e - REBIAS) & 0xFF
    return (w & 0x8000) | ((r & 0x1F) << 10) | (m << 3) | (r >> 5)


def xnc_words(dtype: str, words: list[int]) -> list[int]:
    """What the XNC blocks see: BF16 permuted, F16 as is; zero-padded to whole chunks."""
    out = [bf16_to_xnc_word(w) for w in words] if dtype == "BF16" else list(words)
    out += [0] * (-len(out) % CHUNK)
    return out


# --- XNC (SPEC section 3) ---------------------------------------------------------------------


class Record:
    """One XNC record: `bits` (an int holding `length` bits, F first at the top)."""

    def __init__(self, bits: int, length: int):
        self.bits = bits
        self.length = length

    def __eq__(self, other):
        return (self.bits, self.length) == (other.bits, other.length)

    def __repr__(self):
        return f"Record(len={self.length}, bits={self.bits:#x})"


def compress_chunk(xs: list[int]) -> Record:
    """SPEC 3 steps 2-6: transform, flag, widths, codes; the record in the fixed-position layout of
    docs/FORMAT.md 2.2 (what container version 3 and the hardware use): F, S0..S31, the short part of
    every code, then the extension unit of every long code in word order."""
    assert len(xs) == CHUNK
    d = [xs[0]] + [xs[i - 1] ^ xs[i] for i in range(1, CHUNK)]
    d = [w ^ 0x7800 if w & 0x8000 else w for w in d]
    ok = [((w >> 14) & 1) == ((w >> 15) & 1) and (w & 7) == 0 for w in d]
    flag = all(ok)
    sels, codes = [], []
    for w, o in zip(d, ok):
        b15 = w >> 15
        if flag and (w >> 11) in (0, 0x1F):
            sels.append(1)
            codes.append(((b15 << 8) | ((w >> 3) & 0xFF), 9))
        elif flag or o:
            sels.append(1 if not flag else 0)
            codes.append(((b15 << 11) | ((w >> 3) & 0x7FF), 12))
        else:
            sels.append(0)
            codes.append((w, 16))
    bits, length = int(flag), 1
    for s in sels:
        bits, length = (bits << 1) | s, length + 1
    shorts, units = [], []
    for c, n in codes:
        if n == 16:  # d: short {b15, b13..b3}, unit {b14, b2..b0}
            shorts.append((((c >> 15) << 11) | ((c >> 3) & 0x7FF), 12))
            units.append(((((c >> 14) & 1) << 3) | (c & 7), 4))
        elif n == 12 and flag:  # {b15, b13..b3}: short {b15, b10..b3}, unit {b13..b11}
            shorts.append((((c >> 11) << 8) | (c & 0xFF), 9))
            units.append(((c >> 8) & 7, 3))
        else:  # a short code is its short part
            shorts.append((c, n))
    for c, n in shorts + units:
        bits, length = (bits << n) | c, length + n
    return Record(bits, length)


def decompress_record(r: Record) -> list[int]:
    """SPEC 3 step 7, from the fixed-position layout (docs/FORMAT.md 2.2)."""
    pos = r.length

    def take(n):
        nonlocal pos
        pos -= n
        return (r.bits >> pos) & ((1 << n) - 1)

    flag = take(1)
    sels = [take(1) for _ in range(CHUNK)]
    shorts = [take(9 if flag else 12) for _ in range(CHUNK)]
    codes = []
    for s, p in zip(sels, shorts):
        if s:  # short word: the code is the short part
            codes.append(p)
        elif flag:  # 12-bit {b15, unit = b13..b11, b10..b3}
            u = take(3)
            codes.append(((p >> 8) << 11) | (u << 8) | (p & 0xFF))
        else:  # 16-bit d = {b15, unit bit 3, b13..b3, unit bits 2..0}
            u = take(4)
            codes.append(((p >> 11) << 15) | ((u >> 3) << 14) | ((p & 0x7FF) << 3) | (u & 7))
    out, prev = [], 0
    for i, (s, c) in enumerate(zip(sels, codes)):
        width = (9 if s else 12) if flag else (12 if s else 16)
        if width == 9:
            b15 = c >> 8
            d = (b15 << 15) | (0xF << 11 if b15 else 0) | ((c & 0xFF) << 3)
        elif width == 12:
            b15 = c >> 11
            d = (b15 << 15) | (b15 << 14) | ((c & 0x7FF) << 3)
        else:
            d = c
        if d & 0x8000:
            d ^= 0x7800
        prev = d if i == 0 else prev ^ d
        out.append(prev)
    assert pos == 0, "record length does not match its selectors"
    return out


def compress(words: list[int]) -> list[Record]:
    return [compress_chunk(words[i : i + CHUNK]) for i in range(0, len(words), CHUNK)]


def pack(records: list[Record]) -> bytes:
    """One block's records, MSB-first and bit-contiguous, zero-padded to a whole byte."""
    bits, length = 0, 0
    for r in records:
        bits, length = (bits << r.length) | r.bits, length + r.length
    pad = -length % 8
    return (bits << pad).to_bytes((length + pad) // 8, "big")


def record_length(head: int) -> int:
    """Record length from its first 33 bits (F, S0..S31)."""
    flag = head >> 32
    n = 0
    for i in range(CHUNK):
        s = (head >> (31 - i)) & 1
        n += (9 if s else 12) if flag else (12 if s else 16)
    return 33 + n


def unpack(stream: bytes, count: int) -> list[Record]:
    """`count` records from the start of a block's byte stream."""
    total = len(stream) * 8
    value = int.from_bytes(stream, "big")
    pos, out = 0, []
    for _ in range(count):
        head = (value >> (total - pos - 33)) & ((1 << 33) - 1)
        n = record_length(head)
        out.append(Record((value >> (total - pos - n)) & ((1 << n) - 1), n))
        pos += n
    return out


# --- tANS coding pairs (FORMAT.md section 3) ----------------------------------------------------


class _BlockBits:
    """The two bit streams of one block: tANS bits LSB-first (FORMAT.md 3.2), raw bits MSB-first
    from bit `raw_bit` (FORMAT.md 3.3)."""

    def __init__(self, ans: bytes, raw: bytes, raw_bit: int):
        self.state_bits = int.from_bytes(ans, "little")
        self.apos = 0
        self.raw = raw
        self.raw_bit = raw_bit

    def read_lsb(self, k: int) -> int:
        v = (self.state_bits >> self.apos) & ((1 << k) - 1)
        self.apos += k
        return v

    def read_msb(self, k: int) -> int:
        v = 0
        for _ in range(k):
            byte = self.raw[self.raw_bit // 8]
            v = (v << 1) | ((byte >> (7 - self.raw_bit % 8)) & 1)
            self.raw_bit += 1
        return v


def tans_decode_block(ans: bytes, raw: bytes, raw_bit: int, n: int, table_log: int, table: dict, cmap: dict):
    """Decode `n` values of one block (FORMAT.md 3.2/3.3).

    `table[state] = (code, nb, base)`, `cmap[code] = (exp, nbits, escape)`; BF16 (E = 8, M = 7).
    The raw stream is read MSB-first from bit `raw_bit`; returns the values and the next raw bit.
    """
    bits = _BlockBits(ans, raw, raw_bit)
    read_lsb, read_msb = bits.read_lsb, bits.read_msb

    state = read_lsb(table_log)
    out = []
    for _ in range(n):
        code, nb, base = table[state]
        exp, nbits, esc = cmap[code]
        if esc:
            exp = read_msb(8)
            field = read_msb(8)
        else:
            field = read_msb(nbits) << (8 - nbits)
        out.append(((field >> 7) << 15) | (exp << 7) | (field & 0x7F))
        state = base | read_lsb(nb)
    assert state == 0, "tANS block does not end in state 0"
    assert bits.apos <= len(ans) * 8 and len(ans) == (bits.apos + 7) // 8, "tANS block length"
    return out, bits.raw_bit


# --- context coding pairs (FORMAT.md section 5) -----------------------------------------------


def ctx_decode_block(ans: bytes, raw: bytes, raw_bit: int, n: int, table_log: int, table: dict, cmap: dict, config: dict):
    """Decode `n` values of one `ans-ctx` block (FORMAT.md 5.2/5.3) from what the decoder is loaded with.

    `table[(cls, state)] = (base, nb, nbits, k, esc, value)` (value: the code's bits in place, raw
    bits zero), `cmap[column] = class`, `config = {fp16, cols, first, step}`. The raw stream is read
    MSB-first from bit `raw_bit`; returns the values and the next raw bit.
    """
    e_bits, m_bits = (5, 10) if config["fp16"] else (8, 7)
    f_bits = 1 + m_bits
    bits = _BlockBits(ans, raw, raw_bit)
    read_lsb, read_msb = bits.read_lsb, bits.read_msb

    state = read_lsb(table_log)
    col = config["first"]
    out = []
    for _ in range(n):
        base, nb, nbits, k, esc, fixed = table[(cmap[col], state)]
        if esc:
            exp = read_msb(e_bits)
            field = read_msb(f_bits)
            out.append(((field >> m_bits) << 15) | (exp << m_bits) | (field & ((1 << m_bits) - 1)))
        else:
            field = read_msb(nbits) << (f_bits - k - nbits)
            out.append(fixed | ((field >> m_bits) << 15) | (field & ((1 << m_bits) - 1)))
        state = base | read_lsb(nb)
        col = (col + config["step"]) % config["cols"]
    assert state == 0, "tANS block does not end in state 0"
    assert bits.apos <= len(ans) * 8 and len(ans) == (bits.apos + 7) // 8, "tANS block length"
    return out, bits.raw_bit
