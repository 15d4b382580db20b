// Data for the structured check (followup.ts): for each domain with warning signs, when it
// applies and the yes/no questions that ask for its discriminators, as NHS 111 does. A "yes"
// adds the concepts listed, which the ordinary rules then read; followup.test.ts checks that
// every "yes" raises the level it should. Facts from NHS 999/111 lists, NICE NG143 and NICE
// CKS; the wording is ours, short enough for one tap at 360 px.

export interface QuestionDef {
  id: string;
  text: string;
  /** Concepts a "yes" adds. */
  adds: readonly string[];
}

export interface DomainDef {
  domain: string;
  title: string;
  /** When the domain applies: an expression over the message's concepts (expression.ts). */
  when: string;
  questions: readonly QuestionDef[];
}

/** In priority order: the first domain that applies is asked about. */
export const FOLLOW_UP_DOMAINS: readonly DomainDef[] = [
  {
    domain: 'chest-pain',
    title: 'A few quick questions about the chest pain',
    when: 'chest_pain',
    questions: [
      {
        id: 'chest-spread',
        text: 'Does the pain spread to the arm, jaw, neck or back?',
        adds: ['radiates'],
      },
      {
        id: 'chest-sweat',
        text: 'Sweating, feeling sick or short of breath with it?',
        adds: ['sweaty', 'breathless'],
      },
      {
        id: 'chest-recent',
        text: 'Did it start in the last hour, or is it there even at rest?',
        adds: ['onset_last_hour', 'at_rest'],
      },
    ],
  },
  {
    domain: 'breathing',
    title: 'A few quick questions about the breathing',
    when: '(breathless | wheeze | breathing_fast | asthma_attack | breathing_worse) & !breathless_explained',
    questions: [
      {
        id: 'breath-words',
        text: 'Too breathless to say more than a few words at a time?',
        adds: ['breathless_severe'],
      },
      {
        id: 'breath-blue',
        text: 'Are the lips or face turning blue or grey?',
        adds: ['cyanosis', 'breathless'],
      },
      {
        id: 'breath-inhaler',
        text: 'Is a reliever inhaler not helping (or none to hand)?',
        adds: ['inhaler_no_relief', 'breathless'],
      },
      {
        id: 'breath-chest',
        text: 'Is there chest pain with it?',
        adds: ['chest_pain', 'breathless'],
      },
    ],
  },
  {
    domain: 'head-injury',
    title: 'A few quick questions about the head injury',
    when: 'head_injury',
    questions: [
      {
        id: 'head-out',
        text: 'Did they pass out, or can they not remember what happened?',
        adds: ['fainted'],
      },
      {
        id: 'head-sick',
        text: 'Have they been sick, or are they drowsy or confused?',
        adds: ['vomiting'],
      },
      {
        id: 'head-thinners',
        text: 'Do they take blood thinners (such as warfarin or apixaban)?',
        adds: ['anticoagulant'],
      },
      {
        id: 'head-fluid',
        text: 'Clear fluid or blood from the nose or ears, or a worsening headache?',
        adds: ['head_injury_red'],
      },
    ],
  },
  {
    domain: 'child-fever',
    title: 'A few quick questions about your child',
    when: '(child | baby) & (fever | rigors | high_fever_words)',
    questions: [
      {
        id: 'child-floppy',
        text: 'Is your child floppy, very drowsy or hard to wake?',
        adds: ['floppy', 'drowsy'],
      },
      {
        id: 'child-breathing',
        text: 'Breathing fast or grunting, or skin pale, blue or blotchy?',
        adds: ['breathless_severe', 'mottled'],
      },
      {
        id: 'child-rash',
        text: 'A rash that does not fade when a glass is pressed on it?',
        adds: ['non_blanching_rash'],
      },
      {
        id: 'child-drinks',
        text: 'Drinking much less, or no wet nappy or wee for 12 hours?',
        adds: ['dehydration'],
      },
    ],
  },
  {
    domain: 'pregnancy',
    title: 'A few quick questions about the pregnancy',
    when: 'pregnant | postpartum',
    questions: [
      {
        id: 'preg-bleeding',
        text: 'Heavy bleeding, soaking a pad within an hour?',
        adds: ['heavy_bleeding'],
      },
      {
        id: 'preg-pain',
        text: 'Severe or constant tummy pain, or have you fainted?',
        adds: ['abdo_pain', 'severe_pain_any', 'fainted'],
      },
      {
        id: 'preg-headache',
        text: 'A bad headache with blurred vision or flashing lights?',
        adds: ['headache', 'blurred_vision'],
      },
      {
        id: 'preg-movement',
        text: 'Is the baby moving less than usual (if over 24 weeks)?',
        adds: ['reduced_fetal_movement'],
      },
    ],
  },
  {
    domain: 'headache',
    title: 'A few quick questions about the headache',
    when: 'headache',
    questions: [
      {
        id: 'headache-sudden',
        text: 'Did it come on suddenly, at its worst within minutes?',
        adds: ['thunderclap'],
      },
      {
        id: 'headache-neck',
        text: 'A stiff neck or fever, or does light hurt the eyes?',
        adds: ['stiff_neck', 'fever'],
      },
      {
        id: 'headache-neuro',
        text: 'Any weakness, numbness, confusion, trouble speaking or seeing?',
        adds: ['limb_weak', 'sudden'],
      },
    ],
  },
  {
    domain: 'bleeding',
    title: 'A few quick questions about the bleeding',
    when: 'bleeding_any | haematuria | blood_in_stool | melaena | nosebleed | haemoptysis',
    questions: [
      {
        id: 'bleed-pressure',
        text: 'Still bleeding after 10 minutes of firm pressure, or spurting?',
        adds: ['severe_bleeding'],
      },
      {
        id: 'bleed-vomit',
        text: 'Vomiting blood, or passing black, tarry stools?',
        adds: ['haematemesis'],
      },
      {
        id: 'bleed-faint',
        text: 'Feeling faint, cold and clammy, or very pale?',
        adds: ['near_faint', 'pale', 'clammy'],
      },
      {
        id: 'bleed-thinners',
        text: 'Do you take blood thinners (such as warfarin or apixaban)?',
        adds: ['anticoagulant'],
      },
    ],
  },
  {
    domain: 'abdominal-pain',
    title: 'A few quick questions about the tummy pain',
    when: 'abdo_pain & !period',
    questions: [
      {
        id: 'abdo-severe',
        text: 'Is the pain severe, or the belly hard or swollen?',
        adds: ['rigid_abdomen', 'severe_pain_any'],
      },
      {
        id: 'abdo-vomit',
        text: 'Vomiting blood or green fluid, or no wind passing?',
        adds: ['bilious_vomit'],
      },
      { id: 'abdo-faint', text: 'Have you fainted or felt faint with it?', adds: ['fainted'] },
    ],
  },
  {
    domain: 'low-mood',
    title: 'A few questions, to know how to help',
    when: 'low_mood | mh_not_coping | intrusive',
    questions: [
      {
        id: 'mood-suicide',
        text: 'Are you having thoughts of ending your life?',
        adds: ['suicidal'],
      },
      {
        id: 'mood-plan',
        text: 'Have you made a plan, or got something you could use?',
        adds: ['crisis_means'],
      },
      {
        id: 'mood-safe',
        text: 'Do you feel you might not keep yourself safe today?',
        adds: ['suicidal'],
      },
    ],
  },
];
