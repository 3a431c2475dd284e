import type { Messages } from '../types.js';

/**
 * French. Draft: written by the Polis team, not yet reviewed by a native speaker.
 * French typography puts a narrow no-break space (U+202F) before ":".
 */
export const fr = {
  errorPrefix: 'Erreur\u202f:',
  errorTitlePrefix: 'Erreur\u202f: ',
  errorSummaryTitle: 'Il y a un problème',
  valueMissing: 'Saisissez {label:lower}',
  typeMismatchEmail: 'Saisissez une adresse électronique au bon format, par exemple nom@exemple.fr',
  typeMismatchUrl: 'Saisissez une adresse web au bon format, par exemple https://www.exemple.fr',
  badInputNumber: '{label:upper} doit être un nombre',
  patternMismatch: 'Saisissez {label:lower} au bon format',
  tooShort: {
    one: '{label:upper} doit comporter au moins {count} caractère',
    other: '{label:upper} doit comporter au moins {count} caractères',
  },
  tooLong: {
    one: '{label:upper} doit comporter au plus {count} caractère',
    other: '{label:upper} doit comporter au plus {count} caractères',
  },
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  notificationImportant: 'Important',
  notificationSuccess: 'Opération réussie',
  dismissLabel: 'Masquer\u202f: {title}',
  dismiss: 'Masquer',
  alertInfo: 'Information\u202f:',
  alertSuccess: 'Succès\u202f:',
  alertWarning: 'Attention\u202f:',
  alertError: 'Erreur\u202f:',
  serviceAlertInfo: 'Avis\u202f:',
  serviceAlertWarning: 'Attention\u202f:',
  serviceAlertEmergency: 'Urgence\u202f:',
  warning: 'Attention',
  phaseAlpha: 'Alpha',
  phaseBeta: 'Bêta',
  phaseBannerText: 'Ce service est nouveau. Aidez-nous à l’améliorer et {link}.',
  phaseBannerLink: 'donnez votre avis',
  toastRegion: 'Notifications',
  closeNotification: 'Fermer la notification',
} satisfies Messages;
