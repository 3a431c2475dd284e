import type { ProactiveMessages } from '../messages.js';

/*
 * Hungarian strings of the proactive-service elements (magyar). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * formally ("Ön", verbs in the third person). A date or an offer title would need a case
 * ending or an article (a/az) that depends on how it ends or starts, so both stand after a
 * colon ("Elrejtve eddig: {date}", "„{title}”: …"). Nouns after a number stay singular, so
 * `one` and `other` read the same.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Hungarian strings (draft, see `reviewed`). */
export const proactiveHu = {
  proactiveNotNow: 'Most nem',
  proactiveDismiss: 'Ne jelenjen meg többé',
  proactiveWhy: 'Miért látom ezt?',
  proactiveDataUsed: 'Ezeket az adatokat használtuk fel:',
  proactiveSource: 'Forrás: {source}',
  proactiveSourceUnknown: 'A szolgáltatás nem adta meg, honnan származik ez az adat',
  proactiveYes: 'Igen',
  proactiveNo: 'Nem',
  proactiveOnDevice:
    'Ez a javaslat az Ön böngészőjében készült olyan adatokból, amelyekkel a szolgáltatás már rendelkezik. Ehhez semmit sem küldtünk el.',
  proactiveTurnOffHint: 'A javaslatokat elrejtheti, vagy ki is kapcsolhatja őket:',
  proactiveSettingsLink: 'módosítsa a javaslatok beállításait',
  proactiveDeadline: 'Határidő: {date}',
  proactiveDaysLeft: { one: 'még {count} nap van hátra', other: 'még {count} nap van hátra' },
  proactiveSnoozedAnnouncement: {
    one: 'Elrejtve {count} napra. Ezen a javaslatok beállításaiban változtathat.',
    other: 'Elrejtve {count} napra. Ezen a javaslatok beállításaiban változtathat.',
  },
  proactiveDismissedAnnouncement:
    'Ezt a javaslatot többé nem fogja látni. Ezen a javaslatok beállításaiban változtathat.',
  proactiveNew: 'Új',
  proactiveListHeading: 'Szolgáltatások, amelyekre szüksége lehet',
  proactiveListIntro: 'Az Önről már meglévő adataink alapján. Minden javaslatnál szerepel, hogy miért látja.',
  proactiveListEmpty: 'Jelenleg nincs javaslat az Ön számára.',
  proactiveListOff: 'Ön kikapcsolta a szolgáltatásjavaslatokat.',
  proactiveListSettings: 'A javaslatok beállításainak módosítása',
  proactivePreferencesHeading: 'Szolgáltatásjavaslatok',
  proactivePreferencesQuestion: 'Megjelenjenek javaslatok olyan szolgáltatásokról, amelyekre szüksége lehet?',
  proactivePreferencesHint:
    'Az Önről már meglévő adatainkat – például egy Ön által bejelentett születést – arra használjuk, hogy szolgáltatásokat javasoljunk Önnek. Ez az Ön böngészőjében történik, és semmit sem küldünk el.',
  proactiveHiddenHeading: 'Elrejtett javaslatok',
  proactiveHiddenNone: 'Ön nem rejtett el egyetlen javaslatot sem.',
  proactiveHiddenForGood: 'Úgy döntött, hogy többé nem kívánja látni',
  proactiveHiddenUntil: 'Elrejtve eddig: {date}',
  proactiveUnknownOffer: 'Olyan javaslat, amelyet a szolgáltatás már nem kínál',
  proactiveShowAgain: 'Újbóli megjelenítés',
  proactiveShownAgainAnnouncement: '„{title}”: ismét javasolni fogjuk, amikor Önre vonatkozik.',
  proactiveTurnedOnAnnouncement: 'A javaslatok be vannak kapcsolva.',
  proactiveTurnedOffAnnouncement: 'A javaslatok ki vannak kapcsolva. Nem fog szolgáltatásjavaslatokat látni.',
  proactiveRememberedLasting: 'Döntéseit ezen az eszközön megjegyezzük.',
  proactiveRememberedSession:
    'Döntéseit csak a böngésző bezárásáig jegyezzük meg, mert nem engedélyezte azokat a sütiket, amelyek megjegyzik a beállításait.',
} satisfies ProactiveMessages;

export default proactiveHu;
