import type { ProactiveMessages } from '../messages.js';

/*
 * Danish strings of the proactive-service elements (dansk). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people as
 * "du"; offer titles are quoted (»…«) and referred to as "det", so no word depends on the
 * title's gender.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Danish strings (draft, see `reviewed`). */
export const proactiveDa = {
  proactiveNotNow: 'Ikke nu',
  proactiveDismiss: 'Vis ikke dette igen',
  proactiveWhy: 'Hvorfor ser jeg dette?',
  proactiveDataUsed: 'Vi har brugt disse oplysninger:',
  proactiveSource: 'Kilde: {source}',
  proactiveSourceUnknown: 'Tjenesten har ikke oplyst, hvor denne oplysning kommer fra',
  proactiveYes: 'Ja',
  proactiveNo: 'Nej',
  proactiveOnDevice:
    'Dette forslag er beregnet i din browser ud fra oplysninger, som tjenesten allerede har. Der er ikke sendt noget for at beregne det.',
  proactiveTurnOffHint: 'Du kan skjule forslag eller slå dem fra:',
  proactiveSettingsLink: 'ændre dine indstillinger for forslag',
  proactiveDeadline: 'Frist: {date}',
  proactiveDaysLeft: { one: '{count} dag tilbage', other: '{count} dage tilbage' },
  proactiveSnoozedAnnouncement: {
    one: 'Skjult i {count} dag. Du kan ændre det i dine indstillinger for forslag.',
    other: 'Skjult i {count} dage. Du kan ændre det i dine indstillinger for forslag.',
  },
  proactiveDismissedAnnouncement:
    'Du får ikke dette forslag at se igen. Du kan ændre det i dine indstillinger for forslag.',
  proactiveNew: 'Nyt',
  proactiveListHeading: 'Tjenester, du måske har brug for',
  proactiveListIntro:
    'Ud fra oplysninger, vi allerede har om dig. Ved hvert forslag står der, hvorfor du ser det.',
  proactiveListEmpty: 'Der er ingen forslag til dig lige nu.',
  proactiveListOff: 'Du har slået forslag til tjenester fra.',
  proactiveListSettings: 'Rediger dine indstillinger for forslag',
  proactivePreferencesHeading: 'Forslag til tjenester',
  proactivePreferencesQuestion: 'Vil du se forslag til tjenester, du måske har brug for?',
  proactivePreferencesHint:
    'Vi bruger oplysninger, vi allerede har om dig, fx en fødsel, du har anmeldt, til at foreslå tjenester. Det beregnes i din browser, og der bliver ikke sendt noget.',
  proactiveHiddenHeading: 'Forslag, du har skjult',
  proactiveHiddenNone: 'Du har ikke skjult nogen forslag.',
  proactiveHiddenForGood: 'Du har valgt ikke at se det igen',
  proactiveHiddenUntil: 'Skjult indtil {date}',
  proactiveUnknownOffer: 'Et forslag, som tjenesten ikke længere giver',
  proactiveShowAgain: 'Vis igen',
  proactiveShownAgainAnnouncement: '»{title}« bliver foreslået igen, når det er relevant for dig.',
  proactiveTurnedOnAnnouncement: 'Forslag er slået til.',
  proactiveTurnedOffAnnouncement: 'Forslag er slået fra. Du får ikke vist forslag til tjenester.',
  proactiveRememberedLasting: 'Dine valg bliver husket på denne enhed.',
  proactiveRememberedSession:
    'Dine valg bliver husket, indtil du lukker din browser, fordi du ikke har tilladt cookies, der husker dine indstillinger.',
} satisfies ProactiveMessages;

export default proactiveDa;
