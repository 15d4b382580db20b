// Conversation export (Markdown, JSON) and JSON import with validation. Pure.
import type { ChatMessage, Conversation } from './types';

export const EXPORT_FORMAT = 'bedside-conversations';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  conversations: Conversation[];
}

export function toJSON(conversations: Conversation[], now = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    conversations,
  };
  return JSON.stringify(file, null, 2);
}

export function toMarkdown(conversation: Conversation): string {
  const lines = [
    `# ${conversation.title}`,
    '',
    `_Exported from Bedside on ${new Date(conversation.updatedAt).toISOString().slice(0, 10)}. Not medical advice: answers come from a small language model that can be wrong._`,
    '',
  ];
  for (const message of conversation.messages) {
    lines.push(`## ${message.role === 'user' ? 'You' : 'Bedside'}`, '');
    if (message.triage && message.triage.level !== 'routine') {
      lines.push(
        `> **${message.triage.level === 'emergency' ? 'Emergency' : 'Urgent'}:** ${message.triage.flags.map((f) => f.label).join('; ')}`,
        '',
      );
    }
    lines.push(
      message.content || (message.error ? `_(failed: ${message.error})_` : '_(empty)_'),
      '',
    );
    if (message.interrupted) lines.push('_(stopped before the end)_', '');
    if (message.cases?.length) {
      lines.push('Similar cases in the dataset:');
      for (const c of message.cases)
        lines.push(`- ${c.id} (${c.dataset}, ${c.segment}): ${c.description}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

export class ImportError extends Error {
  override name = 'ImportError';
}

const MAX_IMPORT_BYTES = 50_000_000;

function fail(where: string, what: string): never {
  throw new ImportError(`Cannot import: ${where} ${what}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMessage(value: unknown, where: string): ChatMessage {
  if (!isObject(value)) fail(where, 'is not an object');
  if (value.role !== 'user' && value.role !== 'assistant')
    fail(where, 'has a role other than "user" or "assistant"');
  if (typeof value.content !== 'string') fail(where, 'has no text ("content")');
  if (typeof value.id !== 'string' || !value.id) fail(where, 'has no id');
  if (typeof value.createdAt !== 'number') fail(where, 'has no createdAt time');
  return value as unknown as ChatMessage;
}

function checkConversation(value: unknown, index: number): Conversation {
  const where = `conversation ${index + 1}`;
  if (!isObject(value)) fail(where, 'is not an object');
  if (typeof value.id !== 'string' || !value.id) fail(where, 'has no id');
  if (typeof value.title !== 'string') fail(where, 'has no title');
  if (typeof value.createdAt !== 'number' || typeof value.updatedAt !== 'number')
    fail(where, 'has no times');
  if (!Array.isArray(value.messages)) fail(where, 'has no list of messages');
  value.messages.forEach((m, i) => checkMessage(m, `${where}, message ${i + 1},`));
  return value as unknown as Conversation;
}

/** Parses an exported file. Throws ImportError with a message a user can act on. */
export function fromJSON(text: string): Conversation[] {
  if (text.length > MAX_IMPORT_BYTES)
    throw new ImportError('Cannot import: the file is larger than 50 MB');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`Cannot import: the file is not valid JSON (${String(error)})`);
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new ImportError('Cannot import: this is not a Bedside conversation export');
  }
  if (data.version !== EXPORT_VERSION) {
    throw new ImportError(
      `Cannot import: export version ${String(data.version)} is not supported (expected ${EXPORT_VERSION})`,
    );
  }
  if (!Array.isArray(data.conversations)) fail('the file', 'has no list of conversations');
  return data.conversations.map(checkConversation);
}

/** A file name for an export: `bedside-<title words>-<date>.<ext>`, safe on every system. */
export function exportFileName(title: string, extension: 'md' | 'json', now = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const date = now.toISOString().slice(0, 10);
  return `bedside-${slug || 'conversation'}-${date}.${extension}`;
}

export interface DownloadFile {
  name: string;
  /** MIME type. */
  type: string;
  text: string;
}

/** One conversation as Markdown or JSON, or several as JSON, ready to download. */
export function exportFile(
  conversations: Conversation[],
  format: 'md' | 'json',
  now = new Date(),
): DownloadFile {
  const one = conversations.length === 1 ? conversations[0]! : null;
  if (format === 'md') {
    if (!one) throw new Error('Markdown export is for one conversation at a time');
    return {
      name: exportFileName(one.title, 'md', now),
      type: 'text/markdown',
      text: toMarkdown(one),
    };
  }
  return {
    name: exportFileName(one ? one.title : 'conversations', 'json', now),
    type: 'application/json',
    text: toJSON(conversations, now),
  };
}
