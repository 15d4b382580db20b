#!/usr/bin/env python3
"""LoRA fine-tune of a small chat model on Bedside's exported dialogues.

Runs on a GPU machine with Hugging Face hub access, never in CI. See README.md beside this file.

    python train_lora.py                                   # Qwen3-1.7B, defaults
    python train_lora.py --model HuggingFaceTB/SmolLM2-360M-Instruct   # the small model for phones
    python train_lora.py --dry-run                          # tiny random Qwen3, no GPU, no hub

Input: chat-format JSONL (one {"messages": [{"role", "content"}, ...]} per line), written by
`npm run export:finetune` to finetune-out/train.jsonl and finetune-out/validation.jsonl.

Every assistant turn becomes one example: the conversation up to it, rendered with the model's
own chat template with thinking off (enable_thinking=False, as the app asks WebLLM), the loss on
that answer and its end-of-turn marker only (chat_examples.py, unit-tested without torch).

Only the standard library is imported at module level: torch, transformers, peft, trl and
datasets are imported inside the functions that need them.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from chat_examples import IGNORE_INDEX, Encode, Message, Render, TemplateError, build_examples

DEFAULT_MODEL = "Qwen/Qwen3-1.7B"
PHONE_MODEL = "HuggingFaceTB/SmolLM2-360M-Instruct"
DEFAULT_TRAIN = "finetune-out/train.jsonl"
DEFAULT_VALIDATION = "finetune-out/validation.jsonl"
DEFAULT_OUTPUT = "finetune-out/lora"
DEFAULT_DRY_RUN_OUTPUT = "finetune-out/dry-run"
ROLES = ("system", "user", "assistant")
# Every linear projection of the Qwen3, Qwen2 and Llama (SmolLM2) blocks.
LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
TEMPLATES = Path(__file__).resolve().parent / "templates"

__all__ = ["IGNORE_INDEX", "TemplateError", "build_examples"]


class DataError(ValueError):
    """A training file is malformed. The message names the file and line."""


# --- data -------------------------------------------------------------------------------------


def validate_messages(messages: Any, where: str) -> list[Message]:
    """Checks one conversation and returns it as a list of {"role", "content"} dicts.

    Rules: a list of at least two messages; roles system/user/assistant; non-empty string
    content; a system message only first; then user and assistant alternating, starting with
    the user; at least one assistant message (the thing we learn from).
    """
    if not isinstance(messages, list) or len(messages) < 2:
        raise DataError(f'{where}: "messages" must be a list of at least 2 messages')
    out: list[Message] = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict):
            raise DataError(f"{where}: message {i} is not an object")
        role, content = m.get("role"), m.get("content")
        if role not in ROLES:
            raise DataError(f"{where}: message {i} has role {role!r}; expected one of {ROLES}")
        if not isinstance(content, str) or not content.strip():
            raise DataError(f"{where}: message {i} ({role}) has empty or non-string content")
        if role == "system" and i != 0:
            raise DataError(f"{where}: message {i} is a system message; only the first may be")
        out.append({"role": role, "content": content})
    turns = out[1:] if out[0]["role"] == "system" else out
    for j, m in enumerate(turns):
        expected = "user" if j % 2 == 0 else "assistant"
        if m["role"] != expected:
            index = j + (len(out) - len(turns))
            raise DataError(
                f"{where}: message {index} is {m['role']!r} but {expected!r} was expected "
                "(turns must alternate user, assistant, starting with the user)"
            )
    if not any(m["role"] == "assistant" for m in out):
        raise DataError(f"{where}: no assistant message to learn from")
    return out


def load_jsonl(path: str | Path, limit: int | None = None) -> list[Any]:
    """Reads a chat-format JSONL file: a list of conversations, or {"messages", "systemByTurn"}
    for rows whose answers get different system prompts. Blank lines are skipped; any other bad
    line raises DataError naming the file and the 1-based line number."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: file not found (run `npm run export:finetune` first)")
    rows: list[Any] = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise DataError(f"{where}: not valid JSON ({e.msg} at column {e.colno})") from None
            if not isinstance(obj, dict) or "messages" not in obj:
                raise DataError(f'{where}: expected an object with a "messages" list')
            messages = validate_messages(obj["messages"], where)
            systems = obj.get("systemByTurn")
            rows.append(messages if systems is None else _with_systems(messages, systems, where))
            if limit is not None and len(rows) >= limit:
                break
    if not rows:
        raise DataError(f"{path}: no conversations")
    return rows


def _with_systems(messages: list[Message], systems: Any, where: str) -> dict[str, Any]:
    """A row whose answers each get their own system prompt (the export's systemByTurn)."""
    answers = sum(m["role"] == "assistant" for m in messages)
    if (
        not isinstance(systems, list)
        or len(systems) != answers
        or not all(isinstance(x, str) and x.strip() for x in systems)
        or messages[0]["role"] != "system"
    ):
        raise DataError(
            f'{where}: "systemByTurn" must list one non-empty system prompt per assistant '
            "message, after a system message"
        )
    return {"messages": messages, "systemByTurn": systems}


def hf_render(tokenizer: Any) -> Render:
    """The tokenizer's own chat template, with thinking off: Qwen3's template then renders the
    empty <think></think> block WebLLM sends when the app sets enable_thinking = false. Other
    templates ignore the flag."""

    def render(messages: Sequence[Message], add_generation_prompt: bool) -> str:
        return tokenizer.apply_chat_template(
            list(messages),
            tokenize=False,
            add_generation_prompt=add_generation_prompt,
            enable_thinking=False,
        )

    return render


def hf_encode(tokenizer: Any) -> Encode:
    def encode(text: str) -> tuple[list[int], list[tuple[int, int]]]:
        enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        return list(enc["input_ids"]), [(int(a), int(b)) for a, b in enc["offset_mapping"]]

    return encode


# --- arguments --------------------------------------------------------------------------------


def _positive_float(value: str) -> float:
    x = float(value)
    if not x > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {value}")
    return x


def _positive_int(value: str) -> int:
    x = int(value)
    if x <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {value}")
    return x


def _dropout(value: str) -> float:
    x = float(value)
    if not 0 <= x < 1:
        raise argparse.ArgumentTypeError(f"must be in [0, 1), got {value}")
    return x


def _seq_len(value: str) -> int:
    x = int(value)
    if x < 32:
        raise argparse.ArgumentTypeError(f"must be at least 32 tokens, got {value}")
    return x


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="LoRA fine-tune of a small chat model on Bedside's exported dialogues.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--model", default=DEFAULT_MODEL, help="base model on the hub, or a local folder")
    p.add_argument("--train", default=DEFAULT_TRAIN, help="training JSONL")
    p.add_argument("--validation", default=DEFAULT_VALIDATION, help="validation JSONL ('' to skip)")
    p.add_argument("--output-dir", default=None, help=f"where the adapter goes (default {DEFAULT_OUTPUT}; {DEFAULT_DRY_RUN_OUTPUT} with --dry-run)")
    p.add_argument("--epochs", type=_positive_float, default=2.0)
    p.add_argument("--lr", type=_positive_float, default=2e-4, help="peak learning rate")
    p.add_argument("--lora-r", type=_positive_int, default=16)
    p.add_argument("--lora-alpha", type=_positive_int, default=32)
    p.add_argument("--lora-dropout", type=_dropout, default=0.05)
    p.add_argument("--target-modules", default=",".join(LORA_TARGETS), help="comma-separated module names")
    p.add_argument("--max-seq-len", type=_seq_len, default=2048,
                   help="tokens per example; a longer one loses its oldest exchanges, and is dropped when even "
                        "the last question and answer do not fit (an answer is never cut)")
    p.add_argument("--batch-size", type=_positive_int, default=4,
                   help="per-device batch size (Qwen's 152k-token vocabulary makes the logits large)")
    p.add_argument("--grad-accum", type=_positive_int, default=4, help="gradient accumulation steps")
    p.add_argument("--warmup-ratio", type=float, default=0.03)
    p.add_argument("--weight-decay", type=float, default=0.0)
    p.add_argument("--scheduler", default="cosine", help="learning-rate schedule")
    p.add_argument("--precision", choices=("auto", "bf16", "fp16", "fp32"), default="auto",
                   help="auto: bf16 on GPUs of compute capability 8.0 or newer (A100, A10, L4, RTX 30xx+), "
                        "fp16 on older ones (T4, V100), fp32 on CPU")
    p.add_argument("--gradient-checkpointing", action="store_true", help="trade speed for memory")
    p.add_argument("--trainer", choices=("trl", "hf"), default="trl",
                   help="trl: TRL's SFTTrainer; hf: plain transformers Trainer (same data, same loss)")
    p.add_argument("--max-steps", type=int, default=-1, help="stop after this many steps (-1: use --epochs)")
    p.add_argument("--limit", type=_positive_int, default=None, help="use only the first N rows of each file")
    p.add_argument("--logging-steps", type=_positive_int, default=10)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--dry-run", action="store_true",
                   help="train a tiny randomly initialised model of the same architecture, with the real chat "
                        "template, for 2 steps on built-in rows: checks the pipeline without a GPU or hub access")
    return p


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if args.output_dir is None:
        args.output_dir = DEFAULT_DRY_RUN_OUTPUT if args.dry_run else DEFAULT_OUTPUT
    args.target_modules = [m.strip() for m in args.target_modules.split(",") if m.strip()]
    if not args.target_modules:
        build_parser().error("--target-modules must name at least one module")
    if args.dry_run:
        args.max_steps = 2 if args.max_steps < 0 else args.max_steps
        args.batch_size = min(args.batch_size, 2)
        args.grad_accum = 1
        args.logging_steps = 1
        args.max_seq_len = min(args.max_seq_len, 256)
    return args


# --- dry run: a tiny model of the same architecture, built offline ---------------------------

# ChatML, as SmolLM2 and Qwen2.5 render it (without their default system prompts).
CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

DRY_RUN_ROWS: list[list[Message]] = [
    [
        {"role": "system", "content": "You are a careful medical assistant. You do not diagnose."},
        {"role": "user", "content": "i have a dry cough and mild fever, could it be covid?"},
        {"role": "assistant", "content": "It could be; many viruses cause these symptoms. A test will tell. Rest, drink fluids, and seek care if you become short of breath."},
    ],
    [
        {"role": "user", "content": "how long does pneumonia take to heal?"},
        {"role": "assistant", "content": "Most people feel better in one to three weeks; tiredness can last longer."},
    ],
    [
        {"role": "user", "content": "is it safe to take ibuprofen with covid?"},
        {"role": "assistant", "content": "Current guidance says ibuprofen or paracetamol can be used for fever unless a doctor told you otherwise."},
        {"role": "user", "content": "what dose?"},
        {"role": "assistant", "content": "Follow the label on the pack and do not exceed the daily maximum."},
    ],
    [
        {"role": "user", "content": "my son has a runny nose and sneezing"},
        {"role": "assistant", "content": "That sounds like a cold. Fluids and rest help; see a doctor if he has trouble breathing."},
    ],
    [
        {"role": "user", "content": "should i get tested after contact with a positive case?"},
        {"role": "assistant", "content": "Yes, follow your local testing advice and watch for symptoms for 14 days."},
    ],
    [
        {"role": "user", "content": "can covid spread through food?"},
        {"role": "assistant", "content": "There is no evidence that it spreads through food; wash hands before eating."},
    ],
]


def model_family(model_name: str) -> str:
    """'qwen3' for Qwen3, 'qwen2' for Qwen2/Qwen2.5, else 'llama' (SmolLM2 is a Llama architecture)."""
    name = model_name.lower()
    if "qwen3" in name:
        return "qwen3"
    return "qwen2" if "qwen" in name else "llama"


def dry_run_template(family: str) -> str:
    """The real chat template of the family: Qwen3's own (templates/qwen3.jinja, copied from
    Qwen3's tokenizer_config.json), ChatML for Qwen2.5 and SmolLM2."""
    return (TEMPLATES / "qwen3.jinja").read_text(encoding="utf-8") if family == "qwen3" else CHATML_TEMPLATE


def build_tiny_tokenizer(texts: Sequence[str], max_len: int, family: str) -> Any:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    special = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    if family == "qwen3":
        special += ["<think>", "</think>"]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=special,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=None if family == "qwen3" else "<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        model_max_length=max_len,
    )
    fast.chat_template = dry_run_template(family)
    return fast


def build_dry_run_base(model_name: str, out_dir: Path, max_len: int) -> Path:
    """Saves a tiny randomly initialised model of the same architecture as model_name (Qwen3 by
    default), with a small BPE tokenizer and the family's real chat template, to out_dir/base.
    No download."""
    from transformers import AutoModelForCausalLM, LlamaConfig, Qwen2Config, Qwen3Config

    family = model_family(model_name)
    texts = [m["content"] for row in DRY_RUN_ROWS for m in row]
    tokenizer = build_tiny_tokenizer(texts, max_len, family)
    common: dict[str, Any] = dict(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=max(512, max_len),
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    if family == "qwen3":
        config: Any = Qwen3Config(head_dim=16, **common)
    elif family == "qwen2":
        config = Qwen2Config(**common)
    else:
        config = LlamaConfig(**common)
    model = AutoModelForCausalLM.from_config(config)
    base = out_dir / "base"
    model.save_pretrained(base)
    tokenizer.save_pretrained(base)
    return base


# --- training ---------------------------------------------------------------------------------


def choose_precision(choice: str, cuda: bool, capability: tuple[int, int] | None) -> str:
    """bf16 only on GPUs that compute in it (compute capability 8.0 or newer): older ones, such as
    the T4 (7.5), emulate it slowly, though torch.cuda.is_bf16_supported() says yes there."""
    if choice == "auto":
        if not cuda:
            return "fp32"
        return "bf16" if capability is not None and capability[0] >= 8 else "fp16"
    if choice in ("bf16", "fp16") and not cuda:
        raise SystemExit(f"--precision {choice} needs a CUDA GPU; use fp32 on CPU")
    return choice


def pick_precision(choice: str) -> str:
    import torch

    cuda = torch.cuda.is_available()
    return choose_precision(choice, cuda, torch.cuda.get_device_capability() if cuda else None)


def _supported_kwargs(cls: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Keeps the keyword arguments a dataclass (TrainingArguments, SFTConfig) accepts."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in kwargs.items() if k in names}


def build_trainer(args: argparse.Namespace, model: Any, tokenizer: Any, train_ds: Any, eval_ds: Any, precision: str) -> Any:
    import torch
    from transformers import DataCollatorForSeq2Seq, Trainer, TrainingArguments

    on_gpu = torch.cuda.is_available()
    collator = DataCollatorForSeq2Seq(
        tokenizer, padding=True, label_pad_token_id=IGNORE_INDEX, pad_to_multiple_of=8 if on_gpu else None
    )
    common: dict[str, Any] = dict(
        output_dir=args.output_dir,
        num_train_epochs=args.epochs,
        max_steps=args.max_steps,
        learning_rate=args.lr,
        lr_scheduler_type=args.scheduler,
        warmup_ratio=args.warmup_ratio,
        weight_decay=args.weight_decay,
        per_device_train_batch_size=args.batch_size,
        per_device_eval_batch_size=args.batch_size,
        gradient_accumulation_steps=args.grad_accum,
        gradient_checkpointing=args.gradient_checkpointing,
        gradient_checkpointing_kwargs={"use_reentrant": False} if args.gradient_checkpointing else None,
        bf16=precision == "bf16",
        fp16=precision == "fp16",
        logging_steps=args.logging_steps,
        eval_strategy="epoch" if eval_ds is not None and not args.dry_run else "no",
        save_strategy="no",
        report_to="none",
        seed=args.seed,
        group_by_length=True,
        remove_unused_columns=True,
        dataloader_pin_memory=on_gpu,
        use_cpu=not on_gpu,
    )
    if args.trainer == "hf":
        return Trainer(
            model=model,
            args=TrainingArguments(**_supported_kwargs(TrainingArguments, common)),
            train_dataset=train_ds,
            eval_dataset=eval_ds,
            data_collator=collator,
        )

    from trl import SFTConfig, SFTTrainer

    # The rows are already tokenized and masked: TRL must not re-tokenize them.
    sft = dict(common, packing=False, dataset_kwargs={"skip_prepare_dataset": True}, dataset_text_field="text")
    field_names = {f.name for f in dataclasses.fields(SFTConfig)}
    sft["max_seq_length" if "max_seq_length" in field_names else "max_length"] = args.max_seq_len
    config = SFTConfig(**_supported_kwargs(SFTConfig, sft))
    params = inspect.signature(SFTTrainer.__init__).parameters
    tok_arg = "processing_class" if "processing_class" in params else "tokenizer"
    return SFTTrainer(
        model=model,
        args=config,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=collator,
        **{tok_arg: tokenizer},
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)

    # Fail on bad data before loading anything heavy.
    if args.dry_run:
        train_rows, val_rows = DRY_RUN_ROWS[:4], DRY_RUN_ROWS[4:]
    else:
        train_rows = load_jsonl(args.train, args.limit)
        val_rows = load_jsonl(args.validation, args.limit) if args.validation else []

    import torch
    from datasets import Dataset
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer, set_seed

    set_seed(args.seed)
    precision = pick_precision("fp32" if args.dry_run else args.precision)
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[precision]
    model_path = str(build_dry_run_base(args.model, out, args.max_seq_len)) if args.dry_run else args.model

    tokenizer = AutoTokenizer.from_pretrained(model_path)
    if tokenizer.chat_template is None:
        raise SystemExit(f"{model_path} has no chat template; use an instruct/chat model")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "right"

    render, encode = hf_render(tokenizer), hf_encode(tokenizer)
    train_examples, train_counts = build_examples(train_rows, render, encode, args.max_seq_len)
    val_examples, val_counts = build_examples(val_rows, render, encode, args.max_seq_len)
    if not train_examples:
        raise SystemExit("no training example fits --max-seq-len")
    for split, counts in (("train", train_counts), ("validation", val_counts)):
        print(
            f"{split}: {counts['examples']} examples from {counts['rows']} conversations "
            f"({counts['shortened']} shortened, {counts['dropped_too_long']} too long even so), "
            f"max {args.max_seq_len} tokens"
        )

    model = AutoModelForCausalLM.from_pretrained(model_path, torch_dtype=dtype)
    if args.gradient_checkpointing:
        model.enable_input_require_grads()
    lora = LoraConfig(
        r=args.lora_r,
        lora_alpha=args.lora_alpha,
        lora_dropout=args.lora_dropout,
        target_modules=args.target_modules,
        bias="none",
        task_type="CAUSAL_LM",
    )
    model = get_peft_model(model, lora)
    model.print_trainable_parameters()

    train_ds = Dataset.from_list(train_examples)
    eval_ds = Dataset.from_list(val_examples) if val_examples else None
    trainer = build_trainer(args, model, tokenizer, train_ds, eval_ds, precision)

    started = time.time()
    result = trainer.train()
    metrics: dict[str, Any] = {"train_loss": result.training_loss, "train_seconds": round(time.time() - started, 1)}
    if eval_ds is not None:
        metrics.update(trainer.evaluate())
    adapter_dir = out / "adapter"
    trainer.save_model(str(adapter_dir))
    tokenizer.save_pretrained(adapter_dir)

    summary = {
        "base_model": model_path,
        "dry_run": args.dry_run,
        "precision": precision,
        "train_examples": len(train_examples),
        "validation_examples": len(val_examples),
        "counts": {"train": train_counts, "validation": val_counts},
        "args": {k: v for k, v in vars(args).items()},
        "metrics": metrics,
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    print(f"adapter saved to {adapter_dir}")
    print(json.dumps(metrics, indent=2, default=str))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (DataError, TemplateError) as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
