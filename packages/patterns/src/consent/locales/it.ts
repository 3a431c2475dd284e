import type { ConsentMessages } from '../messages.js';

/*
 * Italian consent strings (italiano). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "tu", as
 * the components' Italian strings do; quotations use «…». "Cookie" does not change in the
 * plural. Category labels follow "cookie di", so they read best as nouns ("Analisi",
 * "Marketing"); the `purpose` of a category finishes "cookie che …" with a verb in the third
 * person plural ("misurano come usi il servizio").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Italian consent strings (draft, see `reviewed`). */
export const consentIt = {
  consentBannerHeading: 'Cookie su {service}',
  consentBannerIntro: 'Usiamo alcuni cookie essenziali per far funzionare questo servizio.',
  consentBannerAsk: 'Se sei d’accordo, vorremmo usare i cookie anche per queste finalità: {purposes}.',
  consentGpcHonoured:
    'Il tuo browser ha chiesto ai siti di non vendere né condividere i tuoi dati (Global Privacy Control). Abbiamo rispettato la richiesta: non useremo cookie di {purposes}, a meno che tu non li attivi nelle impostazioni dei cookie.',
  consentAccept: 'Accetta cookie aggiuntivi',
  consentReject: 'Rifiuta cookie aggiuntivi',
  consentViewCookies: 'Visualizza i cookie',
  consentAcceptedConfirmation:
    'Hai accettato i cookie aggiuntivi. Puoi modificare le impostazioni dei cookie in qualsiasi momento.',
  consentRejectedConfirmation:
    'Hai rifiutato i cookie aggiuntivi. Puoi modificare le impostazioni dei cookie in qualsiasi momento.',
  consentPartialConfirmation:
    'Hai accettato alcuni cookie aggiuntivi. Puoi modificare le impostazioni dei cookie in qualsiasi momento.',
  consentChangeSettings: 'modificare le impostazioni dei cookie',
  consentHide: 'Nascondi il messaggio sui cookie',
  consentSettingsHeading: 'Modifica le impostazioni dei cookie',
  consentNecessaryHeading: 'Cookie strettamente necessari',
  consentNecessaryText:
    'Questi cookie fanno funzionare il servizio, ad esempio ricordando le tue risposte e le tue scelte sui cookie. Sono sempre attivi.',
  consentUse: 'Vuoi che usiamo i cookie di {category:lower}?',
  consentYes: 'Sì',
  consentNo: 'No',
  consentSave: 'Salva le impostazioni dei cookie',
  consentSaved: 'Hai salvato le tue preferenze sui cookie.',
  consentChoiceRequired: 'Seleziona sì o no per i cookie di {category:lower}',
  consentEmbedText:
    'Questo contenuto proviene da {host}. Se lo carichi, {host} potrà installare cookie che {purpose}.',
  consentEmbedTextGeneric:
    'Questo contenuto proviene da {host}. Se lo carichi, {host} potrà installare cookie di {category:lower}.',
  consentEmbedAllow: 'Consenti i cookie di {category:lower}',
  consentEmbedSettings: 'Modifica le impostazioni dei cookie',
  consentEmbedLabel: 'Contenuto non caricato: {title}',
  consentServiceFallback: 'questo servizio',
  consentActionInvalid: 'Indica se accetti o rifiuti i cookie aggiuntivi',
  consentGpcSettingsNote:
    'Il tuo browser invia il segnale Global Privacy Control, quindi questi cookie restano disattivati a meno che tu non scelga «sì».',
} satisfies ConsentMessages;

export default consentIt;
