"""Held-out cocotb suite (pytest entry): the XNC chain at both memory widths and every tANS decoder.

Written from docs/INTEGRATION.md, docs/FORMAT.md and the headers of rtl/ only, independently of the
kit's own testbenches (tests/cocotb/*.py), so that it checks rtl/ the way an outside verification
team would. Run by scripts/cocotb.sh; XNC_COCOTB_LONG=1 runs whole samples and more resets.
"""

import os
import sys
from pathlib import Path

import pytest
from cocotb_tools.runner import get_runner

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hb_axis import HOLD_GATE_V  # noqa: E402
from hb_chain_top import chain_top  # noqa: E402

ROOT = HERE.parents[2]
RTL = Path(os.environ.get("XNC_RTL_DIR", ROOT / "rtl"))
BUILD = HERE.parent / "build" / "heldout"


def run(top, sources, module, env):
    build = BUILD / top
    build.mkdir(parents=True, exist_ok=True)
    runner = get_runner("icarus")
    runner.build(sources=sources, hdl_toplevel=top, build_dir=build, always=True, timescale=("1ns", "1ps"))
    runner.test(
        hdl_toplevel=top,
        test_module=module,
        test_dir=HERE,
        build_dir=build,
        extra_env=env,
        results_xml=str(build / "results.xml"),
        waves=bool(os.environ.get("WAVES")),
    )


@pytest.mark.parametrize("width", [512, 256])
def test_chain(width):
    BUILD.mkdir(parents=True, exist_ok=True)
    gate = BUILD / "hb_hold_gate.v"
    gate.write_text(HOLD_GATE_V)
    top = BUILD / f"hb_chain_{width}.v"
    top.write_text(chain_top(width))
    sfx = "" if width == 512 else f"_{width}"
    rtl = [RTL / f"{b}.v" for b in ("xnc_compressor", f"xnc_packer{sfx}", f"xnc_unpacker{sfx}", "xnc_decompressor")]
    run(f"hb_chain_{width}", rtl + [gate, top], "hb_chain_tests", {"HB_WIDTH": str(width), "PYTHONPATH": str(HERE)})
