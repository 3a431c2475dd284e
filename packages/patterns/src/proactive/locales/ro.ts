import type { ProactiveMessages } from '../messages.js';

/*
 * Romanian strings of the proactive-service elements (română). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people as
 * "dumneavoastră"; uses ș and ț with the comma below. Offer titles are quoted („…”) and put
 * where no word has to agree with their gender. `few` covers 0 and 2–19 ("5 zile"); `other`
 * covers 20 and up, which take "de" ("20 de zile").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Romanian strings (draft, see `reviewed`). */
export const proactiveRo = {
  proactiveNotNow: 'Nu acum',
  proactiveDismiss: 'Nu mai afișați această sugestie',
  proactiveWhy: 'De ce văd această sugestie?',
  proactiveDataUsed: 'Am folosit aceste informații:',
  proactiveSource: 'Sursa: {source}',
  proactiveSourceUnknown: 'Serviciul nu a precizat de unde provine această informație',
  proactiveYes: 'Da',
  proactiveNo: 'Nu',
  proactiveOnDevice:
    'Această sugestie a fost stabilită în browserul dumneavoastră, pe baza informațiilor pe care serviciul le are deja. Pentru aceasta nu s-a trimis nimic.',
  proactiveTurnOffHint: 'Puteți ascunde sugestiile sau le puteți dezactiva:',
  proactiveSettingsLink: 'modificați setările pentru sugestii',
  proactiveDeadline: 'Termen: {date}',
  proactiveDaysLeft: {
    one: 'mai este {count} zi',
    few: 'mai sunt {count} zile',
    other: 'mai sunt {count} de zile',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Sugestia a fost ascunsă pentru {count} zi. Puteți modifica acest lucru în setările pentru sugestii.',
    few: 'Sugestia a fost ascunsă pentru {count} zile. Puteți modifica acest lucru în setările pentru sugestii.',
    other:
      'Sugestia a fost ascunsă pentru {count} de zile. Puteți modifica acest lucru în setările pentru sugestii.',
  },
  proactiveDismissedAnnouncement:
    'Nu veți mai vedea această sugestie. Puteți modifica acest lucru în setările pentru sugestii.',
  proactiveNew: 'Nou',
  proactiveListHeading: 'Servicii de care ați putea avea nevoie',
  proactiveListIntro:
    'Pe baza informațiilor pe care le avem deja despre dumneavoastră. Fiecare sugestie arată de ce o vedeți.',
  proactiveListEmpty: 'Momentan nu există sugestii pentru dumneavoastră.',
  proactiveListOff: 'Ați dezactivat sugestiile de servicii.',
  proactiveListSettings: 'Modificați setările pentru sugestii',
  proactivePreferencesHeading: 'Sugestii de servicii',
  proactivePreferencesQuestion: 'Doriți să vedeți sugestii de servicii de care ați putea avea nevoie?',
  proactivePreferencesHint:
    'Folosim informații pe care le avem deja despre dumneavoastră, de exemplu o naștere pe care ați înregistrat-o, pentru a vă sugera servicii. Acest lucru se stabilește în browserul dumneavoastră și nu se trimite nimic.',
  proactiveHiddenHeading: 'Sugestii pe care le-ați ascuns',
  proactiveHiddenNone: 'Nu ați ascuns nicio sugestie.',
  proactiveHiddenForGood: 'Ați ales să nu o mai vedeți',
  proactiveHiddenUntil: 'Ascunsă până la {date}',
  proactiveUnknownOffer: 'O sugestie pe care serviciul nu o mai face',
  proactiveShowAgain: 'Afișați din nou',
  proactiveShownAgainAnnouncement: 'Vă vom sugera din nou „{title}” atunci când vi se aplică.',
  proactiveTurnedOnAnnouncement: 'Sugestiile sunt activate.',
  proactiveTurnedOffAnnouncement: 'Sugestiile sunt dezactivate. Nu veți vedea sugestii de servicii.',
  proactiveRememberedLasting: 'Opțiunile dumneavoastră sunt reținute pe acest dispozitiv.',
  proactiveRememberedSession:
    'Opțiunile dumneavoastră sunt reținute până când închideți browserul, pentru că nu ați permis cookie-urile care rețin setările.',
} satisfies ProactiveMessages;

export default proactiveRo;
