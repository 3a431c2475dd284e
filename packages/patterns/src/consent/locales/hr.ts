import type { ConsentMessages } from '../messages.js';

/*
 * Croatian consent strings (hrvatski). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "vi"
 * (lower case mid-sentence). Croatian would decline a label after a preposition, so category
 * labels go in „…“ after "kategorije", lower-cased, and lists of purposes follow a colon or
 * stand in brackets. The banner heading makes the service its subject ("{service}
 * upotrebljava kolačiće"), so a name is never declined; the fallback is "Ova usluga".
 * Services write a category's `purpose` to finish "kolačiće koji …" ("mjere kako
 * upotrebljavate uslugu").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Croatian consent strings (draft, see `reviewed`). */
export const consentHr = {
  consentBannerHeading: '{service} upotrebljava kolačiće',
  consentBannerIntro: 'Upotrebljavamo neke nužne kolačiće kako bi ova usluga radila.',
  consentBannerAsk: 'Ako se slažete, htjeli bismo upotrebljavati kolačiće i u ove svrhe: {purposes}.',
  consentGpcHonoured:
    'Vaš je preglednik zatražio od web-stranica da ne prodaju i ne dijele vaše podatke (Global Privacy Control). Poštujemo taj zahtjev: kolačiće u te svrhe ({purposes}) nećemo upotrebljavati, osim ako ih sami ne uključite u postavkama kolačića.',
  consentAccept: 'Prihvati dodatne kolačiće',
  consentReject: 'Odbij dodatne kolačiće',
  consentViewCookies: 'Prikaži kolačiće',
  consentAcceptedConfirmation:
    'Prihvatili ste dodatne kolačiće. U bilo kojem trenutku možete promijeniti postavke kolačića.',
  consentRejectedConfirmation:
    'Odbili ste dodatne kolačiće. U bilo kojem trenutku možete promijeniti postavke kolačića.',
  consentPartialConfirmation:
    'Prihvatili ste neke dodatne kolačiće. U bilo kojem trenutku možete promijeniti postavke kolačića.',
  consentChangeSettings: 'promijeniti postavke kolačića',
  consentHide: 'Sakrij poruku o kolačićima',
  consentSettingsHeading: 'Promijenite postavke kolačića',
  consentNecessaryHeading: 'Strogo nužni kolačići',
  consentNecessaryText:
    'Ovi kolačići omogućuju rad usluge, primjerice pamte vaše odgovore i vaše odabire u vezi s kolačićima. Uvijek su uključeni.',
  consentUse: 'Upotrebljavati kolačiće kategorije „{category:lower}“?',
  consentYes: 'Da',
  consentNo: 'Ne',
  consentSave: 'Spremi postavke kolačića',
  consentSaved: 'Vaše su postavke kolačića spremljene.',
  consentChoiceRequired: 'Odaberite da ili ne za kategoriju „{category:lower}“',
  consentEmbedText:
    'Ovaj sadržaj dolazi s web-stranice {host}. Ako ga učitate, {host} će moći postavljati kolačiće koji {purpose}.',
  consentEmbedTextGeneric:
    'Ovaj sadržaj dolazi s web-stranice {host}. Ako ga učitate, {host} će moći postavljati kolačiće kategorije „{category:lower}“.',
  consentEmbedAllow: 'Dopusti kolačiće kategorije „{category:lower}“',
  consentEmbedSettings: 'Promijenite postavke kolačića',
  consentEmbedLabel: 'Sadržaj nije učitan: {title}',
  consentServiceFallback: 'Ova usluga',
  consentActionInvalid: 'Odaberite prihvaćate li ili odbijate dodatne kolačiće',
  consentGpcSettingsNote:
    'Vaš preglednik šalje signal Global Privacy Control, pa ti kolačići ostaju isključeni, osim ako odaberete „Da“.',
} satisfies ConsentMessages;

export default consentHr;
