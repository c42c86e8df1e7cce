"""cocotb tests of the tANS decoders (every block of the manifest whose golden model is tANS or tANS-ctx).

Input streams and tables: the kit's encoder (`xnc vectors`, written by the runner to XNC_VECTORS).
Only the bytes and the table writes are taken from there: the framing (one packet per block on each
input, the value count in `s_axis_ans_tuser` of the first byte, docs/INTEGRATION.md) is built here,
the raw stream is cut into blocks by an independent Python decoder (xncmodel.tans_decode_block), and
every expected value is the original BF16 bits of the committed sample.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import struct
from pathlib import Path

import cocotb
from cocotbext.axi import AxiStreamFrame

import xncmodel as m
from axis_tb import LONG, Tb, block, wait_stalled

BLOCK = os.environ.get("XNC_BLOCK", "")


def vector_sets(name: str) -> list[dict]:
    """Rows of the committed BF16 samples each decoder is run on (small blocks: many block ends)."""
    sets = {
        "tans_decoder": [("smollm2", "0..3", 500), ("minilm", "0..3", 333)],
        "tans_decoder_r8": [("minilm", "3..6", 400), ("smollm2", "3..5", 700)],
        "tans_decoder_fa": [("smollm2", "6..9", 450), ("minilm", "6..8", 250)],
        # Context decoder: blocks of whole rows (each starts in column 0); FP16 and BF16.
        "tans_decoder_ctx": [("whisper", "0..4", 384), ("smollm2", "0..3", 576)],
        "tans_decoder_ctx_r10": [("smollm2", "3..6", 576), ("whisper", "4..8", 768)],
    }.get(name, [("smollm2", "0..3", 500)])
    if LONG:
        sets = [(s, "0..60", 4096) for s in ("smollm2", "minilm")] + sets
    out = []
    for sample, rows, bv in sets:
        path = m.sample(sample)
        out.append({"dir": f"{sample}-{rows}-{bv}", "file": path.name, "sample": sample, "rows": rows, "block_values": bv})
    return out


def read_port(d: Path, port: dict) -> list[tuple[int, int]]:
    """(tdata, tlast) of every beat of a port's binary vector file (beat layout of the manifest)."""
    nd = (port["tdata"] + 7) // 8
    size = nd + (port.get("tuser", 0) + 7) // 8 + (port.get("tkeep", 0) + 7) // 8 + 1
    blob = (d / f"{port['prefix']}.bin").read_bytes()
    assert len(blob) % size == 0
    return [(int.from_bytes(blob[i : i + nd], "little"), blob[i + size - 1] & 1) for i in range(0, len(blob), size)]


def read_stream(d: Path, port: dict) -> bytes:
    """The stream bytes of a port's vector file: each beat's tdata bytes, first in the low byte,
    those tkeep keeps when the port has tkeep (the raw port of the context decoders: two a beat)."""
    nd = (port["tdata"] + 7) // 8
    nk = (port.get("tkeep", 0) + 7) // 8
    size = nd + (port.get("tuser", 0) + 7) // 8 + nk + 1
    blob = (d / f"{port['prefix']}.bin").read_bytes()
    assert len(blob) % size == 0
    out = bytearray()
    for i in range(0, len(blob), size):
        keep = int.from_bytes(blob[i + size - 1 - nk : i + size - 1], "little") if nk else (1 << nd) - 1
        out += bytes(x for j, x in enumerate(blob[i : i + nd]) if keep >> j & 1)
    return bytes(out)


def read_table(d: Path, blk: dict) -> list[dict]:
    """The table writes of `table.bin` as {signal: value} (field positions from the manifest)."""
    blob = (d / "table.bin").read_bytes()
    sigs = blk["table"]["signals"]
    writes = []
    for i in range(0, len(blob), 8):
        rec = int.from_bytes(blob[i : i + 8], "little")
        writes.append({s["name"]: (rec >> (8 * s["byte"] + s["shift"])) & ((1 << s["width"]) - 1) for s in sigs})
    return writes


class Dataset:
    """One vector set: the framed input packets (per lane) and the expected output packets.

    A decoder with N lanes (manifest `golden.lanes`) takes value k of a block in lane k mod N: each
    lane's part is a one-lane block on its own stream pair, and the output packet of a block is its
    values in order (N per beat, the null slots of the last beat dropped by tkeep).
    """

    def __init__(self, vs: dict, blk: dict):
        d = Path(os.environ["XNC_VECTORS"]) / vs["dir"]
        r = blk["golden"]["table_log"]
        ctx = blk["golden"]["kind"] == "tans_ctx"
        fa = blk["golden"].get("format_aware", False)
        self.lanes = nl = blk["golden"].get("lanes", 1)
        self.name = vs["dir"]
        self.table_writes = read_table(d, blk)
        table, cmap, config = {}, {}, {}
        # Context decoders: {class, state} below 2^I, the column map at 2^I, the configuration at
        # 2^(I+1), I = max(4 + R, 12) (docs/INTEGRATION.md).
        cmap_base = 1 << max(4 + r, 12)
        for w in self.table_writes:
            a = w["tbl_addr"]
            if ctx and a < cmap_base:
                table[(a >> r, a & ((1 << r) - 1))] = tuple(
                    w[f"tbl_{f}"] for f in ("base", "nb", "nbits", "k", "esc", "value")
                )
            elif ctx and a < 2 * cmap_base:
                cmap[a - cmap_base] = w["tbl_class"]
            elif ctx:
                config = {f: w[f"tbl_{f}"] for f in ("fp16", "cols", "first", "step")}
            elif a < (1 << r):
                table[a] = (w["tbl_code"], w["tbl_nb"], w["tbl_base"])
            else:
                cmap[a - (1 << r)] = (w["tbl_exp"], w["tbl_nbits"] if fa else 8, w["tbl_esc"])
        a, b = (int(x) for x in vs["rows"].split(".."))
        dtype, values = m.read_tensor(m.sample(vs["sample"]), (a, b))
        assert dtype == "BF16" or (ctx and config["fp16"] and dtype == "F16")
        bv = vs["block_values"]
        counts = [min(bv, len(values) - i) for i in range(0, len(values), bv)]
        starts = list(range(0, len(values), bv))
        self.expected = [values[p : p + n] for p, n in zip(starts, counts)]
        # Per lane (ports in manifest order: lane 0's tANS and raw streams, then lane 1's ...).
        self.ans_frames, self.raw_frames = [[] for _ in range(nl)], [[] for _ in range(nl)]
        rng = random.Random(len(values))
        for lane in range(nl):
            ans_port, raw_port = blk["inputs"][2 * lane], blk["inputs"][2 * lane + 1]
            ans = read_port(d, ans_port)
            raw = read_stream(d, raw_port)
            # The tANS bytes of each block end with tlast.
            ans_blocks, cur = [], []
            for x, last in ans:
                cur.append(x)
                if last:
                    ans_blocks.append(bytes(cur))
                    cur = []
            assert not cur
            assert len(counts) == len(ans_blocks), (len(counts), len(ans_blocks))
            raw_bit = 0
            for want_all, ab in zip(self.expected, ans_blocks):
                want = want_all[lane::nl]
                n = len(want)
                if ctx:
                    got, end_bit = m.ctx_decode_block(ab, raw, raw_bit, n, r, table, cmap, config)
                else:
                    got, end_bit = m.tans_decode_block(ab, raw, raw_bit, n, r, table, cmap)
                assert got == want, f"{self.name}: the kit's encoder and the Python decoder disagree (lane {lane})"
                # tuser: the lane's value count with the first byte; anything on the others (ignored).
                tuser = [n] + [rng.randrange(1 << 16) for _ in ab[1:]]
                self.ans_frames[lane].append(AxiStreamFrame(tdata=list(ab), tuser=tuser))
                raw_bytes = raw[raw_bit // 8 : (end_bit + 7) // 8]
                self.raw_frames[lane].append(AxiStreamFrame(tdata=list(raw_bytes)) if raw_bytes else None)
                raw_bit = (end_bit + 7) // 8 * 8
            assert raw_bit == len(raw) * 8
        self.values = len(values)


def frame_values(f, lanes: int) -> list[int]:
    """The values of an output packet: its 16-bit words (one lane), or the bytes tkeep keeps, in
    little-endian pairs (N lanes: the port is 16N bits in 2N bytes)."""
    if lanes == 1:
        return list(f.tdata)
    kept = [x for x, k in zip(f.tdata, f.tkeep) if k]
    assert len(kept) % 2 == 0, "tkeep splits a value"
    return [kept[i] | kept[i + 1] << 8 for i in range(0, len(kept), 2)]


async def send_all(tb, ds):
    """Queue every block's packets on every input stream."""
    srcs = list(tb.sources.values())
    for lane in range(ds.lanes):
        ans_src, raw_src = srcs[2 * lane], srcs[2 * lane + 1]
        for fa, fr in zip(ds.ans_frames[lane], ds.raw_frames[lane]):
            await ans_src.send(fa)
            if fr is not None:
                await raw_src.send(fr)


def datasets(blk):
    return [Dataset(vs, blk) for vs in vector_sets(BLOCK)]


async def load_tables(tb, writes):
    dut = tb.dut
    for w in writes:
        dut.tbl_we.value = 1
        for k, v in w.items():
            getattr(dut, k).value = v
        await tb.cycles(1)
    dut.tbl_we.value = 0


def new_tb(dut):
    tb = Tb(dut, block(BLOCK))
    dut.aresetn.value = 0
    dut.tbl_we.value = 0
    return tb


async def start(tb, ds):
    await tb.cycles(3)
    tb.dut.aresetn.value = 1
    await load_tables(tb, ds.table_writes)


async def run_stream(tb, ds):
    await send_all(tb, ds)
    # A value per cycle plus escapes and block starts; the heavy back-pressure profile stalls the
    # sink ~85% of the cycles: 20 cycles per value is a generous bound.
    frames = await tb.recv_frames(len(ds.expected), 20 * ds.values + 2000)
    for k, (f, want) in enumerate(zip(frames, ds.expected)):
        got = frame_values(f, ds.lanes)
        if got != want:
            i = next((i for i, (x, y) in enumerate(zip(got, want)) if x != y), min(len(got), len(want)))
            raise AssertionError(
                f"{BLOCK} {ds.name}: block {k}: {len(got)} values, want {len(want)}; first difference at value {i}"
                + (f": got {got[i]:#06x}, want {want[i]:#06x}" if i < min(len(got), len(want)) else "")
            )
    await tb.cycles(20)
    assert tb.sink.empty(), f"{BLOCK}: output beats after the last expected block"


@cocotb.test()
async def stream_with_random_pauses(dut):
    """Every vector set under random pauses on both sources and the sink; tables loaded once per set."""
    tb = new_tb(dut)
    first = True
    pauses = [(1, 0.3, 0.3), (2, 0.1, 0.7)] + ([(3, 0.5, 0.5), (4, 0.7, 0.1)] if LONG else [])
    for (seed, p_src, p_sink), ds in itertools.product(pauses, datasets(tb.blk)):
        if first:
            await start(tb, ds)
            first = False
        else:
            await load_tables(tb, ds.table_writes)
        tb.set_pauses(random.Random(seed), p_src, p_sink)
        await run_stream(tb, ds)
        dut._log.info("%s: %s seed %d: %d values exact", BLOCK, ds.name, seed, ds.values)
    tb.assert_ok()


@cocotb.test()
async def throughput_without_backpressure(dut):
    """No pauses: values per cycle from the first tANS byte to the last value (recorded)."""
    tb = new_tb(dut)
    ds = datasets(tb.blk)[0]
    await start(tb, ds)
    tb.set_pauses(None)
    await run_stream(tb, ds)
    cin, cout = tb.checkers[0], tb.checker(tb.blk["output"]["prefix"])
    cycles = cout.transfers[-1] - cin.transfers[0] + 1
    res = {
        "block": BLOCK,
        "dataset": ds.name,
        "values": ds.values,
        "blocks": len(ds.expected),
        "table_writes": len(ds.table_writes),
        "cycles_first_in_to_last_out": cycles,
        "latency_cycles": cout.transfers[0] - cin.transfers[0],
        "values_per_cycle": round(ds.values / cycles, 3),
    }
    dut._log.info("THROUGHPUT %s", json.dumps(res))
    out = os.environ.get("XNC_COCOTB_RESULTS")
    if out:
        with open(os.path.join(out, f"throughput-{BLOCK}.json"), "w") as f:
            json.dump(res, f, indent=1)
    tb.assert_ok()


@cocotb.test()
async def reset_in_full_stalled_pipeline(dut):
    """Fill against a stalled sink, reset (tables kept), then the next stream must come out exact."""
    tb = new_tb(dut)
    sets = datasets(tb.blk)
    await start(tb, sets[0])
    tb.sink.set_pause_generator(itertools.repeat(True))
    await send_all(tb, sets[0])
    await wait_stalled(tb, tb.blk["inputs"][1]["prefix"])
    assert getattr(dut, f"{tb.blk['output']['prefix']}_tvalid").value == 1
    await tb.reset(2)
    # The same tables (a reset keeps them), the stream again from its first block, random pauses.
    tb.set_pauses(random.Random(5))
    await run_stream(tb, sets[0])
    # Reset again, load the other set's tables, run it.
    await tb.reset(1)
    await load_tables(tb, sets[-1].table_writes)
    await run_stream(tb, sets[-1])
    tb.assert_ok()
