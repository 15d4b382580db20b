// The clinic-transcript sources (CSV): MTS-Dialog's `Speaker: text` lines and ACI-Bench's
// `[speaker] text` lines, with the speakers' typos and unlabelled lines these files contain.
import { CsvError, parseCsvTable, type CsvRow } from './csv';
import type { NormalizedDialogue, Role, Turn } from './normalize';
import { DataValidationError, RowReader, type NormalizeContext } from './rows';

interface Speaker {
  role: Role;
  speaker?: string;
}

/** Splits `Speaker: text` transcripts; lines without a label continue the previous turn. */
function transcript(
  r: RowReader,
  field: string,
  text: string,
  label: RegExp,
  speakerOf: (raw: string) => Speaker | null,
): Turn[] {
  const turns: Turn[] = [];
  const opening: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((rawLine, k) => {
    const line = rawLine.trim();
    if (line === '') return;
    const m = label.exec(line);
    if (m) {
      const label = m[1] ?? m[2] ?? '';
      const who = speakerOf(label);
      if (!who) r.fail(field, `line ${k + 1} has an unknown speaker "${label}"`);
      const said = line.slice(m[0].length).trim();
      turns.push({ role: who.role, text: said, ...(who.speaker ? { speaker: who.speaker } : {}) });
      return;
    }
    const last = turns[turns.length - 1];
    if (!last) {
      opening.push(line);
      return;
    }
    last.text = last.text ? `${last.text}\n${line}` : line;
  });
  if (opening.length > 0) {
    // Lines before the first label (one ACI-Bench visit opens with the doctor's unlabelled
    // greeting): the two speakers alternate, so they belong to the other one.
    const next = turns[0];
    if (!next) r.fail(field, `has no speaker labels ("${opening[0]!.slice(0, 40)}")`);
    turns.unshift({
      role: next.role === 'patient' ? 'doctor' : 'patient',
      text: opening.join('\n'),
    });
  }
  // A label with nothing said (an interruption in a transcript) carries no turn.
  return turns.filter((t) => t.text !== '');
}

// MTS-Dialog labels, typos included: Doctor, Docotr_2, Patient, Guest_family_1, Gest_family,
// Guest_clinician, Guest_clinican. "Guest_family." (a full stop for the colon) occurs once.
const MTS_LABEL =
  /^["']?\s*(?:([A-Za-z][A-Za-z_]*?)(?:_?\d+)?\s*:|(gu?est_family)(?:_?\d+)?\s*\.)/i;
function mtsSpeaker(raw: string): Speaker | null {
  const s = raw.toLowerCase();
  if (/^doc(tor|otr)$/.test(s)) return { role: 'doctor' };
  if (s === 'patient') return { role: 'patient' };
  if (/^gu?est_family$/.test(s)) return { role: 'patient', speaker: 'family member' };
  if (/^gu?est_clinic(i)?an$/.test(s)) return { role: 'doctor', speaker: 'clinician' };
  return null;
}

const MTS_SECTIONS: Record<string, string> = {
  'FAM/SOCHX': 'Family and social history',
  GENHX: 'History of present illness',
  PASTMEDICALHX: 'Past medical history',
  CC: 'Chief complaint',
  ROS: 'Review of systems',
  PASTSURGICAL: 'Past surgical history',
  ALLERGY: 'Allergies',
  MEDICATIONS: 'Medications',
  ASSESSMENT: 'Assessment',
  EXAM: 'Examination',
  DIAGNOSIS: 'Diagnosis',
  DISPOSITION: 'Disposition',
  PLAN: 'Plan',
  EDCOURSE: 'Emergency department course',
  IMMUNIZATIONS: 'Immunizations',
  IMAGING: 'Imaging',
  GYNHX: 'Gynecologic history',
  OTHER_HISTORY: 'Other history',
  PROCEDURES: 'Procedures',
  LABS: 'Laboratory results',
};

function csvRows(text: string, ctx: NormalizeContext, columns: readonly string[]): CsvRow[] {
  try {
    return parseCsvTable(text, columns);
  } catch (e) {
    if (e instanceof CsvError) {
      throw new DataValidationError(ctx.file, null, null, `not valid CSV: ${e.message}`, e.line);
    }
    throw e;
  }
}

/** MTS-Dialog CSV: `ID, section_header, section_text, dialogue`. */
export function mtsDialog(text: string, ctx: NormalizeContext): NormalizedDialogue[] {
  return csvRows(text, ctx, ['ID', 'section_header', 'section_text', 'dialogue']).map((row, i) => {
    const r: RowReader = new RowReader(ctx, i, row.line);
    const id = r.text(row.values, 'ID');
    const header = r.text(row.values, 'section_header');
    const note = r.text(row.values, 'section_text');
    const turns = transcript(r, 'dialogue', r.text(row.values, 'dialogue'), MTS_LABEL, (raw) =>
      mtsSpeaker(raw),
    );
    const section = MTS_SECTIONS[header.toUpperCase()] ?? header;
    return r.dialogue(`${section}: ${note}`, turns, id);
  });
}

const ACI_LABEL = /^\[([a-z_]+)\]/i;
function aciSpeaker(raw: string): Speaker | null {
  const s = raw.toLowerCase();
  if (s === 'doctor') return { role: 'doctor' };
  if (s === 'patient') return { role: 'patient' };
  if (s === 'patient_guest') return { role: 'patient', speaker: 'family member' };
  return null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ACI-Bench CSV: `dataset, encounter_id, dialogue, note`, plus `*_metadata.csv` for the complaint. */
export function aciBench(text: string, ctx: NormalizeContext): NormalizedDialogue[] {
  return csvRows(text, ctx, ['dataset', 'encounter_id', 'dialogue', 'note']).map((row, i) => {
    const r: RowReader = new RowReader(ctx, i, row.line);
    const encounter = r.text(row.values, 'encounter_id');
    const turns = transcript(r, 'dialogue', r.text(row.values, 'dialogue'), ACI_LABEL, aciSpeaker);
    let description = '';
    if (ctx.metadata) {
      const meta = ctx.metadata.get(encounter);
      if (!meta) r.fail('encounter_id', `"${encounter}" is not in the metadata file`);
      const cc = (meta.cc ?? '').trim();
      const more = (meta['2nd_complaints'] ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      if (cc) description = `Visit for ${cc}${more.length ? `; also ${more.join(', ')}` : ''}`;
    }
    return r.dialogue(capitalize(description), turns, encounter);
  });
}

/** Reads an ACI-Bench `*_metadata.csv` into rows by encounter_id. */
export function parseAciMetadata(text: string, file: string): Map<string, Record<string, string>> {
  const ctx: NormalizeContext = { dataset: '', file, firstIndex: 0, segments: [] };
  const out = new Map<string, Record<string, string>>();
  csvRows(text, ctx, ['encounter_id', 'cc', '2nd_complaints']).forEach((row, i) => {
    const id = new RowReader(ctx, i, row.line).text(row.values, 'encounter_id');
    out.set(id, row.values);
  });
  return out;
}
