// Lexicon, phase 7 (helper e: false alarms): the harmless explanations that a probe set of
// routine look-alikes showed the rules could not yet hear, each written as a kind: a face numb
// from the dentist's injection, breathlessness in a workout that passed within minutes, and a
// faint with an obvious trigger (heat, a crowd, a stuffy room) after which the person is fine.
// (The scope side of the same work, idioms, pets, characters and past frames, is in
// scope-*.ts.) Sources: NHS pages for fainting, shortness of breath and local
// anaesthesia. Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const WAVE9E_SIGNS: Concepts = {
  // Numbness after a dental or local anaesthetic injection (NHS: wears off in a few hours).
  local_anaesthetic: [
    '(dentist|dental|filling|root canal|extraction) ~10 numb*',
    'numb* ~6 (dentist|dental|filling|root canal|injection)',
    'numbed (me|him|her|them|my|his|her|their) (up|mouth|gum|gums|jaw|face|lip)?',
    'local (anaesthetic|anesthetic|anaesthesia|anesthesia)',
    '(anaesthetic|anesthetic|numbing|injection) ~4 (wear*|worn)',
    '(novocaine|novocain|lidocaine|lignocaine|articaine)',
  ],
  // Out of breath in a workout that settled within minutes, the way exercise does.
  recovered_quickly: [
    '(came|come|comes|coming) (round|around|to) (straight away|straightaway|right away|immediately|quickly|within seconds|in seconds|after a few seconds)',
    '(recovered|settled|back to normal|caught (my|his|her) breath|got (my|his|her) breath back|fine again|ok again|okay again) (\\w+ )?(within|in|after) (a (few|couple of)|\\d+|one|two|three|a) ?(seconds?|secs?|minutes?|mins?)',
    '(within|in|after) (a (few|couple of)|\\d+|one|two|three|a) ?(seconds?|secs?|minutes?|mins?) ~3 (recovered|settled|back to normal|fine|ok|okay|caught (my|his|her) breath)',
  ],
  // A faint with an obvious trigger: heat, a crowd, a stuffy room, the sight of blood or a
  // needle, standing still for long (NHS: usually nothing serious once recovered).
  faint_trigger_clear: [
    '(from|because of|due to|with|in) the (heat|crowd|crowds|crush)',
    '(hot|stuffy|crowded|packed|airless|rammed) (room|gig|concert|train|tube|church|venue|bus|hall|classroom|office|assembly|club|pub|festival|carriage|shop)',
    '(at|during) (a|the|my|his|her) (concert|gig|festival|assembly) ~6 (heat|hot|stuffy|crowded|packed)',
    '(sight|seeing) of (blood|a needle|the needle|needles)',
    '(saw|seeing|watching) (\\w+ ){0,3}(blood|a needle|the needle|needles|giving birth|the birth|an injection|the injection|the operation)',
    '(when|while) (having|getting|he had|she had|i had|he got|she got|i got) (an? |her |his |my )?(injection|jab|vaccine|blood test|bloods|ears? pierced|piercing|tattoo)',
    '(having|had|giving|gave) (blood|bloods) (taken|done)?',
    'standing (still )?(for )?(ages|too long|so long|for hours|for a long time)',
  ],
  // A heartbeat described by how it feels, with words the palpitation lists lack ("fluttery
  // heartbeat", "my heartbeat keeps skipping"); the twin of "fluttery after coffee".
  palp_lay_e: [
    '(fluttery|flittery|flutter|jumpy|thudding|banging|hammering|galloping|erratic|jittery|wobbly|skippy|uneven|irregular) (heart ?beats?|heart ?rate|pulse)',
    'heart ?beats? (is |was |feels |keeps |has been )?(\\w+ )?(flutter*|skipping|jumping|erratic|all over the place|thudding|banging|hammering|galloping)',
  ],
  // Caffeine by the names of the drinks (for a heartbeat explained by them).
  caffeine_drinks: [
    '(espressos?|lattes?|cappuccinos?|americanos?|flat whites?|cups of (tea|coffee)|red ?bulls?|monsters?|pre-?workout|cans of (coke|red bull|monster))',
  ],
  // Sight said to be normal after a knock to the eye (NHS eye injuries: A&E only if vision
  // changes, severe pain, blood in the eye or a cut).
  vision_fine: [
    '(vision|sight|eyesight|seeing) (is |was |seems |looks |has been )?(totally |completely |perfectly )?(fine|ok|okay|normal|good|clear|perfect|unaffected|not affected)',
    'can see (fine|ok|okay|normally|perfectly|clearly|properly|as normal)',
  ],
  // Swallowed things that do no harm (NHS: chewing gum, a fruit pip, a bit of crayon).
  harmless_swallow: [
    '(piece|bit|bits|lump) of (chewing gum|bubble gum|gum|apple|bread|paper|tissue|crayon|chalk|playdough|play-doh|food|banana|sand)',
    '(swallowed|ate|eaten|swallow) (his |her |my |some |a |the )?(chewing gum|bubble gum|gum|pip|pips|seeds?|cherry stone|sand|playdough|play-doh|chalk|crayon)',
  ],
};

/** Reassurances (cue kind: never filtered). */
export const WAVE9E_CUES: Concepts = {
  // After a knock: the warning signs said to be absent ("tiny bump, no headache now").
  head_signs_denied: [
    "(no|not|without|hasn't had|haven't had|hasn't been|haven't been) (any )?(headache|headaches|sickness|vomiting|sick|being sick|dizziness|dizzy|drowsiness|drowsy|confusion|other symptoms)",
  ],
};
