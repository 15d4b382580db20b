#!/usr/bin/env bash
# Uploads converted MLC weights to a Hugging Face model repository, with a model card that
# states the data licence caveat. Runs on a machine with hub access and a write token
# (`hf auth login`, or HF_TOKEN), never in CI.
#
#   scripts/finetune/publish.sh finetune-out/mlc/bedside-qwen3-1.7b-q4f16_1-MLC your-user/bedside-qwen3-1.7b-q4f16_1-MLC
#   PRIVATE=1 scripts/finetune/publish.sh <folder> <repo>        # create the repo private
#   scripts/finetune/publish.sh --print-commands <folder> <repo> # show, do not run
#
# WebLLM downloads weights without credentials: Bedside can load them only from a public
# repository, or from a copy served by the app's own origin. A private repository keeps them
# to yourself (e.g. for research review) but the app cannot load it.
set -euo pipefail
# No arrays below: bash 4.3 and older call an empty array expansion unbound under set -u.

print_only=0
if [ "${1:-}" = "--print-commands" ]; then
  print_only=1
  shift
fi
if [ "$#" -lt 2 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

folder=$1
repo=$2
private=${PRIVATE:-0}
for f in mlc-chat-config.json tensor-cache.json; do
  if [ ! -f "$folder/$f" ]; then
    echo "error: $folder/$f not found; run convert_mlc.sh first" >&2
    exit 2
  fi
done

# `hf` is the current CLI (huggingface_hub >= 0.34); `huggingface-cli` was removed in 1.0.
if command -v hf >/dev/null 2>&1; then
  cli=hf
elif command -v huggingface-cli >/dev/null 2>&1; then
  cli=huggingface-cli
else
  cli=hf
  if [ "$print_only" -eq 0 ]; then
    echo "error: neither hf nor huggingface-cli found; pip install -U huggingface_hub" >&2
    exit 2
  fi
fi

card="$folder/README.md"
if [ ! -f "$card" ]; then
  cat >"$card" <<CARD
---
library_name: mlc-llm
tags: [mlc-llm, web-llm, medical, lora]
---

# $(basename "$repo")

MLC weights of a LoRA fine-tune made with Bedside's recipe (scripts/finetune), for WebLLM.
Load it with WebLLM's prebuilt model library for the base architecture (see the recipe's README).

**Not a medical device and not medical advice.** The model can be wrong and must not be used
to diagnose or treat anyone.

**Data licence caveat.** The fine-tune data (know_medical_dialogues v1/v2) is third-party
content: v1 is the UCSD COVID-Dialogue set scraped from healthtap, healthcaremagic and icliniq
(copyright of those sites, whose terms forbid republication); v2 mixes Reddit posts and machine
translation of unknown origin. Treat these weights as research-only unless legal review says
otherwise.
CARD
  echo "wrote $card"
fi

set -- upload "$repo" "$folder" . --repo-type model --commit-message "Upload MLC weights"
if [ "$private" = "1" ]; then
  set -- "$@" --private
  echo "note: a private repository cannot be loaded by Bedside (WebLLM sends no credentials);" \
    "make it public, or serve the folder from the app's own origin" >&2
fi
printf '%q ' "$cli" "$@"
printf '\n'
if [ "$print_only" -eq 0 ]; then "$cli" "$@"; fi
echo "model URL for WebLLM: https://huggingface.co/$repo/resolve/main/"
