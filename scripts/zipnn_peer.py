#!/usr/bin/env python3
"""Time ZipNN (PyPI `zipnn`, pinned in scripts/bench-requirements.txt) on the tensors of a
.safetensors file, single thread, in process, on the very bytes `xnc bench` codes.

    python3 scripts/zipnn_peer.py FILE.safetensors [--reps N]

Prints one JSON object: ratio (original / compressed bytes), compress_mb_s and decompress_mb_s
(MB/s of uncompressed data, best of N passes on the process's CPU-time clock, as `xnc bench` times
its own codecs: load from other processes on a shared machine does not count), and the ZipNN
version. Every round trip is checked
byte for byte. `xnc bench` runs this script when Python and zipnn are present and shows the figures
beside its own, from the same run. Exit code 3: zipnn is not installed.
"""
import argparse
import json
import struct
import sys
import time
import warnings


def tensors(path):
    """(dtype, bytes) of every tensor, in file order."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    body = memoryview(data)[8 + n :]
    out = []
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, stop = info["data_offsets"]
        out.append((info["dtype"], bytes(body[start:stop])))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    try:
        import zipnn
        from importlib.metadata import version
    except ImportError:
        print("zipnn is not installed (scripts/setup.sh --bench installs it)", file=sys.stderr)
        sys.exit(3)
    dtypes = {"BF16": "bfloat16", "F16": "float16", "F32": "float32"}
    items = [(dtypes[d], b) for d, b in tensors(args.file) if d in dtypes and len(b) > 0]
    raw = sum(len(b) for _, b in items)
    coders = {d: zipnn.ZipNN(input_format="byte", bytearray_dtype=d, threads=1) for d in {d for d, _ in items}}
    best_c = best_d = float("inf")
    stored = 0
    for _ in range(max(1, args.reps)):
        # ZipNN reorders the bits of its input in place: each pass gets fresh copies (made
        # before the clock starts).
        copies = [(d, bytearray(b)) for d, b in items]
        t0 = time.process_time()
        packed = [coders[d].compress(c) for d, c in copies]
        tc = time.process_time() - t0
        t0 = time.process_time()
        back = [coders[d].decompress(p) for (d, _), p in zip(items, packed)]
        td = time.process_time() - t0
        for (_, b), r in zip(items, back):
            if bytes(r) != b:
                print("zipnn round trip differs", file=sys.stderr)
                sys.exit(1)
        stored = sum(len(p) for p in packed)
        best_c, best_d = min(best_c, tc), min(best_d, td)
    print(
        json.dumps(
            {
                "peer": "zipnn",
                "version": version("zipnn"),
                "raw_bytes": raw,
                "stored_bytes": stored,
                "ratio": raw / max(stored, 1),
                "compress_mb_s": raw / 1e6 / best_c,
                "decompress_mb_s": raw / 1e6 / best_d,
            }
        )
    )


if __name__ == "__main__":
    main()
