import type { ConsentMessages } from '../messages.js';

/*
 * Bulgarian consent strings (български). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "вие"
 * (short forms "ви", "си" after the noun, as in the components' strings). Buttons use verbal
 * nouns ("Приемане на…"), like the components. Category labels go in „…“ after "от
 * категорията", lower-cased; lists of purposes follow a colon or stand in brackets. The
 * fallback for the service name, "тази услуга", fits the banner heading "Бисквитки на
 * {service}". Services write a category's `purpose` to finish "бисквитки, които …"
 * ("измерват как използвате услугата").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Bulgarian consent strings (draft, see `reviewed`). */
export const consentBg = {
  consentBannerHeading: 'Бисквитки на {service}',
  consentBannerIntro: 'Използваме някои необходими бисквитки, за да работи тази услуга.',
  consentBannerAsk: 'Ако сте съгласни, бихме искали да използваме бисквитки и за следните цели: {purposes}.',
  consentGpcHonoured:
    'Браузърът ви е поискал от уебсайтовете да не продават и да не споделят данните ви (Global Privacy Control). Спазваме това искане: няма да използваме бисквитки за тези цели ({purposes}), освен ако сами не ги включите в настройките си за бисквитки.',
  consentAccept: 'Приемане на допълнителните бисквитки',
  consentReject: 'Отхвърляне на допълнителните бисквитки',
  consentViewCookies: 'Преглед на бисквитките',
  consentAcceptedConfirmation:
    'Приехте допълнителните бисквитки. Можете да промените настройките си за бисквитки по всяко време.',
  consentRejectedConfirmation:
    'Отхвърлихте допълнителните бисквитки. Можете да промените настройките си за бисквитки по всяко време.',
  consentPartialConfirmation:
    'Приехте някои от допълнителните бисквитки. Можете да промените настройките си за бисквитки по всяко време.',
  consentChangeSettings: 'промените настройките си за бисквитки',
  consentHide: 'Скриване на съобщението за бисквитките',
  consentSettingsHeading: 'Промяна на настройките за бисквитки',
  consentNecessaryHeading: 'Строго необходими бисквитки',
  consentNecessaryText:
    'Тези бисквитки осигуряват работата на услугата, например като запомнят отговорите ви и избора ви за бисквитките. Те са винаги включени.',
  consentUse: 'Да се използват ли бисквитки от категорията „{category:lower}“?',
  consentYes: 'Да',
  consentNo: 'Не',
  consentSave: 'Запазване на настройките за бисквитки',
  consentSaved: 'Настройките ви за бисквитки са запазени.',
  consentChoiceRequired: 'Изберете „Да“ или „Не“ за категорията „{category:lower}“',
  consentEmbedText:
    'Това съдържание е от {host}. Ако го заредите, {host} ще може да поставя бисквитки, които {purpose}.',
  consentEmbedTextGeneric:
    'Това съдържание е от {host}. Ако го заредите, {host} ще може да поставя бисквитки от категорията „{category:lower}“.',
  consentEmbedAllow: 'Разрешаване на бисквитките от категорията „{category:lower}“',
  consentEmbedSettings: 'Промяна на настройките за бисквитки',
  consentEmbedLabel: 'Съдържанието не е заредено: {title}',
  consentServiceFallback: 'тази услуга',
  consentActionInvalid: 'Изберете дали приемате или отхвърляте допълнителните бисквитки',
  consentGpcSettingsNote:
    'Браузърът ви изпраща сигнала Global Privacy Control, затова тези бисквитки остават изключени, освен ако не изберете „Да“.',
} satisfies ConsentMessages;

export default consentBg;
