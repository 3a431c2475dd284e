import type { ProactiveMessages } from '../messages.js';

/*
 * Dutch strings of the proactive-service elements (Nederlands). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "u"; offer titles are quoted (‘…’) and referred to as "dit", so no word depends on
 * whether the title is a "de" or a "het" word.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Dutch strings (draft, see `reviewed`). */
export const proactiveNl = {
  proactiveNotNow: 'Nu niet',
  proactiveDismiss: 'Niet meer tonen',
  proactiveWhy: 'Waarom zie ik dit?',
  proactiveDataUsed: 'We hebben deze gegevens gebruikt:',
  proactiveSource: 'Bron: {source}',
  proactiveSourceUnknown: 'De dienst heeft niet vermeld waar dit gegeven vandaan komt',
  proactiveYes: 'Ja',
  proactiveNo: 'Nee',
  proactiveOnDevice:
    'Deze suggestie is in uw browser bepaald op basis van gegevens die de dienst al heeft. Daarvoor is niets verstuurd.',
  proactiveTurnOffHint: 'U kunt suggesties verbergen of uitzetten:',
  proactiveSettingsLink: 'uw instellingen voor suggesties wijzigen',
  proactiveDeadline: 'Uiterste datum: {date}',
  proactiveDaysLeft: { one: 'nog {count} dag', other: 'nog {count} dagen' },
  proactiveSnoozedAnnouncement: {
    one: 'Verborgen voor {count} dag. U kunt dit wijzigen in uw instellingen voor suggesties.',
    other: 'Verborgen voor {count} dagen. U kunt dit wijzigen in uw instellingen voor suggesties.',
  },
  proactiveDismissedAnnouncement:
    'U ziet deze suggestie niet meer. U kunt dit wijzigen in uw instellingen voor suggesties.',
  proactiveNew: 'Nieuw',
  proactiveListHeading: 'Diensten die u misschien nodig hebt',
  proactiveListIntro:
    'Op basis van gegevens die we al over u hebben. Bij elke suggestie staat waarom u die ziet.',
  proactiveListEmpty: 'Er zijn op dit moment geen suggesties voor u.',
  proactiveListOff: 'U hebt suggesties voor diensten uitgezet.',
  proactiveListSettings: 'Uw instellingen voor suggesties wijzigen',
  proactivePreferencesHeading: 'Suggesties voor diensten',
  proactivePreferencesQuestion: 'Suggesties tonen voor diensten die u misschien nodig hebt?',
  proactivePreferencesHint:
    'We gebruiken gegevens die we al over u hebben, zoals een geboorte die u hebt aangegeven, om u diensten voor te stellen. Dit wordt in uw browser bepaald en er wordt niets verstuurd.',
  proactiveHiddenHeading: 'Suggesties die u hebt verborgen',
  proactiveHiddenNone: 'U hebt geen suggesties verborgen.',
  proactiveHiddenForGood: 'U hebt gekozen om deze niet meer te zien',
  proactiveHiddenUntil: 'Verborgen tot {date}',
  proactiveUnknownOffer: 'Een suggestie die de dienst niet meer doet',
  proactiveShowAgain: 'Weer tonen',
  proactiveShownAgainAnnouncement: '‘{title}’ wordt u weer voorgesteld als dit op u van toepassing is.',
  proactiveTurnedOnAnnouncement: 'Suggesties staan aan.',
  proactiveTurnedOffAnnouncement: 'Suggesties staan uit. U ziet geen suggesties voor diensten.',
  proactiveRememberedLasting: 'Uw keuzes worden op dit apparaat onthouden.',
  proactiveRememberedSession:
    'Uw keuzes worden onthouden tot u uw browser sluit, omdat u geen cookies hebt toegestaan die uw instellingen onthouden.',
} satisfies ProactiveMessages;

export default proactiveNl;
