import type { ProactiveMessages } from '../messages.js';

/*
 * Spanish strings of the proactive-service elements (español). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people as
 * "usted"; questions open with ¿. Offer titles are quoted («…») and put where no word has to
 * agree with their gender. The `many` forms ("1.000.000 de días") are for round millions,
 * which Intl.PluralRules puts in their own category.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Spanish strings (draft, see `reviewed`). */
export const proactiveEs = {
  proactiveNotNow: 'Ahora no',
  proactiveDismiss: 'No volver a mostrarme esto',
  proactiveWhy: '¿Por qué veo esto?',
  proactiveDataUsed: 'Hemos utilizado esta información:',
  proactiveSource: 'Fuente: {source}',
  proactiveSourceUnknown: 'El servicio no ha indicado de dónde procede este dato',
  proactiveYes: 'Sí',
  proactiveNo: 'No',
  proactiveOnDevice:
    'Esta sugerencia se ha calculado en su navegador a partir de información que el servicio ya tiene. No se ha enviado nada para calcularla.',
  proactiveTurnOffHint: 'Puede ocultar las sugerencias o desactivarlas:',
  proactiveSettingsLink: 'cambiar su configuración de sugerencias',
  proactiveDeadline: 'Fecha límite: {date}',
  proactiveDaysLeft: {
    one: 'queda {count} día',
    many: 'quedan {count} de días',
    other: 'quedan {count} días',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Sugerencia oculta durante {count} día. Puede cambiarlo en su configuración de sugerencias.',
    many: 'Sugerencia oculta durante {count} de días. Puede cambiarlo en su configuración de sugerencias.',
    other: 'Sugerencia oculta durante {count} días. Puede cambiarlo en su configuración de sugerencias.',
  },
  proactiveDismissedAnnouncement:
    'No volverá a ver esta sugerencia. Puede cambiarlo en su configuración de sugerencias.',
  proactiveNew: 'Nuevo',
  proactiveListHeading: 'Servicios que podría necesitar',
  proactiveListIntro:
    'Según la información que ya tenemos sobre usted. Cada sugerencia explica por qué la ve.',
  proactiveListEmpty: 'En este momento no hay sugerencias para usted.',
  proactiveListOff: 'Ha desactivado las sugerencias de servicios.',
  proactiveListSettings: 'Cambiar su configuración de sugerencias',
  proactivePreferencesHeading: 'Sugerencias de servicios',
  proactivePreferencesQuestion: '¿Mostrar sugerencias de servicios que podría necesitar?',
  proactivePreferencesHint:
    'Utilizamos información que ya tenemos sobre usted, como un nacimiento que haya inscrito, para sugerirle servicios. Esto se calcula en su navegador y no se envía nada.',
  proactiveHiddenHeading: 'Sugerencias que ha ocultado',
  proactiveHiddenNone: 'No ha ocultado ninguna sugerencia.',
  proactiveHiddenForGood: 'Ha elegido no volver a verla',
  proactiveHiddenUntil: 'Oculta hasta el {date}',
  proactiveUnknownOffer: 'Una sugerencia que el servicio ya no ofrece',
  proactiveShowAgain: 'Volver a mostrar',
  proactiveShownAgainAnnouncement: 'Se le volverá a sugerir «{title}» cuando sea aplicable a su caso.',
  proactiveTurnedOnAnnouncement: 'Las sugerencias están activadas.',
  proactiveTurnedOffAnnouncement: 'Las sugerencias están desactivadas. No verá sugerencias de servicios.',
  proactiveRememberedLasting: 'Sus elecciones se guardan en este dispositivo.',
  proactiveRememberedSession:
    'Sus elecciones se guardan hasta que cierre el navegador, porque no ha permitido las cookies que recuerdan su configuración.',
} satisfies ProactiveMessages;

export default proactiveEs;
