// Stroke and TIA: FAST (face, arm, speech) plus the posterior signs (sudden vertigo with
// imbalance, double vision, vomiting) and sudden confusion; symptoms that come and go still
// need 999 (NHS stroke; NICE NG128). TIA days ago, resolved: seen within 24 hours.
import { parseCases } from './parse';

export default parseCases(
  'stroke',
  `
E texting | my right hand just stopped working, cant hold my phone properly, typing with my left
E third-person | Mum's words are coming out all jumbled, she's trying to talk but it's nonsense, started 20 mins ago
E plain | sudden double vision and I can't walk straight, keep throwing up
E third-person | my grandad is 81, he has suddenly gone really confused, doesn't know where he is, he was fine at lunch
E non-native | my wife face is not straight on one side when she smile and her arm is weak, start 1 hour ago
E typo | my dads face is droopin and his speach is slured
E long | We were having dinner and my husband was telling a story, then halfway through he just stopped and couldn't find any words, he looked frustrated and his right arm went floppy. It came back after about ten minutes and now he's fine and says he doesn't want a fuss. Should we just see the GP on Monday?
E plain | I can't feel the left side of my body and my leg gave way under me
E plain | I suddenly can't see anything in the right half of my vision in both eyes
E third-person | my sister is 34, she woke up and her mouth is drooping and drooling on one side, she can't smile properly
E third-person | his speech is suddenly slurred but he hasn't had a drink all day
E plain | all of a sudden the room is spinning, I keep falling to the left when I stand and my speech sounds weird
E plain | my arm and leg on one side went numb and weak for a few minutes this morning, it's gone now
E third-person | grandma is 90, she suddenly can't understand anything we say to her and she's talking gibberish
E plain | sudden loss of balance, bad headache and I keep vomiting, can't walk in a straight line
E third-person | he just fell over at the bus stop and one side of his face looks like it's melting
E typo | suddnly my leg and arm on the left are weak and my mouth feels numb
E non-native | my mother she cannot lift her right arm since this morning and she talk strange
E texting | dad cant get his words out properly and keeps dropping his cup, started like half hr ago
E long | Hi there, my partner and I are on holiday and I'm not sure what the local number is for a GP. About an hour ago at breakfast he said his left hand felt like it belonged to someone else, and now he keeps missing things when he reaches for them and his smile looks crooked in photos. He says he's just tired from the flight. Any ideas for jet lag?
U plain | for a couple of weeks I keep dropping things with my right hand and it feels clumsy, nothing else wrong
U plain | I had a funny episode three days ago when my left hand went numb for about ten minutes, all fine since
U plain | a week ago I lost the sight in one eye for a few minutes like a curtain came down, then it came back
U plain | one side of my face feels a bit numb and tingly since yesterday, I can still smile fine
U third-person | my left leg has been getting weaker over the last few days and I'm tripping over
U plain | my wife noticed my words sound a bit slurred in the evenings this week, I'm 70
U plain | new tingling in both feet that has crept up to my knees over two days
R question | what does FAST stand for with strokes?
R history | my dad had a stroke three years ago and is doing well, can he travel abroad?
R explained | my hand went numb after I slept on it funny, it was fine after I shook it
R mild | my speech gets a bit muddled when I'm really tired, it's been like that for years
R hypothetical | if someone is having a stroke should I give them aspirin?
R negation | no weakness or numbness and no speech problems, I just get tension headaches after work
R history | had a mini stroke last year, I'm on clopidogrel now, can I take ibuprofen for my knee?
R explained | my lip still feels numb after the dentist's injection, how long will it last?
R plain | pins and needles in my fingers when I type a lot, could it be carpal tunnel?
R cleared | went to A&E yesterday with dizziness, they did a CT and said no stroke, just an inner ear infection, how long does it take to settle?
`,
);
