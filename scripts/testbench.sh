#!/usr/bin/env bash
# The self-checking Verilog testbenches (testbench/tb_*.sv) of every block, under Icarus and
# Verilator, on the small committed vectors in testbench/vectors/, without stalls and with two stall
# seeds. Each run prints `N passed, M failed`; this script also checks that both simulators and the
# Rust cycle simulation (`xnc sim`) report the same cycle count for the same seed.
#
#   scripts/testbench.sh            run everything (exit status 1 on any failure)
#   scripts/testbench.sh --regen    rewrite testbench/vectors/ with `xnc vectors --hex` first
#   scripts/testbench.sh --check    also fail if the committed vectors differ from what xnc writes,
#                                   or a GTKWave view (sim/*.gtkw) from what sim/gtkw.py writes
#
# XNC=path/to/xnc uses that binary instead of `cargo build --release --bin xnc`. Builds go to
# sim/build/testbench/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

regen=0 check=0
for a in "$@"; do
  case $a in
    --regen) regen=1 ;;
    --check) check=1 ;;
    *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

# name  design  sample  options: small slices of the committed real sample (testbench/data). Several
# blocks per run (tlast, packer flush); smollm2 and minilm are BF16 (XNC chunks mostly F = 1, a few
# tANS escapes); whisper is native FP16 (XNC chunks F = 0, 16-bit codes).
SETS=(
  "xnc_compressor-smollm2 xnc_compressor smollm2-135m.slice.bf16.safetensors --rows 0..4 --block-chunks 16"
  "xnc_compressor-whisper xnc_compressor whisper-tiny-en.slice.f16.safetensors --rows 0..2 --block-chunks 8"
  "xnc_decompressor-smollm2 xnc_decompressor smollm2-135m.slice.bf16.safetensors --rows 4..8 --block-chunks 16"
  "xnc_decompressor-whisper xnc_decompressor whisper-tiny-en.slice.f16.safetensors --rows 2..4 --block-chunks 8"
  "xnc_packer-minilm xnc_packer minilm-l6-v2.slice.bf16.safetensors --rows 0..6 --block-chunks 5"
  "xnc_packer-whisper xnc_packer whisper-tiny-en.slice.f16.safetensors --rows 4..6 --block-chunks 3"
  "xnc_unpacker-minilm xnc_unpacker minilm-l6-v2.slice.bf16.safetensors --rows 6..12 --block-chunks 5"
  "xnc_unpacker-whisper xnc_unpacker whisper-tiny-en.slice.f16.safetensors --rows 6..8 --block-chunks 3"
  "tans_decoder-smollm2 tans_decoder smollm2-135m.slice.bf16.safetensors --rows 0..6 --block-values 1000"
  "tans_decoder-minilm tans_decoder minilm-l6-v2.slice.bf16.safetensors --rows 0..6 --block-values 700"
  "tans_decoder_r8-minilm tans_decoder_r8 minilm-l6-v2.slice.bf16.safetensors --rows 6..12 --block-values 900"
  "tans_decoder_fa-smollm2 tans_decoder_fa smollm2-135m.slice.bf16.safetensors --rows 6..12 --block-values 800"
)
SEEDS=("" 1 7)

if [[ -n ${XNC:-} ]]; then
  xnc=$XNC
else
  cargo build --release --quiet --bin xnc
  xnc=${CARGO_TARGET_DIR:-target}/release/xnc
fi

gen() { # name design sample opts... -> dir
  local out=$1 design=$2 sample=$3
  shift 3
  $xnc vectors --hex --design "$design" "testbench/data/$sample" -o "$out" "$@" >/dev/null
}

fail=0
if [[ $regen == 1 || $check == 1 ]]; then
  tmp=$(mktemp -d)
  for s in "${SETS[@]}"; do
    read -r name design sample opts <<<"$s"
    # shellcheck disable=SC2086
    gen "$tmp/$name" "$design" "$sample" $opts
  done
  if [[ $regen == 1 ]]; then
    rm -rf testbench/vectors
    mkdir -p testbench/vectors
    cp -r "$tmp"/* testbench/vectors/
    echo "testbench: vectors rewritten ($(du -sh --apparent-size testbench/vectors | cut -f1))"
  elif ! diff -r -q "$tmp" testbench/vectors; then
    echo "testbench: testbench/vectors differ from what xnc vectors writes (scripts/testbench.sh --regen)"
    fail=1
  else
    echo "testbench: committed vectors are what xnc vectors writes"
  fi
  rm -rf "$tmp"
fi
if [[ $check == 1 ]] && ! python3 sim/gtkw.py --check; then
  fail=1
fi

# Build each testbench once per simulator (rebuilt when its sources change).
b=sim/build/testbench
mkdir -p "$b"
build() { # design -> sets $ivl and $vl
  local d=$1
  local srcs=(testbench/tb_common.svh testbench/tb_*.sv "rtl/$d.v") # tb_tans_decoder_r8.sv includes tb_tans_decoder.sv
  local stamp
  stamp=$(cat "${srcs[@]}" | sha256sum | cut -c1-16)
  ivl=$b/$d.vvp
  vl=$b/vl-$d/Vtb_$d
  if [[ ! -f $ivl || "$(cat "$b/$d.ivl.stamp" 2>/dev/null)" != "$stamp" ]]; then
    iverilog -g2012 -Wall -Wno-timescale -I testbench -o "$ivl" "testbench/tb_$d.sv" "rtl/$d.v"
    echo "$stamp" >"$b/$d.ivl.stamp"
  fi
  if [[ ! -x $vl || "$(cat "$b/$d.vl.stamp" 2>/dev/null)" != "$stamp" ]]; then
    rm -rf "$b/vl-$d"
    verilator --binary -j 2 -Wno-fatal -Wno-lint -Wno-style -Wno-TIMESCALEMOD --top-module "tb_$d" -Itestbench \
      -Mdir "$b/vl-$d" "$PWD/rtl/lint.vlt" "$PWD/testbench/tb_$d.sv" "$PWD/rtl/$d.v" >"$b/vl-$d.log" 2>&1 \
      || { cat "$b/vl-$d.log"; exit 2; }
    echo "$stamp" >"$b/$d.vl.stamp"
  fi
}

result() { grep '^RESULT' | head -1; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

total=0
for s in "${SETS[@]}"; do
  read -r name design sample opts <<<"$s"
  build "$design"
  v=testbench/vectors/$name
  [[ -f $v/manifest.txt ]] || { echo "testbench: $v missing (scripts/testbench.sh --regen)"; exit 2; }
  expect=$(sed -n 's/^port m_axis [^ ]* \([0-9]*\) .*/\1/p' "$v/manifest.txt")
  for seed in "${SEEDS[@]}"; do
    plus=(+vectors="$v") rs=()
    [[ -n $seed ]] && plus+=(+seed="$seed") && rs=(--stall-seed "$seed")
    # shellcheck disable=SC2086
    rust=$($xnc sim --json --design "$design" "testbench/data/$sample" $opts "${rs[@]+"${rs[@]}"}" |
      sed -n 's/.*"cycles": \([0-9]*\).*/\1/p')
    line="$name seed ${seed:-none}:"
    for simr in icarus verilator; do
      if [[ $simr == icarus ]]; then out=$(vvp -n "$ivl" "${plus[@]}" 2>&1 || true); else out=$("$vl" "${plus[@]}" 2>&1 || true); fi
      summary=$(grep -m1 'passed, .* failed' <<<"$out" || echo "no summary")
      r=$(result <<<"$out")
      cyc=$(field cycles <<<"$r")
      ok=1
      [[ $summary == "$design: $expect passed, 0 failed" ]] || ok=0
      [[ $cyc == "$rust" ]] || ok=0
      line+=" $simr [$summary, $cyc cycles]"
      if [[ $ok == 0 ]]; then
        fail=1
        grep MISMATCH <<<"$out" | head -5 || true
        [[ $cyc == "$rust" ]] || line+=" CYCLES DIFFER from Rust"
      fi
      total=$((total + 1))
    done
    echo "$line rust [$rust cycles]"
  done
done
if [[ $fail == 0 ]]; then
  echo "testbench: all $total runs passed (Icarus and Verilator; cycle counts equal the Rust simulation's)"
else
  echo "testbench: FAILED"
fi
exit $fail
