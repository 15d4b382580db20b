#!/usr/bin/env bash
# Uploads converted MLC weights to a Hugging Face model repository, with a model card that
# states the data licence caveat. Runs on a machine with hub access and a write token
# (`huggingface-cli login` or HF_TOKEN), never in CI.
#
#   scripts/finetune/publish.sh finetune-out/mlc/merged-q4f16_1-MLC your-user/bedside-smollm2-360m-q4f16_1-MLC
#   PRIVATE=1 scripts/finetune/publish.sh <folder> <repo>        # create the repo private
#   scripts/finetune/publish.sh --print-commands <folder> <repo> # show, do not run
set -euo pipefail

print_only=0
if [ "${1:-}" = "--print-commands" ]; then
  print_only=1
  shift
fi
if [ "$#" -lt 2 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

folder=$1
repo=$2
for f in mlc-chat-config.json tensor-cache.json; do
  if [ ! -f "$folder/$f" ]; then
    echo "error: $folder/$f not found; run convert_mlc.sh first" >&2
    exit 2
  fi
done

if command -v huggingface-cli >/dev/null 2>&1; then
  cli=(huggingface-cli)
elif command -v hf >/dev/null 2>&1; then
  cli=(hf)
else
  cli=(huggingface-cli)
  if [ "$print_only" -eq 0 ]; then
    echo "error: neither huggingface-cli nor hf found; pip install huggingface_hub" >&2
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

private_flag=()
if [ "${PRIVATE:-0}" = "1" ]; then private_flag=(--private); fi

cmd=("${cli[@]}" upload "$repo" "$folder" . --repo-type model "${private_flag[@]}" --commit-message "Upload MLC weights")
printf '%q ' "${cmd[@]}"
printf '\n'
if [ "$print_only" -eq 0 ]; then "${cmd[@]}"; fi
echo "model URL for WebLLM: https://huggingface.co/$repo/resolve/main/"
