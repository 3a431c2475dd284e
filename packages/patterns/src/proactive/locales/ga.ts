import type { ProactiveMessages } from '../messages.js';

/*
 * Irish strings of the proactive-service elements (Gaeilge). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Lower confidence than
 * most drafts: check the initial mutations first. Addresses people as "tú". "Lá" (day) keeps
 * the same form after every number (an initial l is neither lenited nor eclipsed in writing),
 * so all five plural forms read alike. Facts are answered "Tá" / "Níl", as in the consent
 * strings. Offer titles are quoted (“…”) as the object, so they are never mutated.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Irish strings (draft, see `reviewed`). */
export const proactiveGa = {
  proactiveNotNow: 'Ní anois',
  proactiveDismiss: 'Ná taispeáin é seo dom arís',
  proactiveWhy: 'Cén fáth a bhfuil sé seo á fheiceáil agam?',
  proactiveDataUsed: 'D’úsáideamar an fhaisnéis seo:',
  proactiveSource: 'Foinse: {source}',
  proactiveSourceUnknown: 'Níor luaigh an tseirbhís cad as a dtáinig an fhaisnéis seo',
  proactiveYes: 'Tá',
  proactiveNo: 'Níl',
  proactiveOnDevice:
    'Oibríodh an moladh seo amach i do bhrabhsálaí as faisnéis atá ag an tseirbhís cheana féin. Níor seoladh aon rud chun é a oibriú amach.',
  proactiveTurnOffHint: 'Is féidir leat moltaí a chur i bhfolach nó iad a mhúchadh:',
  proactiveSettingsLink: 'athraigh do shocruithe moltaí',
  proactiveDeadline: 'Spriocdháta: {date}',
  proactiveDaysLeft: {
    one: '{count} lá fágtha',
    two: '{count} lá fágtha',
    few: '{count} lá fágtha',
    many: '{count} lá fágtha',
    other: '{count} lá fágtha',
  },
  proactiveSnoozedAnnouncement: {
    one: 'I bhfolach ar feadh {count} lá. Is féidir leat é seo a athrú i do shocruithe moltaí.',
    two: 'I bhfolach ar feadh {count} lá. Is féidir leat é seo a athrú i do shocruithe moltaí.',
    few: 'I bhfolach ar feadh {count} lá. Is féidir leat é seo a athrú i do shocruithe moltaí.',
    many: 'I bhfolach ar feadh {count} lá. Is féidir leat é seo a athrú i do shocruithe moltaí.',
    other: 'I bhfolach ar feadh {count} lá. Is féidir leat é seo a athrú i do shocruithe moltaí.',
  },
  proactiveDismissedAnnouncement:
    'Ní fheicfidh tú an moladh seo arís. Is féidir leat é seo a athrú i do shocruithe moltaí.',
  proactiveNew: 'Nua',
  proactiveListHeading: 'Seirbhísí a d’fhéadfadh a bheith ag teastáil uait',
  proactiveListIntro:
    'Bunaithe ar fhaisnéis atá againn fút cheana féin. Insíonn gach moladh cén fáth a bhfuil sé á fheiceáil agat.',
  proactiveListEmpty: 'Níl aon mholtaí duit faoi láthair.',
  proactiveListOff: 'Mhúch tú moltaí seirbhísí.',
  proactiveListSettings: 'Athraigh do shocruithe moltaí',
  proactivePreferencesHeading: 'Moltaí seirbhísí',
  proactivePreferencesQuestion:
    'An dteastaíonn uait moltaí a fheiceáil faoi sheirbhísí a d’fhéadfadh a bheith ag teastáil uait?',
  proactivePreferencesHint:
    'Úsáidimid faisnéis atá againn fút cheana féin, mar shampla breith a chláraigh tú, chun seirbhísí a mholadh duit. Oibrítear é seo amach i do bhrabhsálaí agus ní sheoltar aon rud.',
  proactiveHiddenHeading: 'Moltaí atá curtha i bhfolach agat',
  proactiveHiddenNone: 'Níl aon mholtaí curtha i bhfolach agat.',
  proactiveHiddenForGood: 'Roghnaigh tú gan é seo a fheiceáil arís',
  proactiveHiddenUntil: 'I bhfolach go dtí {date}',
  proactiveUnknownOffer: 'Moladh nach ndéanann an tseirbhís a thuilleadh',
  proactiveShowAgain: 'Taispeáin arís',
  proactiveShownAgainAnnouncement: 'Molfar “{title}” duit arís nuair a bhaineann sé leat.',
  proactiveTurnedOnAnnouncement: 'Tá moltaí ar siúl.',
  proactiveTurnedOffAnnouncement: 'Tá moltaí múchta. Ní fheicfidh tú moltaí seirbhísí.',
  proactiveRememberedLasting: 'Coinnítear do roghanna i gcuimhne ar an ngléas seo.',
  proactiveRememberedSession:
    'Coinnítear do roghanna i gcuimhne go dtí go ndúnann tú do bhrabhsálaí, mar nár cheadaigh tú na fianáin a choinníonn do shocruithe i gcuimhne.',
} satisfies ProactiveMessages;

export default proactiveGa;
