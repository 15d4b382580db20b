"""Training examples from chat conversations, with the loss on the answer only.

Standard library only (jinja2, which transformers itself depends on, only for `jinja_render`),
so that the masking is unit-tested without torch or transformers.

One example per assistant turn: the conversation up to that turn, rendered with the model's own
chat template and thinking switched off (`enable_thinking=False`, as the app asks WebLLM), with
labels on that last answer and its end-of-turn marker only. Earlier turns are context. This is
the shape Qwen3's template needs: it renders the latest answer with an empty `<think></think>`
block and earlier answers without one, so a whole conversation is not a sequence of growing
prefixes and one example cannot label every answer at once.

An example longer than the token limit loses its oldest exchanges first, like the app's prompt
builder drops old turns; if even the system prompt, the question and the answer do not fit, the
example is dropped. An answer is never cut: a cut answer would teach the model to stop without
its end-of-turn marker.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Sequence

IGNORE_INDEX = -100

Message = dict[str, str]
# render(messages, add_generation_prompt) -> text, as tokenizer.apply_chat_template(tokenize=False)
Render = Callable[[Sequence[Message], bool], str]
# encode(text) -> (token ids, (start, end) character offsets of each token)
Encode = Callable[[str], tuple[list[int], list[tuple[int, int]]]]


class TemplateError(ValueError):
    """The chat template does not render the answer as an extension of its prompt."""


def jinja_render(template: str, **extra: Any) -> Render:
    """A renderer for a Hugging Face chat template, configured as transformers configures it
    (sandboxed, trim_blocks, lstrip_blocks, loop controls, tojson, raise_exception). `extra`
    goes to every render, e.g. enable_thinking=False."""
    import json

    from jinja2.ext import loopcontrols
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise TemplateError(message)

    def tojson(value: Any, indent: int | None = None) -> str:
        return json.dumps(value, indent=indent, ensure_ascii=False)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    compiled = env.from_string(template)

    def render(messages: Sequence[Message], add_generation_prompt: bool) -> str:
        return compiled.render(messages=list(messages), add_generation_prompt=add_generation_prompt, **extra)

    return render


def last_answer_span(messages: Sequence[Message], render: Render) -> tuple[str, tuple[int, int]]:
    """Renders a conversation that ends with an answer; returns the text and the character range
    of that answer: from the end of the prompt that asks for it (add_generation_prompt=True) to
    the end of the text, so the end-of-turn marker is learned too."""
    if not messages or messages[-1]["role"] != "assistant":
        raise ValueError("the conversation must end with an assistant message")
    prompt = render(messages[:-1], True)
    full = render(messages, False)
    if not full.startswith(prompt) or len(full) == len(prompt):
        raise TemplateError(
            "the chat template does not render the answer after the prompt that asks for it; "
            "the answer's tokens cannot be found"
        )
    return full, (len(prompt), len(full))


def labelled(text: str, span: tuple[int, int], encode: Encode) -> dict[str, list[int]]:
    """input_ids, and labels that are -100 outside the span."""
    ids, offsets = encode(text)
    start, end = span
    labels = [tid if start <= a < end else IGNORE_INDEX for tid, (a, _b) in zip(ids, offsets)]
    return {"input_ids": ids, "labels": labels}


_THINK = re.compile(r"<think>.*?</think>\s*", re.DOTALL)


def without_reasoning(messages: Sequence[Message]) -> list[Message]:
    """Answers without any <think>…</think> block: the app never shows, saves or sends one back,
    and with thinking off the model must not learn to write one."""
    return [
        {**m, "content": _THINK.sub("", m["content"]).strip()} if m["role"] == "assistant" else dict(m)
        for m in messages
    ]


def turn_prefixes(
    messages: Sequence[Message], system_by_turn: Sequence[str] | None = None
) -> list[list[Message]]:
    """The conversation up to and including each assistant turn, answers without reasoning. With
    `system_by_turn` (the export's systemByTurn), each prefix gets the system prompt the app
    would send for that answer: the red-flag note of its own question."""
    clean = without_reasoning(messages)
    prefixes = [clean[: i + 1] for i, m in enumerate(clean) if m["role"] == "assistant"]
    if system_by_turn is not None:
        if len(system_by_turn) != len(prefixes) or clean[0]["role"] != "system":
            raise ValueError("systemByTurn needs a system message and one entry per assistant turn")
        prefixes = [[{"role": "system", "content": sp}, *p[1:]] for sp, p in zip(system_by_turn, prefixes)]
    return prefixes


def without_oldest_exchange(messages: Sequence[Message]) -> list[Message] | None:
    """The conversation without its first user/assistant exchange (the system message stays);
    None when only the final question and answer are left."""
    head = [m for m in messages[:1] if m["role"] == "system"]
    turns = list(messages[len(head):])
    if len(turns) <= 2:
        return None
    return head + turns[2:]


def fit_example(
    messages: Sequence[Message], render: Render, encode: Encode, max_len: int
) -> tuple[dict[str, list[int]] | None, int]:
    """The example for a conversation ending with an answer, within max_len tokens, and how many
    old exchanges were left out for it. None when even the last exchange does not fit."""
    current: list[Message] | None = list(messages)
    dropped = 0
    while current is not None:
        text, span = last_answer_span(current, render)
        example = labelled(text, span, encode)
        if len(example["input_ids"]) <= max_len:
            return example, dropped
        current = without_oldest_exchange(current)
        dropped += 1
    return None, dropped


# A conversation, or {"messages": conversation, "systemByTurn": [...]} from the export.
Row = Any


def build_examples(
    rows: Sequence[Row], render: Render, encode: Encode, max_len: int
) -> tuple[list[dict[str, list[int]]], dict[str, int]]:
    """One example per assistant turn of every row, and counts of what was shortened or dropped."""
    examples: list[dict[str, list[int]]] = []
    counts = {"rows": len(rows), "examples": 0, "shortened": 0, "dropped_too_long": 0}
    for row in rows:
        messages, systems = (row["messages"], row.get("systemByTurn")) if isinstance(row, dict) else (row, None)
        for prefix in turn_prefixes(messages, systems):
            example, dropped = fit_example(prefix, render, encode, max_len)
            if example is None:
                counts["dropped_too_long"] += 1
                continue
            counts["shortened"] += 1 if dropped else 0
            examples.append(example)
    counts["examples"] = len(examples)
    return examples, counts
