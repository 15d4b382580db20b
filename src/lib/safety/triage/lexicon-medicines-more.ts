// Lexicon, phase 25 twenty-sixth round: medicines and pharmacy, a second author on p25b's theme
// (fresh-triage-p26e.json, committed unread at a17d063, read once at 5c9a733: 7 of 40
// emergencies missed): a toddler who "has had some" of a partner's methadone or whose nan's
// gliclazide is "missing from the strip", naloxone given and the friend "fine" now, an
// overdose last week with yellow eyes now, years of prednisolone with a stomach bug and a faint,
// an erection that "hasnt gone down" after Viagra, every compartment of a dosette box emptied;
// two combined pills missed with sex, years of steroids run out, an insulin pen broken abroad,
// vitamin D in high doses with thirst and fog, Parkinson's tablets left at home, valproate in
// a new pregnancy, a few tablets taken after a row. Sources: TOXBASE (methadone and
// sulfonylureas: one dose can kill a toddler; naloxone wears off before the opioid), NICE CKS
// paracetamol poisoning (late presentation with jaundice), Society for Endocrinology (adrenal
// crisis), BAUS (priapism over 4 hours), FSRH (missed pills), NHS (time-critical medicines,
// insulin abroad), MHRA (valproate in pregnancy: do not stop, see the specialist urgently),
// NICE NG225 (self-harm by overdose: a same-day assessment). Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

const STEROID =
  '(pred|prednisolone|prednisone|hydrocortisone|dexamethasone|steroids?|steroid tablets)';

export const MEDICINES_MORE_SIGNS: Concepts = {
  // A child who got some: "has had some", "missing from the strip", "now there's less".
  child_got_some: [
    '(has|have|had|might have|may have) (had|taken|drunk|drank|eaten|swallowed) (some|a bit|a sip|a mouthful|one|a few|a couple)',
    '(missing|gone) from the (strip|packet|pack|bottle|box|blister|pot|tub)',
    "(now )?(there's|theres|there is) less",
    '(\\d|one|two|a couple|a few|some) (tablets? |pills? )?(are |is )?(missing|gone)',
  ],
  // Naloxone given by a bystander.
  naloxone_given: [
    '(gave|given|give|used|injected|sprayed|did) (him |her |them |my \\w+ )?(the |some |a )?(naloxone|narcan|prenoxad|nyxoid)',
    '(naloxone|narcan|prenoxad|nyxoid) (from the kit )?(worked|brought (him|her|them) round)',
  ],
  // An erection that has not gone down after a medicine or for hours.
  erection_not_down: [
    "(still )?(hasn't|hasnt|has not|won't|wont|isn't|not) (gone|going|come) down ~8 (hours|hrs|painful|sore|agony)",
    // "been hard 5 hrs", "still rock hard ... 6 hours ago" (phase 25, fresh-triage-p27w io109,
    // io052).
    "(been|still|stayed|it is|its|it's) (rock |really |very )?hard (for )?(\\d+|three|four|five|six|seven|eight) ?(hrs|hours)",
    "(\\d+|three|four|five|six|seven|eight) ?(hrs|hours) ago ~10 (still|is still|its still|it's still) (rock |really |very )?(hard|erect|stiff|up)",
  ],
  ed_drug: [
    '(viagra|sildenafil|cialis|tadalafil|levitra|vardenafil|kamagra|caverject|alprostadil|trimix|muse)',
    '(\\d|two|three|a couple of) (little )?blue (pills|tablets|ones)',
  ],
  erection_word_any: ['(erection|boner|hard ?-?on|stiffy|penis|willy|dick)'],
  // Two or more pills missed, counted.
  missed_pills_n: [
    "(missed|forgot|forgotten|skipped|not taken|didnt take|didn't take) (\\d|two|three|four|2|3|4) (of )?(my )?(\\w+ )?(pills|tablets|microgynon|rigevidon|yasmin|cilest|lucette|pills in a row)",
  ],
  // Vitamin D in large daily doses.
  vitamin_d_high: [
    '(\\d\\d,?000|fifty thousand|twenty thousand) (units|iu) ~6 (vitamin d|vit d|d3)',
    '(vitamin d|vit d|d3) ~6 (\\d\\d,?000|fifty thousand|twenty thousand) (units|iu)',
  ],
  // Thirst, constipation or fog: what too much calcium does.
  calcium_signs: [
    '(really |very |so )?(thirsty|constipated|foggy|confused|muddled|weeing loads|peeing loads)',
  ],
  // A medicine left at home or behind.
  meds_left_home: [
    "(left|forgot|forgotten|forgot to bring|didn't bring|didnt bring|didn't pack|didnt pack) (all )?(his|her|my|their|the) (\\w+ ){0,2}(at home|behind)",
  ],
  // A time-critical medicine named.
  time_critical_drug: [
    '(parkinson*|madopar|sinemet|levodopa|co-?careldopa|co-?beneldopa|rotigotine|pramipexole|ropinirole|rasagiline|insulin|lantus|levemir|novorapid|humalog|tresiba|epilepsy|keppra|levetiracetam|lamotrigine|epilim|valproate|carbamazepine|tegretol)',
  ],
  // Insulin pen or supply broken or short while away.
  insulin_short: [
    '(pen|cartridge|vial|insulin) ~4 (cracked|broken|leaking|smashed|lost|stolen|frozen|run out|ran out)',
    '(only|just) (\\d|one|a|half a) (day|days|pen|cartridge)s? (left|remaining)',
  ],
  valproate_named: ['(sodium )?valproate|epilim|depakote|convulex|episenta'],
  // A few tablets taken after a row or when upset.
  tablets_after_upset: [
    '(took|taken|swallowed|had) (\\d|\\d\\d|a few|some|a handful of|a load of) (of )?(my |her |his |their )?(\\w+ )?(tablets|pills|sertraline|citalopram|fluoxetine|paracetamol|ibuprofen|co-?codamol|diazepam|zopiclone|meds) ~8 (after|because of|during) (a|an|the) (row|argument|fight|bust-?up)',
    // Or when upset, or "to feel something" (phase 25, fresh-triage-p27j ib035, ib113).
    '(took|taken|swallowed|had) (\\d|\\d\\d|a few|some|a handful of|a load of) (of )?(my |her |his |their )?(\\w+ )?(tablets|pills|sertraline|citalopram|fluoxetine|paracetamol|ibuprofen|co-?codamol|diazepam|zopiclone|meds) ~8 ((when|because|cos|as) (i|he|she|they) (was|were|felt|got) (so |really |very )?(upset|angry|low|sad|down|stressed|overwhelmed|in a state|in a bad place)|(to|wanted to|just wanted to|said (she|he) wanted to) (feel something|feel anything|make it stop|numb it|stop feeling))',
  ],
};

/**
 * Never filtered by scope: years of steroids said in any tense ("been on pred 15mg for years", "ive
 * been on it 6 years"), and an overdose told in the past, which the liver pays for days later.
 */
export const MEDICINES_MORE_CUES: Concepts = {
  steroid_years_cue: [
    `(on|taking|been on|been taking) ~3 ${STEROID} ~4 (for )?(years|ages|a long time|(\\d+|a few|several|many) (years|yrs|months))`,
    // Across a dose's decimal point ("prednisolone 7.5mg, ive been on it 6 years").
    `${STEROID}[^!?\\n]{0,40}?(been on|on|taken|taking) (it|them) (for )?(\\d+|a few|several|many) (years|yrs)`,
  ],
  overdose_past_cue: [
    '(took|taken|had|did) an overdose',
    'overdosed',
    '(took|taken|swallowed) (\\d\\d|a load of|loads of|a whole (box|packet|pack) of|too many) (paracetamol|tablets|pills|co-?codamol)',
  ],
};
