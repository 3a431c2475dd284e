import type { ProactiveMessages } from '../messages.js';

/*
 * Finnish strings of the proactive-service elements (suomi). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people as
 * "sinä", as Finnish public services and the components do. Offer titles are quoted (”…”)
 * after "Ehdotus", so they stay in their basic form. After a number the noun is in the
 * partitive singular ("3 päivää"), and in other cases it takes the case in the singular
 * ("3 päiväksi").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Finnish strings (draft, see `reviewed`). */
export const proactiveFi = {
  proactiveNotNow: 'Ei nyt',
  proactiveDismiss: 'Älä näytä tätä uudelleen',
  proactiveWhy: 'Miksi näen tämän?',
  proactiveDataUsed: 'Käytimme näitä tietoja:',
  proactiveSource: 'Lähde: {source}',
  proactiveSourceUnknown: 'Palvelu ei kertonut, mistä tämä tieto on peräisin',
  proactiveYes: 'Kyllä',
  proactiveNo: 'Ei',
  proactiveOnDevice:
    'Tämä ehdotus muodostettiin selaimessasi tiedoista, jotka palvelulla jo on. Sitä varten ei lähetetty mitään.',
  proactiveTurnOffHint: 'Voit piilottaa ehdotuksia tai poistaa ne käytöstä:',
  proactiveSettingsLink: 'muuta ehdotusten asetuksia',
  proactiveDeadline: 'Määräaika: {date}',
  proactiveDaysLeft: { one: '{count} päivä jäljellä', other: '{count} päivää jäljellä' },
  proactiveSnoozedAnnouncement: {
    one: 'Piilotettu {count} päiväksi. Voit muuttaa tätä ehdotusten asetuksissa.',
    other: 'Piilotettu {count} päiväksi. Voit muuttaa tätä ehdotusten asetuksissa.',
  },
  proactiveDismissedAnnouncement: 'Et näe tätä ehdotusta enää. Voit muuttaa tätä ehdotusten asetuksissa.',
  proactiveNew: 'Uusi',
  proactiveListHeading: 'Palvelut, joita saatat tarvita',
  proactiveListIntro:
    'Perustuu tietoihin, jotka meillä jo on sinusta. Jokaisessa ehdotuksessa kerrotaan, miksi näet sen.',
  proactiveListEmpty: 'Sinulle ei ole tällä hetkellä ehdotuksia.',
  proactiveListOff: 'Olet poistanut palveluehdotukset käytöstä.',
  proactiveListSettings: 'Muuta ehdotusten asetuksia',
  proactivePreferencesHeading: 'Palveluehdotukset',
  proactivePreferencesQuestion: 'Näytetäänkö ehdotuksia palveluista, joita saatat tarvita?',
  proactivePreferencesHint:
    'Käytämme palvelujen ehdottamiseen tietoja, jotka meillä jo on sinusta, kuten ilmoittamaasi syntymää. Ehdotukset muodostetaan selaimessasi, eikä mitään lähetetä.',
  proactiveHiddenHeading: 'Piilottamasi ehdotukset',
  proactiveHiddenNone: 'Et ole piilottanut yhtään ehdotusta.',
  proactiveHiddenForGood: 'Valitsit, ettei tätä näytetä enää',
  proactiveHiddenUntil: 'Piilotettu {date} asti',
  proactiveUnknownOffer: 'Ehdotus, jota palvelu ei enää tee',
  proactiveShowAgain: 'Näytä uudelleen',
  proactiveShownAgainAnnouncement: 'Ehdotus ”{title}” näytetään sinulle taas, kun se koskee sinua.',
  proactiveTurnedOnAnnouncement: 'Ehdotukset on otettu käyttöön.',
  proactiveTurnedOffAnnouncement: 'Ehdotukset on poistettu käytöstä. Et näe palveluehdotuksia.',
  proactiveRememberedLasting: 'Valintasi muistetaan tällä laitteella.',
  proactiveRememberedSession:
    'Valintasi muistetaan vain siihen asti, kun suljet selaimen, koska et ole sallinut evästeitä, jotka muistavat asetuksesi.',
} satisfies ProactiveMessages;

export default proactiveFi;
