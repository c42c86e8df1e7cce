"""Shared cocotb machinery: the block manifest, an AXI4-Stream checker, sources/sinks, reset, pauses.

Port lists come from the block manifest (`xnc blocks --json`, written by the runner to the file
named by XNC_BLOCKS_JSON), never written out here.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import ReadOnly, RisingEdge
from cocotbext.axi import AxiStreamBus, AxiStreamSink, AxiStreamSource

CLOCK_NS = 10
LONG = os.environ.get("XNC_COCOTB_LONG", "") not in ("", "0")


def manifest() -> list[dict]:
    """Every block of the manifest (`xnc blocks --json`)."""
    with open(os.environ["XNC_BLOCKS_JSON"]) as f:
        data = json.load(f)
    return data["blocks"] if isinstance(data, dict) else data


def block(name: str) -> dict:
    (b,) = [b for b in manifest() if b["name"] == name]
    return b


# --- AXI4-Stream protocol checker -------------------------------------------------------------


@dataclass
class Sample:
    rst: int
    valid: object
    ready: object
    payload: tuple


@dataclass
class StreamChecker:
    """Checks one AXI4-Stream interface every cycle (values sampled in ReadOnly after each edge).

    * after the first reset: no X/Z on tvalid/tready; no X/Z on tdata/tuser/tkeep/tlast while tvalid;
    * tvalid && !tready at an edge where aresetn is high: tvalid stays high and the payload stays
      the same in the next cycle, unless aresetn goes low in it;
    * manager side driven by the DUT (`dut_drives_valid`): tvalid low while aresetn is low and in the
      cycle after aresetn is sampled low; subordinate side (the DUT drives tready): tready low while
      aresetn is low (docs/INTEGRATION.md section 1).

    Also counts transfers and records the cycle of each (for throughput figures).
    """

    name: str
    clk: object
    rst: object
    sigs: dict
    dut_drives_valid: bool
    cycle: int = 0
    errors: list = field(default_factory=list)
    transfers: list = field(default_factory=list)
    seen_reset: bool = False

    def start(self):
        self._task = cocotb.start_soon(self._run())
        return self

    def stop(self):
        self._task.cancel()

    def _fail(self, msg):
        text = f"{self.name}: cycle {self.cycle}: {msg}"
        self.errors.append(text)
        cocotb.log.error(text)

    def _sample(self) -> Sample:
        payload = tuple(self.sigs[k].value for k in ("tdata", "tuser", "tkeep", "tlast") if k in self.sigs)
        return Sample(self.rst.value, self.sigs["tvalid"].value, self.sigs["tready"].value, payload)

    async def _run(self):
        prev = None
        while True:
            await RisingEdge(self.clk)
            await ReadOnly()
            self.cycle += 1
            cur = self._sample()
            rst_resolved = cur.rst.is_resolvable
            rst_low = rst_resolved and int(cur.rst) == 0
            if rst_low:
                self.seen_reset = True
            if self.seen_reset:
                for sig, v in (("tvalid", cur.valid), ("tready", cur.ready)):
                    if not v.is_resolvable:
                        self._fail(f"{sig} is {v} after reset")
                if cur.valid.is_resolvable and int(cur.valid) and not all(p.is_resolvable for p in cur.payload):
                    self._fail(f"X/Z in the payload while tvalid: {cur.payload}")
            if self.dut_drives_valid and cur.valid.is_resolvable and int(cur.valid):
                if rst_low:
                    self._fail("tvalid high while aresetn is low")
                elif prev is not None and prev.rst.is_resolvable and int(prev.rst) == 0:
                    self._fail("tvalid high in the cycle after aresetn was sampled low")
            if not self.dut_drives_valid and rst_low and cur.ready.is_resolvable and int(cur.ready):
                self._fail("tready high while aresetn is low")
            if prev is not None and prev.rst.is_resolvable and int(prev.rst) == 1:
                pv, pr = prev.valid, prev.ready
                # (a reset asserted in this cycle may end a pending transfer)
                if pv.is_resolvable and pr.is_resolvable and int(pv) and not int(pr) and not rst_low:
                    if not (cur.valid.is_resolvable and int(cur.valid)):
                        self._fail("tvalid dropped while tvalid && !tready")
                    elif cur.payload != prev.payload:
                        names = [k for k in ("tdata", "tuser", "tkeep", "tlast") if k in self.sigs]
                        changed = [n for n, a, b in zip(names, prev.payload, cur.payload) if a != b]
                        self._fail(f"{'/'.join(changed)} changed while tvalid && !tready")
                if pv.is_resolvable and pr.is_resolvable and int(pv) and int(pr):
                    self.transfers.append(self.cycle - 1)
            prev = cur

    def assert_ok(self):
        assert not self.errors, f"{len(self.errors)} AXI4-Stream violations, first: {self.errors[0]}"


def stream_signals(dut, prefix: str) -> dict:
    """The handles of `<prefix>_t*` that exist on `dut`."""
    out = {}
    for k in ("tdata", "tuser", "tkeep", "tlast", "tvalid", "tready"):
        h = getattr(dut, f"{prefix}_{k}", None)
        if h is not None:
            out[k] = h
    return out


# --- the testbench around one block ----------------------------------------------------------


def pause_gen(rng: random.Random, p: float):
    """Random pauses: pause with probability p each cycle (runs of 1..4 cycles)."""
    while True:
        if rng.random() < p:
            for _ in range(rng.randint(1, 4)):
                yield True
        else:
            yield False


class Tb:
    """Clock, reset, one cocotbext-axi source per input stream and a sink on the output, checkers."""

    def __init__(self, dut, blk: dict, internal: list[tuple[str, bool]] = ()):
        self.dut = dut
        self.blk = blk
        cocotb.start_soon(Clock(dut.aclk, CLOCK_NS, unit="ns").start())
        self.sources = {}
        for p in blk["inputs"]:
            bus = AxiStreamBus.from_prefix(dut, p["prefix"])
            kw = {} if p.get("tkeep") else {"byte_lanes": 1}
            self.sources[p["prefix"]] = AxiStreamSource(
                bus, dut.aclk, dut.aresetn, reset_active_level=False, **kw
            )
        out = blk["output"]
        bus = AxiStreamBus.from_prefix(dut, out["prefix"])
        kw = {} if out.get("tkeep") else {"byte_lanes": 1}
        self.sink = AxiStreamSink(bus, dut.aclk, dut.aresetn, reset_active_level=False, **kw)
        for s in list(self.sources.values()) + [self.sink]:
            s.log.setLevel("WARNING")
        self.checkers = [
            StreamChecker(p["prefix"], dut.aclk, dut.aresetn, stream_signals(dut, p["prefix"]), False).start()
            for p in blk["inputs"]
        ]
        self.checkers.append(
            StreamChecker(out["prefix"], dut.aclk, dut.aresetn, stream_signals(dut, out["prefix"]), True).start()
        )
        for prefix, dut_drives_valid in internal:
            self.checkers.append(
                StreamChecker(prefix, dut.aclk, dut.aresetn, stream_signals(dut, prefix), dut_drives_valid).start()
            )

    def checker(self, prefix):
        (c,) = [c for c in self.checkers if c.name == prefix]
        return c

    def set_pauses(self, rng: random.Random | None, p_src=0.3, p_sink=0.3):
        """Random pauses on every source and the sink (None: none)."""
        for s in self.sources.values():
            if rng is None:
                s.clear_pause_generator()
            else:
                s.set_pause_generator(pause_gen(random.Random(rng.random()), p_src))
        if rng is None:
            self.sink.clear_pause_generator()
        else:
            self.sink.set_pause_generator(pause_gen(random.Random(rng.random()), p_sink))

    async def cycles(self, n=1):
        for _ in range(n):
            await RisingEdge(self.dut.aclk)

    async def reset(self, n=2):
        """Synchronous reset for n edges; drops whatever the sources and the sink still hold."""
        await RisingEdge(self.dut.aclk)
        self.dut.aresetn.value = 0
        for s in self.sources.values():
            s.clear()
        await self.cycles(n)
        self.sink.clear()
        self.dut.aresetn.value = 1
        await RisingEdge(self.dut.aclk)
        self.sink.clear()

    async def recv_frames(self, n: int, timeout_cycles: int) -> list:
        """The next n frames (packets) of the sink."""
        frames = []
        for _ in range(timeout_cycles):
            while not self.sink.empty():
                frames.append(self.sink.recv_nowait(compact=False))
            if len(frames) >= n:
                return frames
            await RisingEdge(self.dut.aclk)
        raise AssertionError(f"timeout: {len(frames)} of {n} packets after {timeout_cycles} cycles")

    def assert_ok(self):
        for c in self.checkers:
            c.assert_ok()


async def wait_stalled(tb, prefix, cycles=8, timeout=2000):
    """Wait until input `prefix` has had tvalid && !tready for `cycles` cycles in a row."""
    dut, run = tb.dut, 0
    valid, ready = getattr(dut, f"{prefix}_tvalid"), getattr(dut, f"{prefix}_tready")
    for _ in range(timeout):
        await RisingEdge(dut.aclk)
        run = run + 1 if (valid.value == 1 and ready.value == 0) else 0
        if run >= cycles:
            return
    raise AssertionError(f"{prefix} never stalled for {cycles} cycles")
