// The text a WebLLM model really reads: each family's conversation template, as mlc-llm defines
// it (python/mlc_llm/conversation_template/*.py, which mlc-chat-config.json copies), rendered
// the way WebLLM 0.2.86 renders it (Conversation.getPromptArray, and forwardPrefill's empty
// thinking block when a request sets extra_body.enable_thinking = false). The test engine uses
// this to record what the real engine would be sent, so that each family's prompt is tested
// without a GPU. A data table plus one pure function.

/**
 * The templates' names, apart from the table: checking a models.json entry needs only these,
 * so production builds (no test engine) leave the table out of the page.
 */
export const CHAT_TEMPLATE_NAMES = [
  'chatml',
  'qwen2',
  'qwen3',
  'qwen3_5',
  'qwen3_5_nothink',
  'llama-3_1',
  'phi-4',
  'gemma3_instruction',
] as const;

export type ChatTemplateName = (typeof CHAT_TEMPLATE_NAMES)[number];

export interface ConvTemplate {
  name: ChatTemplateName;
  /** Contains `{system_message}`. */
  systemTemplate: string;
  /** Used when the request has no system message. */
  systemMessage: string;
  /** Token ids put before the text (a BOS token); they are not text, so not rendered. */
  systemPrefixTokenIds: number[];
  addRoleAfterSystemMessage: boolean;
  roles: { user: string; assistant: string };
  seps: string[];
  roleContentSep: string;
  roleEmptySep: string;
  stopStr: string[];
  stopTokenIds: number[];
}

const QWEN_ROLES = { user: '<|im_start|>user', assistant: '<|im_start|>assistant' };
const CHATML_SYSTEM = '<|im_start|>system\n{system_message}<|im_end|>\n';

// Pure: the bundler may drop the table where only the names are used (production pages).
/* @__NO_SIDE_EFFECTS__ */
function template(
  t: Omit<ConvTemplate, 'addRoleAfterSystemMessage' | 'systemPrefixTokenIds'> & {
    addRoleAfterSystemMessage?: boolean;
    systemPrefixTokenIds?: number[];
  },
): ConvTemplate {
  return { addRoleAfterSystemMessage: true, systemPrefixTokenIds: [], ...t };
}

/** Copied field by field from mlc-llm's conversation_template sources (mlc-ai/mlc-llm, 2026-07). */
export const CONV_TEMPLATES: Readonly<Record<ChatTemplateName, ConvTemplate>> = {
  chatml: template({
    name: 'chatml',
    systemTemplate: CHATML_SYSTEM,
    systemMessage:
      'A conversation between a user and an LLM-based AI assistant. The assistant gives helpful and honest answers.',
    roles: QWEN_ROLES,
    seps: ['<|im_end|>\n'],
    roleContentSep: '\n',
    roleEmptySep: '\n',
    stopStr: ['<|im_end|>'],
    stopTokenIds: [2],
  }),
  qwen2: template({
    name: 'qwen2',
    systemTemplate: CHATML_SYSTEM,
    systemMessage: 'You are a helpful assistant.',
    roles: QWEN_ROLES,
    seps: ['<|im_end|>\n'],
    roleContentSep: '\n',
    roleEmptySep: '\n',
    stopStr: ['<|endoftext|>', '<|im_end|>'],
    stopTokenIds: [151643, 151645],
  }),
  // As qwen2; mlc-llm's strip_reasoning_in_history flag is not implemented by WebLLM 0.2.86.
  qwen3: template({
    name: 'qwen3',
    systemTemplate: CHATML_SYSTEM,
    systemMessage: 'You are a helpful assistant.',
    roles: QWEN_ROLES,
    seps: ['<|im_end|>\n'],
    roleContentSep: '\n',
    roleEmptySep: '\n',
    stopStr: ['<|endoftext|>', '<|im_end|>'],
    stopTokenIds: [151643, 151645],
  }),
  qwen3_5: template({
    name: 'qwen3_5',
    systemTemplate: CHATML_SYSTEM,
    systemMessage: 'You are a helpful assistant.',
    roles: { user: '<|im_start|>user', assistant: '<|im_start|>assistant\n<think>' },
    seps: ['<|im_end|>\n'],
    roleContentSep: '\n',
    roleEmptySep: '\n',
    stopStr: ['<|endoftext|>', '<|im_end|>'],
    stopTokenIds: [248046, 248044],
  }),
  qwen3_5_nothink: template({
    name: 'qwen3_5_nothink',
    systemTemplate: CHATML_SYSTEM,
    systemMessage: 'You are a helpful assistant.',
    roles: { user: '<|im_start|>user', assistant: '<|im_start|>assistant\n<think>\n\n</think>\n' },
    seps: ['<|im_end|>\n'],
    roleContentSep: '\n',
    roleEmptySep: '\n',
    stopStr: ['<|endoftext|>', '<|im_end|>'],
    stopTokenIds: [248046, 248044],
  }),
  'llama-3_1': template({
    name: 'llama-3_1',
    systemTemplate: '<|start_header_id|>system<|end_header_id|>\n\n{system_message}<|eot_id|>',
    systemMessage: 'You are a helpful, respectful and honest assistant.',
    roles: { user: '<|start_header_id|>user', assistant: '<|start_header_id|>assistant' },
    seps: ['<|eot_id|>'],
    roleContentSep: '<|end_header_id|>\n\n',
    roleEmptySep: '<|end_header_id|>\n\n',
    stopStr: [],
    stopTokenIds: [128001, 128008, 128009],
    systemPrefixTokenIds: [128000],
  }),
  'phi-4': template({
    name: 'phi-4',
    systemTemplate: '<|system|>\n{system_message}',
    systemMessage:
      'You are a helpful digital assistant. Please provide safe, ethical and accurate information to the user.',
    roles: { user: '<|user|>', assistant: '<|assistant|>' },
    seps: ['<|end|>\n'],
    roleContentSep: '\n',
    roleEmptySep: '\n',
    stopStr: ['<|endoftext|>', '<|end|>'],
    stopTokenIds: [199999, 200020],
    systemPrefixTokenIds: [200022],
  }),
  gemma3_instruction: template({
    name: 'gemma3_instruction',
    systemTemplate: '{system_message}',
    systemMessage: '',
    roles: { user: '<start_of_turn>user', assistant: '<start_of_turn>model' },
    seps: ['<end_of_turn>\n'],
    roleContentSep: '\n',
    roleEmptySep: '\n',
    stopStr: ['<end_of_turn>'],
    stopTokenIds: [1, 106],
    systemPrefixTokenIds: [2],
  }),
};

/** What WebLLM prepends to the reply when a request sets extra_body.enable_thinking = false. */
export const EMPTY_THINKING_BLOCK = '<think>\n\n</think>\n\n';

export interface TemplateMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface RenderedPrompt {
  template: ChatTemplateName;
  /** The prompt text, up to and including the header the model's reply follows. */
  text: string;
  /** Token ids WebLLM puts before the text (not part of `text`). */
  prefixTokenIds: number[];
}

/**
 * The prompt WebLLM builds for a chat completion request: the system message (the request's, or
 * the template's default), every message with its role prefix and separator, then the reply
 * header — with the empty thinking block after it when thinking is switched off.
 */
export function renderChatTemplate(
  name: ChatTemplateName,
  messages: readonly TemplateMessage[],
  options: { enableThinking?: boolean } = {},
): RenderedPrompt {
  const t = CONV_TEMPLATES[name];
  const [first, ...rest] = messages;
  const turns = first?.role === 'system' ? rest : messages;
  const systemMessage = first?.role === 'system' ? first.content : t.systemMessage;
  const system = t.systemTemplate.replace('{system_message}', systemMessage);
  const parts = system ? [system] : [];
  turns.forEach((message, i) => {
    if (message.role === 'system')
      throw new Error('Only the first message may be a system message.');
    const prefix =
      !t.addRoleAfterSystemMessage && system && i === 0
        ? ''
        : `${t.roles[message.role]}${t.roleContentSep}`;
    parts.push(`${prefix}${message.content}${t.seps[i % t.seps.length]}`);
  });
  parts.push(
    options.enableThinking === false
      ? `${t.roles.assistant}${t.roleContentSep}${EMPTY_THINKING_BLOCK}`
      : `${t.roles.assistant}${t.roleEmptySep}`,
  );
  return { template: name, text: parts.join(''), prefixTokenIds: [...t.systemPrefixTokenIds] };
}
