/**
 * A published example rule set: four offers for three life events (a birth, a move, reaching
 * State Pension age), written in the rule format of `@polis-ds/patterns/proactive`, with
 * example facts and the moment they are evaluated at. The tests evaluate exactly these, and
 * the pattern page shows them; copy them as the start of your own.
 *
 * With `exampleFacts` at `EXAMPLE_NOW` (1 April 2026) two offers apply: Child Benefit (the
 * birth was 4 weeks ago, nobody claims yet; deadline 3 June 2026) and registering to vote at
 * the new address. Registering the baby with a doctor does not (it is done), nor does the
 * State Pension (years away).
 */
import type { Facts, Offer } from './types.js';

/** When the examples are evaluated: 1 April 2026, midday (UTC). */
export const EXAMPLE_NOW = '2026-04-01T12:00:00Z';

/** The example offers. */
export const exampleOffers: readonly Offer[] = [
  {
    id: 'child-benefit',
    title: { en: 'Claim Child Benefit', fr: 'Demander les allocations familiales' },
    summary: {
      en: 'You can get Child Benefit for your new child. Claim within 3 months of the birth to get every payment from the start.',
      fr: 'Vous pouvez recevoir des allocations familiales pour votre enfant. Faites la demande dans les 3 mois suivant la naissance pour recevoir tous les paiements depuis le début.',
    },
    action: {
      label: { en: 'Claim Child Benefit', fr: 'Demander les allocations familiales' },
      href: '/child-benefit/claim',
    },
    // Born (not in the future), the 3-month deadline not passed, and nobody claims yet.
    rule: {
      and: [
        { '>=': [{ days_since: { var: 'childBirthDate' } }, 0] },
        { '>=': [{ days_until: { date_add: [{ var: 'childBirthDate' }, 3, 'months'] } }, 0] },
        { '==': [{ var: 'claimsChildBenefit' }, false] },
      ],
    },
    deadline: { date_add: [{ var: 'childBirthDate' }, 3, 'months'] },
    uses: {
      childBirthDate: {
        type: 'date',
        label: { en: 'Your child’s date of birth', fr: 'Date de naissance de votre enfant' },
      },
      claimsChildBenefit: {
        type: 'boolean',
        label: { en: 'Child Benefit already claimed', fr: 'Allocations familiales déjà demandées' },
      },
    },
    explanation: {
      en: 'Because you registered the birth of a child on {childBirthDate}',
      fr: 'Parce que vous avez déclaré la naissance d’un enfant le {childBirthDate}',
    },
  },
  {
    id: 'register-with-doctor',
    title: { en: 'Register your baby with a doctor', fr: 'Inscrire votre bébé auprès d’un médecin' },
    summary: {
      en: 'Register your baby with a doctor’s surgery so they can have their health checks and vaccinations.',
      fr: 'Inscrivez votre bébé auprès d’un cabinet médical pour qu’il ait ses examens de santé et ses vaccins.',
    },
    action: {
      label: { en: 'Register your baby', fr: 'Inscrire votre bébé' },
      href: '/health/register-a-baby',
    },
    // In the first year, and no surgery on the child's health record yet.
    rule: {
      and: [
        { '<=': [0, { days_since: { var: 'childBirthDate' } }, 365] },
        { '==': [{ var: 'childRegisteredWithDoctor' }, false] },
      ],
    },
    uses: {
      childBirthDate: {
        type: 'date',
        label: { en: 'Your child’s date of birth', fr: 'Date de naissance de votre enfant' },
      },
      childRegisteredWithDoctor: {
        type: 'boolean',
        label: { en: 'Registered with a doctor', fr: 'Inscrit auprès d’un médecin' },
      },
    },
    explanation: {
      en: 'Because you registered the birth of a child on {childBirthDate} and they are not registered with a doctor yet',
      fr: 'Parce que vous avez déclaré la naissance d’un enfant le {childBirthDate} et qu’il n’est pas encore inscrit auprès d’un médecin',
    },
  },
  {
    id: 'register-to-vote',
    title: {
      en: 'Register to vote at your new address',
      fr: 'Vous inscrire sur les listes électorales à votre nouvelle adresse',
    },
    summary: {
      en: 'You need to register again after you move to vote where you live now. It takes about 5 minutes.',
      fr: 'Après un déménagement, vous devez vous inscrire à nouveau pour voter là où vous habitez. Cela prend environ 5 minutes.',
    },
    action: {
      label: { en: 'Register to vote', fr: 'M’inscrire sur les listes électorales' },
      href: '/register-to-vote',
    },
    // Moved in the last 6 months and not registered at the new address.
    rule: {
      and: [
        { '<=': [0, { days_since: { var: 'movedOn' } }, 183] },
        { '==': [{ var: 'registeredToVoteAtAddress' }, false] },
      ],
    },
    uses: {
      movedOn: { type: 'date', label: { en: 'The date you moved', fr: 'Date de votre déménagement' } },
      registeredToVoteAtAddress: {
        type: 'boolean',
        label: {
          en: 'Registered to vote at your new address',
          fr: 'Inscrit sur les listes électorales à votre nouvelle adresse',
        },
      },
    },
    explanation: {
      en: 'Because you told us you moved house on {movedOn}',
      fr: 'Parce que vous nous avez signalé votre déménagement le {movedOn}',
    },
  },
  {
    id: 'state-pension',
    title: { en: 'Claim your State Pension', fr: 'Demander votre retraite de base' },
    summary: {
      en: 'You can claim up to 4 months before you reach State Pension age. It is not paid automatically.',
      fr: 'Vous pouvez faire la demande jusqu’à 4 mois avant l’âge légal de départ. Elle n’est pas versée automatiquement.',
    },
    action: {
      label: { en: 'Claim your State Pension', fr: 'Demander votre retraite' },
      href: '/state-pension/claim',
    },
    // From 4 months before State Pension age, until it is claimed.
    rule: {
      and: [
        { '<=': [{ days_until: { var: 'statePensionDate' } }, 122] },
        { '==': [{ var: 'claimsStatePension' }, false] },
      ],
    },
    uses: {
      statePensionDate: {
        type: 'date',
        label: {
          en: 'The date you reach State Pension age',
          fr: 'Date à laquelle vous atteignez l’âge légal',
        },
      },
      claimsStatePension: {
        type: 'boolean',
        label: { en: 'State Pension already claimed', fr: 'Retraite déjà demandée' },
      },
    },
    explanation: {
      en: 'Because you reach State Pension age on {statePensionDate}',
      fr: 'Parce que vous atteignez l’âge légal de départ à la retraite le {statePensionDate}',
    },
  },
];

/**
 * Facts about one person: a child born on 3 March 2026, a move on 10 February 2026, State
 * Pension age in 2058. Most come with their source; `registeredToVoteAtAddress` is a plain
 * value, as a service may give it.
 */
export const exampleFacts = {
  childBirthDate: {
    value: '2026-03-03',
    source: { en: 'Birth registration, register office', fr: 'Déclaration de naissance, état civil' },
  },
  claimsChildBenefit: {
    value: false,
    source: { en: 'Child Benefit records', fr: 'Dossiers des allocations familiales' },
  },
  childRegisteredWithDoctor: {
    value: true,
    source: { en: 'Your child’s health record', fr: 'Dossier de santé de votre enfant' },
  },
  movedOn: {
    value: '2026-02-10',
    source: {
      en: 'The change of address you told us about',
      fr: 'Le changement d’adresse que vous nous avez signalé',
    },
  },
  registeredToVoteAtAddress: false,
  statePensionDate: { value: '2058-07-14', source: { en: 'Pension records', fr: 'Dossiers de retraite' } },
  claimsStatePension: { value: false, source: { en: 'Pension records', fr: 'Dossiers de retraite' } },
} as const satisfies Facts;

/** The ids `evaluate(exampleOffers, exampleFacts, { now: EXAMPLE_NOW })` gives, in order. */
export const EXAMPLE_EXPECTED = ['child-benefit', 'register-to-vote'] as const;
