#!/usr/bin/env bash
# Converts a merged Hugging Face checkpoint to MLC weights that WebLLM 0.2.86 can load, at
# q4f16_1 and q4f32_1, writes mlc-chat-config.json with the right conversation template, and
# checks every tensor against the published MLC model of the same base and quantization (the
# prebuilt model library only loads exactly those tensors). Runs where mlc_llm is installed
# (see README.md; a CPU is enough for these model sizes), never in CI.
#
#   scripts/finetune/convert_mlc.sh finetune-out/merged            # -> finetune-out/mlc/<name>-<quant>-MLC
#   scripts/finetune/convert_mlc.sh finetune-out/merged out bedside-qwen3-1.7b
#   scripts/finetune/convert_mlc.sh --print-commands finetune-out/merged   # show, do not run
#
# Environment (all optional):
#   QUANTS          quantizations, default "q4f16_1 q4f32_1"
#   CONV_TEMPLATE   mlc_llm conversation template; default from config.json model_type:
#                   qwen3 (Qwen3) -> qwen2, as the published Qwen3 MLC models use;
#                   qwen2 (Qwen2.5) -> qwen2; llama (SmolLM2) -> chatml
#   CONTEXT_WINDOW  default 4096 (what WebLLM's prebuilt records use)
#   PREFILL_CHUNK   default 1024 (the "cs1k" in the prebuilt model library's file name)
#   DEVICE          mlc_llm convert_weight --device, default auto (cpu works)
#   MLC_LLM         the mlc_llm command, default "mlc_llm"
#   REFERENCE       the published tensor-cache.json to compare with ({quant} is replaced);
#                   default: mlc-ai's model of the same base, found from config.json
set -euo pipefail

print_only=0
if [ "${1:-}" = "--print-commands" ]; then
  print_only=1
  shift
fi
if [ "$#" -lt 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
merged=$1
out_root=${2:-finetune-out/mlc}
name=${3:-$(basename "$(cd "$merged" 2>/dev/null && pwd || echo "$merged")")}
quants=${QUANTS:-"q4f16_1 q4f32_1"}
context_window=${CONTEXT_WINDOW:-4096}
prefill_chunk=${PREFILL_CHUNK:-1024}
device=${DEVICE:-auto}
mlc=${MLC_LLM:-mlc_llm}

config="$merged/config.json"
if [ ! -f "$config" ]; then
  echo "error: $config not found; run merge_lora.py first" >&2
  exit 2
fi

model_type=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("model_type", ""))' "$config")
template=${CONV_TEMPLATE:-}
if [ -z "$template" ]; then
  case "$model_type" in
    qwen3) template=qwen2 ;; # ChatML with Qwen's stop tokens 151643/151645 (chatml stops on id 2)
    qwen2) template=qwen2 ;;
    llama) template=chatml ;; # SmolLM2 uses ChatML (<|im_start|> / <|im_end|>, id 2)
    *)
      echo "error: no default conversation template for model_type '$model_type'; set CONV_TEMPLATE" >&2
      exit 2
      ;;
  esac
fi

run() {
  printf '%q ' "$@"
  printf '\n'
  if [ "$print_only" -eq 0 ]; then "$@"; fi
}

reference_for() {
  if [ -n "${REFERENCE:-}" ]; then
    printf '%s\n' "${REFERENCE//\{quant\}/$1}"
  else
    python3 "$here/check_tensor_cache.py" --reference-for "$config" "$1"
  fi
}

for q in $quants; do
  dest="$out_root/$name-$q-MLC"
  reference=$(reference_for "$q") || exit 2
  echo "== $dest (model_type $model_type, template $template)"
  run $mlc convert_weight "$merged" --quantization "$q" --device "$device" -o "$dest"
  run $mlc gen_config "$merged" --quantization "$q" --conv-template "$template" \
    --context-window-size "$context_window" --prefill-chunk-size "$prefill_chunk" -o "$dest"
  if [ "$print_only" -eq 0 ]; then
    for f in mlc-chat-config.json tensor-cache.json tokenizer.json; do
      if [ ! -f "$dest/$f" ]; then
        if [ "$f" = tensor-cache.json ] && [ -f "$dest/ndarray-cache.json" ]; then
          echo "error: $dest has ndarray-cache.json but WebLLM 0.2.86 reads tensor-cache.json;" \
            "upgrade the mlc-llm nightly (see README.md) and convert again" >&2
        else
          echo "error: $dest/$f is missing" >&2
        fi
        exit 1
      fi
    done
  fi
  # Stops here on any tensor that differs from the published model's (name, shape, dtype).
  run python3 "$here/check_tensor_cache.py" "$dest/tensor-cache.json" "$reference"
  if [ "$print_only" -eq 0 ]; then echo "ok: $dest ($(du -sh "$dest" | cut -f1))"; fi
done
