// Banner wording for the two flags the triage net (net.ts) can raise when the rules found no
// warning sign of that level. They cannot name a sign (the net reads the message as a whole),
// so they say so plainly, say what to do, and invite the person to correct the reading.

import { CALL_NOW } from './flags-emergency';
import type { FlagDef } from './flag-types';

export const NET_FLAGS: readonly FlagDef[] = [
  {
    id: 'reads-like-emergency',
    level: 'emergency',
    domain: 'net',
    label: 'Your message reads like an emergency',
    advice: `${CALL_NOW} if someone is seriously unwell, hurt or in danger right now. Bedside found no single warning sign it knows by name, but messages written like yours usually describe a situation that needs help straight away. If you are safe and this is not happening now, say so in your next message.`,
  },
  {
    id: 'reads-like-same-day',
    level: 'urgent',
    domain: 'net',
    label: 'Your message reads like something to get checked today',
    advice:
      'Contact a doctor, a pharmacist or a nurse line (111 in the UK) today. Bedside found no single warning sign it knows by name, but messages written like yours usually describe something a clinician should see soon. Call your local emergency number (911 / 112 / 999) if it gets worse quickly.',
  },
];
