#!/usr/bin/env python3
"""Merges a LoRA adapter into its base model and saves a plain Hugging Face checkpoint
(config.json, safetensors, tokenizer) that `mlc_llm convert_weight` can read.

Runs on a GPU machine with hub access (or CPU: a 360M model merges in seconds), never in CI.

    python merge_lora.py                                     # finetune-out/lora/adapter -> finetune-out/merged
    python merge_lora.py --adapter finetune-out/dry-run/adapter --output finetune-out/dry-run/merged

The base model is read from the adapter's adapter_config.json unless --base is given. Only the
standard library is imported at module level.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

DEFAULT_ADAPTER = "finetune-out/lora/adapter"
DEFAULT_OUTPUT = "finetune-out/merged"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="Merge a LoRA adapter into its base model.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--adapter", default=DEFAULT_ADAPTER, help="folder written by train_lora.py")
    p.add_argument("--base", default=None, help="base model (default: the one named in adapter_config.json)")
    p.add_argument("--output", default=DEFAULT_OUTPUT, help="where the merged model goes")
    p.add_argument(
        "--dtype",
        choices=("auto", "bfloat16", "float16", "float32"),
        default="auto",
        help="dtype of the saved weights; auto keeps the base model's (bf16 for SmolLM2 and Qwen2.5)",
    )
    return p


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def base_from_adapter(adapter_dir: str | Path) -> str:
    """The base model recorded by PEFT in adapter_config.json."""
    path = Path(adapter_dir) / "adapter_config.json"
    if not path.is_file():
        raise SystemExit(f"{path} not found: is {adapter_dir} a LoRA adapter folder?")
    base = json.loads(path.read_text(encoding="utf-8")).get("base_model_name_or_path")
    if not base:
        raise SystemExit(f"{path} names no base model: pass --base")
    return str(base)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    base = args.base or base_from_adapter(args.adapter)

    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = "auto" if args.dtype == "auto" else getattr(torch, args.dtype)
    print(f"loading {base} ({args.dtype}) and adapter {args.adapter}")
    model = AutoModelForCausalLM.from_pretrained(base, torch_dtype=dtype)
    model = PeftModel.from_pretrained(model, args.adapter)
    merged = model.merge_and_unload()
    leftover = [n for n, _ in merged.named_parameters() if "lora_" in n]
    if leftover:
        raise SystemExit(f"merge left LoRA parameters behind: {leftover[:3]}")

    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(out, safe_serialization=True)
    # The adapter folder holds the tokenizer used in training (same as the base's).
    tok_source = args.adapter if (Path(args.adapter) / "tokenizer_config.json").is_file() else base
    AutoTokenizer.from_pretrained(tok_source).save_pretrained(out)
    print(f"merged model saved to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
