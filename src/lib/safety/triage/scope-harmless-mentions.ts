// Data for scope.ts: dark words that are a topic, not a person's state (phase 25, read from
// fresh-triage-p25x.json's over-reads after its round: news, a song's chorus, a film, a child's
// question about a word). Regular expressions over normalized text.

/**
 * "The news about that celebrity suicide", "a song with 'i just wanna die' in the chorus", "watched a
 * film where someone overdoses", "the right way to use an epipen", "a recognised thing after
 * sepsis", "watched that footballer collapse on the telly" (phase 25, fresh-triage-p26p hh141):
 * "if i put in stuff about chest pain ... does it go anywhere" (phase 25, fresh-triage-p27a
 * hs150): what follows each match is
 * talked about (read through
 * ABOUT_CUES, scope-cue-lists.ts: within five words of the cue's end).
 */
export const MENTION_ABOUT =
  /\b(?:(?:the )?(?:news|headlines?|reports?|stories|story) (?:about|of|on)|(?:song|songs|lyrics?|chorus|verse|track|rap|meme|trend|sound)s? (?:with|that goes|that says|goes|says|called|named|about|where)|(?:watched|watching|saw|seen|read|reading) (?:a|an|the|this|that) (?:\w+ )?(?:film|movie|show|series|documentary|programme|program|episode|video|clip|book|novel|drama|soap|play) (?:where|in which|about|that|when)|(?:the )?(?:right|correct|proper|best|safest) way to (?:use|give|do|inject|hold|store)|(?:a )?(?:recognised|recognized|known|common|normal|usual) (?:thing|side effect|problem|symptom|complication|issue|effect) (?:after|with|of|from|following)|(?:assessments?|appointments?|reviews?|referrals?|therapy|leaflets?|workshops?|resources?) (?:after|for|about|on|following)|(?:type|typed|typing|put in|write|wrote|enter|search|searched|google|googled|look up|looked up) (?:stuff|things|anything|something|questions|info|words|messages) (?:about|on|like)|(?:watched|watching|saw|seen) (?:a|an|the|that|this) (?:\w+ )?(?:footballer|player|runner|athlete|cyclist|boxer|celebrity|presenter|singer|contestant)(?= (?:collapse|collapsing|go down|going down|drop|dropping|fall|falling)\b))\b/g;

/** Cheap guard for MENTION_ABOUT. */
export const MAY_BE_MENTION =
  /\b(?:news|headlines?|reports?|stor(?:y|ies)|stuff|things|anything|something|questions|info|words|messages|songs?|lyrics?|chorus|verse|track|rap|meme|trend|sound|watched|watching|saw|seen|read|reading|way|recogni[sz]ed|known|common|normal|usual|assessments?|appointments?|reviews?|referrals?|therapy|leaflets?|workshops?|resources?)\b/;

/**
 * A child's question about what a word means, the whole of it: "asked what 'suicide' means after
 * hearing it on the news" (read through FIGURATIVE_CUES: occurrences inside do not count).
 */
export const WHAT_WORD_MEANS =
  /\b(?:asked|asking|asks|ask|wants to know|wanted to know|wondered|wondering|explain|explaining) (?:me |us |him |her |them )?what (?:the word )?['"‘“]?[a-z][\w' -]{0,24}?['"’”]? (?:means|meant|is|was)\b/g;

/** Cheap guard for WHAT_WORD_MEANS. */
export const MAY_BE_WHAT_WORD = /\bwhat\b[^.!?]{1,40}\b(?:means|meant)\b/;

/**
 * The same just before a crisis word, which the about cues do not reach when the writer is in
 * the message (read through TOPIC_BEFORE_CUES): "the news about that celebrity suicide has really
 * got to me", "singing that tiktok song with 'i just wanna die' in the chorus".
 */
export const NEWS_BEFORE =
  /\b(?:news|headlines?|reports?|story|stories|article|documentary) (?:about|of|on) (?:that |the |a |this |another )?(?:\w+ ){0,2}$/;

/** A song's or a trend's words quoted just before the crisis word. */
export const SONG_QUOTED_BEFORE =
  /\b(?:song|lyrics?|chorus|verse|track|rap|meme|trend|sound)s?(?: [\w']+){0,5}? (?:with|that goes|that says|goes|says|called|named|where it says)\s*['"‘“](?:[\w']+ ){0,4}$/;

/**
 * Getting rid of used needles, a question about a bin (phase 25, fresh-triage-p26e gw050: "where
 * do i get rid of used insulin needles" read as a needle-stick). Read through FIGURATIVE_CUES.
 */
export const NEEDLE_DISPOSAL =
  /\b(?:get rid of|dispose of|disposing of|disposal of|throw away|throw out|bin|put|recycle|store) (?:my |the |our |his |her |all the )?(?:used |old |empty |spare )*(?:insulin |epipen |ozempic |clexane |fragmin |injection )?(?:needles|sharps|syringes|lancets|pens)\b/g;

/** Cheap guard for NEEDLE_DISPOSAL. */
export const MAY_BE_NEEDLE_DISPOSAL = /\b(?:needles|sharps|syringes|lancets)\b/;

/**
 * A partner worried about hurting the baby during sex in pregnancy, the whole of it: "is sex safe
 * when pregnant? my husband is worried hell hurt the baby lol" (phase 25, fresh-triage-p26d
 * gv114). The worrier is the one who would hurt, so it is not a threat; "I'm worried he'll hurt
 * the baby" (another person) is not matched. Read through FIGURATIVE_CUES.
 */
export const PARTNER_WORRY_SEX =
  /\b(?:husband|partner|boyfriend|fianc[eé]e?|he) (?:is |gets |was |'s )?(?:worried|scared|afraid|nervous|paranoid) (?:that )?(?:he'll|he will|he might|hell|it'll|it will|it might|sex will|we'll|we will) (?:hurt|harm|damage|squash|poke|disturb) the baby\b/g;

/** Cheap guard for PARTNER_WORRY_SEX. */
export const MAY_BE_PARTNER_WORRY = /\b(?:hurt|harm|damage|squash|poke|disturb) the baby\b/;

/**
 * Topics just before a crisis word (read through TOPIC_BEFORE_CUES; phase 25, fresh-triage-p26h's
 * over-reads): "what actually happens in a psychosocial assessment after self harm", "any good
 * training on talking to teens about suicide", "essay question: 'was Ophelia's death suicide?'",
 * "gp glued a self harm cut yesterday".
 */
export const SERVICE_TOPIC_BEFORE =
  /\b(?:assessments?|appointments?|reviews?|referrals?|sessions?|therapy|groups?|courses?|training|talks?|leaflets?|workshops?|resources?|advice|tips|support)\s+(?:after|for|about|on|following)(?:\s+[\w']+){0,5}\s*$/;

export const ESSAY_QUESTION_BEFORE =
  /\b(?:essay|exam|homework|assignment|coursework|revision|debate|seminar)s?\s+(?:question|title|prompt|topic|task)s?:?\s*['"‘“]?(?:[\w']+\s+){0,8}$/;

export const CLINICIAN_TREATED_BEFORE =
  /\b(?:gp|nurse|doctor|a&e|hospital|they|minor injuries)\s+(?:glued|stitched|closed|dressed|stapled|steri-?stripped|cleaned)\s+(?:up\s+)?(?:a|my|the|her|his)\s*$/;

/**
 * Dark words of a game, a meme or quoted slang, the whole of each (read through FIGURATIVE_CUES):
 * "i accidentally killed myself in minecraft", "me after seeing my crush liked my old tiktok: i
 * want to die 💀", "my teen says 'kms' all the time in texts, like 'homework kms'". Quoted slang
 * only when said to be habitual or given as an example, never "texted me 'gonna kms tonight'".
 */
export const GAME_MEME_SLANG =
  /\b(?:(?:killed|kill|killing|died|dying|die)\s+(?:myself\s+|me\s+|him\s+|her\s+)?(?:in|on|playing)\s+(?:minecraft|fortnite|roblox|gta|cod|call of duty|apex|valorant|overwatch|zelda|mario|sims|the game|a game|my game|this game|[a-z]+craft)\b|me (?:after|when|seeing|realising|realizing|finding out|watching)[^.!?:]{3,80}:\s*(?:i\s+)?(?:want to|wanna|just want to|literally want to) die\b|(?:says?|saying|writes?|texts?|types?|uses?)\s+['"‘“](?:kms|kys|unalive)['"’”]\s+(?:all the time|constantly|a lot|loads)|like\s+['"‘“](?:[\w']+\s){1,3}(?:kms|kys)['"’”])/g;

/** Cheap guard for GAME_MEME_SLANG. */
export const MAY_BE_GAME_MEME =
  /\b(?:minecraft|fortnite|roblox|gta|cod|duty|apex|valorant|overwatch|zelda|mario|sims|game|\w+craft|me (?:after|when|seeing|realising|realizing|finding|watching)|kms|kys|unalive)\b/;

/**
 * Driving again after a seizure months ago, a licence question (read through FIGURATIVE_CUES):
 * "my neurologist says i can drive again after my seizure in january, what do i need to tell the
 * DVLA?" (phase 25, fresh-triage-p27k ic160). Only with the seizure dated months back: "can i
 * drive after my seizure this morning" is not matched and counts.
 */
export const DRIVE_AFTER_SEIZURE =
  /\b(?:can|could|allowed to|cleared to|ok to|okay to|able to|start|get back to|back to) (?:\w+ )?(?:drive|driving) (?:again )?(?:after|since|following) (?:my|his|her|a|the) (?:last |first |only |single |one )?(?:seizure|fit|blackout|tia|mini stroke)s? (?:in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|last (?:year|summer|winter|spring|autumn)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:months?|years?) ago)\b/g;

/** Cheap guard for DRIVE_AFTER_SEIZURE. */
export const MAY_BE_DRIVE_AFTER = /\bdriv(?:e|ing)\b/;

/**
 * A febrile seizure named by a clinician as the past diagnosis (read through FIGURATIVE_CUES):
 * "neurologist said febrile seizures. she has a temp of 38.3 now and is fine in herself" (phase 25,
 * fresh-triage-p27o ig007). The diagnosis's words are no fit now; a fit told now ("she's
 * fitting") is outside the match and counts.
 */
export const FEBRILE_SEIZURE_NAMED =
  /\b(?:neurologist|doctor|doctors|gp|consultant|paediatrician|pediatrician|hospital|a&e|a and e|they|he|she) (?:said|says|told us|told me|diagnosed)(?: (?:it was|it's|its|it is|her with|him with|them with|they were|they are))? (?:just )?(?:a |simple )?febrile (?:seizures?|convulsions?|fits?)\b/g;

/** Cheap guard for FEBRILE_SEIZURE_NAMED. */
export const MAY_BE_FEBRILE_NAMED = /\bfebrile\b/;
