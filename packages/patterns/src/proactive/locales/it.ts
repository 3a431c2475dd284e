import type { ProactiveMessages } from '../messages.js';

/*
 * Italian strings of the proactive-service elements (italiano). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "tu", as the components' Italian strings do. Offer titles are quoted («…») and put where
 * no word has to agree with their gender. The `many` forms ("1.000.000 di giorni") are for
 * round millions, which Intl.PluralRules puts in their own category.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Italian strings (draft, see `reviewed`). */
export const proactiveIt = {
  proactiveNotNow: 'Non ora',
  proactiveDismiss: 'Non mostrarmelo più',
  proactiveWhy: 'Perché vedo questo suggerimento?',
  proactiveDataUsed: 'Abbiamo usato queste informazioni:',
  proactiveSource: 'Fonte: {source}',
  proactiveSourceUnknown: 'Il servizio non ha indicato da dove proviene questa informazione',
  proactiveYes: 'Sì',
  proactiveNo: 'No',
  proactiveOnDevice:
    'Questo suggerimento è stato elaborato nel tuo browser a partire da informazioni che il servizio ha già. Per elaborarlo non è stato inviato nulla.',
  proactiveTurnOffHint: 'Puoi nascondere i suggerimenti o disattivarli:',
  proactiveSettingsLink: 'modifica le impostazioni dei suggerimenti',
  proactiveDeadline: 'Scadenza: {date}',
  proactiveDaysLeft: {
    one: 'manca {count} giorno',
    many: 'mancano {count} di giorni',
    other: 'mancano {count} giorni',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Suggerimento nascosto per {count} giorno. Puoi modificare questa scelta nelle impostazioni dei suggerimenti.',
    many: 'Suggerimento nascosto per {count} di giorni. Puoi modificare questa scelta nelle impostazioni dei suggerimenti.',
    other:
      'Suggerimento nascosto per {count} giorni. Puoi modificare questa scelta nelle impostazioni dei suggerimenti.',
  },
  proactiveDismissedAnnouncement:
    'Non vedrai più questo suggerimento. Puoi modificare questa scelta nelle impostazioni dei suggerimenti.',
  proactiveNew: 'Nuovo',
  proactiveListHeading: 'Servizi di cui potresti avere bisogno',
  proactiveListIntro:
    'In base alle informazioni che abbiamo già su di te. Ogni suggerimento indica perché lo vedi.',
  proactiveListEmpty: 'Al momento non ci sono suggerimenti per te.',
  proactiveListOff: 'Hai disattivato i suggerimenti di servizi.',
  proactiveListSettings: 'Modifica le impostazioni dei suggerimenti',
  proactivePreferencesHeading: 'Suggerimenti di servizi',
  proactivePreferencesQuestion: 'Vuoi vedere suggerimenti di servizi di cui potresti avere bisogno?',
  proactivePreferencesHint:
    'Usiamo informazioni che abbiamo già su di te, come una nascita che hai registrato, per suggerirti dei servizi. L’elaborazione avviene nel tuo browser e non viene inviato nulla.',
  proactiveHiddenHeading: 'Suggerimenti che hai nascosto',
  proactiveHiddenNone: 'Non hai nascosto nessun suggerimento.',
  proactiveHiddenForGood: 'Hai scelto di non vederlo più',
  proactiveHiddenUntil: 'Nascosto fino al {date}',
  proactiveUnknownOffer: 'Un suggerimento che il servizio non offre più',
  proactiveShowAgain: 'Mostra di nuovo',
  proactiveShownAgainAnnouncement: 'Ti suggeriremo di nuovo «{title}» quando ti riguarderà.',
  proactiveTurnedOnAnnouncement: 'I suggerimenti sono attivati.',
  proactiveTurnedOffAnnouncement: 'I suggerimenti sono disattivati. Non vedrai suggerimenti di servizi.',
  proactiveRememberedLasting: 'Le tue scelte vengono ricordate su questo dispositivo.',
  proactiveRememberedSession:
    'Le tue scelte vengono ricordate fino alla chiusura del browser, perché non hai consentito i cookie che ricordano le tue impostazioni.',
} satisfies ProactiveMessages;

export default proactiveIt;
