import type { ConsentMessages } from '../messages.js';

/*
 * Maltese consent strings (Malti). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Lower confidence than most
 * drafts. Addresses people in the singular ("tista’", "agħżel"), as Maltese public services
 * and the components do; "cookies" is the word those services use. The apostrophe is the
 * typographic ’ ("tista’", "m’hemm"). Category labels are quoted as given (“…”) after
 * "tal-kategorija", so no article has to agree with them. `{purpose}` finishes "cookies li …"
 * ("ikejlu kif tuża s-servizz").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Maltese consent strings (draft, see `reviewed`). */
export const consentMt = {
  consentBannerHeading: 'Cookies fuq {service}',
  consentBannerIntro: 'Nużaw xi cookies essenzjali biex dan is-servizz jaħdem.',
  consentBannerAsk: 'Jekk taqbel, nixtiequ nużaw cookies ukoll għal dawn l-għanijiet: {purposes}.',
  consentGpcHonoured:
    'Il-browser tiegħek talab lis-siti biex ma jbigħux u ma jaqsmux id-data tiegħek (Global Privacy Control). Qegħdin nirrispettaw din it-talba: ma nużawx cookies għal dawn l-għanijiet sakemm ma tixgħelhomx int stess fis-settings tal-cookies tiegħek: {purposes}.',
  consentAccept: 'Aċċetta cookies addizzjonali',
  consentReject: 'Irrifjuta cookies addizzjonali',
  consentViewCookies: 'Ara l-cookies',
  consentAcceptedConfirmation:
    'Aċċettajt il-cookies addizzjonali. Tista’ tibdel is-settings tal-cookies tiegħek fi kwalunkwe ħin.',
  consentRejectedConfirmation:
    'Irrifjutajt il-cookies addizzjonali. Tista’ tibdel is-settings tal-cookies tiegħek fi kwalunkwe ħin.',
  consentPartialConfirmation:
    'Aċċettajt xi wħud mill-cookies addizzjonali. Tista’ tibdel is-settings tal-cookies tiegħek fi kwalunkwe ħin.',
  consentChangeSettings: 'tibdel is-settings tal-cookies tiegħek',
  consentHide: 'Aħbi l-messaġġ dwar il-cookies',
  consentSettingsHeading: 'Ibdel is-settings tal-cookies tiegħek',
  consentNecessaryHeading: 'Cookies strettament meħtieġa',
  consentNecessaryText:
    'Dawn il-cookies jagħmlu li s-servizz jaħdem, pereżempju billi jiftakru t-tweġibiet tiegħek u l-għażliet tiegħek dwar il-cookies. Huma dejjem mixgħula.',
  consentUse: 'Nistgħu nużaw cookies tal-kategorija “{category}”?',
  consentYes: 'Iva',
  consentNo: 'Le',
  consentSave: 'Aħżen is-settings tal-cookies',
  consentSaved: 'Il-preferenzi tiegħek dwar il-cookies ġew maħżuna.',
  consentChoiceRequired: 'Agħżel “Iva” jew “Le” għall-kategorija “{category}”',
  consentEmbedText:
    'Dan il-kontenut ġej minn {host}. Jekk tgħabbih, {host} ikun jista’ jpoġġi cookies li {purpose}.',
  consentEmbedTextGeneric:
    'Dan il-kontenut ġej minn {host}. Jekk tgħabbih, {host} ikun jista’ jpoġġi cookies tal-kategorija “{category}”.',
  consentEmbedAllow: 'Ippermetti cookies tal-kategorija “{category}”',
  consentEmbedSettings: 'Ibdel is-settings tal-cookies tiegħek',
  consentEmbedLabel: 'Il-kontenut ma ġiex mgħobbi: {title}',
  consentServiceFallback: 'dan is-servizz',
  consentActionInvalid: 'Agħżel jekk taċċettax jew jekk tirrifjutax il-cookies addizzjonali',
  consentGpcSettingsNote:
    'Il-browser tiegħek jibgħat is-sinjal Global Privacy Control, għalhekk dawn il-cookies jibqgħu mitfija sakemm ma tagħżilx “Iva”.',
} satisfies ConsentMessages;

export default consentMt;
