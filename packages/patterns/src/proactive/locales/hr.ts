import type { ProactiveMessages } from '../messages.js';

/*
 * Croatian strings of the proactive-service elements (hrvatski). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "vi" (lower case mid-sentence); a suggestion is "prijedlog". Offer titles are quoted
 * („…“) after "Prijedlog", so the sentence does not depend on their gender or case. Plural
 * forms: `one` 1, 21, 31… dan, `few` 2–4, 22–24… dana, `other` 0, 5–20… dana.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Croatian strings (draft, see `reviewed`). */
export const proactiveHr = {
  proactiveNotNow: 'Ne sada',
  proactiveDismiss: 'Ne prikazuj ovo ponovno',
  proactiveWhy: 'Zašto ovo vidim?',
  proactiveDataUsed: 'Upotrijebili smo ove podatke:',
  proactiveSource: 'Izvor: {source}',
  proactiveSourceUnknown: 'Usluga nije navela odakle je ovaj podatak',
  proactiveYes: 'Da',
  proactiveNo: 'Ne',
  proactiveOnDevice:
    'Ovaj je prijedlog izrađen u vašem pregledniku na temelju podataka koje usluga već ima. Za to ništa nije poslano.',
  proactiveTurnOffHint: 'Prijedloge možete sakriti ili isključiti:',
  proactiveSettingsLink: 'promijenite postavke prijedloga',
  proactiveDeadline: 'Rok: {date}',
  proactiveDaysLeft: {
    one: 'još {count} dan',
    few: 'još {count} dana',
    other: 'još {count} dana',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Skriveno na {count} dan. To možete promijeniti u postavkama prijedloga.',
    few: 'Skriveno na {count} dana. To možete promijeniti u postavkama prijedloga.',
    other: 'Skriveno na {count} dana. To možete promijeniti u postavkama prijedloga.',
  },
  proactiveDismissedAnnouncement:
    'Ovaj prijedlog više nećete vidjeti. To možete promijeniti u postavkama prijedloga.',
  proactiveNew: 'Novo',
  proactiveListHeading: 'Usluge koje bi vam mogle trebati',
  proactiveListIntro: 'Na temelju podataka koje o vama već imamo. Uz svaki prijedlog piše zašto ga vidite.',
  proactiveListEmpty: 'Trenutačno nema prijedloga za vas.',
  proactiveListOff: 'Isključili ste prijedloge usluga.',
  proactiveListSettings: 'Promijenite postavke prijedloga',
  proactivePreferencesHeading: 'Prijedlozi usluga',
  proactivePreferencesQuestion: 'Prikazivati prijedloge usluga koje bi vam mogle trebati?',
  proactivePreferencesHint:
    'Da bismo vam predložili usluge, upotrebljavamo podatke koje o vama već imamo, primjerice rođenje djeteta koje ste prijavili. To se izračunava u vašem pregledniku i ništa se ne šalje.',
  proactiveHiddenHeading: 'Prijedlozi koje ste sakrili',
  proactiveHiddenNone: 'Niste sakrili nijedan prijedlog.',
  proactiveHiddenForGood: 'Odabrali ste da vam se ovaj prijedlog više ne prikazuje',
  proactiveHiddenUntil: 'Skriveno do {date}',
  proactiveUnknownOffer: 'Prijedlog koji usluga više ne nudi',
  proactiveShowAgain: 'Ponovno prikaži',
  proactiveShownAgainAnnouncement:
    'Prijedlog „{title}“ ponovno će vam se prikazati kada se bude odnosio na vas.',
  proactiveTurnedOnAnnouncement: 'Prijedlozi su uključeni.',
  proactiveTurnedOffAnnouncement: 'Prijedlozi su isključeni. Nećete vidjeti prijedloge usluga.',
  proactiveRememberedLasting: 'Vaši se odabiri pamte na ovom uređaju.',
  proactiveRememberedSession:
    'Vaši se odabiri pamte samo dok ne zatvorite preglednik jer niste dopustili kolačiće koji pamte vaše postavke.',
} satisfies ProactiveMessages;

export default proactiveHr;
