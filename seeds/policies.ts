/**
 * Policy taxonomy, version 1: the community-guideline areas evaluators label cases with.
 * Synthetic seed data; descriptions say what an area covers, never what violating content looks like.
 */

/** `S0` critical, `S1` high, `S2` medium, `S3` low. */
export type Severity = 'S0' | 'S1' | 'S2' | 'S3';
export type Domain = 'SEARCH' | 'ACCOUNT';

export interface PolicySeed {
  code: string;
  name: string;
  severity: Severity;
  domains: Domain[];
  description: string;
}

export const policyTaxonomyVersion = 1;

export const policyTaxonomy: PolicySeed[] = [
  {
    code: 'CHILD_SAFETY',
    name: 'Child safety',
    severity: 'S0',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Content, queries or accounts that sexualise, endanger or exploit minors, or that seek to contact minors for harmful purposes. Every case in this area is escalated to a specialist.',
  },
  {
    code: 'VIOLENT_EXTREMISM',
    name: 'Violent extremism',
    severity: 'S0',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Support for, promotion of or recruitment into designated violent extremist organisations, and material that glorifies their attacks. Neutral reporting, research and counter-speech are out of scope.',
  },
  {
    code: 'SELF_HARM',
    name: 'Suicide and self-harm',
    severity: 'S1',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Content that encourages, instructs in or glorifies suicide or self-injury. Searches in this area usually call for help resources rather than removal.',
  },
  {
    code: 'HATE_SPEECH',
    name: 'Hate speech',
    severity: 'S1',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Attacks on people based on a protected attribute such as ethnicity, religion, disability, gender, sexual orientation or national origin, including dehumanising language and hateful symbols.',
  },
  {
    code: 'HARASSMENT_AND_BULLYING',
    name: 'Harassment and bullying',
    severity: 'S2',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Targeting identifiable private individuals with insults, threats, unwanted sexualisation or exposure of their personal information.',
  },
  {
    code: 'DANGEROUS_ACTS',
    name: 'Dangerous acts and challenges',
    severity: 'S1',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Content that promotes or instructs in activities likely to cause serious physical injury, including risky viral challenges. Educational and safety-focused material is out of scope.',
  },
  {
    code: 'GRAPHIC_VIOLENCE',
    name: 'Graphic violence',
    severity: 'S1',
    domains: ['SEARCH'],
    description:
      'Results showing gratuitous or shocking violence or injury without documentary, educational or news context.',
  },
  {
    code: 'ANIMAL_HARM',
    name: 'Animal harm',
    severity: 'S2',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Content that depicts, promotes or sells the abuse or deliberate mistreatment of animals, or the illegal trade in protected species.',
  },
  {
    code: 'ADULT_CONTENT',
    name: 'Adult content',
    severity: 'S2',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Sexually explicit material and solicitation. Search surfaces it only where safe-search settings allow; accounts may not use it in profile fields.',
  },
  {
    code: 'SCAMS_AND_FRAUD',
    name: 'Scams and fraud',
    severity: 'S2',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Deceptive schemes that aim to take money, credentials or personal data, such as fake investment offers, phishing and counterfeit storefronts.',
  },
  {
    code: 'IMPERSONATION',
    name: 'Impersonation',
    severity: 'S2',
    domains: ['ACCOUNT'],
    description:
      'Accounts that pretend to be another person, brand or organisation in a way that misleads others. Clearly labelled parody and fan accounts are out of scope.',
  },
  {
    code: 'SPAM_AND_FAKE_ENGAGEMENT',
    name: 'Spam and fake engagement',
    severity: 'S3',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'Repetitive, automated or coordinated activity that manipulates ranking, suggestions or engagement counts, including bought followers and bot networks.',
  },
  {
    code: 'MINIMUM_AGE',
    name: 'Minimum age',
    severity: 'S1',
    domains: ['ACCOUNT'],
    description:
      'Accounts held by people younger than the minimum age allowed in their region. Suspected cases are resolved through age verification.',
  },
  {
    code: 'REGULATED_GOODS',
    name: 'Regulated goods and services',
    severity: 'S2',
    domains: ['SEARCH', 'ACCOUNT'],
    description:
      'The sale or promotion of goods and services that are prohibited or legally restricted, such as weapons, controlled substances, tobacco, alcohol and gambling, outside permitted contexts.',
  },
];
