// The unit of retrieval: one exchange of a dialogue, that is one patient turn and the doctor's
// reply. A long thread is several exchanges, each found, shown and put into the prompt on its
// own, so that a 17-turn thread is found by the turn that is about the question and the
// model reads that turn, not the thread's first 400 characters. A clinic snippet (MTS-Dialog:
// a few turns of a visit, the doctor asking) is one exchange, the whole snippet. Pure.
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
  const said = (role: Turn['role']) => join(dialogue.turns.filter((t) => t.role === role));
  const patient = said('patient');
  const doctor = said('doctor');
  if (!patient || !doctor) return [];
  return [
    {
      dialogueId: dialogue.id,
      index: 0,
      patient,
      doctor,
      description: dialogue.description.replace(/^[A-Z][a-z]+(?: [a-z]+)*: /, '').trim(),
      transcript: dialogue.turns
        .filter((t) => t.text.trim())
        .map((t) => `${t.role === 'patient' ? 'Patient' : 'Doctor'}: ${t.text.trim()}`)
        .join('\n'),
    },
  ];
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
