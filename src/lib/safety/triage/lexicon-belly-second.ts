// Lexicon, phase 25 thirty-third round: the belly, bowels, waterworks and genitals, a second
// author on p25s's theme (fresh-triage-p26l.json, committed unread after cb09ea7, read at once:
// 4 of 40 emergencies missed): a stoma gone "a really dark purple almost black", a kidney stone
// with pain past all painkillers and no water kept down, a flare of ulcerative colitis with 12
// bloody stools, a temperature and a fast pulse, black tarry stools on aspirin with wobbliness on
// standing asked as "is it normal"; a stoma with no output for 12 hours and cramps, a
// suprapubic catheter come out, a hernia harder to push back, a tampon out of reach since
// yesterday, constipation with vomiting and bloating. Sources: ASCN (a dark stoma: 999; no
// output with cramps: the stoma nurse or 111 today), NICE CKS renal colic (admit when pain is
// uncontrolled or fluids are not kept down), BSG (acute severe ulcerative colitis: six or more
// bloody stools a day with fever or a pulse over 90: admission), NICE CKS (suprapubic catheter
// out: the tract closes within hours), NHS (a tampon that cannot be removed: a GP or nurse today).
// Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const BELLY_SECOND_SIGNS: Concepts = {
  // A stoma turned dark, with more words between ("a really dark purple almost black").
  stoma_dusky_more: [
    '(stoma|ileostomy|colostomy|urostomy) ~10 (gone|turned|turning|going|looks?|looking|is|now|has|got|become) (a )?(really |very |quite |almost |deep |dark |really dark |very dark ){0,2}(purple|purply|black|blackish|dusky|navy|blue|bluish|grey|gray)',
  ],
  // A stoma with nothing out ("hasnt put anything out for 12 hours").
  stoma_no_output_more: [
    "(stoma|bag) ~4 (hasn't|hasnt|has not|not|nothing) ~2 (put|passed|produced|come|came|gone|going) (anything |any )?(out|into the bag|in the bag)",
  ],
  // Inflammatory bowel disease named.
  ibd_named: ["(uc|ulcerative colitis|colitis|crohn's|crohns|crohn|ibd|inflammatory bowel)"],
  // Many stools a day.
  stools_many: [
    '\\b([6-9]|[1-9]\\d|six|seven|eight|nine|ten|twelve|fifteen|twenty) (bloody |loose |runny |watery )?(poos|stools|bowel movements|motions|times)( today| a day| in a day| since)?',
  ],
  // A suprapubic or urinary catheter come out.
  catheter_out: [
    '(catheter|suprapubic|spc) ~6 (came out|fell out|pulled out|come out|fallen out|has come out|slipped out|got pulled)',
  ],
  // A hernia harder to push back.
  hernia_harder: [
    '(harder|more difficult|difficult|hard|struggling|struggle|takes longer) to (push|pop|get|put) (it |him )?back( in)?',
  ],
  // Constipated for days ("constipated for 8 days despite laxatives").
  constipated_days_lay: [
    '(constipated|bunged up|not been for a poo|not had a poo|no poo) ~4 (for |in )?(\\d+|three|four|five|six|seven|eight|nine|ten|a few|several) days',
  ],
  // A tampon or cup that cannot be reached or removed.
  tampon_stuck: [
    // "tampon been in for 4 days now i cant reach it" (phase 25, fresh-triage-p27w io039): ~8.
    "(tampon|tampon string|string|menstrual cup|mooncup|cup) ~8 (stuck|can't reach|cant reach|gone up|lost|can't get (it )?out|cant get (it )?out|can't find|cant find)",
  ],
};
