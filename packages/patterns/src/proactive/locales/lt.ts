import type { ProactiveMessages } from '../messages.js';

/*
 * Lithuanian strings of the proactive-service elements (lietuvių). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "jūs" (lower case mid-sentence), with finite verbs rather than participles, which would
 * carry a gender. A suggestion is "pasiūlymas". Offer titles are quoted („…“) after
 * "Pasiūlymas", so the sentence does not depend on their gender or case. Plural forms:
 * `one` 1, 21… diena, `few` 2–9, 22–29… dienos, `other` 0, 10–20, 30… dienų, `many`
 * (fractions) 1,5 dienos; "hidden for" takes the dative (dienai, dienoms).
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Lithuanian strings (draft, see `reviewed`). */
export const proactiveLt = {
  proactiveNotNow: 'Ne dabar',
  proactiveDismiss: 'Daugiau nerodyti',
  proactiveWhy: 'Kodėl tai matau?',
  proactiveDataUsed: 'Naudojome šią informaciją:',
  proactiveSource: 'Šaltinis: {source}',
  proactiveSourceUnknown: 'Paslauga nenurodė, iš kur ši informacija',
  proactiveYes: 'Taip',
  proactiveNo: 'Ne',
  proactiveOnDevice:
    'Šis pasiūlymas parengtas jūsų naršyklėje pagal informaciją, kurią paslauga jau turi. Tam niekas nebuvo išsiųsta.',
  proactiveTurnOffHint: 'Pasiūlymus galite paslėpti arba išjungti:',
  proactiveSettingsLink: 'pakeisti pasiūlymų nustatymus',
  proactiveDeadline: 'Terminas: {date}',
  proactiveDaysLeft: {
    one: 'liko {count} diena',
    few: 'liko {count} dienos',
    many: 'liko {count} dienos',
    other: 'liko {count} dienų',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Paslėpta {count} dienai. Tai galite pakeisti pasiūlymų nustatymuose.',
    few: 'Paslėpta {count} dienoms. Tai galite pakeisti pasiūlymų nustatymuose.',
    many: 'Paslėpta {count} dienos. Tai galite pakeisti pasiūlymų nustatymuose.',
    other: 'Paslėpta {count} dienų. Tai galite pakeisti pasiūlymų nustatymuose.',
  },
  proactiveDismissedAnnouncement:
    'Šio pasiūlymo daugiau nematysite. Tai galite pakeisti pasiūlymų nustatymuose.',
  proactiveNew: 'Naujas',
  proactiveListHeading: 'Paslaugos, kurių jums gali prireikti',
  proactiveListIntro:
    'Remiantis informacija, kurią apie jus jau turime. Prie kiekvieno pasiūlymo nurodyta, kodėl jį matote.',
  proactiveListEmpty: 'Šiuo metu pasiūlymų jums nėra.',
  proactiveListOff: 'Paslaugų pasiūlymus išjungėte.',
  proactiveListSettings: 'Keisti pasiūlymų nustatymus',
  proactivePreferencesHeading: 'Paslaugų pasiūlymai',
  proactivePreferencesQuestion: 'Rodyti pasiūlymus dėl paslaugų, kurių jums gali prireikti?',
  proactivePreferencesHint:
    'Paslaugoms pasiūlyti naudojame informaciją, kurią apie jus jau turime, pavyzdžiui, jūsų įregistruotą vaiko gimimą. Tai apskaičiuojama jūsų naršyklėje ir niekas neišsiunčiama.',
  proactiveHiddenHeading: 'Jūsų paslėpti pasiūlymai',
  proactiveHiddenNone: 'Nepaslėpėte jokių pasiūlymų.',
  proactiveHiddenForGood: 'Pasirinkote šio pasiūlymo daugiau nematyti',
  proactiveHiddenUntil: 'Paslėpta iki {date}',
  proactiveUnknownOffer: 'Pasiūlymas, kurio paslauga nebeteikia',
  proactiveShowAgain: 'Vėl rodyti',
  proactiveShownAgainAnnouncement: 'Pasiūlymas „{title}“ vėl bus rodomas, kai jis bus jums aktualus.',
  proactiveTurnedOnAnnouncement: 'Pasiūlymai įjungti.',
  proactiveTurnedOffAnnouncement: 'Pasiūlymai išjungti. Paslaugų pasiūlymų nematysite.',
  proactiveRememberedLasting: 'Jūsų pasirinkimai įsimenami šiame įrenginyje.',
  proactiveRememberedSession:
    'Jūsų pasirinkimai įsimenami tik tol, kol uždarysite naršyklę, nes neleidote slapukų, kurie įsimena jūsų nustatymus.',
} satisfies ProactiveMessages;

export default proactiveLt;
