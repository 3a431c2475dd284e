import type { ProactiveMessages } from '../messages.js';

/*
 * Latvian strings of the proactive-service elements (latviešu). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "jūs" (lower case mid-sentence), with finite verbs or passives rather than participles,
 * which would carry a gender. A suggestion is "ieteikums". Offer titles are quoted („…“)
 * after "Ieteikums", so the sentence does not depend on their gender or case. Intl writes
 * the date in the nominative ("2026. gada 15. marts"), so "Hidden until" puts it after a
 * colon. Plural forms: `one` 1, 21, 31… diena, `zero` (0, 10–20, 30…) and `other` dienas.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Latvian strings (draft, see `reviewed`). */
export const proactiveLv = {
  proactiveNotNow: 'Ne tagad',
  proactiveDismiss: 'Vairs nerādīt',
  proactiveWhy: 'Kāpēc es to redzu?',
  proactiveDataUsed: 'Mēs izmantojām šo informāciju:',
  proactiveSource: 'Avots: {source}',
  proactiveSourceUnknown: 'Pakalpojums nenorādīja, no kurienes ir šī informācija',
  proactiveYes: 'Jā',
  proactiveNo: 'Nē',
  proactiveOnDevice:
    'Šis ieteikums tika sagatavots jūsu pārlūkprogrammā, izmantojot informāciju, kas pakalpojumam jau ir. Šim nolūkam nekas netika nosūtīts.',
  proactiveTurnOffHint: 'Ieteikumus varat paslēpt vai izslēgt:',
  proactiveSettingsLink: 'mainīt ieteikumu iestatījumus',
  proactiveDeadline: 'Termiņš: {date}',
  proactiveDaysLeft: {
    one: 'atlikusi {count} diena',
    zero: 'atlikušas {count} dienas',
    other: 'atlikušas {count} dienas',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Paslēpts uz {count} dienu. To varat mainīt ieteikumu iestatījumos.',
    zero: 'Paslēpts uz {count} dienām. To varat mainīt ieteikumu iestatījumos.',
    other: 'Paslēpts uz {count} dienām. To varat mainīt ieteikumu iestatījumos.',
  },
  proactiveDismissedAnnouncement: 'Šo ieteikumu vairs neredzēsiet. To varat mainīt ieteikumu iestatījumos.',
  proactiveNew: 'Jauns',
  proactiveListHeading: 'Pakalpojumi, kas jums varētu būt vajadzīgi',
  proactiveListIntro:
    'Pamatojoties uz informāciju, kas mums par jums jau ir. Pie katra ieteikuma ir norādīts, kāpēc jūs to redzat.',
  proactiveListEmpty: 'Pašlaik jums nav ieteikumu.',
  proactiveListOff: 'Pakalpojumu ieteikumi ir izslēgti.',
  proactiveListSettings: 'Mainīt ieteikumu iestatījumus',
  proactivePreferencesHeading: 'Pakalpojumu ieteikumi',
  proactivePreferencesQuestion: 'Vai rādīt ieteikumus par pakalpojumiem, kas jums varētu būt vajadzīgi?',
  proactivePreferencesHint:
    'Lai ieteiktu pakalpojumus, mēs izmantojam informāciju, kas mums par jums jau ir, piemēram, jūsu reģistrētu bērna dzimšanu. Tas tiek aprēķināts jūsu pārlūkprogrammā, un nekas netiek nosūtīts.',
  proactiveHiddenHeading: 'Jūsu paslēptie ieteikumi',
  proactiveHiddenNone: 'Jums nav paslēptu ieteikumu.',
  proactiveHiddenForGood: 'Jūs izvēlējāties šo ieteikumu vairs neredzēt',
  proactiveHiddenUntil: 'Paslēpts līdz: {date}',
  proactiveUnknownOffer: 'Ieteikums, ko pakalpojums vairs nesniedz',
  proactiveShowAgain: 'Rādīt atkal',
  proactiveShownAgainAnnouncement: 'Ieteikums „{title}“ jums atkal tiks rādīts, kad tas uz jums attieksies.',
  proactiveTurnedOnAnnouncement: 'Ieteikumi ir ieslēgti.',
  proactiveTurnedOffAnnouncement: 'Ieteikumi ir izslēgti. Jūs neredzēsiet pakalpojumu ieteikumus.',
  proactiveRememberedLasting: 'Jūsu izvēle tiek saglabāta šajā ierīcē.',
  proactiveRememberedSession:
    'Jūsu izvēle tiek saglabāta tikai līdz pārlūkprogrammas aizvēršanai, jo nav atļautas sīkdatnes, kas atceras jūsu iestatījumus.',
} satisfies ProactiveMessages;

export default proactiveLv;
