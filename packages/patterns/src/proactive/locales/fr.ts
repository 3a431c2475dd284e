import type { ProactiveMessages } from '../messages.js';

/*
 * French strings of the proactive-service elements. Draft: written by the Polis team, not
 * yet reviewed by a native speaker. French typography puts a narrow no-break space (U+202F)
 * before « : ; ? ! » and inside « ». The `many` forms ("1 000 000 de jours") are for round
 * millions, which Intl.PluralRules puts in their own category.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** French strings (draft, see `reviewed`). */
export const proactiveFr = {
  proactiveNotNow: 'Pas maintenant',
  proactiveDismiss: 'Ne plus me montrer ceci',
  proactiveWhy: 'Pourquoi est-ce que je vois ceci\u202f?',
  proactiveDataUsed: 'Nous avons utilisé ces informations\u202f:',
  proactiveSource: 'Source\u202f: {source}',
  proactiveSourceUnknown: 'Le service n’a pas indiqué d’où vient cette information',
  proactiveYes: 'Oui',
  proactiveNo: 'Non',
  proactiveOnDevice:
    'Cette suggestion a été calculée dans votre navigateur à partir d’informations que le service a déjà. Rien n’a été envoyé pour la calculer.',
  proactiveTurnOffHint: 'Vous pouvez masquer les suggestions ou les désactiver\u202f:',
  proactiveSettingsLink: 'modifier vos paramètres de suggestions',
  proactiveDeadline: 'Date limite\u202f: {date}',
  proactiveDaysLeft: {
    one: 'il reste {count} jour',
    many: 'il reste {count} de jours',
    other: 'il reste {count} jours',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Suggestion masquée pendant {count} jour. Vous pouvez modifier ce choix dans vos paramètres de suggestions.',
    many: 'Suggestion masquée pendant {count} de jours. Vous pouvez modifier ce choix dans vos paramètres de suggestions.',
    other:
      'Suggestion masquée pendant {count} jours. Vous pouvez modifier ce choix dans vos paramètres de suggestions.',
  },
  proactiveDismissedAnnouncement:
    'Vous ne verrez plus cette suggestion. Vous pouvez modifier ce choix dans vos paramètres de suggestions.',
  proactiveNew: 'Nouveau',
  proactiveListHeading: 'Des services qui pourraient vous être utiles',
  proactiveListIntro:
    'À partir d’informations que nous avons déjà sur vous. Chaque suggestion indique pourquoi vous la voyez.',
  proactiveListEmpty: 'Nous n’avons aucune suggestion pour vous en ce moment.',
  proactiveListOff: 'Vous avez désactivé les suggestions de services.',
  proactiveListSettings: 'Modifier vos paramètres de suggestions',
  proactivePreferencesHeading: 'Suggestions de services',
  proactivePreferencesQuestion: 'Afficher des suggestions de services qui pourraient vous être utiles\u202f?',
  proactivePreferencesHint:
    'Nous utilisons des informations que nous avons déjà sur vous, comme une naissance que vous avez déclarée, pour vous suggérer des services. Le calcul se fait dans votre navigateur et rien n’est envoyé.',
  proactiveHiddenHeading: 'Suggestions que vous avez masquées',
  proactiveHiddenNone: 'Vous n’avez masqué aucune suggestion.',
  proactiveHiddenForGood: 'Vous avez choisi de ne plus la voir',
  proactiveHiddenUntil: 'Masquée jusqu’au {date}',
  proactiveUnknownOffer: 'Une suggestion que le service ne fait plus',
  proactiveShowAgain: 'Afficher à nouveau',
  proactiveShownAgainAnnouncement:
    '«\u202f{title}\u202f» vous sera de nouveau suggéré quand cela vous concerne.',
  proactiveTurnedOnAnnouncement: 'Les suggestions sont activées.',
  proactiveTurnedOffAnnouncement:
    'Les suggestions sont désactivées. Vous ne verrez plus de suggestions de services.',
  proactiveRememberedLasting: 'Vos choix sont enregistrés sur cet appareil.',
  proactiveRememberedSession:
    'Vos choix sont gardés jusqu’à la fermeture de votre navigateur, car vous n’avez pas autorisé les cookies qui enregistrent vos paramètres.',
} satisfies ProactiveMessages;

export default proactiveFr;
