import type { ProactiveMessages } from '../messages.js';

/*
 * Estonian strings of the proactive-service elements (eesti). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Instructions use the
 * polite plural, buttons the short form ("Näita uuesti"), as in the components. A date after
 * "kuni" would need a case ending, so it stands after "kuni kuupäevani" in its own form.
 * Offer titles are quoted („…“) after "soovitust".
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Estonian strings (draft, see `reviewed`). */
export const proactiveEt = {
  proactiveNotNow: 'Mitte praegu',
  proactiveDismiss: 'Ära näita seda enam',
  proactiveWhy: 'Miks ma seda näen?',
  proactiveDataUsed: 'Kasutasime neid andmeid:',
  proactiveSource: 'Allikas: {source}',
  proactiveSourceUnknown: 'Teenus ei märkinud, kust see teave pärineb',
  proactiveYes: 'Jah',
  proactiveNo: 'Ei',
  proactiveOnDevice:
    'See soovitus koostati teie brauseris teabe põhjal, mis teenusel juba on. Selleks ei saadetud kuhugi midagi.',
  proactiveTurnOffHint: 'Saate soovitusi peita või need välja lülitada:',
  proactiveSettingsLink: 'muutke oma soovituste seadeid',
  proactiveDeadline: 'Tähtaeg: {date}',
  proactiveDaysLeft: { one: 'jäänud {count} päev', other: 'jäänud {count} päeva' },
  proactiveSnoozedAnnouncement: {
    one: 'Peidetud {count} päevaks. Saate seda muuta oma soovituste seadetes.',
    other: 'Peidetud {count} päevaks. Saate seda muuta oma soovituste seadetes.',
  },
  proactiveDismissedAnnouncement: 'Te ei näe seda soovitust enam. Saate seda muuta oma soovituste seadetes.',
  proactiveNew: 'Uus',
  proactiveListHeading: 'Teenused, mida võite vajada',
  proactiveListIntro:
    'Põhineb teabel, mis meil teie kohta juba on. Iga soovituse juures on kirjas, miks te seda näete.',
  proactiveListEmpty: 'Praegu pole teile ühtegi soovitust.',
  proactiveListOff: 'Olete teenuste soovitused välja lülitanud.',
  proactiveListSettings: 'Muuda soovituste seadeid',
  proactivePreferencesHeading: 'Teenuste soovitused',
  proactivePreferencesQuestion: 'Kas näidata soovitusi teenuste kohta, mida võite vajada?',
  proactivePreferencesHint:
    'Teenuste soovitamiseks kasutame teavet, mis meil teie kohta juba on, näiteks teie registreeritud sündi. See arvutatakse teie brauseris ja midagi ei saadeta.',
  proactiveHiddenHeading: 'Soovitused, mille olete peitnud',
  proactiveHiddenNone: 'Te pole ühtegi soovitust peitnud.',
  proactiveHiddenForGood: 'Otsustasite seda enam mitte näha',
  proactiveHiddenUntil: 'Peidetud kuni kuupäevani {date}',
  proactiveUnknownOffer: 'Soovitus, mida teenus enam ei paku',
  proactiveShowAgain: 'Näita uuesti',
  proactiveShownAgainAnnouncement: 'Soovitust „{title}“ näidatakse teile uuesti, kui see teie kohta kehtib.',
  proactiveTurnedOnAnnouncement: 'Soovitused on sisse lülitatud.',
  proactiveTurnedOffAnnouncement: 'Soovitused on välja lülitatud. Te ei näe teenuste soovitusi.',
  proactiveRememberedLasting: 'Teie valikud jäetakse selles seadmes meelde.',
  proactiveRememberedSession:
    'Teie valikud jäetakse meelde ainult seni, kuni suleate brauseri, sest te pole lubanud küpsiseid, mis teie seadeid meelde jätavad.',
} satisfies ProactiveMessages;

export default proactiveEt;
