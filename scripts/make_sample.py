#!/usr/bin/env python3
"""Cut the committed real sample (testbench/data/*.slice.safetensors) out of ../shared/data.

Each slice keeps ROWS consecutive rows of one embedding table starting at row START, with the
source file's metadata plus the slice's provenance. Rerun: python3 scripts/make_sample.py
"""
import json, struct, sys, os

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
OUT = os.path.join(os.path.dirname(__file__), "..", "testbench", "data")
SLICES = [  # (source file, output name, start row, rows)
    ("minilm-l6-v2.word_embeddings.bf16.safetensors", "minilm-l6-v2.slice.bf16.safetensors", 2000, 256),
    ("smollm2-135m-instruct.embed_tokens.bf16.safetensors", "smollm2-135m.slice.bf16.safetensors", 2000, 160),
    ("whisper-tiny-en.decoder.embed_tokens.f16.safetensors", "whisper-tiny-en.slice.f16.safetensors", 2000, 256),
]

def main():
    for src, dst, start, rows in SLICES:
        with open(os.path.join(SHARED, src), "rb") as f:
            n = struct.unpack("<Q", f.read(8))[0]
            header = json.loads(f.read(n))
            base = 8 + n
            meta = header.pop("__metadata__", {}) or {}
            (name, t), = header.items()
            cols = t["shape"][1]
            row_bytes = cols * 2
            f.seek(base + t["data_offsets"][0] + start * row_bytes)
            data = f.read(rows * row_bytes)
        meta = dict(meta)
        meta["slice"] = f"rows {start}..{start + rows} of {name} from {src}"
        hdr = {"__metadata__": meta,
               name: {"dtype": t["dtype"], "shape": [rows, cols], "data_offsets": [0, len(data)]}}
        hb = json.dumps(hdr, separators=(",", ":")).encode()
        hb += b" " * (-len(hb) % 8)
        with open(os.path.join(OUT, dst), "wb") as f:
            f.write(struct.pack("<Q", len(hb)) + hb + data)
        print(dst, rows, "x", cols, len(data), "bytes")

if __name__ == "__main__":
    sys.exit(main())
