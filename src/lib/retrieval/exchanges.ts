// The unit of retrieval: one exchange of a dialogue, that is one patient turn and the doctor's
// reply. A long thread is several exchanges, each found, shown and put into the prompt on its
// own, so that a 17-turn thread is found by the turn that is about the question and the
// model reads that turn, not the thread's first 400 characters. A clinic snippet (MTS-Dialog:
// a few turns of a visit, the doctor asking) is one exchange, the whole snippet; a role-played
// visit (ACI-Bench: a whole visit, about 50 turns) is one exchange, its opening, where the
// patient tells what brought them. Pure.
import type { Dialogue, Turn } from '../data/normalize';

export interface Exchange {
  dialogueId: string;
  /** 0-based among the dialogue's exchanges. */
  index: number;
  patient: string;
  doctor: string;
  /** The dialogue's own summary, when it says more than the first question (v1 titles). */
  description: string;
  /** A clinic snippet's turns in order, as the model reads it ("Doctor: …\nPatient: …"). */
  transcript?: string;
  /**
   * What the exchange is mainly about, when that is not its opening lines: a visit's chief
   * complaint ("Visit for back pain"), not the conditions its introduction lists on the way.
   */
  lead?: string;
}

const join = (turns: readonly Turn[]) =>
  turns
    .map((t) => t.text.trim())
    .filter(Boolean)
    .join('\n');

/** The segment whose dialogues are short clinic snippets, each one exchange. */
export const SNIPPET_SEGMENT = 'clinic-snippet';

/**
 * A clinic snippet as one exchange: what the patient (or a family member) said, what the
 * doctor said, and the visit note's summary without its section label ("History of present
 * illness: The patient is a 2-month-old…" → "The patient is a 2-month-old…"), which says in
 * a sentence what the snippet is about.
 */
function snippetExchange(dialogue: Pick<Dialogue, 'id' | 'description' | 'turns'>): Exchange[] {
  return wholeExchange(dialogue.id, dialogue.turns, {
    description: dialogue.description.replace(/^[A-Z][a-z]+(?: [a-z]+)*: /, '').trim(),
  });
}

/**
 * `turns` (a snippet, a visit's opening) as one exchange: what the patient said, what the
 * doctor said, and the turns in order as the model reads them; none when one side is silent.
 */
function wholeExchange(
  dialogueId: string,
  turns: readonly Turn[],
  about: Pick<Exchange, 'description' | 'lead'>,
): Exchange[] {
  const spoken = turns.filter((t) => t.text.trim());
  const said = (role: Turn['role']) => join(spoken.filter((t) => t.role === role));
  const patient = said('patient');
  const doctor = said('doctor');
  if (!patient || !doctor) return [];
  const transcript = spoken
    .map((t) => `${t.role === 'patient' ? 'Patient' : 'Doctor'}: ${t.text.trim()}`)
    .join('\n');
  return [{ dialogueId, index: 0, patient, doctor, ...about, transcript }];
}

/** The segment whose dialogues are whole role-played clinic visits (ACI-Bench). */
export const VISIT_SEGMENT = 'roleplayed-visit';

/** The most of a visit's opening kept, in characters of whole turns. */
export const VISIT_OPENING_CHARS = 1800;
/** What the patient must have said before a change of subject ends the opening. */
const VISIT_PATIENT_MIN = 150;
/** The doctor's introduction for the record: "bryan is a 55-year-old male with…". */
const VISIT_INTRODUCTION = /\b\d+[- ](?:year|month|week)s?[- ]old\b/;
/**
 * A doctor's turn that leaves the complaint the visit opened with: the examination, the next
 * problem on the list ("in terms of your gout", "and how about your reflux?"), the plan.
 */
const VISIT_HISTORY_ENDS =
  /\b(?:physical exam|examination|exam (?:you|your)|as long as you're here|let's talk (?:a little bit )?about (?:your|the)|in terms of your|(?:and|so) how about your|moving on to|let's go ahead and|review (?:some of )?your (?:results|labs)|my (?:assessment|impression)|assessment and plan)\b/;

/** The chief complaint of a visit's summary: "Visit for back pain; also hx discectomy" → "Visit for back pain". */
function chiefComplaint(description: string): string {
  return description.split(';')[0]!.trim();
}

/**
 * A role-played visit as one exchange: its opening, from the doctor's introduction of the
 * patient for the record (or the first turn, without one) to the first doctor turn that leaves
 * the complaint, once the patient has told it, in at most `VISIT_OPENING_CHARS` of whole turns.
 * The rest of a visit (the examination, the other problems, the plan) is not about what the
 * patient came with, and would match any question by its length.
 */
function visitOpening(dialogue: Pick<Dialogue, 'id' | 'description' | 'turns'>): Exchange[] {
  const turns = dialogue.turns.filter((t) => t.text.trim());
  const intro = turns.findIndex(
    (t, i) => i < 8 && t.role === 'doctor' && VISIT_INTRODUCTION.test(t.text),
  );
  const opening: Turn[] = [];
  let chars = 0;
  let patientChars = 0;
  for (const turn of turns.slice(Math.max(intro, 0))) {
    const text = turn.text.trim();
    if (
      turn.role === 'doctor' &&
      patientChars >= VISIT_PATIENT_MIN &&
      VISIT_HISTORY_ENDS.test(text.toLowerCase())
    ) {
      break;
    }
    if (opening.length > 0 && chars + text.length > VISIT_OPENING_CHARS) break;
    opening.push(turn);
    chars += text.length + 1;
    if (turn.role === 'patient') patientChars += text.length;
  }
  const complaint = chiefComplaint(dialogue.description);
  return wholeExchange(dialogue.id, opening, { description: complaint, lead: complaint });
}

/**
 * The dialogue's exchanges: each run of patient turns with the run of doctor turns after it.
 * A doctor's opening without a question, and a last question without a reply, are not
 * exchanges: neither shows how a doctor answered a patient.
 */
export function exchangesOf(
  dialogue: Pick<Dialogue, 'id' | 'description' | 'turns'> & { segment?: string },
): Exchange[] {
  if (dialogue.segment === SNIPPET_SEGMENT) return snippetExchange(dialogue);
  if (dialogue.segment === VISIT_SEGMENT) return visitOpening(dialogue);
  const out: Exchange[] = [];
  let patient: Turn[] = [];
  let doctor: Turn[] = [];
  const close = () => {
    if (patient.length > 0 && doctor.length > 0) {
      const question = join(patient);
      const same =
        dialogue.description.trim().toLowerCase() === question.toLowerCase() ||
        question.toLowerCase().startsWith(dialogue.description.trim().toLowerCase());
      out.push({
        dialogueId: dialogue.id,
        index: out.length,
        patient: question,
        doctor: join(doctor),
        description: out.length === 0 && !same ? dialogue.description.trim() : '',
      });
    }
    patient = [];
    doctor = [];
  };
  for (const turn of dialogue.turns) {
    if (turn.role === 'patient') {
      if (doctor.length > 0) close();
      patient.push(turn);
    } else if (patient.length > 0) {
      doctor.push(turn);
    }
  }
  close();
  return out;
}

/** What the model sees of an exchange (src/lib/chat/prompt.ts clips each line). */
export function exchangeText(
  exchange: Pick<Exchange, 'patient' | 'doctor' | 'transcript'>,
): string {
  return exchange.transcript ?? `Patient: ${exchange.patient}\nDoctor: ${exchange.doctor}`;
}
