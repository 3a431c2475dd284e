import type { Messages } from '../types.js';

/**
 * Hungarian (magyar).
 * Draft: translated by the Polis team with machine assistance; not yet reviewed by a native
 * speaker. Set `reviewed` to true only after a native speaker has checked every string.
 * Hungarian would need a case ending (-t) and an article (a/az) that depend on the label, so
 * the label stands after a colon ("Adja meg a következőt: név") or before one ("Születési
 * dátum: adja meg a napot"). Nouns after a number stay singular, so `one` and `other` match.
 */
export const reviewed = false;

export const hu = {
  errorPrefix: 'Hiba:',
  errorTitlePrefix: 'Hiba: ',
  errorSummaryTitle: 'Probléma merült fel',
  valueMissing: 'Adja meg a következőt: {label:lower}',
  typeMismatchEmail: 'Adjon meg egy megfelelő formátumú e-mail-címet, például: nev@example.com',
  typeMismatchUrl: 'Adjon meg egy megfelelő formátumú webcímet, például: https://www.example.com',
  badInputNumber: '{label:upper}: számot adjon meg',
  patternMismatch: 'Adja meg a következőt a megfelelő formátumban: {label:lower}',
  tooShort: {
    one: '{label:upper}: legalább {count} karaktert adjon meg',
    other: '{label:upper}: legalább {count} karaktert adjon meg',
  },
  tooLong: {
    one: '{label:upper}: legfeljebb {count} karaktert adjon meg',
    other: '{label:upper}: legfeljebb {count} karaktert adjon meg',
  },
  opensInNewTab: '(új lapon nyílik meg)',
  notificationImportant: 'Fontos',
  notificationSuccess: 'Sikeres művelet',
  dismissLabel: 'Bezárás: {title}',
  dismiss: 'Bezárás',
  alertInfo: 'Tájékoztatás:',
  alertSuccess: 'Sikeres:',
  alertWarning: 'Figyelmeztetés:',
  alertError: 'Hiba:',
  serviceAlertInfo: 'Közlemény:',
  serviceAlertWarning: 'Figyelmeztetés:',
  serviceAlertEmergency: 'Vészhelyzet:',
  warning: 'Figyelmeztetés',
  phaseAlpha: 'Alfa',
  phaseBeta: 'Béta',
  phaseBannerText: 'Ez egy új szolgáltatás. Segítsen a fejlesztésében: {link}.',
  phaseBannerLink: 'mondja el a véleményét',
  toastRegion: 'Értesítések',
  closeNotification: 'Értesítés bezárása',
  countCharactersLimit: {
    one: 'Legfeljebb {count} karaktert írhat be',
    other: 'Legfeljebb {count} karaktert írhat be',
  },
  countCharactersRemaining: {
    one: 'Még {count} karaktert írhat be',
    other: 'Még {count} karaktert írhat be',
  },
  countCharactersOver: {
    one: '{count} karakterrel több a megengedettnél',
    other: '{count} karakterrel több a megengedettnél',
  },
  countWordsLimit: {
    one: 'Legfeljebb {count} szót írhat be',
    other: 'Legfeljebb {count} szót írhat be',
  },
  countWordsRemaining: {
    one: 'Még {count} szót írhat be',
    other: 'Még {count} szót írhat be',
  },
  countWordsOver: {
    one: '{count} szóval több a megengedettnél',
    other: '{count} szóval több a megengedettnél',
  },
  countWordsTooLong: {
    one: '{label:upper}: legfeljebb {count} szót írjon be',
    other: '{label:upper}: legfeljebb {count} szót írjon be',
  },
  selectValueMissing: 'Válasszon egy lehetőséget: {label:lower}',
  passwordShow: 'Megjelenítés',
  passwordHide: 'Elrejtés',
  passwordShowLabel: 'Jelszó megjelenítése',
  passwordHideLabel: 'Jelszó elrejtése',
  passwordShownAnnouncement: 'A jelszava látható',
  passwordHiddenAnnouncement: 'A jelszava rejtett',
  dateDay: 'Nap',
  dateMonth: 'Hónap',
  dateYear: 'Év',
  dateMissingDay: '{label:upper}: adja meg a napot',
  dateMissingMonth: '{label:upper}: adja meg a hónapot',
  dateMissingYear: '{label:upper}: adja meg az évet',
  dateMissingDayMonth: '{label:upper}: adja meg a napot és a hónapot',
  dateMissingDayYear: '{label:upper}: adja meg a napot és az évet',
  dateMissingMonthYear: '{label:upper}: adja meg a hónapot és az évet',
  dateInvalid: '{label:upper}: létező dátumot adjon meg',
  dateYearDigits: '{label:upper}: az évet 4 számjeggyel adja meg',
  dateMin: '{label:upper}: {date} vagy későbbi dátumot adjon meg',
  dateMax: '{label:upper}: {date} vagy korábbi dátumot adjon meg',
  datePast: '{label:upper}: múltbeli dátumot adjon meg',
  dateFuture: '{label:upper}: jövőbeli dátumot adjon meg',
  radiosValueMissing: 'Válasszon egy lehetőséget: {label:lower}',
  radiosDivider: 'vagy',
  checkboxesValueMissing: 'Válasszon legalább egy lehetőséget: {label:lower}',
  checkboxesOr: 'vagy',
  fileChoose: 'Fájl kiválasztása',
  fileChooseMultiple: 'Fájlok kiválasztása',
  fileDrop: 'vagy húzza ide',
  fileDropMultiple: 'vagy húzza ide őket',
  fileNoneChosen: 'Nincs kiválasztott fájl',
  fileChosen: {
    one: '{name} kiválasztva',
    other: '{count} fájl kiválasztva',
  },
  fileList: 'Kiválasztott fájlok',
  fileRemove: 'Eltávolítás',
  fileRemoveLabel: '{name} eltávolítása',
  fileAdded: {
    one: '{name} hozzáadva',
    other: '{count} fájl hozzáadva',
  },
  fileReplaced: '{old} lecserélve erre: {name}',
  fileRemoved: '{name} eltávolítva',
  fileValueMissing: 'Válasszon fájlt: {label:lower}',
  fileTooBig: '{name}: a fájlnak kisebbnek kell lennie, mint {size}',
  fileWrongType: '{name}: csak ilyen típusú fájl lehet: {types}',
  fileTypeImage: 'kép',
  fileTypeVideo: 'videó',
  fileTypeAudio: 'hangfájl',
  displaySettingsHeading: 'Megjelenítési beállítások',
  displayThemeLegend: 'Színséma',
  displayThemeSystem: 'Az eszközöm beállítása szerint',
  displayThemeLight: 'Világos',
  displayThemeDark: 'Sötét',
  displayThemeContrast: 'Nagy kontraszt',
  displayTextSizeLegend: 'Szövegméret',
  displayTextSizeDefault: 'Normál',
  displayTextSizeLarge: 'Nagy',
  displayTextSizeLargest: 'Legnagyobb',
  displayRememberedLasting: 'Ez az eszköz megjegyzi a választásait.',
  displayRememberedSession:
    'Választásai a böngésző bezárásáig érvényesek. Ha meg szeretné őrizni őket, engedélyezze a beállításait megjegyző sütiket.',
  displayChanged: 'A megjelenítési beállítások megváltoztak',
} satisfies Messages;

export default hu;
