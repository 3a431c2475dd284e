import type { ConsentMessages } from '../messages.js';

/*
 * Swedish consent strings (svenska). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "du";
 * says "kakor", as Swedish public services and the components' Swedish strings do;
 * quotations use ”…”. Swedish would join a category to "kakor" in one word
 * ("marknadsföringskakor"), which a template cannot do, so labels follow "kakor för" and read
 * best as nouns ("Statistik", "Marknadsföring"). The `purpose` of a category finishes
 * "kakor som …" ("mäter hur du använder tjänsten").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Swedish consent strings (draft, see `reviewed`). */
export const consentSv = {
  consentBannerHeading: 'Kakor på {service}',
  consentBannerIntro: 'Vi använder några nödvändiga kakor för att den här tjänsten ska fungera.',
  consentBannerAsk: 'Vi vill också använda kakor för de här ändamålen, om du godkänner det: {purposes}.',
  consentGpcHonoured:
    'Din webbläsare har bett webbplatser att inte sälja eller dela dina uppgifter (Global Privacy Control). Det respekterar vi: vi använder inte kakor för {purposes} om du inte slår på dem i dina inställningar för kakor.',
  consentAccept: 'Acceptera ytterligare kakor',
  consentReject: 'Avvisa ytterligare kakor',
  consentViewCookies: 'Visa kakor',
  consentAcceptedConfirmation:
    'Du har accepterat ytterligare kakor. Du kan när som helst ändra dina inställningar för kakor.',
  consentRejectedConfirmation:
    'Du har avvisat ytterligare kakor. Du kan när som helst ändra dina inställningar för kakor.',
  consentPartialConfirmation:
    'Du har accepterat några av de ytterligare kakorna. Du kan när som helst ändra dina inställningar för kakor.',
  consentChangeSettings: 'ändra dina inställningar för kakor',
  consentHide: 'Dölj meddelandet om kakor',
  consentSettingsHeading: 'Ändra dina inställningar för kakor',
  consentNecessaryHeading: 'Strikt nödvändiga kakor',
  consentNecessaryText:
    'De här kakorna gör att tjänsten fungerar, till exempel genom att komma ihåg dina svar och dina val om kakor. De är alltid på.',
  consentUse: 'Får vi använda kakor för {category:lower}?',
  consentYes: 'Ja',
  consentNo: 'Nej',
  consentSave: 'Spara inställningarna för kakor',
  consentSaved: 'Dina inställningar för kakor har sparats.',
  consentChoiceRequired: 'Välj ja eller nej om kakor för {category:lower}',
  consentEmbedText: 'Innehållet kommer från {host}. Om du läser in det kan {host} spara kakor som {purpose}.',
  consentEmbedTextGeneric:
    'Innehållet kommer från {host}. Om du läser in det kan {host} spara kakor för {category:lower}.',
  consentEmbedAllow: 'Tillåt kakor för {category:lower}',
  consentEmbedSettings: 'Ändra dina inställningar för kakor',
  consentEmbedLabel: 'Innehållet har inte lästs in: {title}',
  consentServiceFallback: 'den här tjänsten',
  consentActionInvalid: 'Välj om du vill acceptera eller avvisa ytterligare kakor',
  consentGpcSettingsNote:
    'Din webbläsare skickar signalen Global Privacy Control, så de här kakorna förblir avstängda om du inte väljer ”ja”.',
} satisfies ConsentMessages;

export default consentSv;
