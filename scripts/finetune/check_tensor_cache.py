#!/usr/bin/env python3
"""Compares the tensor cache of converted weights with the published MLC model they must match.

WebLLM loads fine-tuned weights with the prebuilt model library of the base model, and that
library expects exactly the parameters it was compiled for. A converter that names, shapes or
quantizes one tensor differently produces weights that fail only in the browser, after a long
download. This stops the recipe instead: every record of tensor-cache.json (name, shape,
dtype) must equal the published model's of the same architecture and quantization.

    python check_tensor_cache.py finetune-out/mlc/bedside-q4f16_1-MLC/tensor-cache.json \\
        https://huggingface.co/mlc-ai/Qwen3-1.7B-q4f16_1-MLC/resolve/main/tensor-cache.json

Either argument may be a file, a folder holding tensor-cache.json (or the older
ndarray-cache.json), or an http(s) URL. Exit status 0 when they match, 1 on any difference
(each listed), 2 when a file cannot be read. Standard library only.

    python check_tensor_cache.py --reference-for finetune-out/merged/config.json q4f16_1

prints the URL of the published model to compare with (mlc-ai's build of the same base).
"""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path
from typing import Any, Sequence

CACHE_NAMES = ("tensor-cache.json", "ndarray-cache.json")
Record = tuple[tuple[int, ...], str]


class CacheError(ValueError):
    """A tensor cache could not be read or is not one."""


def read_cache(source: str) -> dict[str, Any]:
    """The parsed tensor cache at a path, a folder or a URL."""
    try:
        if source.startswith(("http://", "https://")):
            with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 (fixed schemes)
                return json.loads(response.read().decode("utf-8"))
        path = Path(source)
        if path.is_dir():
            found = [path / n for n in CACHE_NAMES if (path / n).is_file()]
            if not found:
                raise CacheError(f"{path}: no {' or '.join(CACHE_NAMES)} in this folder")
            path = found[0]
        return json.loads(path.read_text(encoding="utf-8"))
    except CacheError:
        raise
    except (OSError, ValueError) as e:
        raise CacheError(f"{source}: cannot read a tensor cache ({e})") from None


def records(cache: dict[str, Any], where: str = "tensor cache") -> dict[str, Record]:
    """Every parameter in the cache: name -> (shape, dtype)."""
    shards = cache.get("records")
    if not isinstance(shards, list):
        raise CacheError(f'{where}: no "records" list')
    out: dict[str, Record] = {}
    for shard in shards:
        for r in shard.get("records", []) if isinstance(shard, dict) else []:
            try:
                out[str(r["name"])] = (tuple(int(d) for d in r["shape"]), str(r["dtype"]))
            except (KeyError, TypeError, ValueError):
                raise CacheError(f"{where}: a record lacks a name, shape or dtype: {r!r}") from None
    if not out:
        raise CacheError(f"{where}: no parameter records")
    return out


def compare(ours: dict[str, Record], reference: dict[str, Record]) -> list[str]:
    """Every difference, one line each, missing and unexpected parameters first; [] when equal."""
    problems = [f"missing: {n} {list(reference[n][0])} {reference[n][1]}" for n in sorted(reference.keys() - ours.keys())]
    problems += [f"unexpected: {n} {list(ours[n][0])} {ours[n][1]}" for n in sorted(ours.keys() - reference.keys())]
    for name in sorted(ours.keys() & reference.keys()):
        (shape, dtype), (ref_shape, ref_dtype) = ours[name], reference[name]
        if shape != ref_shape:
            problems.append(f"shape: {name} is {list(shape)}, the published model has {list(ref_shape)}")
        if dtype != ref_dtype:
            problems.append(f"dtype: {name} is {dtype}, the published model has {ref_dtype}")
    return problems


# The published MLC models a fine-tune of each supported base must match, found from the merged
# model's config.json: (model_type, hidden_size, num_hidden_layers) -> mlc-ai repository prefix.
PUBLISHED = {
    ("qwen3", 1024, 28): "Qwen3-0.6B",
    ("qwen3", 2048, 28): "Qwen3-1.7B",
    ("qwen3", 2560, 36): "Qwen3-4B",
    ("llama", 960, 32): "SmolLM2-360M-Instruct",
    ("llama", 2048, 24): "SmolLM2-1.7B-Instruct",
    ("qwen2", 896, 24): "Qwen2.5-0.5B-Instruct",
    ("qwen2", 1536, 28): "Qwen2.5-1.5B-Instruct",
}


def published_reference(config: dict[str, Any], quantization: str) -> str | None:
    """The URL of the published tensor-cache.json for a model of this architecture and size at
    this quantization, or None when Bedside knows no published model of that shape."""
    key = (config.get("model_type"), config.get("hidden_size"), config.get("num_hidden_layers"))
    name = PUBLISHED.get(key)  # type: ignore[arg-type]
    if name is None:
        return None
    return f"https://huggingface.co/mlc-ai/{name}-{quantization}-MLC/resolve/main/tensor-cache.json"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--reference-for"] and len(args) == 3:
        try:
            config = json.loads(Path(args[1]).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"error: {args[1]}: {e}", file=sys.stderr)
            return 2
        url = published_reference(config, args[2])
        if url is None:
            print(f"error: no published MLC model is known for {args[1]}; set REFERENCE", file=sys.stderr)
            return 2
        print(url)
        return 0
    if len(args) != 2 or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if args[:1] in (["-h"], ["--help"]) else 2
    try:
        ours = records(read_cache(args[0]), args[0])
        reference = records(read_cache(args[1]), args[1])
    except CacheError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    problems = compare(ours, reference)
    if problems:
        print(f"error: {len(problems)} difference(s) from {args[1]}; the prebuilt library will not load these weights:", file=sys.stderr)
        for line in problems[:50]:
            print(f"  {line}", file=sys.stderr)
        if len(problems) > 50:
            print(f"  … and {len(problems) - 50} more", file=sys.stderr)
        return 1
    print(f"ok: {len(ours)} parameters match {args[1]} (name, shape, dtype)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
