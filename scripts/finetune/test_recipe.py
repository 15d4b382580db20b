"""Tests for the fine-tune recipe. Standard library only at import time.

    python3 -m unittest discover -s scripts/finetune -p 'test_*.py'     # or: npm run test:py

The dry run (a tiny random model trained for 2 steps, then merged) runs only where torch,
transformers, peft, trl, datasets and tokenizers are installed; elsewhere it is skipped with a
message saying so.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import merge_lora  # noqa: E402
import train_lora  # noqa: E402
from train_lora import (  # noqa: E402
    IGNORE_INDEX,
    DataError,
    TemplateError,
    assistant_char_spans,
    build_example,
    build_examples,
    load_jsonl,
    parse_args,
    validate_messages,
)

HEAVY = ("torch", "transformers", "peft", "trl", "datasets", "tokenizers")
MISSING = [m for m in HEAVY if importlib.util.find_spec(m) is None]


def chatml(messages, add_generation_prompt):
    """A pure-Python ChatML renderer, as SmolLM2's and Qwen2.5's templates render."""
    text = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return text + ("<|im_start|>assistant\n" if add_generation_prompt else "")


def char_encode(text):
    """A character-level 'tokenizer': token i is character i, id = its code point."""
    return [ord(c) for c in text], [(i, i + 1) for i in range(len(text))]


def decode_labels(example):
    return "".join(chr(t) for t in example["labels"] if t != IGNORE_INDEX)


CONVERSATION = [
    {"role": "system", "content": "Be careful."},
    {"role": "user", "content": "cough?"},
    {"role": "assistant", "content": "Rest."},
    {"role": "user", "content": "fever?"},
    {"role": "assistant", "content": "Fluids."},
]


class ParseArgsTest(unittest.TestCase):
    def test_defaults_follow_the_recipe(self):
        a = parse_args([])
        self.assertEqual(a.model, "HuggingFaceTB/SmolLM2-360M-Instruct")
        self.assertEqual((a.lora_r, a.lora_alpha, a.lora_dropout), (16, 32, 0.05))
        self.assertEqual(a.lr, 2e-4)
        self.assertEqual(a.epochs, 2.0)
        self.assertEqual(a.max_seq_len, 1024)
        self.assertEqual(a.scheduler, "cosine")
        self.assertEqual(a.precision, "auto")
        self.assertEqual(
            a.target_modules,
            ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        )
        self.assertEqual(a.train, "finetune-out/train.jsonl")
        self.assertEqual(a.validation, "finetune-out/validation.jsonl")
        self.assertEqual(a.output_dir, "finetune-out/lora")
        self.assertFalse(a.dry_run)

    def test_overrides(self):
        a = parse_args(
            ["--model", "Qwen/Qwen2.5-0.5B-Instruct", "--lora-r", "8", "--target-modules",
             "q_proj, v_proj", "--output-dir", "x", "--precision", "bf16", "--trainer", "hf"]
        )
        self.assertEqual(a.model, "Qwen/Qwen2.5-0.5B-Instruct")
        self.assertEqual(a.lora_r, 8)
        self.assertEqual(a.target_modules, ["q_proj", "v_proj"])
        self.assertEqual((a.output_dir, a.precision, a.trainer), ("x", "bf16", "hf"))

    def test_dry_run_is_small_and_has_its_own_output(self):
        a = parse_args(["--dry-run"])
        self.assertEqual(a.output_dir, "finetune-out/dry-run")
        self.assertEqual(a.max_steps, 2)
        self.assertLessEqual(a.batch_size, 2)
        self.assertLessEqual(a.max_seq_len, 256)

    def test_rejects_bad_values(self):
        for argv in (["--lr", "0"], ["--lora-r", "-1"], ["--lora-dropout", "1"],
                     ["--max-seq-len", "8"], ["--precision", "int4"], ["--target-modules", ","]):
            with self.subTest(argv=argv), contextlib.redirect_stderr(io.StringIO()):
                with self.assertRaises(SystemExit):
                    parse_args(argv)

    def test_merge_args(self):
        a = merge_lora.parse_args([])
        self.assertEqual((a.adapter, a.output, a.dtype, a.base),
                         ("finetune-out/lora/adapter", "finetune-out/merged", "auto", None))
        with contextlib.redirect_stderr(io.StringIO()), self.assertRaises(SystemExit):
            merge_lora.parse_args(["--dtype", "int8"])

    def test_merge_reads_the_base_model_from_the_adapter(self):
        with tempfile.TemporaryDirectory() as d:
            Path(d, "adapter_config.json").write_text(
                json.dumps({"base_model_name_or_path": "HuggingFaceTB/SmolLM2-360M-Instruct"})
            )
            self.assertEqual(merge_lora.base_from_adapter(d), "HuggingFaceTB/SmolLM2-360M-Instruct")
            with self.assertRaises(SystemExit):
                merge_lora.base_from_adapter(Path(d, "missing"))


class LoadJsonlTest(unittest.TestCase):
    def write(self, text):
        f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
        f.write(text)
        f.close()
        self.addCleanup(os.unlink, f.name)
        return f.name

    def line(self, messages, **extra):
        return json.dumps({"messages": messages, **extra}) + "\n"

    def test_reads_conversations_and_skips_blank_lines(self):
        path = self.write(self.line(CONVERSATION, id="a") + "\n" + self.line(CONVERSATION[1:3]))
        rows = load_jsonl(path)
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[0][0], {"role": "system", "content": "Be careful."})
        self.assertEqual([m["role"] for m in rows[1]], ["user", "assistant"])

    def test_limit(self):
        path = self.write(self.line(CONVERSATION) * 5)
        self.assertEqual(len(load_jsonl(path, limit=2)), 2)

    def assertBadLine(self, text, line, fragment):
        path = self.write(text)
        with self.assertRaises(DataError) as ctx:
            load_jsonl(path)
        message = str(ctx.exception)
        self.assertIn(f"{path}:{line}:", message)
        self.assertIn(fragment, message)

    def test_malformed_json_names_the_line(self):
        good = self.line(CONVERSATION)
        self.assertBadLine(good + "\n" + '{"messages": [\n', 3, "not valid JSON")

    def test_missing_messages(self):
        self.assertBadLine(self.line(CONVERSATION) + '{"text": "hi"}\n', 2, '"messages"')
        self.assertBadLine("[1, 2]\n", 1, '"messages"')

    def test_bad_role_and_empty_content(self):
        bad_role = [{"role": "doctor", "content": "x"}, {"role": "assistant", "content": "y"}]
        self.assertBadLine(self.line(bad_role), 1, "role 'doctor'")
        empty = [{"role": "user", "content": "  "}, {"role": "assistant", "content": "y"}]
        self.assertBadLine(self.line(empty), 1, "empty or non-string content")

    def test_order_rules(self):
        two_users = [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]
        self.assertBadLine(self.line(two_users), 1, "message 1 is 'user' but 'assistant'")
        assistant_first = [{"role": "assistant", "content": "a"}, {"role": "user", "content": "b"}]
        self.assertBadLine(self.line(assistant_first), 1, "message 0 is 'assistant'")
        late_system = [CONVERSATION[1], CONVERSATION[2], {"role": "system", "content": "s"}]
        self.assertBadLine(self.line(late_system), 1, "only the first may be")
        no_assistant = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
        self.assertBadLine(self.line(no_assistant), 1, "no assistant message")
        self.assertBadLine(self.line([CONVERSATION[1]]), 1, "at least 2 messages")

    def test_missing_file_says_how_to_make_it(self):
        with self.assertRaises(DataError) as ctx:
            load_jsonl("/nonexistent/train.jsonl")
        self.assertIn("npm run export:finetune", str(ctx.exception))

    def test_empty_file(self):
        with self.assertRaises(DataError):
            load_jsonl(self.write("\n\n"))

    def test_validate_ignores_extra_keys(self):
        msgs = [{"role": "user", "content": "a", "name": "x"}, {"role": "assistant", "content": "b"}]
        self.assertEqual(validate_messages(msgs, "here")[0], {"role": "user", "content": "a"})


class AssistantMaskTest(unittest.TestCase):
    def test_only_assistant_turns_and_their_end_markers_are_learned(self):
        example = build_example(CONVERSATION, chatml, char_encode, max_len=10_000)
        self.assertEqual(decode_labels(example), "Rest.<|im_end|>\nFluids.<|im_end|>\n")
        self.assertEqual(len(example["input_ids"]), len(example["labels"]))
        text = chatml(CONVERSATION, False)
        self.assertEqual("".join(chr(t) for t in example["input_ids"]), text)

    def test_spans_point_at_the_assistant_text(self):
        text, spans = assistant_char_spans(CONVERSATION, chatml)
        self.assertEqual([text[s:e] for s, e in spans],
                         ["Rest.<|im_end|>\n", "Fluids.<|im_end|>\n"])

    def test_truncation_keeps_the_start_and_drops_rows_with_nothing_to_learn(self):
        text = chatml(CONVERSATION, False)
        first_answer = text.index("Rest.")
        cut = build_example(CONVERSATION, chatml, char_encode, max_len=first_answer + 2)
        self.assertEqual(decode_labels(cut), "Re")
        self.assertIsNone(build_example(CONVERSATION, chatml, char_encode, max_len=first_answer))
        examples, dropped = build_examples([CONVERSATION, CONVERSATION], chatml, char_encode,
                                           max_len=first_answer)
        self.assertEqual((examples, dropped), ([], 2))

    def test_a_template_that_rewrites_earlier_turns_is_refused(self):
        def inconsistent(messages, add_generation_prompt):
            # Puts a turn counter in front: earlier renders are no longer prefixes.
            return f"[{len(messages)}]" + chatml(messages, add_generation_prompt)

        with self.assertRaises(TemplateError):
            build_example(CONVERSATION, inconsistent, char_encode, max_len=100)

    def test_a_default_system_prompt_in_the_template_is_not_learned(self):
        def smollm(messages, add_generation_prompt):
            # SmolLM2's template adds a system prompt when the conversation has none.
            lead = "" if messages and messages[0]["role"] == "system" else \
                "<|im_start|>system\nYou are SmolLM.<|im_end|>\n"
            return lead + chatml(messages, add_generation_prompt)

        example = build_example(CONVERSATION[1:3], smollm, char_encode, max_len=10_000)
        self.assertEqual(decode_labels(example), "Rest.<|im_end|>\n")


class ShellScriptsTest(unittest.TestCase):
    def run_script(self, *args, env=None):
        return subprocess.run(["bash", *args], capture_output=True, text=True, env=env, check=False)

    def test_scripts_parse(self):
        for name in ("convert_mlc.sh", "publish.sh"):
            with self.subTest(name=name):
                self.assertEqual(self.run_script("-n", str(HERE / name)).returncode, 0)

    def test_convert_picks_the_template_and_both_quantizations(self):
        cases = {"llama": "chatml", "qwen2": "qwen2"}
        for model_type, template in cases.items():
            with self.subTest(model_type=model_type), tempfile.TemporaryDirectory() as d:
                Path(d, "config.json").write_text(json.dumps({"model_type": model_type}))
                r = self.run_script(str(HERE / "convert_mlc.sh"), "--print-commands", d, "out", "m")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn(f"--conv-template {template}", r.stdout)
                for q in ("q4f16_1", "q4f32_1"):
                    self.assertIn(f"convert_weight {d} --quantization {q}", r.stdout)
                    self.assertIn(f"-o out/m-{q}-MLC", r.stdout)
                self.assertIn("--context-window-size 4096 --prefill-chunk-size 1024", r.stdout)

    def test_convert_refuses_an_unknown_architecture(self):
        with tempfile.TemporaryDirectory() as d:
            Path(d, "config.json").write_text(json.dumps({"model_type": "gpt2"}))
            r = self.run_script(str(HERE / "convert_mlc.sh"), "--print-commands", d)
            self.assertEqual(r.returncode, 2)
            self.assertIn("CONV_TEMPLATE", r.stderr)

    def test_publish_checks_the_folder_and_writes_a_card_with_the_licence_caveat(self):
        with tempfile.TemporaryDirectory() as d:
            r = self.run_script(str(HERE / "publish.sh"), "--print-commands", d, "me/repo")
            self.assertEqual(r.returncode, 2)
            for f in ("mlc-chat-config.json", "tensor-cache.json"):
                Path(d, f).write_text("{}")
            r = self.run_script(str(HERE / "publish.sh"), "--print-commands", d, "me/repo")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("upload me/repo", r.stdout)
            self.assertIn("research-only", Path(d, "README.md").read_text())


@unittest.skipIf(MISSING, f"dry run skipped: {', '.join(MISSING)} not installed (pip install -r scripts/finetune/requirements.txt)")
class DryRunTest(unittest.TestCase):
    def test_train_then_merge_a_tiny_model(self):
        d = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, d, ignore_errors=True)
        out = Path(d, "dry")
        self.assertEqual(train_lora.main(["--dry-run", "--output-dir", str(out)]), 0)
        adapter = out / "adapter"
        self.assertTrue((adapter / "adapter_config.json").is_file())
        self.assertTrue(any(adapter.glob("adapter_model.*")))
        summary = json.loads((out / "summary.json").read_text())
        self.assertTrue(summary["dry_run"])
        self.assertIn("eval_loss", summary["metrics"])

        merged = Path(d, "merged")
        self.assertEqual(merge_lora.main(["--adapter", str(adapter), "--output", str(merged)]), 0)
        self.assertTrue((merged / "config.json").is_file())
        self.assertTrue((merged / "tokenizer.json").is_file())
        from safetensors import safe_open

        names = []
        for f in merged.glob("*.safetensors"):
            with safe_open(str(f), "pt") as st:
                names += list(st.keys())
        self.assertTrue(names)
        self.assertFalse([n for n in names if "lora_" in n])

    def test_dry_run_with_the_plain_trainer(self):
        d = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, d, ignore_errors=True)
        self.assertEqual(train_lora.main(["--dry-run", "--trainer", "hf", "--output-dir", d]), 0)
        self.assertTrue(Path(d, "adapter", "adapter_config.json").is_file())


if __name__ == "__main__":
    unittest.main()
