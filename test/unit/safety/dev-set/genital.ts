// Genitals and sexual health: sudden testicular pain (torsion), priapism over 4 hours,
// paraphimosis, Fournier's gangrene: emergency (NHS testicle pain; NICE CKS scrotal pain).
// Epididymitis, PID, genital herpes, Bartholin's abscess, emergency contraception, sexual
// assault, a retained tampon: same day.
import { parseCases } from './parse';

export default parseCases(
  'genital',
  `
E plain | sudden severe pain in my left testicle, it's swollen and I've been sick
E parent | my 13 year old son woke up in agony in his balls and he's vomiting
E texting | my nut is killing me outta nowhere n its sitting higher up than the other one
E non-native | very strong pain in my testicle since one hour, it came suddenly, I am 16
E plain | I've had an erection for five hours and it's painful
E plain | fever and a red swollen painful area spreading from my scrotum, the skin is going dark, I'm diabetic
E plain | my foreskin is stuck behind the head of my penis and it's swelling up
E typo | sharp pane in my testical came on suddenly while sleeping, feel sick
U plain | my testicle has been aching and swollen for two days, and it burns when I pee
U plain | very painful blisters on my genitals, it hurts to pee
U plain | the condom split last night and I need the morning after pill
U units | pelvic pain, fever of 38.3 and a smelly discharge
U plain | my vulva is swollen with a very painful lump on one side, I can't sit down
U plain | I was sexually assaulted last night
U parent | my 3 year old has a swollen red scrotum, he doesn't seem bothered
U plain | I think there's a tampon stuck, it's been three days and there's a smelly discharge
U plain | I got a needle stick injury from a used needle in the park
U non-native | I have pain in lower belly and yellow discharge and fever, after new partner
R plain | itchy thrush, can I use canesten?
R question | how often should I check my testicles?
R plain | found a painless pea-sized lump in my testicle this week, feel fine
R question | one testicle hangs lower than the other, is that normal?
R plain | my periods are irregular, is that normal at 15?
R question | can I get an STI test without any symptoms?
R plain | erectile dysfunction, what can I take?
R history | I had chlamydia last year and it was treated, should I get tested again?
R mild | my balls ache a little after a long bike ride, no swelling
`,
);
