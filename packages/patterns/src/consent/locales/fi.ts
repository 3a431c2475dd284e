import type { ConsentMessages } from '../messages.js';

/*
 * Finnish consent strings (suomi). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "sinä",
 * as Finnish public services and the components do. The heading is a sentence ("{service}
 * käyttää evästeitä", fallback "Tämä palvelu"), because a service name cannot take a case
 * ending. Category labels are quoted as given (”…”, Finnish uses the same mark on both
 * sides) after "luokan", which fits any label. `{purpose}` finishes "evästeitä, jotka …"
 * ("mittaavat, miten käytät palvelua").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Finnish consent strings (draft, see `reviewed`). */
export const consentFi = {
  consentBannerHeading: '{service} käyttää evästeitä',
  consentBannerIntro: 'Käytämme joitakin välttämättömiä evästeitä, jotta tämä palvelu toimisi.',
  consentBannerAsk:
    'Haluaisimme käyttää evästeitä myös seuraaviin tarkoituksiin, jos hyväksyt sen: {purposes}.',
  consentGpcHonoured:
    'Selaimesi pyysi sivustoja olemaan myymättä tai jakamatta tietojasi (Global Privacy Control). Noudatamme pyyntöä: emme käytä evästeitä seuraaviin tarkoituksiin, ellet itse ota niitä käyttöön evästeasetuksissasi: {purposes}.',
  consentAccept: 'Hyväksy lisäevästeet',
  consentReject: 'Hylkää lisäevästeet',
  consentViewCookies: 'Näytä evästeet',
  consentAcceptedConfirmation:
    'Olet hyväksynyt lisäevästeet. Voit muuttaa evästeasetuksiasi milloin tahansa.',
  consentRejectedConfirmation: 'Olet hylännyt lisäevästeet. Voit muuttaa evästeasetuksiasi milloin tahansa.',
  consentPartialConfirmation:
    'Olet hyväksynyt osan lisäevästeistä. Voit muuttaa evästeasetuksiasi milloin tahansa.',
  consentChangeSettings: 'muuttaa evästeasetuksiasi',
  consentHide: 'Piilota evästeilmoitus',
  consentSettingsHeading: 'Muuta evästeasetuksiasi',
  consentNecessaryHeading: 'Välttämättömät evästeet',
  consentNecessaryText:
    'Nämä evästeet saavat palvelun toimimaan, esimerkiksi muistamalla vastauksesi ja evästevalintasi. Ne ovat aina käytössä.',
  consentUse: 'Käytetäänkö luokan ”{category}” evästeitä?',
  consentYes: 'Kyllä',
  consentNo: 'Ei',
  consentSave: 'Tallenna evästeasetukset',
  consentSaved: 'Evästeasetuksesi on tallennettu.',
  consentChoiceRequired: 'Valitse luokalle ”{category}” kyllä tai ei',
  consentEmbedText:
    'Tämä sisältö tulee sivustolta {host}. Jos lataat sen, {host} voi tallentaa evästeitä, jotka {purpose}.',
  consentEmbedTextGeneric:
    'Tämä sisältö tulee sivustolta {host}. Jos lataat sen, {host} voi tallentaa luokan ”{category}” evästeitä.',
  consentEmbedAllow: 'Salli luokan ”{category}” evästeet',
  consentEmbedSettings: 'Muuta evästeasetuksiasi',
  consentEmbedLabel: 'Sisältöä ei ole ladattu: {title}',
  consentServiceFallback: 'Tämä palvelu',
  consentActionInvalid: 'Valitse, hyväksytkö vai hylkäätkö lisäevästeet',
  consentGpcSettingsNote:
    'Selaimesi lähettää Global Privacy Control -signaalin, joten nämä evästeet pysyvät poissa käytöstä, ellet valitse ”Kyllä”.',
} satisfies ConsentMessages;

export default consentFi;
