#!/usr/bin/env bash
# Verilator co-simulation of one block of rtl/ against the golden model on a tensor.
#
#   scripts/cosim.sh DESIGN FILE.safetensors [--stall-seed S] [--trace] [--trace-cycles N]
#                    [--tensor NAME] [--rows A..B] [--block-chunks N] [--block-values N] [--compare-rust]
#
# DESIGN: xnc_compressor, xnc_decompressor, xnc_packer, xnc_unpacker, tans_decoder, tans_decoder_r8,
# tans_decoder_fa, tans_decoder_x4, tans_decoder_x8.
# 1. `xnc vectors` writes the golden beats (cached in sim/build/vectors/, keyed by the arguments,
#    redone when the input file or the xnc binary is newer);
# 2. the harness sim/harness.cpp is built once per block with `verilator -O3` into sim/build/DESIGN
#    (sim/build/DESIGN-trace with --trace), rebuilt only when rtl/DESIGN.v or the harness change;
# 3. the harness runs: every output beat compared, summary line, exit status 1 on any mismatch.
# --compare-rust also runs the Rust cycle simulation (`xnc sim`, slow on wide blocks: use it on slices)
# with the same vectors and seed and fails unless both count the same cycles.
# XNC=path/to/xnc skips the cargo build and uses that binary for the vectors.
# --trace writes an FST of the first N cycles (default 100000; 0 = all) to sim/build/traces/DESIGN.fst,
# which scripts/view.sh DESIGN opens.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ $# -ge 2 ]] || usage
design=$1 file=$2
shift 2
case $design in
  xnc_compressor | xnc_decompressor | xnc_packer | xnc_unpacker | tans_decoder | tans_decoder_r8 | tans_decoder_fa | tans_decoder_x4 | tans_decoder_x8) ;;
  *) echo "cosim: unknown design '$design'" >&2; usage ;;
esac
[[ -f $file ]] || { echo "cosim: $file: no such file" >&2; exit 2; }

seed_args=() vec_args=() trace=0 trace_cycles=100000 compare=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --stall-seed) seed_args=(--stall-seed "$2"); shift 2 ;;
    --trace) trace=1; shift ;;
    --trace-cycles) trace_cycles=$2; shift 2 ;;
    --tensor | --rows | --block-chunks | --block-values) vec_args+=("$1" "$2"); shift 2 ;;
    --compare-rust) compare=1; shift ;;
    *) echo "cosim: unknown option $1" >&2; usage ;;
  esac
done

# The xnc binary (vectors): cargo only rebuilds what changed; XNC=path uses a given binary instead.
if [[ -n ${XNC:-} ]]; then
  xnc=$XNC
else
  cargo build --release --quiet --bin xnc
  xnc=${CARGO_TARGET_DIR:-target}/release/xnc
fi

# 1. Golden vectors, cached.
key=$(printf '%s\n' "$design" "$(realpath "$file")" "${vec_args[@]+"${vec_args[@]}"}" | sha256sum | cut -c1-16)
vdir=sim/build/vectors/$design-$key
if [[ ! -f $vdir/manifest.txt || $file -nt $vdir/manifest.txt || $xnc -nt $vdir/manifest.txt ]]; then
  rm -rf "$vdir"
  t0=$(date +%s.%N)
  $xnc vectors --design "$design" "$file" -o "$vdir.tmp" "${vec_args[@]+"${vec_args[@]}"}" >/dev/null
  mv "$vdir.tmp" "$vdir"
  printf 'cosim: vectors %s (%.1f s)\n' "$vdir" "$(echo "$(date +%s.%N) - $t0" | bc)"
fi

# 2. The harness, built once per block (and per tracing choice).
bdir=sim/build/$design
vflags=(-O3 --x-assign fast --x-initial fast --noassert)
if [[ $trace == 1 ]]; then
  bdir=sim/build/$design-trace
  vflags+=(--trace-fst --trace-structs)
fi
stamp=$(cat "rtl/$design.v" sim/harness.cpp rtl/lint.vlt <(verilator --version) <(echo "${vflags[@]}") | sha256sum | cut -c1-16)
if [[ ! -x $bdir/V$design || "$(cat "$bdir/stamp" 2>/dev/null)" != "$stamp" ]]; then
  rm -rf "$bdir"
  t0=$(date +%s.%N)
  verilator --cc --exe --build -j 2 "${vflags[@]}" -Wno-fatal -Wno-lint -Wno-style \
    --top-module "$design" -Mdir "$bdir" \
    -CFLAGS "-O2 -DDESIGN=$design -DDESIGN_$design" -MAKEFLAGS "OPT_FAST=-O2 OPT_SLOW=-O1" \
    "$PWD/rtl/lint.vlt" "$PWD/rtl/$design.v" "$PWD/sim/harness.cpp" >"$bdir.log" 2>&1 || { cat "$bdir.log"; exit 2; }
  mv "$bdir.log" "$bdir/build.log"
  echo "$stamp" >"$bdir/stamp"
  printf 'cosim: built %s (%.1f s)\n' "$bdir/V$design" "$(echo "$(date +%s.%N) - $t0" | bc)"
fi

# 3. Run.
run_args=("$vdir" "${seed_args[@]+"${seed_args[@]}"}")
if [[ $trace == 1 ]]; then
  mkdir -p sim/build/traces
  run_args+=(--trace "sim/build/traces/$design.fst" --trace-cycles "$trace_cycles")
fi
status=0
result=$("$bdir/V$design" "${run_args[@]}") || status=$?
echo "$result"
[[ $trace == 1 ]] && echo "cosim: trace sim/build/traces/$design.fst (scripts/view.sh $design)"
if [[ $compare == 1 ]]; then
  vcycles=$(sed -n 's/^RESULT.* cycles=\([0-9]*\).*/\1/p' <<<"$result")
  rcycles=$($xnc sim --json --design "$design" "$file" "${vec_args[@]+"${vec_args[@]}"}" "${seed_args[@]+"${seed_args[@]}"}" |
    sed -n 's/.*"cycles": \([0-9]*\).*/\1/p')
  if [[ -n $vcycles && $vcycles == "$rcycles" ]]; then
    echo "cosim $design: cycles Verilator $vcycles = Rust $rcycles"
  else
    echo "cosim $design: CYCLE COUNTS DIFFER: Verilator ${vcycles:-?}, Rust ${rcycles:-?}"
    status=1
  fi
fi
exit $status
