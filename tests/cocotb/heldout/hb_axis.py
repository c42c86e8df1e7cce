"""Held-out AXI4-Stream helpers: an every-cycle protocol checker and random pause generators.

Written from docs/INTEGRATION.md section 1 alone (not from the kit's own testbenches), so that it
checks the blocks the way an integrator's verification team would.
"""

import random

import cocotb
from cocotb.triggers import FallingEdge


class ProtocolError(AssertionError):
    """An AXI4-Stream rule broken on an interface."""


class AxisChecker:
    """Checks one AXI4-Stream interface every cycle.

    Samples at the falling edge (the values the next rising edge will sample) and checks:
    - while `aresetn` is low, `tvalid` of a block output is low (and `tready` of a block input);
    - in the cycle after a rising edge that sampled `aresetn` low, `tvalid` is low (block outputs);
    - once `tvalid && !tready` at a rising edge with `aresetn` high, the next cycle still has
      `tvalid` high and the same `tdata`/`tuser`/`tkeep`/`tlast`.
    Transfers (tvalid && tready && aresetn at a rising edge) are recorded in `beats` as tuples
    (tdata int, tuser int or None, tkeep int or None, tlast int) when `record` is set.
    """

    def __init__(self, dut, name, sig, aresetn, clk, *, output_of_block, input_of_block, record=False):
        self.name = name
        self.sig = sig  # dict: valid, ready, data, and optionally user, keep, last
        self.rst = aresetn
        self.clk = clk
        self.output_of_block = output_of_block
        self.input_of_block = input_of_block
        self.record = record
        self.beats = []
        self.transfers = 0
        self.stalls = 0
        self.errors = []
        self._task = cocotb.start_soon(self._run())

    def _payload(self):
        out = []
        for key in ("data", "user", "keep", "last"):
            h = self.sig.get(key)
            out.append(None if h is None else int(h.value))
        return tuple(out)

    def _fail(self, msg):
        self.errors.append(f"{self.name}: {msg}")

    async def _run(self):
        prev_held = None  # payload that must stay, or None
        prev_rst_low = True
        cycle = 0
        while True:
            await FallingEdge(self.clk)
            cycle += 1
            rst_low = not int(self.rst.value)
            valid = int(self.sig["valid"].value)
            ready = int(self.sig["ready"].value)
            if rst_low:
                if self.output_of_block and valid:
                    self._fail(f"cycle {cycle}: tvalid high while aresetn is low")
                if self.input_of_block and ready:
                    self._fail(f"cycle {cycle}: tready high while aresetn is low")
            elif prev_rst_low and self.output_of_block and valid:
                self._fail(f"cycle {cycle}: tvalid high in the first cycle after reset")
            if prev_held is not None and not rst_low:
                if not valid:
                    self._fail(f"cycle {cycle}: tvalid dropped before its transfer")
                elif self._payload() != prev_held:
                    self._fail(f"cycle {cycle}: payload changed while tvalid && !tready")
            prev_held = None
            if valid and not rst_low:
                if ready:
                    self.transfers += 1
                    if self.record:
                        self.beats.append(self._payload())
                else:
                    self.stalls += 1
                    prev_held = self._payload()
            prev_rst_low = rst_low
            if len(self.errors) > 20:
                return

    def check(self):
        if self.errors:
            raise ProtocolError("\n".join(self.errors[:20]))


def pause_generator(rng, busy):
    """Endless pause pattern: pause with probability `busy`, in bursts of 1..8 cycles."""
    while True:
        if rng.random() < busy:
            for _ in range(rng.randint(1, 8)):
                yield 1
        else:
            for _ in range(rng.randint(1, 4)):
                yield 0


HOLD_GATE_V = """
// Held-out testbench helper: pauses a stream link without breaking AXI4-Stream. When `pause` is
// high no new beat is offered; a beat already offered (tvalid high, not taken) stays offered.
module hb_hold_gate (
    input  wire aclk,
    input  wire aresetn,
    input  wire pause,
    input  wire up_valid,
    output wire up_ready,
    output wire dn_valid,
    input  wire dn_ready
);
    reg shown;
    wire open_ = !pause || shown;
    assign dn_valid = up_valid && open_;
    assign up_ready = dn_ready && open_;
    always @(posedge aclk)
        if (!aresetn) shown <= 1'b0;
        else shown <= dn_valid && !dn_ready;
endmodule
"""
