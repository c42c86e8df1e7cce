"""Held-out cocotb tests of every tANS decoder of rtl/.

Stimulus: rows of the committed sample compressed by `xnc compress` (the codec, table log and lane
count of the block), read back by hb_container.py from FORMAT.md alone: the decode tables derived from
the stored spread, loaded through the table port as INTEGRATION.md says, and each block's streams
sent as one packet per stream (the value count in tuser with the first tANS byte; the other beats'
tuser are random, as the header says they are not sampled). Expected: the original tensor bits, one
packet (tlast) per block. AXI4-Stream checker on every input and the output, random pauses on every
source and the sink, and resets with the decoder full and stalled (tables kept across them).
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
from hb_container import parse
from hb_data import LONG, read_safetensors

BLOCK = os.environ["HB_BLOCK"]
SEED = int(os.environ.get("HB_SEED", "1"))
CODEC = int(os.environ.get("HB_CODEC") or 0)
CASES = os.environ["HB_CASES"].split(os.pathsep)  # container:cut-safetensors pairs, joined by '|'


def lanes_of(dut):
    n = 0
    while hasattr(dut, f"s_axis_ans_l{n}_tdata"):
        n += 1
    return n or 1


def fmt_of(dtype):
    return (8, 7) if dtype == "BF16" else (5, 10)


class Tans:
    def __init__(self, dut, rng):
        self.dut = dut
        self.rng = rng
        self.n = lanes_of(dut)
        names = [""] if not hasattr(dut, "s_axis_ans_l0_tdata") else [f"_l{l}" for l in range(self.n)]
        self.ans, self.raw, self.checkers = [], [], []
        for sfx in names:
            for kind, lst in (("ans", self.ans), ("raw", self.raw)):
                prefix = f"s_axis_{kind}{sfx}"
                src = AxiStreamSource(AxiStreamBus.from_prefix(dut, prefix), dut.aclk, dut.aresetn, reset_active_level=False)
                src.log.setLevel(logging.ERROR)
                lst.append(src)
                self.checkers.append(self._checker(prefix, False, True))
        self.sink = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis"), dut.aclk, dut.aresetn, reset_active_level=False)
        self.sink.log.setLevel(logging.ERROR)
        self.out = self._checker("m_axis", True, False, record=hasattr(dut, "m_axis_tkeep"))
        self.checkers.append(self.out)

    def _checker(self, prefix, out, inp, record=False):
        d = self.dut
        sig = {"valid": getattr(d, f"{prefix}_tvalid"), "ready": getattr(d, f"{prefix}_tready"), "data": getattr(d, f"{prefix}_tdata")}
        for k in ("user", "keep", "last"):
            if hasattr(d, f"{prefix}_t{k}"):
                sig[k] = getattr(d, f"{prefix}_t{k}")
        return AxisChecker(d, f"{BLOCK}.{prefix}", sig, d.aresetn, d.aclk, output_of_block=out, input_of_block=inp, record=record)

    def endpoints(self):
        return self.ans + self.raw + [self.sink]

    def set_busy(self, busy):
        for e in self.endpoints():
            if busy > 0:
                e.set_pause_generator(pause_generator(random.Random(self.rng.random()), busy))
            else:
                e.clear_pause_generator()
                e.pause = False

    def check(self):
        for c in self.checkers:
            c.check()
        # Lane decoders (INTEGRATION.md): tkeep all ones but in a block's last beat, where it keeps
        # the lanes from 0 up that have a value; tdata 0 where tkeep is clear.
        nbytes = len(self.dut.m_axis_tkeep) if self.out.record else 0
        for i, (data, _, keep, last) in enumerate(self.out.beats):
            ones = bin(keep).count("1")
            assert keep == (1 << ones) - 1 and ones % 2 == 0 and ones > 0, f"beat {i}: tkeep {keep:#x}"
            assert last or ones == nbytes, f"beat {i}: tkeep {keep:#x} without tlast"
            assert data >> (8 * ones) == 0, f"beat {i}: tdata not 0 where tkeep is clear"
        self.out.beats.clear()

    async def load(self, entry):
        """Write the tensor's tables through the table port, one entry per cycle (INTEGRATION.md)."""
        d, m = self.dut, entry["model"]
        r = m["r"]
        writes = []
        if entry["codec"] in (2, 3):
            for x, (s, nb, base) in enumerate(m["table"]):
                writes.append(dict(tbl_addr=x, tbl_code=s, tbl_nb=nb, tbl_base=base))
            for c, code in enumerate(m["codes"]):
                w = dict(tbl_addr=(1 << r) + c, tbl_exp=code["exp"], tbl_esc=code["esc"])
                if hasattr(d, "tbl_nbits"):
                    w["tbl_nbits"] = code["nbits"]
                writes.append(w)
        else:
            e, mbits = fmt_of(entry["dtype"])
            region = 1 << (len(d.tbl_addr) - 2)  # 0x1000 at R = 6, 0x4000 at R = 10
            for c, cls in enumerate(m["classes"]):
                for x, (s, nb, base) in enumerate(cls["table"]):
                    code = cls["codes"][s]
                    rest = 1 + mbits - code["k"]
                    field = code["prefix"] << rest
                    value = 0 if code["esc"] else ((field >> mbits) << 15) | (code["exp"] << mbits) | (field & ((1 << mbits) - 1))
                    writes.append(dict(tbl_addr=(c << r) | x, tbl_base=base, tbl_nb=nb, tbl_nbits=code["nbits"], tbl_k=code["k"], tbl_esc=code["esc"], tbl_value=value))
            for j, cls in enumerate(m["cmap"]):
                writes.append(dict(tbl_addr=region + j, tbl_class=cls))
            writes.append(dict(tbl_addr=2 * region, tbl_fp16=int(entry["dtype"] == "F16"), tbl_cols=m["cols"], tbl_first=0, tbl_step=1 % m["cols"]))
        self.rng.shuffle(writes[: (1 << r)])  # any order of the decode entries
        for w in writes:
            await RisingEdge(d.aclk)
            for k, v in w.items():
                getattr(d, k).value = v
            d.tbl_we.value = 1
        await RisingEdge(d.aclk)
        d.tbl_we.value = 0
        await ClockCycles(d.aclk, 2)

    async def send_block(self, block):
        assert len(block["lanes"]) == self.n, f"container has {len(block['lanes'])} lanes, block {BLOCK} {self.n}"
        nv = block["values"]
        for l, (tans, raw) in enumerate(block["lanes"]):
            count = (nv - l + self.n - 1) // self.n
            user = [count] + [self.rng.randrange(1 << 16) for _ in range(len(tans) - 1)]
            await self.ans[l].send(AxiStreamFrame(tans, tuser=user))
            if raw:
                await self.raw[l].send(AxiStreamFrame(raw))


def cases():
    out = []
    for c in CASES:
        xnc, cut = c.split("|")
        entries = parse(xnc)
        ((dtype, shape, data),) = read_safetensors(cut).values()
        for name, e in entries.items():
            assert e["codec"] in (2, 3, 4), f"{xnc}: tensor {name} has codec {e['codec']}"
            if CODEC:
                assert e["codec"] == CODEC, f"{xnc}: tensor {name} has codec {e['codec']}, not {CODEC}"
            e["blocks"] = e["blocks"][: 24 if LONG else 3]  # Icarus + a Python checker: ~3K cycles/s
            out.append((e, data))
    return out


def expected(entry, data, b):
    bv = entry["block_values"]
    n = entry["blocks"][b]["values"]
    return data[2 * b * bv : 2 * (b * bv + n)]


async def start(dut):
    cocotb.start_soon(Clock(dut.aclk, 10, unit="ns").start())
    dut.tbl_we.value = 0
    dut.aresetn.value = 0
    await ClockCycles(dut.aclk, 3)
    dut.aresetn.value = 1


async def run(t, entry, data, order):
    for b in order:
        await t.send_block(entry["blocks"][b])
    for b in order:
        # a decoder that loses a value never ends its block: a timeout, not a hang
        limit = 50 * entry["blocks"][b]["values"] + 20000
        try:
            frame = await with_timeout(t.sink.recv(), 10 * limit, "ns")
        except SimTimeoutError:
            raise AssertionError(f"block {b} ({entry['blocks'][b]['values']} values): no tlast within {limit} cycles") from None
        got, want = bytes(frame.tdata), expected(entry, data, b)
        if got != want:
            first = next((i for i in range(min(len(got), len(want))) if got[i] != want[i]), min(len(got), len(want)))
            raise AssertionError(f"block {b}: {len(got) // 2} values out, {len(want) // 2} expected; first difference at value {first // 2}")
    await ClockCycles(t.dut.aclk, 10)
    assert t.sink.empty(), "values after the last block"


@cocotb.test()
async def tans_random_pauses(dut):
    """Every case's blocks (in order, then shuffled with repeats) with pauses on every stream."""
    await start(dut)
    rng = random.Random(SEED)
    t = Tans(dut, rng)
    for entry, data in cases():
        await t.load(entry)
        nb = len(entry["blocks"])
        for busy in (0.0, 0.3, 0.7) if LONG else (0.0, 0.5):
            t.set_busy(busy)
            order = list(range(nb)) if busy == 0 else [rng.randrange(nb) for _ in range(nb + 1)]
            await run(t, entry, data, order)
        t.check()
        dut._log.warning("%s: %d blocks of %d values, %s; stalls %s", BLOCK, nb, entry["block_values"], entry["dtype"], [c.stalls for c in t.checkers])


@cocotb.test()
async def tans_reset_in_full_stalled_decoder(dut):
    """Sink stalled until every input is blocked, reset mid-block, restart: exact blocks, tables kept."""
    await start(dut)
    rng = random.Random(SEED + 1)
    t = Tans(dut, rng)
    for i, (entry, data) in enumerate(cases()):
        await t.load(entry)
        nb = len(entry["blocks"])
        for trial in range(2 if LONG else 1):
            t.set_busy(0.0)
            t.sink.pause = True
            for b in range(nb):
                await t.send_block(entry["blocks"][b])
            blocked = 0
            for _ in range(4000):
                await FallingEdge(dut.aclk)
                ans_blocked = all(int(s.bus.tvalid.value) and not int(s.bus.tready.value) for s in t.ans)
                blocked = blocked + 1 if ans_blocked else 0
                if blocked >= 6 + 4 * trial:
                    break
            assert blocked >= 6 + 4 * trial, "the decoder never filled up"
            assert int(dut.m_axis_tvalid.value), "no output waiting at the reset"
            await RisingEdge(dut.aclk)
            dut.aresetn.value = 0
            await ClockCycles(dut.aclk, 1 + trial)
            for e in t.ans + t.raw:
                e.clear()
            t.sink.clear()
            dut.aresetn.value = 1
            t.set_busy(0.4)
            await run(t, entry, data, [nb - 1, 0] + list(range(nb)))
        t.check()
