#!/usr/bin/env python3
"""Write sim/<block>.gtkw, the GTKWave view of a block's co-simulation trace (scripts/view.sh).

Groups, in data-flow order: clock and reset, each input stream's handshake (valid, ready, last,
side bands, data), the table write port (tans_decoder), the pipeline stages (registers named
sN_*, one group per stage), the other registers, then the output handshake. Signal names are
read from the module's declarations in rtl/<block>.v, so a regenerated block keeps a valid view:
    python3 sim/gtkw.py [--check] [BLOCK...]      (default: every block in rtl/)
--check writes nothing and exits 1 if a view differs from what it would write (CI runs it).
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN, HEX = "@28", "@22"  # GTKWave trace flags: binary / hexadecimal, right-justified


def top_decls(block):
    text = open(os.path.join(ROOT, "rtl", block + ".v")).read()
    m = re.search(r"^module %s \(.*?^endmodule" % re.escape(block), text, re.S | re.M)
    body = m.group(0)
    decls = []
    # ANSI ports (`input  wire [7:0] name,  // ...`), then the registers (`reg [7:0] name_q;`).
    for kind, rng, name in re.findall(r"^\s*(input|output)\s+(?:wire|reg)\s+(\[\d+:0\])?\s*(\w+)", body, re.M):
        decls.append((kind, rng or "", name))
    for rng, name in re.findall(r"^\s*reg\s+(\[\d+:0\])?\s*(\w+_q);", body, re.M):
        decls.append(("reg", rng or "", name))
    return decls


def sig(block, name, rng):
    return f"TOP.{block}.{name}{rng}"


def write(block, check=False):
    decls = top_decls(block)
    width = {n: r for _, r, n in decls}
    ports = [n for k, _, n in decls if k in ("input", "output")]
    regs = [n for k, _, n in decls if k == "reg"]
    lines = [
        f'[dumpfile] "sim/build/traces/{block}.fst"',
        "[timestart] 0",
        "[size] 1600 1000",
        "[pos] -1 -1",
        "*-22.000000 0",
        "[sst_width] 240",
        "[signals_width] 300",
        "[sst_expanded] 1",
        "[sst_vpaned_height] 300",
    ]

    def group(title, names):
        names = [n for n in names if n in width]
        if not names:
            return
        lines.append("@800200")
        lines.append("-" + title)
        for n in names:
            lines.append(BIN if not width[n] else HEX)
            lines.append(sig(block, n, width[n]))
        lines.append("@1000200")
        lines.append("-" + title)

    def stream(prefix):
        order = ["tvalid", "tready", "tlast", "tuser", "tkeep", "tdata"]
        return [f"{prefix}_{s}" for s in order if f"{prefix}_{s}" in width]

    group("clock and reset", ["aclk", "aresetn"])
    ins = [p for p in dict.fromkeys(p.rsplit("_", 1)[0] for p in ports if p.startswith("s_axis"))]
    for p in ins:
        group(f"input {p}", stream(p))
    group("table write port", [p for p in ports if p.startswith("tbl_")])
    stages = sorted({int(m.group(1)) for n in regs for m in [re.match(r"s(\d+)_", n)] if m})
    for s in stages:
        mine = [n for n in regs if n.startswith(f"s{s}_")]
        # handshake registers first, then the data
        mine.sort(key=lambda n: (0 if ("valid" in n or "last" in n or "flag" in n) else 1, regs.index(n)))
        group(f"stage {s}", mine)
    group("registers", [n for n in regs if not re.match(r"s\d+_", n)])
    group("output m_axis", stream("m_axis"))
    path = os.path.join(ROOT, "sim", block + ".gtkw")
    text = "\n".join(lines) + "\n"
    if check:
        same = os.path.exists(path) and open(path).read() == text
        if not same:
            print(f"{path}: stale (python3 sim/gtkw.py {block})")
        return same
    open(path, "w").write(text)
    print(path)
    return True


if __name__ == "__main__":
    args = sys.argv[1:]
    check = "--check" in args
    blocks = [a for a in args if a != "--check"]
    blocks = blocks or sorted(f[:-2] for f in os.listdir(os.path.join(ROOT, "rtl")) if f.endswith(".v"))
    ok = all([write(b, check) for b in blocks])
    if check and ok:
        print(f"gtkw: the {len(blocks)} views match rtl/")
    sys.exit(0 if ok else 1)
