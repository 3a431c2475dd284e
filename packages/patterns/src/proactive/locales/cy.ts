import type { ProactiveMessages } from '../messages.js';

/*
 * Welsh strings of the proactive-service elements (Cymraeg). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker; lower confidence than
 * most drafts. Addresses people as "chi"; offer titles are quoted (‘…’). After a number the
 * noun stays singular ("5 diwrnod"), as on GOV.UK; only `two` mutates it ("2 ddiwrnod", said
 * "dau ddiwrnod").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Welsh strings (draft, see `reviewed`). */
export const proactiveCy = {
  proactiveNotNow: 'Nid nawr',
  proactiveDismiss: 'Peidio â dangos hyn eto',
  proactiveWhy: 'Pam ydw i’n gweld hyn?',
  proactiveDataUsed: 'Gwnaethom ddefnyddio’r wybodaeth hon:',
  proactiveSource: 'Ffynhonnell: {source}',
  proactiveSourceUnknown: 'Ni ddywedodd y gwasanaeth o ble daeth hyn',
  proactiveYes: 'Ie',
  proactiveNo: 'Na',
  proactiveOnDevice:
    'Cafodd yr awgrym hwn ei gyfrifo yn eich porwr o wybodaeth sydd gan y gwasanaeth yn barod. Ni anfonwyd dim i’w gyfrifo.',
  proactiveTurnOffHint: 'Gallwch guddio awgrymiadau neu eu diffodd:',
  proactiveSettingsLink: 'newid eich gosodiadau awgrymiadau',
  proactiveDeadline: 'Dyddiad cau: {date}',
  proactiveDaysLeft: {
    zero: '{count} diwrnod ar ôl',
    one: '{count} diwrnod ar ôl',
    two: '{count} ddiwrnod ar ôl',
    few: '{count} diwrnod ar ôl',
    many: '{count} diwrnod ar ôl',
    other: '{count} diwrnod ar ôl',
  },
  proactiveSnoozedAnnouncement: {
    zero: 'Mae’r awgrym wedi’i guddio am {count} diwrnod. Gallwch newid hyn yn eich gosodiadau awgrymiadau.',
    one: 'Mae’r awgrym wedi’i guddio am {count} diwrnod. Gallwch newid hyn yn eich gosodiadau awgrymiadau.',
    two: 'Mae’r awgrym wedi’i guddio am {count} ddiwrnod. Gallwch newid hyn yn eich gosodiadau awgrymiadau.',
    few: 'Mae’r awgrym wedi’i guddio am {count} diwrnod. Gallwch newid hyn yn eich gosodiadau awgrymiadau.',
    many: 'Mae’r awgrym wedi’i guddio am {count} diwrnod. Gallwch newid hyn yn eich gosodiadau awgrymiadau.',
    other: 'Mae’r awgrym wedi’i guddio am {count} diwrnod. Gallwch newid hyn yn eich gosodiadau awgrymiadau.',
  },
  proactiveDismissedAnnouncement:
    'Ni fyddwch yn gweld yr awgrym hwn eto. Gallwch newid hyn yn eich gosodiadau awgrymiadau.',
  proactiveNew: 'Newydd',
  proactiveListHeading: 'Gwasanaethau y gallai fod eu hangen arnoch',
  proactiveListIntro:
    'Yn seiliedig ar wybodaeth sydd gennym amdanoch yn barod. Mae pob awgrym yn dweud pam rydych yn ei weld.',
  proactiveListEmpty: 'Nid oes unrhyw awgrymiadau i chi ar hyn o bryd.',
  proactiveListOff: 'Rydych wedi diffodd awgrymiadau am wasanaethau.',
  proactiveListSettings: 'Newid eich gosodiadau awgrymiadau',
  proactivePreferencesHeading: 'Awgrymiadau am wasanaethau',
  proactivePreferencesQuestion: 'Dangos awgrymiadau am wasanaethau y gallai fod eu hangen arnoch?',
  proactivePreferencesHint:
    'Rydym yn defnyddio gwybodaeth sydd gennym amdanoch yn barod, fel genedigaeth rydych wedi’i chofrestru, i awgrymu gwasanaethau. Caiff hyn ei gyfrifo yn eich porwr ac ni chaiff dim ei anfon.',
  proactiveHiddenHeading: 'Awgrymiadau rydych wedi’u cuddio',
  proactiveHiddenNone: 'Nid ydych wedi cuddio unrhyw awgrymiadau.',
  proactiveHiddenForGood: 'Rydych wedi dewis peidio â gweld hwn eto',
  proactiveHiddenUntil: 'Wedi’i guddio tan {date}',
  proactiveUnknownOffer: 'Awgrym nad yw’r gwasanaeth yn ei wneud mwyach',
  proactiveShowAgain: 'Dangos eto',
  proactiveShownAgainAnnouncement: 'Bydd ‘{title}’ yn cael ei awgrymu eto pan fydd yn berthnasol i chi.',
  proactiveTurnedOnAnnouncement: 'Mae awgrymiadau wedi’u troi ymlaen.',
  proactiveTurnedOffAnnouncement:
    'Mae awgrymiadau wedi’u diffodd. Ni fyddwch yn gweld awgrymiadau am wasanaethau.',
  proactiveRememberedLasting: 'Mae eich dewisiadau’n cael eu cofio ar y ddyfais hon.',
  proactiveRememberedSession:
    'Mae eich dewisiadau’n cael eu cofio nes i chi gau eich porwr, oherwydd nad ydych wedi caniatáu cwcis sy’n cofio eich gosodiadau.',
} satisfies ProactiveMessages;

export default proactiveCy;
