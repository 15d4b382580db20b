// Schemas for everything that crosses a trust boundary (import files, IndexedDB records,
// settings), built with valibot. See each file for its rules; issues.ts words failures.
export * from './limits';
export {
  CaseRefSchema,
  ChatMessageSchema,
  ConversationSchema,
  GenerationStatsSchema,
  TriageFlagSchema,
  TriageSchema,
} from './conversation';
export { DialogueSchema } from './dialogue';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportEnvelopeSchema,
  type ExportEnvelope,
} from './export-file';
export { issueSentence, issueText, kindOf, type IssueText } from './issues';
export {
  isSettingKey,
  parseSetting,
  SettingSchemas,
  type SettingKey,
  type SettingValue,
} from './settings';
export {
  keyText,
  parseStoredConversation,
  parseStoredDialogue,
  type DamagedRecord,
  type StoredResult,
} from './stored';
export { repairTitle, UNTITLED, type RepairedTitle } from './title';
