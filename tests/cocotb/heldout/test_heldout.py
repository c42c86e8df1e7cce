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
    xnc_cases = [make_case(f"hb_chain_{width}", s, ["--codec", "xnc"], 6) for s in ("minilm", "smollm2")]
    env = {"HB_WIDTH": str(width), "HB_XNC_CASES": os.pathsep.join(xnc_cases), "PYTHONPATH": str(HERE)}
    run(f"hb_chain_{width}", rtl + [gate, top], "hb_chain_tests", env)


# Block -> (xnc compress options, sample stems). Plain and lane decoders are BF16 only (INTEGRATION.md).
TANS = {
    "tans_decoder": (["--codec", "ans", "--table-log", "6", "--lanes", "1"], ["minilm", "smollm2"]),
    "tans_decoder_r8": (["--codec", "ans", "--table-log", "8", "--lanes", "1"], ["minilm", "smollm2"]),
    "tans_decoder_fa": (["--codec", "ans-fa", "--table-log", "6", "--lanes", "1"], ["minilm", "smollm2"]),
    "tans_decoder_x4": (["--codec", "ans", "--table-log", "6", "--lanes", "4"], ["minilm", "smollm2"]),
    "tans_decoder_x8": (["--codec", "ans", "--table-log", "6", "--lanes", "8"], ["smollm2", "minilm"]),
    "tans_decoder_ctx": (["--codec", "ans-ctx", "--table-log", "6", "--lanes", "1"], ["whisper", "smollm2"]),
    "tans_decoder_ctx_r10": (["--codec", "ans-ctx", "--table-log", "10", "--lanes", "1"], ["smollm2", "whisper"]),
}


def xnc_binary():
    exe = os.environ.get("XNC")
    if exe:
        return exe
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "release" / "xnc")


def make_case(block, stem, opts, rows):
    """Rows of the sample cut to a small safetensors file and compressed by `xnc compress`."""
    import subprocess

    from hb_container import write_safetensors
    from hb_data import LONG, SAMPLE, read_safetensors

    (path,) = sorted(SAMPLE.glob(stem + "*.safetensors"))
    ((dtype, shape, data),) = read_safetensors(path).values()
    rows = shape[0] if LONG or rows is None else rows
    cols = shape[1]
    out = BUILD / block
    out.mkdir(parents=True, exist_ok=True)
    cut = out / f"{stem}.safetensors"
    write_safetensors(cut, "weight", dtype, [rows, cols], data[: 2 * rows * cols])
    xnc = out / f"{stem}.xnc"
    block_values = [] if LONG else ["--block-values", str(2 * cols)]
    subprocess.run([xnc_binary(), "compress", str(cut), "-o", str(xnc), "--force", *opts, *block_values], check=True, capture_output=True)
    return f"{xnc}|{cut}"


@pytest.mark.parametrize("block", list(TANS))
def test_tans(block):
    opts, stems = TANS[block]
    ctx = "ans-ctx" in opts
    # ans-ctx falls back to ans-fa on a small tensor (and on minilm at R = 6): whole samples, the
    # first blocks decoded (all with XNC_COCOTB_LONG)
    from hb_data import LONG

    cases = [make_case(block, s, opts, None if ctx else 6) for s in (stems if LONG else stems[:1])]
    env = {"HB_BLOCK": block, "HB_CASES": os.pathsep.join(cases), "HB_CODEC": "4" if ctx else "", "PYTHONPATH": str(HERE)}
    run(block, [RTL / f"{block}.v"], "hb_tans_tests", env)
