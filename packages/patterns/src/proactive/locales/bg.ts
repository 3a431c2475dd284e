import type { ProactiveMessages } from '../messages.js';

/*
 * Bulgarian strings of the proactive-service elements (български). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "вие" (short forms "ви", "си"); buttons use verbal nouns, like the components. A
 * suggestion is "предложение". Offer titles are quoted („…“) after "Предложението", so the
 * sentence does not depend on their gender. Plural forms: `one` 1 ден, `other` 0, 2+ дни.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Bulgarian strings (draft, see `reviewed`). */
export const proactiveBg = {
  proactiveNotNow: 'Не сега',
  proactiveDismiss: 'Да не се показва повече',
  proactiveWhy: 'Защо виждам това?',
  proactiveDataUsed: 'Използвахме тази информация:',
  proactiveSource: 'Източник: {source}',
  proactiveSourceUnknown: 'Услугата не е посочила откъде идва тази информация',
  proactiveYes: 'Да',
  proactiveNo: 'Не',
  proactiveOnDevice:
    'Това предложение е изготвено в браузъра ви въз основа на информация, с която услугата вече разполага. За целта не е изпратено нищо.',
  proactiveTurnOffHint: 'Можете да скриете предложенията или да ги изключите:',
  proactiveSettingsLink: 'промяна на настройките за предложения',
  proactiveDeadline: 'Краен срок: {date}',
  proactiveDaysLeft: { one: 'остава {count} ден', other: 'остават {count} дни' },
  proactiveSnoozedAnnouncement: {
    one: 'Скрито за {count} ден. Можете да промените това в настройките за предложения.',
    other: 'Скрито за {count} дни. Можете да промените това в настройките за предложения.',
  },
  proactiveDismissedAnnouncement:
    'Няма повече да виждате това предложение. Можете да промените това в настройките за предложения.',
  proactiveNew: 'Ново',
  proactiveListHeading: 'Услуги, които може да са ви нужни',
  proactiveListIntro:
    'Въз основа на информация, с която вече разполагаме за вас. При всяко предложение е посочено защо го виждате.',
  proactiveListEmpty: 'В момента няма предложения за вас.',
  proactiveListOff: 'Изключили сте предложенията за услуги.',
  proactiveListSettings: 'Промяна на настройките за предложения',
  proactivePreferencesHeading: 'Предложения за услуги',
  proactivePreferencesQuestion: 'Да се показват ли предложения за услуги, които може да са ви нужни?',
  proactivePreferencesHint:
    'Използваме информация, с която вече разполагаме за вас, например регистрирано от вас раждане, за да ви предлагаме услуги. Това се изчислява в браузъра ви и нищо не се изпраща.',
  proactiveHiddenHeading: 'Предложения, които сте скрили',
  proactiveHiddenNone: 'Не сте скрили нито едно предложение.',
  proactiveHiddenForGood: 'Избрали сте да не виждате повече това предложение',
  proactiveHiddenUntil: 'Скрито до {date}',
  proactiveUnknownOffer: 'Предложение, което услугата вече не прави',
  proactiveShowAgain: 'Показване отново',
  proactiveShownAgainAnnouncement:
    'Предложението „{title}“ ще ви бъде показано отново, когато се отнася за вас.',
  proactiveTurnedOnAnnouncement: 'Предложенията са включени.',
  proactiveTurnedOffAnnouncement: 'Предложенията са изключени. Няма да виждате предложения за услуги.',
  proactiveRememberedLasting: 'Изборът ви се запомня на това устройство.',
  proactiveRememberedSession:
    'Изборът ви се запомня само докато затворите браузъра, защото не сте разрешили бисквитките, които запомнят настройките ви.',
} satisfies ProactiveMessages;

export default proactiveBg;
