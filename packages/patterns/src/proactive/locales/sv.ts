import type { ProactiveMessages } from '../messages.js';

/*
 * Swedish strings of the proactive-service elements (svenska). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people as
 * "du"; says "kakor" for cookies. Offer titles are quoted (”…”) and referred to as "det", so
 * no word depends on the title's gender.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Swedish strings (draft, see `reviewed`). */
export const proactiveSv = {
  proactiveNotNow: 'Inte nu',
  proactiveDismiss: 'Visa inte det här igen',
  proactiveWhy: 'Varför ser jag det här?',
  proactiveDataUsed: 'Vi har använt de här uppgifterna:',
  proactiveSource: 'Källa: {source}',
  proactiveSourceUnknown: 'Tjänsten har inte angett var uppgiften kommer ifrån',
  proactiveYes: 'Ja',
  proactiveNo: 'Nej',
  proactiveOnDevice:
    'Förslaget togs fram i din webbläsare utifrån uppgifter som tjänsten redan har. Inget skickades för att ta fram det.',
  proactiveTurnOffHint: 'Du kan dölja förslag eller stänga av dem:',
  proactiveSettingsLink: 'ändra dina inställningar för förslag',
  proactiveDeadline: 'Sista dag: {date}',
  proactiveDaysLeft: { one: '{count} dag kvar', other: '{count} dagar kvar' },
  proactiveSnoozedAnnouncement: {
    one: 'Förslaget är dolt i {count} dag. Du kan ändra det i dina inställningar för förslag.',
    other: 'Förslaget är dolt i {count} dagar. Du kan ändra det i dina inställningar för förslag.',
  },
  proactiveDismissedAnnouncement:
    'Du kommer inte att se det här förslaget igen. Du kan ändra det i dina inställningar för förslag.',
  proactiveNew: 'Nytt',
  proactiveListHeading: 'Tjänster som du kan behöva',
  proactiveListIntro:
    'Utifrån uppgifter som vi redan har om dig. Vid varje förslag står det varför du ser det.',
  proactiveListEmpty: 'Det finns inga förslag till dig just nu.',
  proactiveListOff: 'Du har stängt av förslag på tjänster.',
  proactiveListSettings: 'Ändra dina inställningar för förslag',
  proactivePreferencesHeading: 'Förslag på tjänster',
  proactivePreferencesQuestion: 'Vill du se förslag på tjänster som du kan behöva?',
  proactivePreferencesHint:
    'Vi använder uppgifter som vi redan har om dig, till exempel en födsel som du har anmält, för att föreslå tjänster. Det tas fram i din webbläsare och inget skickas.',
  proactiveHiddenHeading: 'Förslag som du har dolt',
  proactiveHiddenNone: 'Du har inte dolt några förslag.',
  proactiveHiddenForGood: 'Du har valt att inte se det igen',
  proactiveHiddenUntil: 'Dolt till {date}',
  proactiveUnknownOffer: 'Ett förslag som tjänsten inte längre ger',
  proactiveShowAgain: 'Visa igen',
  proactiveShownAgainAnnouncement: '”{title}” föreslås igen när det gäller dig.',
  proactiveTurnedOnAnnouncement: 'Förslag är påslagna.',
  proactiveTurnedOffAnnouncement: 'Förslag är avstängda. Du får inga förslag på tjänster.',
  proactiveRememberedLasting: 'Dina val sparas på den här enheten.',
  proactiveRememberedSession:
    'Dina val sparas tills du stänger webbläsaren, eftersom du inte har tillåtit kakor som sparar dina inställningar.',
} satisfies ProactiveMessages;

export default proactiveSv;
