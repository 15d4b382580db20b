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

import check_tensor_cache  # noqa: E402
import merge_lora  # noqa: E402
import train_lora  # noqa: E402
from chat_examples import (  # noqa: E402
    IGNORE_INDEX,
    TemplateError,
    build_examples,
    fit_example,
    jinja_render,
    last_answer_span,
    turn_prefixes,
)
from train_lora import DataError, load_jsonl, parse_args, validate_messages  # noqa: E402

FIXTURES = HERE / "fixtures"
QWEN3_TEMPLATE = (HERE / "templates" / "qwen3.jinja").read_text(encoding="utf-8")
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
        self.assertEqual(a.model, "Qwen/Qwen3-1.7B")
        self.assertEqual((a.lora_r, a.lora_alpha, a.lora_dropout), (16, 32, 0.05))
        self.assertEqual(a.lr, 2e-4)
        self.assertEqual(a.epochs, 2.0)
        self.assertEqual(a.max_seq_len, 2048)
        self.assertEqual((a.batch_size, a.grad_accum), (4, 4))
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
            ["--model", "HuggingFaceTB/SmolLM2-360M-Instruct", "--lora-r", "8", "--target-modules",
             "q_proj, v_proj", "--output-dir", "x", "--precision", "bf16", "--trainer", "hf"]
        )
        self.assertEqual(a.model, "HuggingFaceTB/SmolLM2-360M-Instruct")
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

    def test_reads_the_system_prompt_of_each_answer(self):
        systems = ["Be careful.", "Be careful.\n\nSafety check: emergency."]
        rows = load_jsonl(self.write(self.line(CONVERSATION, systemByTurn=systems)))
        self.assertEqual(rows[0]["systemByTurn"], systems)
        examples, _ = build_examples(rows, chatml, char_encode, 10_000)
        first, second = ("".join(chr(t) for t in e["input_ids"]) for e in examples)
        self.assertNotIn("Safety check", first)
        self.assertTrue(second.startswith("<|im_start|>system\nBe careful.\n\nSafety check: emergency.<|im_end|>"))
        self.assertBadLine(self.line(CONVERSATION, systemByTurn=["only one"]), 1, "systemByTurn")
        self.assertBadLine(self.line(CONVERSATION[1:3], systemByTurn=["x"]), 1, "after a system message")

    def test_validate_ignores_extra_keys(self):
        msgs = [{"role": "user", "content": "a", "name": "x"}, {"role": "assistant", "content": "b"}]
        self.assertEqual(validate_messages(msgs, "here")[0], {"role": "user", "content": "a"})


class AssistantMaskTest(unittest.TestCase):
    """One example per assistant turn; only that last answer and its end marker are learned."""

    def examples(self, render=chatml, rows=(CONVERSATION,), max_len=10_000):
        return build_examples(list(rows), render, char_encode, max_len)

    def test_one_example_per_answer_labelling_only_the_last(self):
        examples, counts = self.examples()
        self.assertEqual(counts, {"rows": 1, "examples": 2, "shortened": 0, "dropped_too_long": 0})
        self.assertEqual([decode_labels(e) for e in examples], ["Rest.<|im_end|>\n", "Fluids.<|im_end|>\n"])
        # The second example carries the first exchange as context, unlabelled.
        second = "".join(chr(t) for t in examples[1]["input_ids"])
        self.assertEqual(second, chatml(CONVERSATION, False))
        for e in examples:
            self.assertEqual(len(e["input_ids"]), len(e["labels"]))

    def test_the_span_starts_where_the_prompt_asking_for_it_ends(self):
        text, (start, end) = last_answer_span(CONVERSATION, chatml)
        self.assertEqual(text[start:end], "Fluids.<|im_end|>\n")
        self.assertTrue(text[:start].endswith("<|im_start|>assistant\n"))
        self.assertEqual([len(p) for p in turn_prefixes(CONVERSATION)], [3, 5])

    def test_an_answer_is_never_cut_old_exchanges_go_first(self):
        full = len(chatml(CONVERSATION, False))
        # Too long by a little: the first exchange is left out, the last answer stays whole.
        example, dropped = fit_example(CONVERSATION, chatml, char_encode, full - 1)
        self.assertEqual(dropped, 1)
        text = "".join(chr(t) for t in example["input_ids"])
        self.assertNotIn("cough?", text)
        self.assertTrue(text.startswith("<|im_start|>system\nBe careful.<|im_end|>\n<|im_start|>user\nfever?"))
        self.assertEqual(decode_labels(example), "Fluids.<|im_end|>\n")
        # Too long even with the last exchange alone: dropped and counted, never truncated.
        examples, counts = self.examples(max_len=20)
        self.assertEqual((examples, counts["dropped_too_long"]), ([], 2))

    def test_a_template_that_does_not_extend_the_prompt_is_refused(self):
        def inconsistent(messages, add_generation_prompt):
            return f"[{len(messages)}]" + chatml(messages, add_generation_prompt)

        with self.assertRaises(TemplateError):
            self.examples(render=inconsistent)

    def test_a_default_system_prompt_in_the_template_is_not_learned(self):
        def smollm(messages, add_generation_prompt):
            # SmolLM2's template adds a system prompt when the conversation has none.
            lead = "" if messages and messages[0]["role"] == "system" else \
                "<|im_start|>system\nYou are SmolLM.<|im_end|>\n"
            return lead + chatml(messages, add_generation_prompt)

        examples, _ = self.examples(render=smollm, rows=(CONVERSATION[1:3],))
        self.assertEqual(decode_labels(examples[0]), "Rest.<|im_end|>\n")


class Qwen3TemplateTest(unittest.TestCase):
    """The real Qwen3 chat template (templates/qwen3.jinja, from Qwen3's tokenizer_config.json),
    rendered as transformers renders it, with thinking off."""

    render = staticmethod(jinja_render(QWEN3_TEMPLATE, enable_thinking=False))

    def test_thinking_off_renders_the_empty_block_the_app_sends(self):
        prompt = self.render(CONVERSATION[:2], True)
        self.assertEqual(
            prompt,
            "<|im_start|>system\nBe careful.<|im_end|>\n<|im_start|>user\ncough?<|im_end|>\n"
            "<|im_start|>assistant\n<think>\n\n</think>\n\n",
        )

    def test_growing_prefixes_fail_on_a_multi_turn_row(self):
        # Why one example per answer: the last answer gets an empty think block, earlier ones
        # none, so the first answer's rendering is not a prefix of the whole conversation.
        first = self.render(CONVERSATION[:3], False)
        whole = self.render(CONVERSATION, False)
        self.assertFalse(whole.startswith(first))

    def test_multi_turn_rows_mask_every_answer_in_its_own_example(self):
        examples, counts = build_examples([CONVERSATION], self.render, char_encode, 10_000)
        self.assertEqual(counts["examples"], 2)
        self.assertEqual([decode_labels(e) for e in examples], ["Rest.<|im_end|>\n", "Fluids.<|im_end|>\n"])
        second = "".join(chr(t) for t in examples[1]["input_ids"])
        # Earlier answers as history: no think block; the learned answer after the empty one.
        self.assertIn("<|im_start|>assistant\nRest.<|im_end|>\n", second)
        self.assertTrue(second.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\nFluids.<|im_end|>\n"))
        self.assertEqual(second.count("<think>"), 1)

    def test_reasoning_left_in_an_old_answer_is_not_trained_on(self):
        row = [
            {"role": "user", "content": "cough?"},
            {"role": "assistant", "content": "<think>\nviral?\n</think>\n\nRest."},
            {"role": "user", "content": "fever?"},
            {"role": "assistant", "content": "Fluids."},
        ]
        examples, _ = build_examples([row], self.render, char_encode, 10_000)
        second = "".join(chr(t) for t in examples[1]["input_ids"])
        self.assertNotIn("viral", second)
        self.assertEqual(decode_labels(examples[1]), "Fluids.<|im_end|>\n")

    def test_the_prompt_matches_what_webllm_renders_with_the_qwen2_template(self):
        # src/lib/engine/chat-template.ts renders the app's side; they must agree.
        prompt = self.render(
            [CONVERSATION[0], CONVERSATION[1], {"role": "assistant", "content": "Rest."}, CONVERSATION[3]],
            True,
        )
        self.assertEqual(
            prompt,
            "<|im_start|>system\nBe careful.<|im_end|>\n"
            "<|im_start|>user\ncough?<|im_end|>\n"
            "<|im_start|>assistant\nRest.<|im_end|>\n"
            "<|im_start|>user\nfever?<|im_end|>\n"
            "<|im_start|>assistant\n<think>\n\n</think>\n\n",
        )


class PrecisionTest(unittest.TestCase):
    def test_bf16_only_from_compute_capability_8(self):
        choose = train_lora.choose_precision
        self.assertEqual(choose("auto", True, (8, 0)), "bf16")  # A100
        self.assertEqual(choose("auto", True, (8, 9)), "bf16")  # L4, RTX 40xx
        self.assertEqual(choose("auto", True, (7, 5)), "fp16")  # T4: emulates bf16
        self.assertEqual(choose("auto", True, (7, 0)), "fp16")  # V100
        self.assertEqual(choose("auto", False, None), "fp32")
        self.assertEqual(choose("fp32", True, (9, 0)), "fp32")
        with self.assertRaises(SystemExit):
            choose("bf16", False, None)


class TensorCacheTest(unittest.TestCase):
    def run_main(self, *args):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = check_tensor_cache.main(list(args))
        return code, err.getvalue()

    def test_the_same_tensors_in_another_order_and_sharding_match(self):
        code, _ = self.run_main(str(FIXTURES / "matching-tensor-cache.json"), str(FIXTURES / "reference-tensor-cache.json"))
        self.assertEqual(code, 0)

    def test_every_difference_stops_the_recipe_and_is_named(self):
        code, err = self.run_main(str(FIXTURES / "mismatched-tensor-cache.json"), str(FIXTURES / "reference-tensor-cache.json"))
        self.assertEqual(code, 1)
        self.assertIn("missing: model.layers.0.self_attn.k_norm.weight [128] float16", err)
        self.assertIn("unexpected: lm_head.q_weight [151936, 256] uint32", err)
        self.assertIn("shape: model.embed_tokens.q_scale is [151936, 128], the published model has [151936, 64]", err)
        self.assertIn("dtype: model.norm.weight is float32, the published model has float16", err)
        self.assertIn("4 difference(s)", err)

    def test_reads_a_folder_and_the_older_file_name(self):
        with tempfile.TemporaryDirectory() as d:
            shutil.copy(FIXTURES / "reference-tensor-cache.json", Path(d, "ndarray-cache.json"))
            code, _ = self.run_main(d, str(FIXTURES / "matching-tensor-cache.json"))
            self.assertEqual(code, 0)

    def test_unreadable_input_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as d:
            Path(d, "tensor-cache.json").write_text('{"records": []}')
            code, err = self.run_main(d, str(FIXTURES / "reference-tensor-cache.json"))
            self.assertEqual(code, 2)
            self.assertIn("no parameter records", err)
            code, err = self.run_main(str(Path(d, "missing.json")), d)
            self.assertEqual(code, 2)

    def test_finds_the_published_model_of_the_same_base(self):
        ref = check_tensor_cache.published_reference
        qwen3 = {"model_type": "qwen3", "hidden_size": 2048, "num_hidden_layers": 28}
        self.assertEqual(
            ref(qwen3, "q4f32_1"),
            "https://huggingface.co/mlc-ai/Qwen3-1.7B-q4f32_1-MLC/resolve/main/tensor-cache.json",
        )
        smol = {"model_type": "llama", "hidden_size": 960, "num_hidden_layers": 32}
        self.assertIn("/mlc-ai/SmolLM2-360M-Instruct-q4f16_1-MLC/", ref(smol, "q4f16_1"))
        self.assertIsNone(ref({"model_type": "qwen3", "hidden_size": 4096, "num_hidden_layers": 36}, "q4f16_1"))


QWEN3_CONFIG = {"model_type": "qwen3", "hidden_size": 2048, "num_hidden_layers": 28}
SMOL_CONFIG = {"model_type": "llama", "hidden_size": 960, "num_hidden_layers": 32}


class ShellScriptsTest(unittest.TestCase):
    def run_script(self, *args, env=None):
        return subprocess.run(["bash", *args], capture_output=True, text=True, env=env, check=False)

    def test_scripts_parse(self):
        for name in ("convert_mlc.sh", "publish.sh"):
            with self.subTest(name=name):
                self.assertEqual(self.run_script("-n", str(HERE / name)).returncode, 0)

    def test_convert_picks_the_template_both_quantizations_and_the_tensor_check(self):
        cases = {
            "qwen3": (QWEN3_CONFIG, "qwen2", "Qwen3-1.7B"),
            "llama": (SMOL_CONFIG, "chatml", "SmolLM2-360M-Instruct"),
            "qwen2": ({"model_type": "qwen2", "hidden_size": 896, "num_hidden_layers": 24}, "qwen2", "Qwen2.5-0.5B-Instruct"),
        }
        for model_type, (config, template, published) in cases.items():
            with self.subTest(model_type=model_type), tempfile.TemporaryDirectory() as d:
                Path(d, "config.json").write_text(json.dumps(config))
                r = self.run_script(str(HERE / "convert_mlc.sh"), "--print-commands", d, "out", "m")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn(f"--conv-template {template}", r.stdout)
                for q in ("q4f16_1", "q4f32_1"):
                    self.assertIn(f"convert_weight {d} --quantization {q}", r.stdout)
                    self.assertIn(f"-o out/m-{q}-MLC", r.stdout)
                    self.assertIn(
                        f"check_tensor_cache.py out/m-{q}-MLC/tensor-cache.json "
                        f"https://huggingface.co/mlc-ai/{published}-{q}-MLC/resolve/main/tensor-cache.json",
                        r.stdout,
                    )
                self.assertIn("--context-window-size 4096 --prefill-chunk-size 1024", r.stdout)

    def test_convert_takes_a_reference_from_the_environment(self):
        with tempfile.TemporaryDirectory() as d:
            Path(d, "config.json").write_text(json.dumps({"model_type": "qwen3", "hidden_size": 64, "num_hidden_layers": 2}))
            r = self.run_script(str(HERE / "convert_mlc.sh"), "--print-commands", d, "out", "m")
            self.assertEqual(r.returncode, 2)
            self.assertIn("set REFERENCE", r.stderr)
            env = dict(os.environ, REFERENCE="/refs/{quant}/tensor-cache.json", QUANTS="q4f16_1")
            r = self.run_script(str(HERE / "convert_mlc.sh"), "--print-commands", d, "out", "m", env=env)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("/refs/q4f16_1/tensor-cache.json", r.stdout)

    def test_convert_refuses_an_unknown_architecture(self):
        with tempfile.TemporaryDirectory() as d:
            Path(d, "config.json").write_text(json.dumps({"model_type": "gpt2"}))
            r = self.run_script(str(HERE / "convert_mlc.sh"), "--print-commands", d)
            self.assertEqual(r.returncode, 2)
            self.assertIn("CONV_TEMPLATE", r.stderr)

    def test_publish_checks_the_folder_and_writes_a_card_with_the_licence_caveat(self):
        env = {k: v for k, v in os.environ.items() if k != "PRIVATE"}
        with tempfile.TemporaryDirectory() as d:
            r = self.run_script(str(HERE / "publish.sh"), "--print-commands", d, "me/repo", env=env)
            self.assertEqual(r.returncode, 2)
            for f in ("mlc-chat-config.json", "tensor-cache.json"):
                Path(d, f).write_text("{}")
            # PRIVATE unset, under set -u: the command runs, public.
            r = self.run_script(str(HERE / "publish.sh"), "--print-commands", d, "me/repo", env=env)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn(f"upload me/repo {d} . --repo-type model", r.stdout)
            self.assertNotIn("--private", r.stdout)
            self.assertIn("research-only", Path(d, "README.md").read_text())
            r = self.run_script(str(HERE / "publish.sh"), "--print-commands", d, "me/repo", env=dict(env, PRIVATE="1"))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("--private", r.stdout)
            self.assertIn("cannot be loaded by Bedside", r.stderr)

    def test_publish_uses_no_array_that_bash_4_3_would_call_unbound(self):
        # bash <= 4.3 under set -u aborts on "${empty[@]}"; the script must not expand arrays.
        self.assertNotRegex((HERE / "publish.sh").read_text(), r"\$\{[A-Za-z_]+\[@\]")

    def test_publish_prefers_hf_and_falls_back_to_huggingface_cli(self):
        with tempfile.TemporaryDirectory() as d, tempfile.TemporaryDirectory() as bin_dir:
            for f in ("mlc-chat-config.json", "tensor-cache.json"):
                Path(d, f).write_text("{}")
            for tool in ("hf", "huggingface-cli"):
                Path(bin_dir, tool).unlink(missing_ok=True)
            legacy = Path(bin_dir, "huggingface-cli")
            legacy.write_text('#!/bin/sh\necho legacy "$@"\n')
            legacy.chmod(0o755)
            env = dict(os.environ, PATH=f"{bin_dir}:/usr/bin:/bin")
            r = self.run_script(str(HERE / "publish.sh"), d, "me/repo", env=env)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("legacy upload me/repo", r.stdout)
            current = Path(bin_dir, "hf")
            current.write_text('#!/bin/sh\necho current "$@"\n')
            current.chmod(0o755)
            r = self.run_script(str(HERE / "publish.sh"), d, "me/repo", env=env)
            self.assertIn("current upload me/repo", r.stdout)


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
        # The dry run is a Qwen3 with Qwen3's real template: the multi-turn row gave 2 examples.
        self.assertEqual(summary["counts"]["train"]["examples"], 5)

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
