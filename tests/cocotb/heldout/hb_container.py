"""A reader of the .xnc container's ANS tensors, from docs/FORMAT.md sections 3, 4 and 5 alone.

Gives, per tensor, the blocks' lane streams and the decode tables the hardware decoders are loaded
with (derived from the stored spread as FORMAT.md 3.2 says), so that the held-out suite feeds the
tANS decoders what `xnc compress` wrote and compares their output with the original tensor bits.
"""

import json
import struct
import zlib

MAGIC = b"\x89XNC\r\n\x1a\n"


class Reader:
    def __init__(self, data):
        self.d = data
        self.p = 0

    def take(self, n):
        assert self.p + n <= len(self.d), f"directory ends at {len(self.d)}, field at {self.p}+{n}"
        b = self.d[self.p : self.p + n]
        self.p += n
        return b

    def u(self, n):
        return int.from_bytes(self.take(n), "little")

    def blob(self, width=4):
        return self.take(self.u(width))


def decode_table(spread, r):
    """(code, nb, base) of every state, FORMAT.md 3.2."""
    big_l = 1 << r
    freq = {}
    for s in spread:
        freq[s] = freq.get(s, 0) + 1
    seen = {}
    out = []
    for s in spread:
        k = seen.get(s, 0)
        seen[s] = k + 1
        xs = freq[s] + k
        nb = r - (xs.bit_length() - 1)
        out.append((s, nb, (xs << nb) - big_l))
    return out


def parse_ans_params(p, codec):
    rd = Reader(p)
    lanes, w = rd.u(1), rd.u(1)
    model = {"lanes": lanes, "w": w}
    if codec in (2, 3):
        r, k = rd.u(1), rd.u(1)
        codes = []
        for _ in range(k):
            exp, b = rd.u(1), rd.u(1)
            codes.append({"exp": exp, "esc": b >> 7, "nbits": b & 0x7F})
        packed = rd.take((1 << r) // 2)
        spread = [packed[x // 2] >> (4 * (x % 2)) & 15 for x in range(1 << r)]
        model.update(r=r, codes=codes, spread=spread, table=decode_table(spread, r))
    else:
        r, k, c = rd.u(1), rd.u(1), rd.u(4)
        cmap = list(rd.take(c)) if k > 1 else [0] * c
        classes = []
        for _ in range(k):
            n = rd.u(1)
            codes = []
            for _ in range(n):
                exp, b, nbits, prefix = rd.u(1), rd.u(1), rd.u(1), rd.u(2)
                codes.append({"exp": exp, "esc": b >> 7, "k": b & 0x7F, "nbits": nbits, "prefix": prefix})
            spread = list(rd.take(1 << r))
            classes.append({"codes": codes, "spread": spread, "table": decode_table(spread, r)})
        model.update(r=r, cols=c, cmap=cmap, classes=classes)
    assert rd.p == len(p), "codec parameters longer than the model"
    return model


def parse(path):
    """{name: entry} of a version-3 (or 2) container; entry has dtype, codec, values, model, blocks."""
    data = open(path, "rb").read()
    assert data[:8] == MAGIC, "not an .xnc file"
    version = int.from_bytes(data[8:10], "little")
    assert version in (2, 3), f"version {version}"
    # (version 3: XNC blocks in the fixed-position record layout the hardware writes)
    t = data[-24:]
    off, length, crc = struct.unpack_from("<QQI", t)
    assert t[20:] == b"XNCE"
    dirb = data[off : off + length]
    assert zlib.crc32(dirb) == crc, "directory CRC"
    rd = Reader(dirb)
    count, sources = rd.u(4), rd.u(4)
    for _ in range(sources):
        rd.blob()
        kind = rd.u(1)
        if kind == 0:
            rd.blob()
            rd.blob()
        else:
            rd.blob()
    out = {}
    for _ in range(count):
        rd.u(4)
        name = rd.blob().decode()
        dtype = rd.blob(1).decode()
        rd.blob(1)
        codec = rd.u(1)
        rank = rd.u(4)
        shape = [rd.u(8) for _ in range(rank)]
        values = rd.u(8)
        rd.u(8)
        rd.u(8)
        bv = rd.u(4)
        params = rd.blob()
        nblocks = rd.u(4)
        blocks = []
        for b in range(nblocks):
            boff, blen, aux, bcrc = rd.u(8), rd.u(4), rd.u(4), rd.u(4)
            raw = data[boff : boff + blen]
            assert zlib.crc32(raw) == bcrc, f"block {b} CRC"
            blocks.append((raw, aux))
        e = {"dtype": dtype, "codec": codec, "shape": shape, "values": values, "block_values": bv, "blocks": []}
        e["block_bytes"] = [raw for raw, _ in blocks]
        if codec in (2, 3, 4):
            m = parse_ans_params(params, codec)
            e["model"] = m
            for b, (raw, aux) in enumerate(blocks):
                n = min(bv, values - b * bv)
                e["blocks"].append({"values": n, "lanes": split_lanes(raw, aux, m["lanes"], m["w"])})
        out[name] = e
    return out


def split_lanes(raw, aux, lanes, w):
    """[(tans bytes, raw bytes)] per lane, FORMAT.md 3.4 / 4.4."""
    if lanes == 1:
        return [(raw[:aux], raw[aux:])]
    lens = [int.from_bytes(raw[i * w : (i + 1) * w], "little") for i in range(2 * lanes)]
    p = 2 * lanes * w
    out = []
    for l in range(lanes):
        a, r = lens[2 * l], lens[2 * l + 1]
        out.append((raw[p : p + a], raw[p + a : p + a + r]))
        p += a + r
    assert p == len(raw), "lane lengths do not add up to the block"
    return out


def write_safetensors(path, name, dtype, shape, data, metadata=None):
    """A one-tensor safetensors file (the held-out suite cuts rows of the sample with it)."""
    hdr = {name: {"dtype": dtype, "shape": shape, "data_offsets": [0, len(data)]}}
    if metadata:
        hdr["__metadata__"] = metadata
    h = json.dumps(hdr, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + data)
