// Banner wording for the same-day flags of rules-same-day.ts: a medicine, an exposure or a
// sense that needs a clinician today. Facts from the MHRA, BHIVA, RCOG, UKONS and NICE CKS;
// wording ours. Labels name what was noticed, never a diagnosis.

import type { FlagDef } from './flag-types';

const CALL_IF = 'Call your local emergency number (911 / 112 / 999)';

const u = (id: string, domain: string, label: string, advice: string): FlagDef => ({
  id,
  level: 'urgent',
  domain,
  label,
  advice,
});

export const SAME_DAY_FLAGS: readonly FlagDef[] = [
  u(
    'safeguarding-concern',
    'safeguarding',
    'A child who may be being hurt',
    `Tell your safeguarding lead or children's social care today (in the UK, the NSPCC helpline 0808 800 5000 can advise), and write down what you saw and what the child said, in their words. Do not question the child or confront the family. ${CALL_IF} if the child is in danger now.`,
  ),
  u(
    'bowels-stopped',
    'belly',
    'Bowels not opened for days, with a swollen tummy or off food',
    `Contact a doctor today (a GP, or a nurse line such as 111 in the UK): constipation that goes on with a swollen tummy or going off food can block the bowel, and needs checking sooner in someone who cannot say how they feel. ${CALL_IF} if they are being sick (above all green), have severe pain or pass no wind at all.`,
  ),
  u(
    'pain-cant-say',
    'behaviour',
    'Pain shown by behaviour in someone who cannot say where it hurts',
    `Contact their GP today (or a nurse line such as 111 in the UK): new pain shown by holding a jaw, an ear or the tummy, a different cry or going off food needs a clinician to look for the cause (teeth, ears, constipation, a fracture, an infection). Bring their hospital passport or care plan so the clinician knows what is usual for them. ${CALL_IF} if they become drowsy, breathe fast or stop drinking.`,
  ),
  u(
    'tube-feed-problem',
    'belly',
    'Sick after tube feeds',
    `Contact the nutrition team, the dietitian or a GP today and stop or slow the feed as the care plan says: vomiting after feeds risks breathing the feed in and missing medicines given by the tube. ${CALL_IF} if they cough or struggle to breathe after vomiting, or the tummy becomes hard and painful.`,
  ),
  u(
    'medicine-not-kept-down',
    'medicine',
    'A vital medicine missed, vomited back or not working',
    `Contact a doctor, a pharmacist or a nurse line (111 in the UK) today: a dose that was vomited back may need replacing another way, and a treatment that has stopped working needs a new plan. ${CALL_IF} if a fit starts, or you cannot stop vomiting.`,
  ),
  u(
    'infection-needs-check',
    'infection',
    'A rash or infection a doctor should see today',
    `Contact a doctor or a nurse line (111 in the UK) today: some infections and spreading rashes need treatment soon. ${CALL_IF} if the person becomes drowsy, breathless, or the lips or tongue swell.`,
  ),
  u(
    'medicine-side-effect',
    'medicine',
    'A side effect of a medicine that needs checking today',
    `Contact the doctor who prescribes it or a pharmacist today, and ask whether to stop it until then. ${CALL_IF} if you cannot pass urine, become confused or very weak.`,
  ),
  u(
    'lump-needs-check',
    'general',
    'A lump with warning signs',
    `Contact a doctor today or in the next day or two and say that the lump is growing or comes with night sweats or weight loss: it needs checking soon. ${CALL_IF} if it makes breathing or swallowing hard.`,
  ),
  u(
    'fumes-exposure',
    'poison',
    'Breathed in chemical fumes',
    `Get into fresh air, rinse burning eyes with water, and call a poison line or a nurse line (111 in the UK) today for advice. ${CALL_IF} if breathing becomes hard, wheezy or tight.`,
  ),
  u(
    'blood-count-check',
    'infection',
    'Sore throat or fever on a medicine that can lower white blood cells',
    `Contact the doctor who prescribes it today and say which medicine you take: they will want an urgent blood count. ${CALL_IF} if you feel very unwell, shivery or confused.`,
  ),
  u(
    'end-of-life-distress',
    'end-of-life',
    'New pain or distress in someone at the end of life',
    `Call their palliative care team, district nurses or hospice now: most have a 24-hour number, often in the care folder or on the just-in-case medicines box (in the UK, 111 if you cannot reach them). A nurse can come and give those medicines. ${CALL_IF} if that is in the person's plan or you cannot reach anyone.`,
  ),
  u(
    'emergency-contraception',
    'contraception',
    'Emergency contraception to sort out today',
    `See a pharmacist, a sexual health clinic or a GP today: the morning-after pill works best the sooner it is taken (levonorgestrel up to 3 days after sex, ulipristal up to 5), and a copper coil fitted within 5 days works best of all. If you were sick within 3 hours of taking it, you need another dose. ${CALL_IF} if you are hurt or in danger.`,
  ),
  u(
    'fertility-treatment-warning',
    'fertility',
    'A swollen, painful tummy after fertility treatment',
    `Call your fertility clinic's emergency line today (or 111 in the UK): a swollen, sore tummy, sickness or passing less urine in the days after egg collection can be ovarian hyperstimulation, which needs checking. ${CALL_IF} if you are short of breath, have chest pain, or your legs swell.`,
  ),
  u(
    'medicine-supply',
    'medicine',
    'A medicine that should not stop has run out',
    `Ask a pharmacist today for an emergency supply, or contact your doctor or a nurse line (111 in the UK) now; do not wait until a dose is missed. ${CALL_IF} if a fit starts or lasts over 5 minutes.`,
  ),
  u(
    'exposure-treatment',
    'infection',
    'An exposure that may need treatment within hours or days',
    `Contact a sexual health clinic, an emergency department, your midwife or a doctor today: some treatments after an exposure (HIV prevention, antibodies after chickenpox contact in pregnancy) only work if started soon.`,
  ),
  u(
    'sudden-hearing-loss',
    'ent',
    'Sudden hearing loss in one ear',
    `Contact a doctor or urgent care today (ideally within 24 hours): early treatment can help. ${CALL_IF} if it comes with a drooping face, weakness, trouble speaking or severe dizziness.`,
  ),
  u(
    'treatment-side-effects',
    'infection',
    'A side effect of cancer treatment',
    `Call your chemotherapy or acute oncology 24-hour helpline now for advice; diarrhoea or sickness during treatment can become serious quickly. ${CALL_IF} if you feel very unwell or faint.`,
  ),
  u(
    'alcohol-withdrawal',
    'medicine',
    'Signs of alcohol withdrawal',
    `Contact a doctor or an alcohol service today: stopping after heavy daily drinking is safest with medical help. ${CALL_IF} if there is confusion, seeing or hearing things, or a fit.`,
  ),
  u(
    'facial-palsy',
    'brain',
    'Weakness of one whole side of the face',
    `See a doctor today: treatment works best if started within 72 hours; protect the eye if it will not close. ${CALL_IF} straight away if an arm or leg is weak, speech is slurred, or vision changes.`,
  ),
  u(
    'ghb-dependence',
    'poison',
    'Daily GHB or GBL: do not stop suddenly',
    `Contact your GP, a drug service or a nurse line (111 in the UK) today: stopping GHB or GBL after daily use can cause dangerous withdrawal within hours, so it should be planned with medical help. ${CALL_IF} if there is confusion, seeing or hearing things, a racing heart, shaking or a fit.`,
  ),
  u(
    'benzo-dependence',
    'poison',
    'Daily benzodiazepines: do not stop suddenly',
    `Contact your GP, a drug service or a nurse line (111 in the UK) today: stopping benzodiazepines such as Xanax or diazepam after daily use can cause dangerous withdrawal, so it should be a planned, gradual reduction with medical help. ${CALL_IF} if there is confusion, seeing or hearing things, or a fit.`,
  ),
  u(
    'face-dots-check',
    'skin',
    'Tiny dots that do not fade, after straining',
    `See a GP or urgent care today: tiny red or purple dots round the eyes or on the face after being sick or coughing hard are often from the straining, but dots that do not fade under a glass need a doctor to look. ${CALL_IF} if there is a fever, the child becomes drowsy, floppy or unwell, or the spots spread elsewhere.`,
  ),
  u(
    'purple-rash-check',
    'skin',
    'A purple rash on the legs with sore joints or tummy ache',
    `See a GP today: a raised purple rash on the legs and bottom with sore joints or tummy ache can be inflammation of small blood vessels (such as IgA vasculitis) that needs a urine and blood pressure check. ${CALL_IF} if the child becomes unwell, has a fever, or the spots do not fade under a glass and are spreading.`,
  ),
  u(
    'fistula-check',
    'urinary',
    'A dialysis fistula that has lost its buzz',
    `Contact your dialysis unit today, before the next session: a fistula that no longer buzzes may have clotted, and the sooner it is seen the likelier it can be saved. ${CALL_IF} if the arm goes cold, white or numb, or the fistula bleeds and will not stop with pressure.`,
  ),
  u(
    'dialysis-missed',
    'urinary',
    'A missed dialysis session',
    `Contact your dialysis unit today so they can fit in a session; until then keep to your fluid and potassium limits. ${CALL_IF} if you become breathless, your heart skips or races, your arms or legs feel heavy or weak, or you are confused.`,
  ),
  u(
    'altitude-sickness',
    'general',
    'Signs of altitude sickness',
    `Do not go any higher: rest where you are, or go down if it is not getting better, and see a doctor today (a local clinic, the expedition doctor or your travel insurer's medical line). ${CALL_IF} or the local rescue service, and go down now, if there is confusion, stumbling, drowsiness or breathlessness at rest.`,
  ),
  u(
    'baby-needs-check',
    'child',
    'A young baby who needs checking today',
    `Contact your midwife, health visitor, GP or a nurse line (111 in the UK) today. ${CALL_IF} if the baby becomes floppy, hard to wake, blue or grey, stops feeding, or has a rash that does not fade under a glass.`,
  ),
];
