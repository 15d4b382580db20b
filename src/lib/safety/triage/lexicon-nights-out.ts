// Lexicon, phase 25 sixteenth round: nights out, drink and drugs (fresh-triage-p25q.json, read
// once at d74fb43): drugs swallowed in their wrap, a hangover's paracetamol counted at the end of
// the day, cheap spirits abroad with snowy sight, "stopped making sense" with hot dry skin, the
// lay words for sex without a condom, a shared needle, dark poo after a binge, a deep dirty cut
// with no tetanus remembered. Sources: TOXBASE (body stuffing; staggered paracetamol overdose),
// UKHSA (methanol), NHS (heatstroke; black poo; tetanus-prone wounds), BASHH (PEP). Pattern
// language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const NIGHTS_OUT_SIGNS: Concepts = {
  // Drugs swallowed in a bag or a wrap ("swallowed my baggie", "ate the wrap when the police
  // came"): the wrap can leak (TOXBASE: A&E even when well).
  drugs_swallowed_wrapped: [
    '(swallowed|swallow|ate|eaten|gulped|necked) (my |his |her |the |a |their |our )?(baggie|baggy|bag|wrap|wraps|packet|package|stash|gear|bag of (coke|pills|mdma|md|ket|weed|drugs))\\b',
    '(swallowed|ate) ~6 (coke|cocaine|crack|heroin|mdma|md|pills|drugs|gear) ~4 (wrapped|cling ?film|in a bag|baggie|condom|balloon)',
  ],
  // Tablets counted for the day ("prob 16-18 tablets altogether by bedtime", "didn't really
  // count").
  tablets_total_lay: [
    '([9]|[1-9][0-9]) ?(-|to|or) ?([1-9][0-9]) (tablets|pills|paracetamol|co-?codamol|cocodamol)',
    '([9]|[1-9][0-9]) (tablets|pills|paracetamol|co-?codamol) (altogether|in total|total|all day|by bedtime|through the day|throughout the day)',
    "(didn't|did not|didnt|never) (really )?(count|keep count|keep track)",
  ],
  // A cheap or local spirit, cocktail or shot, often abroad.
  spirit_cheap: [
    '(cheap|local|street|free|unlabell?ed|unbranded|bucket|dodgy) (local )?(vodka|spirits?|alcohol|cocktails?|shots|gin|rum|arak|raki|rakia|booze|drinks|whisky|vodka cocktails?)',
  ],
  // Sight gone blurry or snowy, said as "everything's".
  vision_blur_lay: [
    "everything'?s (\\w+ )?(blurry|blurred|snowy|foggy|misty|hazy|fuzzy)",
    '(blurry|blurred) and (kind of |sort of |a bit )?(snowy|foggy|misty)',
  ],
  // Muddled in lay words: "stopped making sense", "talking nonsense".
  confused_lay: [
    // "barely making sense now" (stop 50, fresh-triage-p30h kz148).
    "(stopped|not|isn't|isnt|wasn't|wasnt|doesn't|didn't|no longer|stops|barely|hardly|not really|scarcely) (making|talking) (any |much )?sense",
    'making no sense',
    'talking (nonsense|gibberish|jibberish|rubbish|gobbledygook)',
  ],
  // A stomach bug named, not its symptoms ("had a tummy bug for 2 days").
  stomach_bug_lay: [
    '((tummy|stomach|sickness|vomiting|winter) bug|gastro|gastroenteritis|norovirus|d ?(&|and) ?v)',
  ],
  // Sex without a condom in lay words.
  condomless_lay: [
    '(bareback|barebacked|barebacking|raw sex|went raw|had it raw|without (a )?condom|no condom|condomless|condom (split|broke|came off|slipped off))',
  ],
  // A needle or the works shared.
  needle_shared: [
    '(shared|sharing|share|borrowed|used) ~3 (needles?|works|syringes?|pins?|his needle|her needle|their needle)',
    // "pretty sure the needle had been used by someone else" (phase 25, stop 46, p28o jg101).
    '(needle|needles|syringe|works|pin|kit|gear) ~3 (had been|was|was already|has been|been) used (by )?(someone|somebody|another|others|else|other people)',
  ],
  // Poo that is dark or black, in lay words ("my poo is kind of dark? not sure if its black").
  stool_dark_lay: [
    '(poo|poos|stool|stools|bowel movements?|number twos?) (is|are|was|were|has been|have been|looks?|looked|seems?|gone|going|turned) ~3 (dark|black|blackish|tarry|like tar)',
    '(dark|black|blackish|tarry) (poo|poos|stool|stools)',
  ],
  // What else makes poo dark: iron, bismuth, dark foods.
  stool_dark_explained: [
    '(iron (tablets|supplements?|pills)|ferrous|bismuth|pepto|blueberr\\w*|beetroot|liquorice|licorice|black pudding|spinach)',
  ],
  // A cut in lay words: deep, dirty or sliced open.
  wound_lay_deep: [
    '(sliced|cut|gashed|split|ripped|tore|torn) (\\w+ ){0,3}(open|hand|arm|leg|finger|palm|foot|knee|shin|thumb)',
    '(deep|dirty|gaping|mucky) (cut|wound|gash)',
    '(deep and dirty|dirty and deep)',
  ],
};
