"""The block manifest (`xnc blocks --json`) for the cocotb runner and the FuseSoC core generator."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = HERE / "build"
# The Verilog under test (XNC_RTL_DIR: another copy of rtl/, e.g. an integrator's).
RTL = Path(os.environ.get("XNC_RTL_DIR", ROOT / "rtl")).resolve()


def xnc_binary() -> str:
    if os.environ.get("XNC"):
        return os.environ["XNC"]
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "release" / "xnc")


def blocks() -> list[dict]:
    """`xnc blocks --json`, also written to build/blocks.json for the cocotb modules."""
    BUILD.mkdir(exist_ok=True)
    try:
        out = subprocess.run([xnc_binary(), "blocks", "--json"], check=True, capture_output=True, text=True).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        out = json.dumps(_blocks_from_rtl())  # TEMPORARY until wt-b's manifest lands
    (BUILD / "blocks.json").write_text(out)
    data = json.loads(out)
    return data["blocks"] if isinstance(data, dict) else data


def _blocks_from_rtl():
    import re

    res = []
    gold = {"tans_decoder": (6, False), "tans_decoder_r8": (8, False), "tans_decoder_fa": (6, True)}
    lat = {"xnc_compressor": 4, "xnc_decompressor": 3}
    for f in sorted(RTL.glob("*.v")):
        ports = {}
        for d, w, n in re.findall(r"^\s*(input|output)\s+(?:wire|reg)\s*(?:\[(\d+):0\])?\s*(\w+)\s*[,;)]?", f.read_text(), re.M):
            ports[n] = (d, int(w) + 1 if w else 1)
        streams = {}
        for n, (d, w) in ports.items():
            mm = re.match(r"([sm]_axis\w*)_t(data|user|keep|last)$", n)
            if mm:
                p = streams.setdefault(mm.group(1), {"prefix": mm.group(1), "tdata": 0, "tuser": 0, "tkeep": 0, "tlast": False})
                p[f"t{mm.group(2)}"] = True if mm.group(2) == "last" else w
        b = {"name": f.stem, "inputs": [p for k, p in streams.items() if k.startswith("s_")],
             "output": streams["m_axis"], "latency": lat.get(f.stem)}
        if f.stem in gold:
            pos = {"tbl_addr": (0, 0), "tbl_code": (2, 0), "tbl_nb": (3, 0), "tbl_base": (4, 0), "tbl_exp": (6, 0), "tbl_esc": (7, 0), "tbl_nbits": (7, 4)}
            b["table"] = {"signals": [{"name": k, "byte": v[0], "shift": v[1], "width": ports[k][1]} for k, v in pos.items() if k in ports]}
            b["golden"] = {"kind": "tans", "table_log": gold[f.stem][0], "format_aware": gold[f.stem][1]}
        res.append(b)
    return res
