import type { ConsentMessages } from '../messages.js';

/*
 * Spanish consent strings (español). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "usted";
 * questions open with ¿ and quotations use «…». Category labels follow "cookies de", so they
 * read best as nouns ("Análisis", "Marketing"); the `purpose` of a category finishes
 * "cookies que …" with a verb in the third person plural ("miden cómo usa el servicio").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Spanish consent strings (draft, see `reviewed`). */
export const consentEs = {
  consentBannerHeading: 'Cookies en {service}',
  consentBannerIntro: 'Utilizamos algunas cookies esenciales para que este servicio funcione.',
  consentBannerAsk: 'Si está de acuerdo, también nos gustaría utilizar cookies para estos fines: {purposes}.',
  consentGpcHonoured:
    'Su navegador ha pedido a los sitios web que no vendan ni compartan sus datos (Global Privacy Control). Lo hemos respetado: no utilizaremos cookies de {purposes} a menos que las active en su configuración de cookies.',
  consentAccept: 'Aceptar cookies adicionales',
  consentReject: 'Rechazar cookies adicionales',
  consentViewCookies: 'Ver cookies',
  consentAcceptedConfirmation:
    'Ha aceptado las cookies adicionales. Puede cambiar su configuración de cookies en cualquier momento.',
  consentRejectedConfirmation:
    'Ha rechazado las cookies adicionales. Puede cambiar su configuración de cookies en cualquier momento.',
  consentPartialConfirmation:
    'Ha aceptado algunas cookies adicionales. Puede cambiar su configuración de cookies en cualquier momento.',
  consentChangeSettings: 'cambiar su configuración de cookies',
  consentHide: 'Ocultar el mensaje sobre cookies',
  consentSettingsHeading: 'Cambiar su configuración de cookies',
  consentNecessaryHeading: 'Cookies estrictamente necesarias',
  consentNecessaryText:
    'Estas cookies hacen que el servicio funcione, por ejemplo, recordando sus respuestas y sus elecciones sobre las cookies. Siempre están activadas.',
  consentUse: '¿Quiere que utilicemos cookies de {category:lower}?',
  consentYes: 'Sí',
  consentNo: 'No',
  consentSave: 'Guardar la configuración de cookies',
  consentSaved: 'Ha guardado sus preferencias sobre las cookies.',
  consentChoiceRequired: 'Seleccione sí o no para las cookies de {category:lower}',
  consentEmbedText:
    'Este contenido procede de {host}. Si lo carga, {host} podrá instalar cookies que {purpose}.',
  consentEmbedTextGeneric:
    'Este contenido procede de {host}. Si lo carga, {host} podrá instalar cookies de {category:lower}.',
  consentEmbedAllow: 'Permitir cookies de {category:lower}',
  consentEmbedSettings: 'Cambiar su configuración de cookies',
  consentEmbedLabel: 'Contenido no cargado: {title}',
  consentServiceFallback: 'este servicio',
  consentActionInvalid: 'Indique si acepta o rechaza las cookies adicionales',
  consentGpcSettingsNote:
    'Su navegador envía la señal Global Privacy Control, por lo que estas cookies permanecen desactivadas a menos que elija «sí».',
} satisfies ConsentMessages;

export default consentEs;
