import type { ConsentMessages } from '../messages.js';

/*
 * French consent strings. Draft: written by the Polis team, not yet reviewed by a native
 * speaker or a lawyer. French typography puts a narrow no-break space (U+202F) before
 * « : ; ? ! » and inside « ».
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** French consent strings (draft, see `reviewed`). */
export const consentFr = {
  consentBannerHeading: 'Les cookies sur {service}',
  consentBannerIntro: 'Nous utilisons des cookies indispensables au fonctionnement de ce service.',
  consentBannerAsk:
    'Nous aimerions aussi utiliser des cookies pour les finalités suivantes, si vous êtes d’accord\u202f: {purposes}.',
  consentGpcHonoured:
    'Votre navigateur a demandé aux sites de ne pas vendre ni partager vos données (Global Privacy Control). Nous respectons ce choix\u202f: nous n’utiliserons pas de cookies pour {purposes}, sauf si vous les activez dans vos paramètres des cookies.',
  consentAccept: 'Accepter les cookies supplémentaires',
  consentReject: 'Refuser les cookies supplémentaires',
  consentViewCookies: 'Voir les cookies',
  consentAcceptedConfirmation:
    'Vous avez accepté les cookies supplémentaires. Vous pouvez modifier vos paramètres de cookies à tout moment.',
  consentRejectedConfirmation:
    'Vous avez refusé les cookies supplémentaires. Vous pouvez modifier vos paramètres de cookies à tout moment.',
  consentPartialConfirmation:
    'Vous avez accepté certains cookies supplémentaires. Vous pouvez modifier vos paramètres de cookies à tout moment.',
  consentChangeSettings: 'modifier vos paramètres de cookies',
  consentHide: 'Masquer le message sur les cookies',
  consentSettingsHeading: 'Modifier vos paramètres de cookies',
  consentNecessaryHeading: 'Cookies strictement nécessaires',
  consentNecessaryText:
    'Ces cookies font fonctionner le service, par exemple en gardant vos réponses et vos choix sur les cookies. Ils sont toujours activés.',
  consentUse: 'Autoriser les cookies «\u202f{category:lower}\u202f»\u202f?',
  consentYes: 'Oui',
  consentNo: 'Non',
  consentSave: 'Enregistrer les paramètres des cookies',
  consentSaved: 'Vos préférences en matière de cookies sont enregistrées.',
  consentChoiceRequired: 'Choisissez oui ou non pour les cookies «\u202f{category:lower}\u202f»',
  consentEmbedText:
    'Ce contenu provient de {host}. Le charger permet à {host} de déposer des cookies qui {purpose}.',
  consentEmbedTextGeneric:
    'Ce contenu provient de {host}. Le charger permet à {host} de déposer des cookies «\u202f{category:lower}\u202f».',
  consentEmbedAllow: 'Autoriser les cookies «\u202f{category:lower}\u202f»',
  consentEmbedSettings: 'Modifier vos paramètres de cookies',
  consentEmbedLabel: 'Contenu non chargé\u202f: {title}',
  consentServiceFallback: 'ce service',
  consentActionInvalid: 'Indiquez si vous acceptez ou refusez les cookies supplémentaires',
  consentGpcSettingsNote:
    'Votre navigateur envoie le signal Global Privacy Control\u202f: ces cookies restent désactivés, sauf si vous choisissez oui.',
} satisfies ConsentMessages;

export default consentFr;
