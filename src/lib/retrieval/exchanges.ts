// The unit of retrieval: one exchange of a dialogue, that is one patient turn and the doctor's
// reply. A long thread is several exchanges, each found, shown and put into the prompt on its
// own, so that a 17-turn thread is found by the turn that is about the question and the
// model reads that turn, not the thread's first 400 characters. Pure.
import type { Dialogue, Turn } from '../data/normalize';

export interface Exchange {
  dialogueId: string;
  /** 0-based among the dialogue's exchanges. */
  index: number;
  patient: string;
  doctor: string;
  /** The dialogue's own summary, when it says more than the first question (v1 titles). */
  description: string;
}

const join = (turns: readonly Turn[]) =>
  turns
    .map((t) => t.text.trim())
    .filter(Boolean)
    .join('\n');

/**
 * The dialogue's exchanges: each run of patient turns with the run of doctor turns after it.
 * A doctor's opening without a question, and a last question without a reply, are not
 * exchanges: neither shows how a doctor answered a patient.
 */
export function exchangesOf(dialogue: Pick<Dialogue, 'id' | 'description' | 'turns'>): Exchange[] {
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
export function exchangeText(exchange: Pick<Exchange, 'patient' | 'doctor'>): string {
  return `Patient: ${exchange.patient}\nDoctor: ${exchange.doctor}`;
}
