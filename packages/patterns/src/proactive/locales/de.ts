import type { ProactiveMessages } from '../messages.js';

/*
 * German strings of the proactive-service elements (Deutsch). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people as
 * "Sie"; "services" are "Leistungen", as in German public administration. Offer titles are
 * quoted („…“) so the sentence does not depend on their gender.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** German strings (draft, see `reviewed`). */
export const proactiveDe = {
  proactiveNotNow: 'Nicht jetzt',
  proactiveDismiss: 'Nicht mehr anzeigen',
  proactiveWhy: 'Warum sehe ich das?',
  proactiveDataUsed: 'Wir haben diese Angaben verwendet:',
  proactiveSource: 'Quelle: {source}',
  proactiveSourceUnknown: 'Der Dienst hat nicht angegeben, woher diese Angabe stammt',
  proactiveYes: 'Ja',
  proactiveNo: 'Nein',
  proactiveOnDevice:
    'Dieser Vorschlag wurde in Ihrem Browser aus Angaben ermittelt, die dem Dienst bereits vorliegen. Dafür wurde nichts übermittelt.',
  proactiveTurnOffHint: 'Sie können Vorschläge ausblenden oder ganz ausschalten:',
  proactiveSettingsLink: 'Ihre Einstellungen für Vorschläge ändern',
  proactiveDeadline: 'Frist: {date}',
  proactiveDaysLeft: { one: 'noch {count} Tag', other: 'noch {count} Tage' },
  proactiveSnoozedAnnouncement: {
    one: 'Für {count} Tag ausgeblendet. Sie können das in Ihren Einstellungen für Vorschläge ändern.',
    other: 'Für {count} Tage ausgeblendet. Sie können das in Ihren Einstellungen für Vorschläge ändern.',
  },
  proactiveDismissedAnnouncement:
    'Sie sehen diesen Vorschlag nicht mehr. Sie können das in Ihren Einstellungen für Vorschläge ändern.',
  proactiveNew: 'Neu',
  proactiveListHeading: 'Leistungen, die Sie benötigen könnten',
  proactiveListIntro:
    'Auf Grundlage von Angaben, die uns bereits über Sie vorliegen. Bei jedem Vorschlag steht, warum Sie ihn sehen.',
  proactiveListEmpty: 'Zurzeit gibt es keine Vorschläge für Sie.',
  proactiveListOff: 'Sie haben Vorschläge für Leistungen ausgeschaltet.',
  proactiveListSettings: 'Einstellungen für Vorschläge ändern',
  proactivePreferencesHeading: 'Vorschläge für Leistungen',
  proactivePreferencesQuestion: 'Vorschläge für Leistungen anzeigen, die Sie benötigen könnten?',
  proactivePreferencesHint:
    'Wir nutzen Angaben, die uns bereits über Sie vorliegen, etwa eine Geburt, die Sie gemeldet haben, um Ihnen Leistungen vorzuschlagen. Das wird in Ihrem Browser ermittelt, und es wird nichts übermittelt.',
  proactiveHiddenHeading: 'Vorschläge, die Sie ausgeblendet haben',
  proactiveHiddenNone: 'Sie haben keine Vorschläge ausgeblendet.',
  proactiveHiddenForGood: 'Sie möchten diesen Vorschlag nicht mehr sehen',
  proactiveHiddenUntil: 'Ausgeblendet bis zum {date}',
  proactiveUnknownOffer: 'Ein Vorschlag, den der Dienst nicht mehr macht',
  proactiveShowAgain: 'Wieder anzeigen',
  proactiveShownAgainAnnouncement: '„{title}“ wird Ihnen wieder vorgeschlagen, wenn es auf Sie zutrifft.',
  proactiveTurnedOnAnnouncement: 'Vorschläge sind eingeschaltet.',
  proactiveTurnedOffAnnouncement: 'Vorschläge sind ausgeschaltet. Sie sehen keine Vorschläge für Leistungen.',
  proactiveRememberedLasting: 'Ihre Auswahl wird auf diesem Gerät gespeichert.',
  proactiveRememberedSession:
    'Ihre Auswahl wird nur gespeichert, bis Sie Ihren Browser schließen, weil Sie keine Cookies erlaubt haben, die Ihre Einstellungen speichern.',
} satisfies ProactiveMessages;

export default proactiveDe;
