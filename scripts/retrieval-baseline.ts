// The Chat's retrieval as it was before issue 11, frozen here so that `npm run
// retrieval:report` can always put the old figures beside the new ones: MiniSearch over
// whole dialogues of every dataset, an OR query of the message's words (stop words dropped,
// at most the 24 longest), exact words, filtered to the v1 and r/AskDocs segments, no test
// split, no flagged rows, the top three, each shown as its first exchange. No crisis rule.
// Nothing in src/ uses this; it copies the old code rather than importing it, since that
// code has changed.
import MiniSearch from 'minisearch';
import type { Dialogue } from '../src/lib/data/normalize.ts';

const WORD_BOUNDARY = /[\n\r\p{Z}\p{P}]+/u;
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its
  itself just me more most my myself nor of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves im ive id dont doesnt
  didnt isnt its hi hello s t d m ll re ve now`.split(/\s+/),
);

function processTerm(term: string): string | null {
  const t = term.toLowerCase().replace(/['’]/g, '');
  return t.length === 0 || STOP_WORDS.has(t) ? null : t;
}

function tokenize(text: string): string[] {
  return text.split(WORD_BOUNDARY).filter(Boolean);
}

/** The old src/lib/chat/history.ts retrievalQuery for a first message. */
function retrievalQuery(text: string): string {
  const words: { word: string; term: string; at: number }[] = [];
  const seen = new Set<string>();
  for (const word of tokenize(text)) {
    const term = processTerm(word);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    words.push({ word, term, at: words.length });
  }
  const kept =
    words.length <= 24
      ? words
      : [...words]
          .sort((a, b) => b.term.length - a.term.length || a.at - b.at)
          .slice(0, 24)
          .sort((a, b) => a.at - b.at);
  return kept.map((w) => w.word).join(' ');
}

interface Doc {
  id: string;
  description: string;
  patient: string;
  doctor: string;
  segment: string;
  split: string;
  flagged: boolean;
}

function toDoc(d: Dialogue): Doc {
  const patient = d.turns.filter((t) => t.role === 'patient').map((t) => t.text);
  const doctor = d.turns.filter((t) => t.role === 'doctor').map((t) => t.text);
  const same = d.description.trim().toLowerCase() === (patient[0] ?? '').trim().toLowerCase();
  return {
    id: d.id,
    description: same ? '' : d.description,
    patient: patient.join('\n'),
    doctor: doctor.join('\n'),
    segment: d.segment,
    split: d.split,
    flagged: d.flags.length > 0,
  };
}

export interface BaselineCase {
  dialogueId: string;
  exchange: number;
  text: string;
}

export function createBaselineRetriever(dialogues: readonly Dialogue[]): {
  retrieve(text: string): BaselineCase[];
} {
  const index = new MiniSearch<Doc>({
    fields: ['description', 'patient', 'doctor'],
    storeFields: ['segment', 'split', 'flagged'],
    tokenize,
    processTerm,
    searchOptions: { boost: { description: 2, patient: 1.5 } },
  });
  index.addAll(dialogues.map(toDoc));
  const byId = new Map(dialogues.map((d) => [d.id, d]));
  const segments = ['covid-scrape-2020', 'askdocs'];
  return {
    retrieve(text) {
      const words = [
        ...new Set(
          tokenize(retrievalQuery(text))
            .map(processTerm)
            .filter((t): t is string => t !== null),
        ),
      ].slice(0, 48);
      if (words.length === 0) return [];
      const results = index.search(words.join(' '), {
        fields: ['description', 'patient'],
        combineWith: 'OR',
        prefix: false,
        fuzzy: false,
        filter: (r) => r.split !== 'test' && !r.flagged && segments.includes(r.segment as string),
      });
      return results.slice(0, 3).map((r) => {
        const d = byId.get(String(r.id))!;
        const patient = d.turns.find((t) => t.role === 'patient')?.text ?? d.description;
        const doctor = d.turns.find((t) => t.role === 'doctor')?.text ?? '';
        return { dialogueId: d.id, exchange: 0, text: `Patient: ${patient}\nDoctor: ${doctor}` };
      });
    },
  };
}
