#!/usr/bin/env bash
# The main job on the bundled real sample (testbench/data): measure every codec, compress with the
# best one per tensor, decode one embedding row by random access, decompress and check the result
# is the very same file.   scripts/demo.sh [FILE.safetensors ...]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin xnc
xnc=target/release/xnc
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
files=("$@")
if ((${#files[@]} == 0)); then
  files=(testbench/data/*.safetensors)
fi
for f in "${files[@]}"; do
  name=$(basename "$f" .safetensors)
  echo "== $f"
  $xnc stats "$f"
  $xnc compress "$f" -o "$out/$name.xnc"
  tensor=$($xnc stats "$f" --json --codec xnc | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["name"])')
  echo "row 7 of $tensor, first values:"
  $xnc get-row "$out/$name.xnc" "$tensor" 7 | cut -d' ' -f1-8
  $xnc decompress "$out/$name.xnc" -o "$out/$name.back.safetensors"
  cmp "$f" "$out/$name.back.safetensors" && echo "round trip: identical file"
  echo
done
