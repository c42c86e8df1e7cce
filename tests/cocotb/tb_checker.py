"""Self-test of the AXI4-Stream checker: every rule fires on a deliberately broken manager
(selftest/axis_violator.v), and a correct one passes. A checker that cannot fail proves nothing."""

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles

from axis_tb import CLOCK_NS, StreamChecker, stream_signals

EXPECT = {
    0: None,
    1: "tvalid dropped while tvalid && !tready",
    2: "tdata changed while tvalid && !tready",
    3: "tvalid high in the cycle after aresetn was sampled low",
    4: "tvalid is X after reset",
}


@cocotb.test()
async def every_rule_fires(dut):
    cocotb.start_soon(Clock(dut.aclk, CLOCK_NS, unit="ns").start())
    for mode, want in EXPECT.items():
        dut.mode.value = mode
        dut.aresetn.value = 0
        dut.m_axis_tready.value = 0
        c = StreamChecker(f"mode{mode}", dut.aclk, dut.aresetn, stream_signals(dut, "m_axis"), True).start()
        await ClockCycles(dut.aclk, 3)
        dut.aresetn.value = 1
        for k in range(30):
            dut.m_axis_tready.value = int(k % 3 == 0)
            await ClockCycles(dut.aclk, 1)
        c.stop()
        if want is None:
            assert not c.errors, c.errors
        else:
            assert any(want in e for e in c.errors), (mode, c.errors)
        dut._log.info("mode %d: %s", mode, c.errors[0] if c.errors else "no violation")
