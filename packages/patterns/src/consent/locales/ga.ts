import type { ConsentMessages } from '../messages.js';

/*
 * Irish consent strings (Gaeilge). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Lower confidence than most
 * drafts: check the initial mutations first. Addresses people as "tú", as Irish public
 * services do. Irish has no single word for yes and no, so the settings question is asked
 * with "An bhfuil cead…?" and answered "Tá" / "Níl". A word such as "do", "ó" or "ar"
 * would mutate a label or host put after it, so category labels are quoted as given (“…”)
 * after "den chatagóir", and the service name and host stand after a colon or as a subject
 * ("Úsáideann {service} fianáin", fallback "an tseirbhís seo"). `{purpose}` finishes
 * "fianáin a …", a direct relative, so it starts with a lenited verb ("thomhaiseann conas a
 * úsáideann tú an tseirbhís").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Irish consent strings (draft, see `reviewed`). */
export const consentGa = {
  consentBannerHeading: 'Úsáideann {service} fianáin',
  consentBannerIntro: 'Úsáidimid fianáin riachtanacha áirithe chun go n-oibreoidh an tseirbhís seo.',
  consentBannerAsk:
    'Ba mhaith linn fianáin a úsáid freisin chun na gcríoch seo a leanas, má aontaíonn tú leis sin: {purposes}.',
  consentGpcHonoured:
    'D’iarr do bhrabhsálaí ar shuíomhanna gan do shonraí a dhíol ná a roinnt (Global Privacy Control). Táimid ag cloí leis an iarratas sin: ní úsáidfimid fianáin chun na gcríoch seo a leanas mura gcuireann tú féin ar siúl iad i do shocruithe fianán: {purposes}.',
  consentAccept: 'Glac le fianáin bhreise',
  consentReject: 'Diúltaigh d’fhianáin bhreise',
  consentViewCookies: 'Féach ar na fianáin',
  consentAcceptedConfirmation:
    'Ghlac tú le fianáin bhreise. Is féidir leat do shocruithe fianán a athrú am ar bith.',
  consentRejectedConfirmation:
    'Dhiúltaigh tú d’fhianáin bhreise. Is féidir leat do shocruithe fianán a athrú am ar bith.',
  consentPartialConfirmation:
    'Ghlac tú le cuid de na fianáin bhreise. Is féidir leat do shocruithe fianán a athrú am ar bith.',
  consentChangeSettings: 'do shocruithe fianán a athrú',
  consentHide: 'Folaigh an teachtaireacht faoi fhianáin',
  consentSettingsHeading: 'Athraigh do shocruithe fianán',
  consentNecessaryHeading: 'Fianáin atá fíor-riachtanach',
  consentNecessaryText:
    'Cuireann na fianáin seo ar chumas na seirbhíse oibriú, mar shampla trí d’fhreagraí agus do roghanna fianán a choinneáil i gcuimhne. Bíonn siad ar siúl i gcónaí.',
  consentUse: 'An bhfuil cead againn fianáin den chatagóir “{category}” a úsáid?',
  consentYes: 'Tá',
  consentNo: 'Níl',
  consentSave: 'Sábháil na socruithe fianán',
  consentSaved: 'Tá do roghanna fianán socraithe.',
  consentChoiceRequired: 'Roghnaigh “Tá” nó “Níl” don chatagóir “{category}”',
  consentEmbedText:
    'Foinse an ábhair seo: {host}. Má lódálann tú é, féadfaidh {host} fianáin a shocrú a {purpose}.',
  consentEmbedTextGeneric:
    'Foinse an ábhair seo: {host}. Má lódálann tú é, féadfaidh {host} fianáin den chatagóir “{category}” a shocrú.',
  consentEmbedAllow: 'Ceadaigh fianáin den chatagóir “{category}”',
  consentEmbedSettings: 'Athraigh do shocruithe fianán',
  consentEmbedLabel: 'Ábhar nár lódáladh: {title}',
  consentServiceFallback: 'an tseirbhís seo',
  consentActionInvalid: 'Roghnaigh an nglacann tú le fianáin bhreise nó an ndiúltaíonn tú dóibh',
  consentGpcSettingsNote:
    'Seolann do bhrabhsálaí an comhartha Global Privacy Control, mar sin fanfaidh na fianáin seo múchta mura roghnaíonn tú “Tá”.',
} satisfies ConsentMessages;

export default consentGa;
