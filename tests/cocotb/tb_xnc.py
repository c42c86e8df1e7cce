"""cocotb tests of the XNC blocks and of the chain compressor -> packer -> unpacker -> decompressor.

Stimulus: rows of the committed real sample (testbench/data); expected beats: the independent Python
model (xncmodel.py) applied to the original tensor bits. The toplevel is named by XNC_BLOCK.
"""

from __future__ import annotations

import itertools
import json
import os
import random

import cocotb
from cocotb.triggers import RisingEdge
from cocotbext.axi import AxiStreamFrame

import xncmodel as m
from axis_tb import LONG, Tb, block, wait_stalled

BLOCK = os.environ["XNC_BLOCK"]
# The chain toplevel (written by the runner) has the compressor's input and the decompressor's output.
CHAIN = BLOCK == "xnc_chain"
CHAIN_LINKS = [("c2p", True), ("mem", True), ("u2d", True)]

# (sample, rows, chunks per block): BF16 data (chunks mostly F = 1) and native FP16 (F = 0, 16-bit codes).
DATASETS = [("smollm2", (0, 2), 7), ("whisper", (0, 2), 5)]
if LONG:
    DATASETS = [("smollm2", (0, 40), 16), ("minilm", (0, 40), 9), ("whisper", (0, 40), 5)]
# (seed, source pause probability, sink pause probability): balanced, then heavy back-pressure.
PAUSES = [(1, 0.3, 0.3), (2, 0.1, 0.7)] + ([(3, 0.5, 0.5), (4, 0.7, 0.1)] if LONG else [])


def role():
    """What the toplevel does: compressor, decompressor, packer, unpacker (any word width) or chain."""
    if CHAIN:
        return "chain"
    kind = block(BLOCK).get("golden", {}).get("kind", "")
    return {"xnc_compress": "compressor", "xnc_decompress": "decompressor", "xnc_pack": "packer", "xnc_unpack": "unpacker"}[kind]


def word_lanes():
    """Byte lanes of a packer's or unpacker's memory word (from the manifest)."""
    return block(BLOCK)["golden"]["word_bits"] // 8


ROLE = role()


def manifest_block():
    if CHAIN:
        c, d = block("xnc_compressor"), block("xnc_decompressor")
        return {"name": "xnc_chain", "inputs": c["inputs"], "output": d["output"], "latency": None}
    return block(BLOCK)


def record_width():
    return block("xnc_compressor")["output"]["tdata"]


def blocks_of(dataset, offset_rows=0):
    """The dataset's XNC words cut into blocks of whole chunks: list of lists of 32-word chunks."""
    name, (a, b), per_block = dataset
    dtype, words = m.read_tensor(m.sample(name), (a + offset_rows, b + offset_rows))
    words = m.xnc_words(dtype, words)
    chunks = [words[i : i + m.CHUNK] for i in range(0, len(words), m.CHUNK)]
    return [chunks[i : i + per_block] for i in range(0, len(chunks), per_block)]


def chunk_int(chunk):
    return sum(w << (16 * i) for i, w in enumerate(chunk))


def record_beat(r: m.Record):
    return r.bits << (record_width() - r.length), r.length


# What each block takes and gives, per block of chunks: (input frames per port, expected output).


def frames_for(blk, chunk_blocks):
    """(frames for the first input port, expected output packets) of `blk` for these blocks."""
    ins, outs = [], []
    for chunks in chunk_blocks:
        records = [m.compress_chunk(c) for c in chunks]
        stream = m.pack(records)
        if ROLE in ("compressor", "chain"):
            ins.append(AxiStreamFrame(tdata=[chunk_int(c) for c in chunks]))
        elif ROLE in ("decompressor", "packer"):
            beats = [record_beat(r) for r in records]
            ins.append(AxiStreamFrame(tdata=[d for d, _ in beats], tuser=[u for _, u in beats]))
        elif ROLE == "unpacker":
            n = word_lanes()
            padded = stream + bytes(-len(stream) % n)
            ins.append(AxiStreamFrame(tdata=[int.from_bytes(padded[i : i + n], "big") for i in range(0, len(padded), n)]))
        if ROLE in ("compressor", "unpacker"):
            outs.append([record_beat(r) for r in records])
        elif ROLE in ("decompressor", "chain"):
            outs.append([chunk_int(c) for c in chunks])
        elif ROLE == "packer":
            outs.append(stream)
    return ins, outs


def packet_value(frame):
    """A received packet in the form of `frames_for`'s expected output."""
    if ROLE in ("compressor", "unpacker"):
        return list(zip(frame.tdata, frame.tuser))
    if ROLE in ("decompressor", "chain"):
        return list(frame.tdata)
    # packer: L byte lanes, lane L-1 = the first byte; tkeep all ones but on the last word,
    # where it keeps the top lanes; padding lanes zero.
    L = word_lanes()
    data, keep = list(frame.tdata), list(frame.tkeep)
    assert len(data) % L == 0
    out = bytearray()
    words = len(data) // L
    for w in range(words):
        lanes, k = data[L * w : L * w + L], keep[L * w : L * w + L]
        n = sum(k)
        if w < words - 1:
            assert n == L, f"tkeep {k} on word {w} of {words}"
        assert k == [0] * (L - n) + [1] * n and n > 0, f"tkeep {k} on the last word is not the top lanes"
        assert all(lanes[i] == 0 for i in range(L - n)), f"padding lanes not zero: {lanes}"
        out += bytes(reversed(lanes))[:n]
    return bytes(out)


def describe_mismatch(got, want):
    if isinstance(want, bytes):
        i = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        return f"{len(got)} vs {len(want)} bytes, first difference at byte {i}"
    i = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    g = got[i] if i < len(got) else None
    w = want[i] if i < len(want) else None
    return f"{len(got)} vs {len(want)} beats, first difference at beat {i}: got {g!r:.200}, want {w!r:.200}"


async def run_stream(tb, chunk_blocks):
    """Send the blocks and compare every output packet with the model."""
    ins, outs = frames_for(tb.blk, chunk_blocks)
    (src,) = tb.sources.values()
    for f in ins:
        await src.send(f)
    # The packer moves one word per cycle, at most 3 per chunk (256-bit words); the heavy back-pressure
    # profile stalls the sink ~85% of the cycles: 100 cycles per chunk is a generous bound.
    frames = await tb.recv_frames(len(outs), 100 * sum(len(b) for b in chunk_blocks) + 2000)
    for k, (f, want) in enumerate(zip(frames, outs)):
        got = packet_value(f)
        assert got == want, f"{BLOCK}: packet {k}: {describe_mismatch(got, want)}"
    await tb.cycles(20)
    assert tb.sink.empty(), f"{BLOCK}: output beats after the last expected packet"
    return sum(len(f) for f in outs)


async def new_tb(dut):
    """The testbench of the block (or chain), after three cycles in reset."""
    internal = CHAIN_LINKS if CHAIN else []
    tb = Tb(dut, manifest_block(), internal)
    dut.aresetn.value = 0
    await tb.cycles(3)
    dut.aresetn.value = 1
    return tb


@cocotb.test()
async def stream_with_random_pauses(dut):
    """Every dataset under random pauses on the source and the sink, several seeds in the long run."""
    tb = await new_tb(dut)
    for (seed, p_src, p_sink), ds in itertools.product(PAUSES, DATASETS):
        tb.set_pauses(random.Random(seed), p_src, p_sink)
        n = await run_stream(tb, blocks_of(ds))
        dut._log.info("%s: %s seed %d: %d beats exact", BLOCK, ds[0], seed, n)
    tb.assert_ok()


@cocotb.test()
async def throughput_without_backpressure(dut):
    """No pauses: cycles from the first input transfer to the last output transfer (recorded)."""
    tb = await new_tb(dut)
    tb.set_pauses(None)
    ds = DATASETS[0]
    chunk_blocks = blocks_of(ds)
    await run_stream(tb, chunk_blocks)
    cin = tb.checkers[0]
    cout = tb.checker(tb.blk["output"]["prefix"])
    first_in, last_in = cin.transfers[0], cin.transfers[-1]
    first_out, last_out = cout.transfers[0], cout.transfers[-1]
    chunks = sum(len(b) for b in chunk_blocks)
    res = {
        "block": BLOCK,
        "dataset": f"{ds[0]} rows {ds[1][0]}..{ds[1][1]}",
        "chunks": chunks,
        "input_beats": len(cin.transfers),
        "output_beats": len(cout.transfers),
        "cycles_first_in_to_last_out": last_out - first_in + 1,
        "input_span_cycles": last_in - first_in + 1,
        "output_span_cycles": last_out - first_out + 1,
        "latency_cycles": first_out - first_in,
    }
    res["values_per_cycle"] = round(chunks * m.CHUNK / res["cycles_first_in_to_last_out"], 3)
    dut._log.info("THROUGHPUT %s", json.dumps(res))
    out = os.environ.get("XNC_COCOTB_RESULTS")
    if out:
        with open(os.path.join(out, f"throughput-{BLOCK}.json"), "w") as f:
            json.dump(res, f, indent=1)
    if ROLE in ("compressor", "decompressor"):
        # One chunk (record) accepted per cycle, the latency of the manifest.
        assert res["input_span_cycles"] == res["input_beats"], res
        assert res["output_span_cycles"] == res["output_beats"], res
        assert res["latency_cycles"] == tb.blk["latency"], res
    tb.assert_ok()


@cocotb.test()
async def reset_in_full_stalled_pipeline(dut):
    """Fill the pipeline against a stalled sink, reset, then a new stream must come out exact."""
    tb = await new_tb(dut)
    tb.sink.set_pause_generator(itertools.repeat(True))
    ins, _ = frames_for(tb.blk, blocks_of(DATASETS[0]))
    (prefix, src), = tb.sources.items()
    for f in ins:
        await src.send(f)
    await wait_stalled(tb, prefix)
    out_prefix = tb.blk["output"]["prefix"]
    assert getattr(dut, f"{out_prefix}_tvalid").value == 1, "output not valid in the stalled pipeline"
    assert tb.checkers[0].transfers, "nothing entered the pipeline"
    await tb.reset(2)
    # Then a different stream (other rows), with random pauses: exactly its output, nothing older.
    tb.set_pauses(random.Random(11))
    n = await run_stream(tb, blocks_of(DATASETS[-1], offset_rows=1))
    dut._log.info("%s: after the reset %d beats exact", BLOCK, n)
    # And a reset with nothing in flight, then once more.
    await tb.reset(1)
    await run_stream(tb, blocks_of(DATASETS[0], offset_rows=2))
    tb.assert_ok()
