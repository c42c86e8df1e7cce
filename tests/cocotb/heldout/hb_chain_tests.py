"""Held-out cocotb tests of xnc_compressor -> xnc_packer -> xnc_unpacker -> xnc_decompressor.

Stimulus: chunks of 32 values of the committed sample (BF16 permuted as FORMAT.md says; native
FP16 as is), cut into blocks of random length (tlast on a block's last chunk). Expected: the same
words and tlast at the decompressor's output. Checked on every interface every cycle: the AXI4-Stream
rules (hb_axis.AxisChecker); on the record links, the record length in tuser against F and S
(FORMAT.md 2.2) and zero bits below the record's end, and the records out of the unpacker equal to
the records into the packer; on the memory-word link, tkeep.
"""

import logging
import os
import random
import struct

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, FallingEdge, RisingEdge, SimTimeoutError, with_timeout
from cocotbext.axi import AxiStreamBus, AxiStreamFrame, AxiStreamSink, AxiStreamSource

from hb_axis import AxisChecker, pause_generator
from hb_data import LONG, STEMS, xnc_words

WIDTH = int(os.environ["HB_WIDTH"])
SEED = int(os.environ.get("HB_SEED", "1"))
CHUNKS = 3072 if LONG else 96  # per sample and test


def record_len(rec):
    """FORMAT.md 2.2: F=1: 321 + 3L, F=0: 417 + 4L, L = words with S = 0."""
    f = (rec >> 551) & 1
    s = (rec >> 519) & 0xFFFFFFFF
    longs = 32 - bin(s).count("1")
    return 321 + 3 * longs if f else 417 + 4 * longs


class Chain:
    def __init__(self, dut, rng, busy):
        self.dut = dut
        self.rng = rng
        self.busy = busy
        self.src = AxiStreamSource(AxiStreamBus.from_prefix(dut, "s_axis"), dut.aclk, dut.aresetn, reset_active_level=False)
        self.sink = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis"), dut.aclk, dut.aresetn, reset_active_level=False)
        for endpoint in (self.src, self.sink):
            endpoint.log.setLevel(logging.ERROR)
        self.set_busy(busy)
        ck = lambda name, sig, out, inp, rec=False: AxisChecker(
            dut, name, sig, dut.aresetn, dut.aclk, output_of_block=out, input_of_block=inp, record=rec
        )
        d = dut
        self.checkers = [
            ck("compressor.s_axis", dict(valid=d.s_axis_tvalid, ready=d.s_axis_tready, data=d.s_axis_tdata, last=d.s_axis_tlast), False, True),
            ck("compressor.m_axis", dict(valid=d.cp_up_valid, ready=d.cp_up_ready, data=d.cp_tdata, user=d.cp_tuser, last=d.cp_tlast), True, False, True),
            ck("packer.s_axis", dict(valid=d.cp_dn_valid, ready=d.cp_dn_ready, data=d.cp_tdata, user=d.cp_tuser, last=d.cp_tlast), True, True),
            ck("packer.m_axis", dict(valid=d.pu_up_valid, ready=d.pu_up_ready, data=d.pu_tdata, keep=d.pu_tkeep, last=d.pu_tlast), True, False, True),
            ck("unpacker.s_axis", dict(valid=d.pu_dn_valid, ready=d.pu_dn_ready, data=d.pu_tdata, last=d.pu_tlast), True, True),
            ck("unpacker.m_axis", dict(valid=d.ud_up_valid, ready=d.ud_up_ready, data=d.ud_tdata, user=d.ud_tuser, last=d.ud_tlast), True, False, True),
            ck("decompressor.s_axis", dict(valid=d.ud_dn_valid, ready=d.ud_dn_ready, data=d.ud_tdata, user=d.ud_tuser, last=d.ud_tlast), True, True),
            ck("decompressor.m_axis", dict(valid=d.m_axis_tvalid, ready=d.m_axis_tready, data=d.m_axis_tdata, last=d.m_axis_tlast), True, False),
        ]
        self.comp_out, self.pack_out, self.unpack_out = self.checkers[1], self.checkers[3], self.checkers[5]
        self.links = [cocotb.start_soon(self._pause_link(h, random.Random(rng.random()))) for h in (d.pause_cp, d.pause_pu, d.pause_ud)]

    async def _pause_link(self, handle, rng):
        while True:
            busy = self.busy
            gen = pause_generator(rng, busy)
            while busy == self.busy:
                handle.value = next(gen) if busy > 0 else 0
                await RisingEdge(self.dut.aclk)

    def set_busy(self, busy):
        self.busy = busy
        if busy > 0:
            self.src.set_pause_generator(pause_generator(random.Random(self.rng.random()), busy))
            self.sink.set_pause_generator(pause_generator(random.Random(self.rng.random()), busy))
        else:
            self.src.clear_pause_generator()
            self.sink.clear_pause_generator()
            self.src.pause = False
            self.sink.pause = False

    def check_protocol(self):
        for c in self.checkers:
            c.check()

    def forget_beats(self):
        for c in self.checkers:
            c.beats.clear()

    def check_links(self):
        """Record rules on the compressor's output, tkeep on the words, packer in == unpacker out."""
        recs = self.comp_out.beats
        for i, (data, user, _, _) in enumerate(recs):
            n = record_len(data)
            assert user == n, f"compressor record {i}: tuser {user}, F/S say {n}"
            assert data & ((1 << (552 - n)) - 1) == 0, f"compressor record {i}: bits below its end"
        nbytes = WIDTH // 8
        for i, (_, _, keep, last) in enumerate(self.pack_out.beats):
            ones = bin(keep).count("1")
            top = ((1 << ones) - 1) << (nbytes - ones)
            assert keep == top and ones > 0, f"packer word {i}: tkeep {keep:#x} not contiguous from the top"
            assert last or ones == nbytes, f"packer word {i}: partial tkeep without tlast"
        got = self.unpack_out.beats
        assert len(got) == len(recs), f"unpacker gave {len(got)} records, packer took {len(recs)}"
        for i, (a, b) in enumerate(zip(recs, got)):
            assert a == b, f"record {i}: unpacker out differs from packer in (tuser {a[1]} vs {b[1]}, tlast {a[3]} vs {b[3]})"


def blocks_of(words, rng, max_chunks=48):
    """Cut `words` (a multiple of 32) into blocks of 1..max_chunks chunks: list of bytes."""
    chunks = len(words) // 32
    out, i = [], 0
    while i < chunks:
        n = min(chunks - i, rng.randint(1, max_chunks))
        out.append(struct.pack(f"<{32 * n}H", *words[32 * i : 32 * (i + n)]))
        i += n
    return out


async def start(dut):
    cocotb.start_soon(Clock(dut.aclk, 10, unit="ns").start())
    for p in (dut.pause_cp, dut.pause_pu, dut.pause_ud):
        p.value = 0
    dut.aresetn.value = 0
    await ClockCycles(dut.aclk, 3)
    dut.aresetn.value = 1


async def run_blocks(chain, blocks, timeout_per_block=4000):
    for b in blocks:
        await chain.src.send(AxiStreamFrame(b))
    for k, b in enumerate(blocks):
        limit = 40 * len(b) // 64 + 20000  # cycles: a lost record never ends its block
        try:
            frame = await with_timeout(chain.sink.recv(), 10 * limit, "ns")
        except SimTimeoutError:
            raise AssertionError(f"block {k}: no tlast within {limit} cycles") from None
        got = bytes(frame.tdata)
        assert got == b, f"block {k}: {len(got)} bytes out, {len(b)} in; first difference at byte {next((i for i in range(min(len(got), len(b))) if got[i] != b[i]), min(len(got), len(b)))}"
    await ClockCycles(chain.dut.aclk, 20)
    assert chain.sink.empty(), "values after the last block"


def sample_words(stem, rng, chunks):
    w = xnc_words(stem)
    n = len(w) // 32
    first = rng.randrange(0, max(1, n - chunks))
    return w[32 * first : 32 * (first + min(chunks, n))]


@cocotb.test()
async def chain_random_pauses(dut):
    """Every sample through the chain, random pauses on the source, the sink and the three links."""
    await start(dut)
    rng = random.Random(SEED)
    chain = Chain(dut, rng, 0.0)
    for busy in (0.0, 0.3, 0.7) if LONG else (0.0, 0.6):
        chain.set_busy(busy)
        for stem in STEMS:
            chain.forget_beats()
            blocks = blocks_of(sample_words(stem, rng, CHUNKS), rng)
            await run_blocks(chain, blocks)
            chain.check_protocol()
            chain.check_links()
            dut._log.info(
                "busy %.1f %s: %d blocks, %d records, %d words, stalls on links %s",
                busy, stem, len(blocks), len(chain.comp_out.beats), len(chain.pack_out.beats),
                [c.stalls for c in chain.checkers],
            )


async def fill_and_reset(dut, chain, rng, stem, hold_cycles, reset_cycles):
    """Sink stalled: push blocks until the compressor's input has been blocked `hold_cycles` cycles
    (every stage full), reset for `reset_cycles` edges, then restart with new blocks (no value of
    before the reset may come out, none of after may be lost or duplicated)."""
    chain.set_busy(0.0)
    chain.sink.pause = True
    words = sample_words(stem, rng, 400)
    for b in blocks_of(words, rng):
        await chain.src.send(AxiStreamFrame(b))
    blocked = 0
    for _ in range(5000):
        await FallingEdge(dut.aclk)
        blocked = blocked + 1 if int(dut.s_axis_tvalid.value) and not int(dut.s_axis_tready.value) else 0
        if blocked >= hold_cycles:
            break
    assert blocked >= hold_cycles, "the chain never filled up"
    occupancy = [int(h.value) for h in (dut.cp_up_valid, dut.pu_up_valid, dut.ud_up_valid, dut.m_axis_tvalid)]
    assert all(occupancy), f"pipeline not full at the reset: link valids {occupancy}"
    await RisingEdge(dut.aclk)
    dut.aresetn.value = 0
    await ClockCycles(dut.aclk, reset_cycles)
    chain.src.clear()
    chain.sink.clear()
    dut.aresetn.value = 1
    chain.sink.pause = False
    chain.forget_beats()
    chain.set_busy(0.4)
    after = blocks_of(sample_words(STEMS[(STEMS.index(stem) + 1) % 3], rng, 120), rng, 12)
    await run_blocks(chain, after)
    chain.check_protocol()
    chain.check_links()


@cocotb.test()
async def chain_reset_in_full_stalled_pipeline(dut):
    """Resets with every link of the chain full and stalled, then clean restarts."""
    await start(dut)
    rng = random.Random(SEED + 100)
    chain = Chain(dut, rng, 0.0)
    for i, stem in enumerate(STEMS * (3 if LONG else 1)):
        await fill_and_reset(dut, chain, rng, stem, hold_cycles=8 + 5 * i, reset_cycles=1 + i % 3)


@cocotb.test()
async def chain_reset_at_random_points(dut):
    """Resets at random cycles of a paused stream (mid-block, mid-word, mid-record), then a restart."""
    await start(dut)
    rng = random.Random(SEED + 200)
    chain = Chain(dut, rng, 0.5)
    for i in range(12 if LONG else 4):
        for b in blocks_of(sample_words(STEMS[i % 3], rng, 200), rng):
            await chain.src.send(AxiStreamFrame(b))
        await ClockCycles(dut.aclk, rng.randint(5, 300))
        dut.aresetn.value = 0
        await ClockCycles(dut.aclk, 1 + i % 2)
        chain.src.clear()
        chain.sink.clear()
        dut.aresetn.value = 1
        chain.forget_beats()
        after = blocks_of(sample_words(STEMS[(i + 1) % 3], rng, 60), rng, 10)
        await run_blocks(chain, after)
        chain.check_protocol()
        chain.check_links()


def extreme_chunks(rng, n):
    """Chunks at the ends of the record-length range beside real ones: all zero (F=1, every word
    short: 321 bits), random words (F=0, mostly long: up to 545 bits, two cycles in packer and
    unpacker), a chunk with one long word, and alternations of them."""
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            out += [0] * 32
        elif kind == 1:
            out += [rng.randrange(1 << 16) for _ in range(32)]
        elif kind == 2:
            c = [0] * 32
            c[rng.randrange(32)] = 0x4001  # one word that is not "ok" after the transform
            out += c
        else:
            out += [0xFFFF if j % 2 else 0x8000 for j in range(32)]
    return out


@cocotb.test()
async def chain_extreme_records(dut):
    """Shortest and longest records back to back, random pauses everywhere, then a mid-stream reset."""
    await start(dut)
    rng = random.Random(SEED + 300)
    chain = Chain(dut, rng, 0.5)
    words = extreme_chunks(rng, 256 if LONG else 64)
    rng.shuffle(words)  # mix the kinds inside chunks too
    words = extreme_chunks(rng, 32) + words
    await run_blocks(chain, blocks_of(words, rng, 16))
    chain.check_protocol()
    chain.check_links()
    lens = sorted({record_len(d) for d, _, _, _ in chain.comp_out.beats})
    assert lens[0] == 321 and lens[-1] >= 541, f"record lengths {lens[0]}..{lens[-1]}"


@cocotb.test()
async def chain_packer_writes_container_bytes(dut):
    """The packer's words of each block are the bytes `xnc compress --codec xnc` stores for that
    block (FORMAT.md 4.4: records zero-padded to a byte; INTEGRATION.md: byte 0 in the top lane,
    tkeep the valid top lanes of the last word), under random pauses; the output is the sample."""
    from hb_container import parse
    from hb_data import bf16_to_xnc_word, read_safetensors

    await start(dut)
    rng = random.Random(SEED + 400)
    chain = Chain(dut, rng, 0.4)
    for case in filter(None, os.environ.get("HB_XNC_CASES", "").split(os.pathsep)):
        xnc, cut = case.split("|")
        ((dtype, _, data),) = read_safetensors(cut).values()
        words = list(struct.unpack(f"<{len(data) // 2}H", data))
        if dtype == "BF16":
            words = [bf16_to_xnc_word(w) for w in words]
        ((name, entry),) = parse(xnc).items()
        assert entry["codec"] == 1, f"{xnc}: codec {entry['codec']}, not XNC"
        bv = entry["block_values"]
        assert bv % 32 == 0 and len(words) % bv == 0, "the cut is whole blocks of whole chunks"
        blocks = [struct.pack(f"<{bv}H", *words[i : i + bv]) for i in range(0, len(words), bv)]
        chain.forget_beats()
        await run_blocks(chain, blocks)
        chain.check_protocol()
        chain.check_links()
        got, cur = [], b""
        for data_w, _, keep, last in chain.pack_out.beats:
            cur += data_w.to_bytes(WIDTH // 8, "big")[: bin(keep).count("1")]
            if last:
                got.append(cur)
                cur = b""
        assert len(got) == len(entry["block_bytes"]), f"{len(got)} blocks out of the packer, {len(entry['block_bytes'])} in the file"
        for b, (g, w) in enumerate(zip(got, entry["block_bytes"])):
            assert g == w, f"{xnc} block {b}: packer wrote {len(g)} bytes, the container holds {len(w)}; first difference at byte {next((i for i in range(min(len(g), len(w))) if g[i] != w[i]), None)}"
        dut._log.info("%s: %d blocks, the packer's bytes equal the container's", xnc, len(got))
