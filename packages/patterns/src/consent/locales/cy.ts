import type { ConsentMessages } from '../messages.js';

/*
 * Welsh consent strings (Cymraeg). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer; lower confidence than most
 * drafts. Addresses people as "chi"; quotations use ‘…’. Wording follows the Welsh cookie
 * banners of UK public services ("Derbyn cwcis ychwanegol", "Gwrthod cwcis ychwanegol").
 * Category labels come straight after "cwcis" ("cwcis dadansoddi", "cwcis marchnata"), where
 * they keep their first letter; a template cannot mutate `{service}` or `{host}` after "ar"
 * or "o". The `purpose` of a category finishes "cwcis sy’n …" with a verb-noun ("mesur sut
 * rydych yn defnyddio’r gwasanaeth").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Welsh consent strings (draft, see `reviewed`). */
export const consentCy = {
  consentBannerHeading: 'Cwcis ar {service}',
  consentBannerIntro: 'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
  consentBannerAsk: 'Hoffem hefyd ddefnyddio cwcis at y dibenion hyn, os ydych yn cytuno: {purposes}.',
  consentGpcHonoured:
    'Mae eich porwr wedi gofyn i wefannau beidio â gwerthu na rhannu eich data (Global Privacy Control). Rydym wedi parchu hynny: ni fyddwn yn defnyddio cwcis ar gyfer {purposes} oni bai eich bod yn eu troi ymlaen yn eich gosodiadau cwcis.',
  consentAccept: 'Derbyn cwcis ychwanegol',
  consentReject: 'Gwrthod cwcis ychwanegol',
  consentViewCookies: 'Gweld cwcis',
  consentAcceptedConfirmation:
    'Rydych wedi derbyn cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.',
  consentRejectedConfirmation:
    'Rydych wedi gwrthod cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.',
  consentPartialConfirmation:
    'Rydych wedi derbyn rhai cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.',
  consentChangeSettings: 'newid eich gosodiadau cwcis',
  consentHide: 'Cuddio’r neges cwcis',
  consentSettingsHeading: 'Newid eich gosodiadau cwcis',
  consentNecessaryHeading: 'Cwcis cwbl angenrheidiol',
  consentNecessaryText:
    'Mae’r cwcis hyn yn gwneud i’r gwasanaeth weithio, er enghraifft drwy gofio eich atebion a’ch dewisiadau cwcis. Maen nhw ymlaen bob amser.',
  consentUse: 'Defnyddio cwcis {category:lower}?',
  consentYes: 'Ie',
  consentNo: 'Na',
  consentSave: 'Cadw gosodiadau cwcis',
  consentSaved: 'Rydych wedi gosod eich dewisiadau cwcis.',
  consentChoiceRequired: 'Dewiswch ie neu na ar gyfer cwcis {category:lower}',
  consentEmbedText:
    'Daw’r cynnwys hwn o {host}. Os byddwch yn ei lwytho, bydd {host} yn gallu gosod cwcis sy’n {purpose}.',
  consentEmbedTextGeneric:
    'Daw’r cynnwys hwn o {host}. Os byddwch yn ei lwytho, bydd {host} yn gallu gosod cwcis {category:lower}.',
  consentEmbedAllow: 'Caniatáu cwcis {category:lower}',
  consentEmbedSettings: 'Newid eich gosodiadau cwcis',
  consentEmbedLabel: 'Cynnwys heb ei lwytho: {title}',
  consentServiceFallback: 'y gwasanaeth hwn',
  consentActionInvalid: 'Dewiswch a ydych am dderbyn neu wrthod cwcis ychwanegol',
  consentGpcSettingsNote:
    'Mae eich porwr yn anfon Global Privacy Control, felly bydd y cwcis hyn yn aros i ffwrdd oni bai eich bod yn dewis ‘ie’.',
} satisfies ConsentMessages;

export default consentCy;
