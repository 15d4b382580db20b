/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

// Build-time settings read through import.meta.env. Every one is optional.
interface ImportMetaEnv {
  /** '1' in test builds only: adds the deterministic test engine to the Models list. */
  readonly VITE_TEST_ENGINE?: string;
  /** Folder of the fine-tuned MLC weights (mlc-chat-config.json, tensor-cache.json, shards). */
  readonly VITE_FINETUNED_MODEL_URL?: string;
  /** The fine-tuned model's WebGPU library (.wasm). */
  readonly VITE_FINETUNED_MODEL_LIB_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
