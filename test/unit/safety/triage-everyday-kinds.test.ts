// Phase 13, helper efa (issues 10 and 11): the kinds of reading behind the everyday questions'
// false alarms (test/fixtures/triage-everyday, tuning half only; `npm run triage:everyday`),
// each beside the dangerous twin that must keep its level. Written with the fixes, so a
// regression guard, not an evaluation (the everyday held-out half is the figure). Not named
// triage-probes-*: these lines are not training material for the net.
import { describeProbes, parseProbes } from './probe-harness';

describeProbes(
  'everyday questions: how a symptom is told, against its red flags (regression)',
  parseProbes(`
R condition-asked | my son gets nosebleeds every week, sometimes they take ages to stop. could he have a bleeding disorder?
U condition-asked | do i have a bleeding disorder? i bruise easily and my gums bleed when i brush
E condition-asked | nosebleed won't stop after 20 minutes of pressure, could she have a bleeding disorder?
E condition-asked | my son has a bleeding disorder and his nosebleed has been going for 30 minutes
R device-reading | my fitbit keeps pinging afib alerts, otherwise i feel fine, is it wrong?
U device-reading | my apple watch keeps alerting me about afib, i feel fine but it's 140
U device-reading | smart watch says AFib, 110 irregular, I feel ok, no pain
U device-reading | apple watch says irregular rhythm and i feel dizzy
R months-long | still out of breath 3 months after covid, is that normal?
U months-long | short of breath for 3 months and now it's much worse, even sitting still
U months-long | out of breath for 2 months since my knee surgery and my calf is swollen
E months-long | been breathless for a few months and today my lips look blue
R sensation-not-injury | it burns when i pee, how do i know if it's cystitis
E sensation-not-injury | my son burned his arm with boiling water, huge blisters
R episode-over | fever has been gone for 4 days but i still feel tired, can i go back to work?
R episode-over | passed a kidney stone last week, what should i drink to stop another one?
U episode-over | i think i'm passing a kidney stone, worst pain of my life
U episode-over | passed a stone yesterday but now fever and shaking
R recurrent-pattern | now and then my heart skips a beat when i'm lying in bed, is that dangerous?
E recurrent-pattern | every now and then my heart skips a beat and i nearly pass out
E recurrent-pattern | occasionally my heart flutters and i get chest pain with it
R recurrent-pattern | most nights my hands go numb while i sleep and i wake up with dead arms
E recurrent-pattern | both my arms went numb and tingly this morning and my face is drooping
`),
);
