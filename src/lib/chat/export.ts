// Conversation export (Markdown, JSON), the export of a damaged record, and the import's
// entry points (import-file.ts checks each conversation). Pure.
import { EXPORT_FORMAT, EXPORT_VERSION } from '../schema/export-file';
import { keyText, type DamagedRecord } from '../schema/stored';
import { toPlain } from '../storage/plain';
import { isoDay } from '../text/dates';
import { stripBidiControls } from '../text/bidi';
import { ImportError, parseConversationFile } from './import-file';
import type { Conversation } from './types';

export { EXPORT_FORMAT, EXPORT_VERSION };
export {
  checkImportSize,
  describeImport,
  importSections,
  ImportError,
  parseConversationFile,
  type ImportNote,
  type ImportResult,
  type ImportSection,
  type ImportSummary,
} from './import-file';

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
    `# ${stripBidiControls(conversation.title)}`,
    '',
    `_Exported from Bedside on ${isoDay(conversation.updatedAt)}. Not medical advice: answers come from a small language model that can be wrong._`,
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

/**
 * The importable conversations of an export file's text. Throws ImportError when the file is
 * unusable or none of its conversations can be read; conversations that cannot be read are
 * left out silently here, so prefer readConversationFile (import-client.ts) or
 * parseConversationFile, which say which ones and why.
 */
export function fromJSON(text: string): Conversation[] {
  const result = parseConversationFile(text);
  if (result.conversations.length === 0 && result.refused.length > 0) {
    const reasons = result.refused.slice(0, 3).map((note) => note.message);
    const more = result.refused.length > 3 ? `; and ${result.refused.length - 3} more` : '';
    throw new ImportError(
      `Cannot import: none of the conversations in the file could be read: ${reasons.join('; ')}${more}.`,
    );
  }
  return result.conversations;
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

/**
 * A damaged record exactly as stored (listed by ConversationStore.listAll), to keep or to show
 * someone who can help before deleting it. Never throws, whatever the record holds.
 */
export function exportDamaged(damaged: DamagedRecord, now = new Date()): DownloadFile {
  const file = {
    format: 'bedside-damaged-record',
    exportedAt: now.toISOString(),
    key: keyText(damaged.key),
    reason: damaged.reason,
    record: toPlain(damaged.record),
  };
  return {
    name: exportFileName(`damaged ${damaged.id}`, 'json', now),
    type: 'application/json',
    text: JSON.stringify(file, null, 2),
  };
}
