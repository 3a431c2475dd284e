import type { ProactiveMessages } from '../messages.js';

/*
 * Slovenian strings of the proactive-service elements (slovenščina). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "vi" (lower case mid-sentence); a suggestion is "predlog". Offer titles are quoted („…“)
 * after "Predlog", so the sentence does not depend on their gender or case. Intl writes the
 * month in the nominative ("15. marec 2026"), so "Hidden until" puts the date after a colon.
 * Plural forms: `one` 1, 101 dan, `two` 2 dneva, `few` 3–4 dnevi (dni after "za"), `other`
 * 0, 5+ dni.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Slovenian strings (draft, see `reviewed`). */
export const proactiveSl = {
  proactiveNotNow: 'Ne zdaj',
  proactiveDismiss: 'Tega ne prikaži več',
  proactiveWhy: 'Zakaj vidim to?',
  proactiveDataUsed: 'Uporabili smo te podatke:',
  proactiveSource: 'Vir: {source}',
  proactiveSourceUnknown: 'Storitev ni navedla, od kod je ta podatek',
  proactiveYes: 'Da',
  proactiveNo: 'Ne',
  proactiveOnDevice:
    'Ta predlog je bil pripravljen v vašem brskalniku iz podatkov, ki jih storitev že ima. Za to ni bilo nič poslano.',
  proactiveTurnOffHint: 'Predloge lahko skrijete ali jih izklopite:',
  proactiveSettingsLink: 'spremenite nastavitve predlogov',
  proactiveDeadline: 'Rok: {date}',
  proactiveDaysLeft: {
    one: 'še {count} dan',
    two: 'še {count} dneva',
    few: 'še {count} dnevi',
    other: 'še {count} dni',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Skrito za {count} dan. To lahko spremenite v nastavitvah predlogov.',
    two: 'Skrito za {count} dneva. To lahko spremenite v nastavitvah predlogov.',
    few: 'Skrito za {count} dni. To lahko spremenite v nastavitvah predlogov.',
    other: 'Skrito za {count} dni. To lahko spremenite v nastavitvah predlogov.',
  },
  proactiveDismissedAnnouncement:
    'Tega predloga ne boste več videli. To lahko spremenite v nastavitvah predlogov.',
  proactiveNew: 'Novo',
  proactiveListHeading: 'Storitve, ki bi jih morda potrebovali',
  proactiveListIntro:
    'Na podlagi podatkov, ki jih o vas že imamo. Pri vsakem predlogu je navedeno, zakaj ga vidite.',
  proactiveListEmpty: 'Trenutno za vas ni predlogov.',
  proactiveListOff: 'Predloge storitev ste izklopili.',
  proactiveListSettings: 'Spremenite nastavitve predlogov',
  proactivePreferencesHeading: 'Predlogi storitev',
  proactivePreferencesQuestion: 'Ali želite videti predloge storitev, ki bi jih morda potrebovali?',
  proactivePreferencesHint:
    'Za predlaganje storitev uporabljamo podatke, ki jih o vas že imamo, na primer prijavljeno rojstvo otroka. To se izračuna v vašem brskalniku in nič se ne pošlje.',
  proactiveHiddenHeading: 'Predlogi, ki ste jih skrili',
  proactiveHiddenNone: 'Niste skrili nobenega predloga.',
  proactiveHiddenForGood: 'Izbrali ste, da tega predloga ne želite več videti',
  proactiveHiddenUntil: 'Skrito do: {date}',
  proactiveUnknownOffer: 'Predlog, ki ga storitev ne ponuja več',
  proactiveShowAgain: 'Znova prikaži',
  proactiveShownAgainAnnouncement: 'Predlog „{title}“ vam bo znova prikazan, ko bo veljal za vas.',
  proactiveTurnedOnAnnouncement: 'Predlogi so vklopljeni.',
  proactiveTurnedOffAnnouncement: 'Predlogi so izklopljeni. Predlogov storitev ne boste videli.',
  proactiveRememberedLasting: 'Vaše izbire so shranjene v tej napravi.',
  proactiveRememberedSession:
    'Vaše izbire so shranjene le, dokler ne zaprete brskalnika, ker niste dovolili piškotkov, ki si zapomnijo vaše nastavitve.',
} satisfies ProactiveMessages;

export default proactiveSl;
