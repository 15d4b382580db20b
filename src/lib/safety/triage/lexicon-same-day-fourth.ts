// Lexicon, stop 51: eye problems that the spent fresh sets' authors sent to be seen today, not
// to 999 (docs/history/triage-net.md, "Stop 51"; rules.ts eye_same_day). Sources: NHS "contact
// lens problems" and NICE CKS red eye (a contact lens wearer's painful red eye, uveitis: eye
// casualty the same day), NICE CKS multiple sclerosis (optic neuritis), the College of
// Optometrists' guidance (superglue in the eye, arc eye). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const SAME_DAY_FOURTH_SIGNS: Concepts = {
  // Someone who wears contact lenses, said anywhere in the message ("wear monthly contacts, fell
  // asleep in them on the train. now my right eye is really painful").
  contact_lens_wearer: [
    'contact lens*',
    '(wear|wears|wearing|wore|use|uses|using) (my |her |his |monthly |daily |dailies |extended wear )?(contacts|lenses|monthlies|dailies)',
    '(slept|sleep|sleeps|sleeping|fell asleep|fallen asleep|showered|swam|swim|swimming) (\\w+ ){0,3}(in|with) (my |her |his |the |their )?(contacts|lenses|monthlies|them)(?= [^.!?]{0,80}\\b(?:contacts|lenses|monthlies)\\b|(?<=contacts|lenses|monthlies))',
    '(monthly|daily|dailies|monthlies|soft|hard) (contacts|lenses)',
  ],
  // Glue on the lids or lashes ("got superglue in my eye fixing a shoe, lashes stuck together").
  superglue_eye: [
    '(superglue|super glue|super-glue|nail glue|glue) ~8 (eye|eyes|eyelid|eyelids|lids|lashes)',
    '(eye|eyes|eyelid|eyelids|lids|lashes) ~8 (superglue|super glue|glue)',
  ],
  // A condition that comes with inflamed eyes, named ("I have ankylosing spondylitis").
  eye_inflammation_known: ['ankylosing( spondylitis)?', 'uveitis', 'iritis'],
  // Pain moving the eye, colours washed out (optic neuritis).
  optic_neuritis_lay: [
    '(hurts|hurt|pain*|ache*|aching|sore) ~4 (move|moves|moving|look around|looking around) ~3 (eye|eyes|it)',
    'colou?rs (look|seem|are|have gone) (\\w+ )?(washed out|faded|dull|grey|dim)',
  ],
  // Welding (rules.ts eye_same_day reads it with sore, gritty or light-shy eyes: arc eye).
  arc_eye: ['weld*', 'welder', 'arc eye'],
};
