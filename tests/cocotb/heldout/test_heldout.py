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


def xnc_binary():
    exe = os.environ.get("XNC")
    if exe:
        return exe
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "release" / "xnc")


def manifest():
    """The block manifest (`xnc blocks --json`): the one list of blocks this suite runs over."""
    import json
    import subprocess

    return json.loads(subprocess.run([xnc_binary(), "blocks", "--json"], check=True, capture_output=True).stdout)


def widths():
    """Memory word widths that have both a packer and an unpacker: {bits: (packer, unpacker)}."""
    g = {(b["golden"]["kind"], b["golden"].get("word_bits")): b["name"] for b in manifest()}
    return {w: (g[("xnc_pack", w)], g[("xnc_unpack", w)]) for k, w in g if k == "xnc_pack" and ("xnc_unpack", w) in g}


def tans_blocks():
    """tANS decoders -> (xnc compress options, sample stems), from each block's golden model.
    Plain and lane decoders are BF16 only (INTEGRATION.md); the context decoders take FP16 too."""
    out = {}
    for b in manifest():
        g = b["golden"]
        if g["kind"] == "tans":
            codec = "ans-fa" if g["format_aware"] else "ans"
            out[b["name"]] = (["--codec", codec, "--table-log", str(g["table_log"]), "--lanes", str(g["lanes"])], ["minilm", "smollm2"])
        elif g["kind"] == "tans_ctx":
            stems = ["whisper", "smollm2"] if g["table_log"] < 10 else ["smollm2", "whisper"]
            out[b["name"]] = (["--codec", "ans-ctx", "--table-log", str(g["table_log"]), "--lanes", "1"], stems)
    return out


def make_case(block, stem, opts, rows, flat=False):
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
    if flat:
        # one dimension, 3 values short of whole rows: the last block's value count is no multiple
        # of 32, nor of any lane count (a lane decoder's last beat is partial)
        n = rows * cols - 3
        write_safetensors(cut, "weight", dtype, [n], data[: 2 * n])
    else:
        write_safetensors(cut, "weight", dtype, [rows, cols], data[: 2 * rows * cols])
    xnc = out / f"{stem}.xnc"
    block_values = ["--block-values", str(2 * cols)]  # small blocks: many block starts and ends
    subprocess.run([xnc_binary(), "compress", str(cut), "-o", str(xnc), "--force", *opts, *block_values], check=True, capture_output=True)
    return f"{xnc}|{cut}"


@pytest.mark.parametrize("block", list(tans_blocks()))
def test_tans(block):
    opts, stems = tans_blocks()[block]
    ctx = "ans-ctx" in opts
    # ans-ctx falls back to ans-fa on a small tensor (and on minilm at R = 6): whole samples, the
    # first blocks decoded (all with XNC_COCOTB_LONG)
    from hb_data import LONG

    cases = [make_case(block, s, opts, None if ctx else 6, flat=not ctx) for s in (stems if LONG else stems[:1])]
    env = {"HB_BLOCK": block, "HB_CASES": os.pathsep.join(cases), "HB_CODEC": "4" if ctx else "", "PYTHONPATH": str(HERE)}
    run(block, [RTL / f"{block}.v"], "hb_tans_tests", env)


@pytest.mark.parametrize("width", sorted(widths(), reverse=True))
def test_chain(width):
    BUILD.mkdir(parents=True, exist_ok=True)
    gate = BUILD / "hb_hold_gate.v"
    gate.write_text(HOLD_GATE_V)
    top = BUILD / f"hb_chain_{width}.v"
    packer, unpacker = widths()[width]
    top.write_text(chain_top(width, packer, unpacker))
    rtl = [RTL / f"{b}.v" for b in ("xnc_compressor", packer, unpacker, "xnc_decompressor")]
    xnc_cases = [make_case(f"hb_chain_{width}", s, ["--codec", "xnc"], 6) for s in ("minilm", "smollm2")]
    env = {"HB_WIDTH": str(width), "HB_XNC_CASES": os.pathsep.join(xnc_cases), "PYTHONPATH": str(HERE)}
    run(f"hb_chain_{width}", rtl + [gate, top], "hb_chain_tests", env)
