import type { ConsentMessages } from '../messages.js';

/*
 * German consent strings (Deutsch). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "Sie".
 * German nouns keep their capital letter, so category labels are used as given, in „…“
 * after "Kategorie", which fits any label.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** German consent strings (draft, see `reviewed`). */
export const consentDe = {
  consentBannerHeading: 'Cookies bei {service}',
  consentBannerIntro: 'Wir verwenden einige notwendige Cookies, damit dieser Dienst funktioniert.',
  consentBannerAsk:
    'Wenn Sie einverstanden sind, möchten wir außerdem Cookies für folgende Zwecke verwenden: {purposes}.',
  consentGpcHonoured:
    'Ihr Browser hat Websites gebeten, Ihre Daten nicht zu verkaufen oder weiterzugeben (Global Privacy Control). Wir respektieren das: Cookies für {purposes} verwenden wir nur, wenn Sie sie in Ihren Cookie-Einstellungen einschalten.',
  consentAccept: 'Zusätzliche Cookies akzeptieren',
  consentReject: 'Zusätzliche Cookies ablehnen',
  consentViewCookies: 'Cookies ansehen',
  consentAcceptedConfirmation:
    'Sie haben zusätzliche Cookies akzeptiert. Sie können jederzeit Ihre Cookie-Einstellungen ändern.',
  consentRejectedConfirmation:
    'Sie haben zusätzliche Cookies abgelehnt. Sie können jederzeit Ihre Cookie-Einstellungen ändern.',
  consentPartialConfirmation:
    'Sie haben einige zusätzliche Cookies akzeptiert. Sie können jederzeit Ihre Cookie-Einstellungen ändern.',
  consentChangeSettings: 'Ihre Cookie-Einstellungen ändern',
  consentHide: 'Cookie-Hinweis ausblenden',
  consentSettingsHeading: 'Cookie-Einstellungen ändern',
  consentNecessaryHeading: 'Unbedingt erforderliche Cookies',
  consentNecessaryText:
    'Diese Cookies sorgen dafür, dass der Dienst funktioniert, zum Beispiel indem sie Ihre Antworten und Ihre Cookie-Auswahl speichern. Sie sind immer aktiv.',
  consentUse: 'Cookies der Kategorie „{category}“ verwenden?',
  consentYes: 'Ja',
  consentNo: 'Nein',
  consentSave: 'Cookie-Einstellungen speichern',
  consentSaved: 'Ihre Cookie-Einstellungen wurden gespeichert.',
  consentChoiceRequired: 'Wählen Sie für die Kategorie „{category}“ Ja oder Nein aus',
  consentEmbedText:
    'Dieser Inhalt stammt von {host}. Wenn Sie ihn laden, kann {host} Cookies setzen, die {purpose}.',
  consentEmbedTextGeneric:
    'Dieser Inhalt stammt von {host}. Wenn Sie ihn laden, kann {host} Cookies der Kategorie „{category}“ setzen.',
  consentEmbedAllow: 'Cookies der Kategorie „{category}“ erlauben',
  consentEmbedSettings: 'Cookie-Einstellungen ändern',
  consentEmbedLabel: 'Inhalt nicht geladen: {title}',
  consentServiceFallback: 'diesem Dienst',
  consentActionInvalid: 'Wählen Sie aus, ob Sie zusätzliche Cookies akzeptieren oder ablehnen',
  consentGpcSettingsNote:
    'Ihr Browser sendet das Signal Global Privacy Control. Deshalb bleiben diese Cookies ausgeschaltet, es sei denn, Sie wählen „Ja“.',
} satisfies ConsentMessages;

export default consentDe;
