// Words that say nothing about which health problem a message is about (a data table). Two
// lists: GLUE is removed before the lay-to-clinical phrases are matched, so that "short of
// breath" and "shortness of breath" both read "short breath"; STOP is removed after, so that
// "back" can still take part in "lower back pain" before it is dropped as "came back".
//
// STOP goes well beyond English function words: people asking about their health all write
// "I feel", "for 3 days", "still", "is this normal", "should I worry", "please help", and in
// a pool of a thousand posts those words match everything. Fragments of split contractions
// ("don", "isn", "t", "ve") are here too, for text tokenized on apostrophes.

const words = (list: string) => list.split(/\s+/).filter(Boolean);

export const GLUE: readonly string[] = words(`
  a an the of to for my your his her its their our me i it is are was were be been being am
  and or so very really just this that these those on in at by with`);

export const STOP: readonly string[] = words(`
  about above after again against all almost along already also although always among any
  anybody anyone anything anyway anywhere around as aside away because before behind below
  beside besides between beyond both but can cannot could couldn did do does doing done down
  during each either else enough even ever every everybody everyone everything everywhere
  except few from further had has have having he hence her here hers herself him himself how
  however if into itself let lets may maybe me might mine more most much must myself neither
  nor not nothing now nowhere off once one only onto other others otherwise ought ours
  ourselves out over own per perhaps rather same she should since some somebody someone
  something sometime somewhat somewhere such than then there thereby therefore these they
  thing things though through throughout thru thus till together too toward towards under
  unless until up upon us we what whatever when whenever where whereas wherever whether which
  while who whoever whole whom whose why will with within without would yet you yours
  yourself yourselves

  im ive id ill youre youve youll youd hes shes weve were theyre theyve theyll dont doesnt
  didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt couldnt shouldnt mustnt cant
  thats whats theres heres wheres whos lets don doesn didn isn aren wasn weren hasn haven hadn
  won wouldn couldn shouldn mustn ca s t d ll m re ve o

  get gets got gotten getting go goes going gone went come comes came coming make makes made
  making take takes took taken taking give gives gave given put keep keeps kept seem seems
  seemed look looks looked looking see saw seen try tries tried trying want wants wanted need
  needs needed know knows knew known think thinks thought say says said tell tells told ask
  asks asked asking feel feels feeling felt wonder wondering wondered guess hope hoping
  start starts started starting stop stops stopped happen happens happened happening use used
  using find found call called let

  day days daily week weeks weekly month months monthly year years yearly hour hours minute
  minutes time times today tonight yesterday tomorrow morning mornings night nights evening
  evenings ago recently recent lately currently now since last next first second third past
  soon early later often sometimes usually always never ever still again already yet while

  back really very quite pretty rather bit little lot lots much many more most less least
  kind sort type just also even ever well good bad better best worse worst fine okay ok
  sure like likely probably possibly actually basically literally definitely maybe almost
  completely totally extremely super so such same different new old big small long short
  right left high low huge tiny

  symptom symptoms normal abnormal thing things stuff something anything nothing everything way ways part
  point case cases issue issues problem problems question questions answer answers advice
  help please thanks thank hi hello hey dear doc doctor doctors dr physician physicians
  reddit post posts posted posting edit update updated tldr lol ty yes no yeah nope
  anyone someone somebody everyone people person guy guys sir madam
  worried worry worrying worries concerned concern concerns scared afraid anxious nervous
  curious confused wonder sorry appreciate appreciated advance
  normally usual typical typically common commonly general generally
  able unable safe safely safety anymore somehow especially certain weird strange odd
  lie lying laying sit sitting sat side sides sign signs cause causes caused causing mean
  means meaning show shows showed shown level levels place end ended home work working
  heard hear couple kill killing body routine result results spring summer winter autumn
  diagnosed diagnosis diagnose seriously serious

  wife husband partner spouse boyfriend girlfriend fiance fiancee friend friends mom mum
  mother dad father parent parents brother sister sibling siblings family relative
  relatives coworker coworkers roommate neighbor neighbour myself himself herself

  male female man woman men women age aged sex gender height race ethnicity caucasian
  hispanic latino asian duration complaint location existing relevant current include
  photo photos picture pictures info information details background history

  lol omg ugh idk tbh btw pls plz thx kinda sorta gonna wanna gotta ya yall u ur
  rn tho wat n bc cuz coz ppl abt prob def dunno haha lmao smh ngl srsly asap jk
  thinking mostly mainly scare scares scary freak freaking freaked barely
  appt appointment appointments checkup sent
  them saying nobody supposed properly instead reason reasons true wrong notice noticed
  noticing mention mentioned wait waiting waited bring fixable rid

  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
  fifty hundred half dozen few several

  monday tuesday wednesday thursday friday saturday sunday weekend weekends weekday weekdays
  facebook google googled googling internet online website article articles tiktok youtube
  instagram twitter whatsapp forum`);

/**
 * Words ending in "-ly" that name something rather than say how (every other one of six
 * letters or more is an adverb: "honestly", "nearly", "suddenly" match any post).
 */
const NOT_ADVERBS: ReadonlySet<string> = new Set(
  words(`
  belly jelly elderly family assembly anomaly butterfly supply reply apply comply italy july
  bully rally lily holy ugly oily curly scaly hilly chilly lonely lovely friendly costly
  smelly tingly wobbly prickly bubbly sickly wrinkly crumbly bumply jiggly squiggly gravelly
  sexually nightly bilaterally unilaterally`),
);

/** An adverb in "-ly" (a stop word): "slightly", "constantly", "honestly". */
export const isAdverb = (word: string) =>
  word.length >= 6 && word.endsWith('ly') && !NOT_ADVERBS.has(word) && !word.endsWith('megaly');

/** Units a number is kept with ("500 mg" → "500mg"); a number alone says nothing. */
export const UNITS: Readonly<Record<string, string>> = {
  mg: 'mg',
  mcg: 'mcg',
  ug: 'mcg',
  g: 'g',
  ml: 'ml',
  l: 'l',
  kg: 'kg',
  kgs: 'kg',
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
  cm: 'cm',
  mm: 'mm',
  iu: 'iu',
  units: 'iu',
  bpm: 'bpm',
  mmhg: 'mmhg',
  percent: '%',
  '%': '%',
  f: 'f',
  c: 'c',
  degrees: 'deg',
  degree: 'deg',
  '°': 'deg',
  '°f': 'f',
  '°c': 'c',
};
