/**
 * A message is a template with `{placeholders}`, or a set of templates chosen by
 * `Intl.PluralRules` for a `count`. Templates are plain strings (not functions) so that a
 * service team can override them from HTML, JSON or a CMS without writing code.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/**
 * Every built-in string in @polis-ds/components. English is the reference; every locale is
 * type-checked against it.
 */
export interface Messages {
  /** Visually hidden prefix read before every error message. */
  errorPrefix: string;
  /** Prefix added to the page title while an error summary shows client-side errors. */
  errorTitlePrefix: string;
  /** Heading of the error summary. */
  errorSummaryTitle: string;
  /** `required` and empty. `{label}` is the field's label. */
  valueMissing: string;
  /** `type="email"` with something that is not an email address. */
  typeMismatchEmail: string;
  /** `type="url"` with something that is not a web address. */
  typeMismatchUrl: string;
  /** `type="number"` with something that is not a number. */
  badInputNumber: string;
  /** Does not match `pattern`. */
  patternMismatch: string;
  /** Shorter than `minlength`. */
  tooShort: PluralMessage;
  /** Longer than `maxlength`. */
  tooLong: PluralMessage;
  /** Read after a link that opens in a new tab. */
  opensInNewTab: string;
  /** Default title of an important notification banner. */
  notificationImportant: string;
  /** Default title of a success notification banner. */
  notificationSuccess: string;
  /** Accessible name of a dismiss button; `{title}` names what is dismissed. */
  dismissLabel: string;
  /** Visible text of a dismiss button. */
  dismiss: string;
  /** Visually hidden prefixes that say what kind of message an alert is (not colour alone). */
  alertInfo: string;
  alertSuccess: string;
  alertWarning: string;
  alertError: string;
  /** Visually hidden prefixes of a service alert by severity. */
  serviceAlertInfo: string;
  serviceAlertWarning: string;
  serviceAlertEmergency: string;
  /** Visually hidden text before warning text, read in place of the "!" icon. */
  warning: string;
  /** Phase banner tags. */
  phaseAlpha: string;
  phaseBeta: string;
  /** Phase banner text; `{link}` is replaced by a link whose text is `phaseBannerLink`. */
  phaseBannerText: string;
  phaseBannerLink: string;
  /** Accessible name of the region that holds toasts. */
  toastRegion: string;
  /** Accessible name of a toast's close button. */
  closeNotification: string;
  /** Textarea: the limit, read as part of the field's description. `{count}` is `max-chars`. */
  countCharactersLimit: PluralMessage;
  /** Textarea: characters left, shown under the field and announced after typing pauses. */
  countCharactersRemaining: PluralMessage;
  /** Textarea: characters over `max-chars`. */
  countCharactersOver: PluralMessage;
  /** Textarea: the limit, read as part of the field's description. `{count}` is `max-words`. */
  countWordsLimit: PluralMessage;
  /** Textarea: words left, shown under the field and announced after typing pauses. */
  countWordsRemaining: PluralMessage;
  /** Textarea: words over `max-words`. */
  countWordsOver: PluralMessage;
  /** Textarea: more words than `max-words` (characters use `tooLong`). */
  countWordsTooLong: PluralMessage;
  /** Select: `required` and no option chosen (the chosen option has an empty value). `{label}` is the field's label. */
  selectValueMissing: string;
  /** Password input: visible text of the toggle while the password is hidden. */
  passwordShow: string;
  /** Password input: visible text of the toggle while the password is shown. */
  passwordHide: string;
  /** Password input: accessible name of the toggle while the password is hidden. */
  passwordShowLabel: string;
  /** Password input: accessible name of the toggle while the password is shown. */
  passwordHideLabel: string;
  /** Password input: announced (politely) when the password is shown. */
  passwordShownAnnouncement: string;
  /** Password input: announced (politely) when the password is hidden again. */
  passwordHiddenAnnouncement: string;
  /** Visible labels of the three parts of a date input. */
  dateDay: string;
  dateMonth: string;
  dateYear: string;
  /** A date with parts missing; `{label}` is the legend ("Date of birth must include a month"). */
  dateMissingDay: string;
  dateMissingMonth: string;
  dateMissingYear: string;
  dateMissingDayMonth: string;
  dateMissingDayYear: string;
  dateMissingMonthYear: string;
  /** A date that does not exist, such as 31 February or month 13. */
  dateInvalid: string;
  /** A year that does not have 4 digits. */
  dateYearDigits: string;
  /** Before `min`; `{date}` is the earliest date, formatted for the page language. */
  dateMin: string;
  /** After `max`; `{date}` is the latest date, formatted for the page language. */
  dateMax: string;
  /** `must-be="past"` with today or a later date. */
  datePast: string;
  /** `must-be="future"` with today or an earlier date. */
  dateFuture: string;
  /** Radios: `required` and nothing chosen. `{label}` is the legend. */
  radiosValueMissing: string;
  /** Radios: the word shown between options by `<polis-radio divider>`. */
  radiosDivider: string;
  /** Checkboxes: `required` and nothing checked. `{label}` is the legend (or the checkbox's label). */
  checkboxesValueMissing: string;
  /** Checkboxes: the divider shown before a "none of these" (exclusive) option. */
  checkboxesOr: string;
  /** File upload: text of the button that opens the file picker, without `multiple`. */
  fileChoose: string;
  /** File upload: text of the button that opens the file picker, with `multiple`. */
  fileChooseMultiple: string;
  /** File upload: text in the drop zone after the button, without `multiple`. */
  fileDrop: string;
  /** File upload: text in the drop zone after the button, with `multiple`. */
  fileDropMultiple: string;
  /** File upload: status in the drop zone while no file is chosen. */
  fileNoneChosen: string;
  /** File upload: status in the drop zone. `{count}` files are chosen; `{name}` is the file when there is one. */
  fileChosen: PluralMessage;
  /** File upload: accessible name of the list of chosen files. */
  fileList: string;
  /** File upload: visible text of the button that removes a file. */
  fileRemove: string;
  /** File upload: accessible name of the button that removes a file; `{name}` is the file name. */
  fileRemoveLabel: string;
  /** File upload: announced when files are added. `{name}` is the file when there is one; `{count}` how many. */
  fileAdded: PluralMessage;
  /** File upload: announced when a new choice replaces the file (without `multiple`). `{old}` and `{name}` are file names. */
  fileReplaced: string;
  /** File upload: announced when a file is removed. `{name}` is the file name. */
  fileRemoved: string;
  /** File upload: `required` and no file chosen. `{label}` is the field's label. */
  fileValueMissing: string;
  /** File upload: a file larger than `max-size`. `{name}` is the file name, `{size}` the limit. */
  fileTooBig: string;
  /** File upload: a file that does not match `accept`. `{name}` is the file name, `{types}` the accepted types as a list. */
  fileWrongType: string;
  /** File upload: how an accepted type `image/*` is named in `fileWrongType`. */
  fileTypeImage: string;
  /** File upload: how an accepted type `video/*` is named in `fileWrongType`. */
  fileTypeVideo: string;
  /** File upload: how an accepted type `audio/*` is named in `fileWrongType`. */
  fileTypeAudio: string;
  /** Display settings: heading of the settings group. */
  displaySettingsHeading: string;
  /** Display settings: legend of the colour theme choice. */
  displayThemeLegend: string;
  /** Display settings: follow the device's light or dark setting. */
  displayThemeSystem: string;
  displayThemeLight: string;
  displayThemeDark: string;
  displayThemeContrast: string;
  /** Display settings: legend of the text size choice. */
  displayTextSizeLegend: string;
  displayTextSizeDefault: string;
  displayTextSizeLarge: string;
  displayTextSizeLargest: string;
  /** Display settings: shown when choices are kept in lasting storage (consent allows it). */
  displayRememberedLasting: string;
  /** Display settings: shown when choices last only for the browser session. */
  displayRememberedSession: string;
  /** Display settings: announced (politely) after a choice is applied. */
  displayChanged: string;
  /** Panel: the label shown above the reference number on a confirmation panel. */
  panelReferenceLabel: string;
  /** Task list: status of a finished task, shown as plain text. */
  taskListStatusCompleted: string;
  /** Task list: status of a task the person has started, shown as a tag. */
  taskListStatusInProgress: string;
  /** Task list: status of a task the person can start but has not, shown as a tag. */
  taskListStatusNotStarted: string;
  /** Task list: status of a task that depends on another one, shown as a tag; the task is not a link. */
  taskListStatusCannotStart: string;
  /** Task list: status of a task with answers missing, shown as a tag. */
  taskListStatusIncomplete: string;
  /** Task list: status of a task with a problem the person must fix, shown as a red tag. */
  taskListStatusError: string;
  /** Task list: the line above the list. `{done}` tasks are completed out of `{total}`; the plural form follows `{total}`. */
  taskListSummary: PluralMessage;
  /** Step indicator: where the person is in a multi-step form. `{current}` and `{total}` are numbers. */
  stepIndicatorText: string;
  /** Step indicator: announced when the step changes on a page that updates in place, with `{name}`, the step’s name. */
  stepIndicatorAnnouncement: string;
  /** Text of the exit this page button. */
  exitThisPageButton: string;
  /** Visually hidden word read before the exit this page button's text, so screen-reader users know what it is for. */
  exitThisPageEmergency: string;
  /** Visually hidden description of the exit this page button: the keyboard shortcut, and that the site stays in the browsing history. */
  exitThisPageHint: string;
  /** Text of the screen that hides the page while the browser leaves it. */
  exitThisPageLoading: string;
  /** Announced after each press of Shift in the exit shortcut; {count} is how many presses are left (2 or 1). */
  exitThisPageShiftCount: PluralMessage;
  /** Announced when the Shift shortcut of exit this page resets because 5 seconds passed. */
  exitThisPageExpired: string;
  /** Header: text of the button that shows and hides the navigation on narrow screens. */
  headerMenu: string;
  /** Header: accessible name of the navigation landmark the header adds around links given without one (the service’s own navigation). */
  headerNavigationLabel: string;
  /** Service navigation: text of the button that shows and hides the links on narrow screens. */
  serviceNavigationMenu: string;
  /** Service navigation: default accessible name of its navigation landmark (screen readers add “navigation”). */
  serviceNavigationLabel: string;
  /** Footer: visually hidden heading of the list of support links (help, cookies, accessibility statement). */
  footerSupportLinks: string;
  /** Language switcher: accessible name of its navigation landmark, in the page’s language. */
  languageSwitcherLabel: string;
  /** Summary list: accessible name of a row's action, such as “Change date of birth”. {action} is the action's own visible text, kept as the page wrote it; {key} is the row's key. Only the text around {action} is added (visually hidden), so {action} must stay in the template. */
  summaryListRowAction: string;
  /** Summary list card: accessible name of a row's action, with {title} the card's title, such as “Change course (University of Gloucestershire)”. */
  summaryListCardRowAction: string;
  /** Summary list card: accessible name of an action for the whole card, such as “Delete (University of Gloucestershire)”; {title} is the card's title. */
  summaryListCardAction: string;
  /** Table: announced after a person sorts a column, first activation; {column} is the column's header text. */
  tableSortedAscending: string;
  /** Table: announced after a person sorts a column the other way; {column} is the column's header text. */
  tableSortedDescending: string;
  /** Table: accessible name of the scrollable region around a table too wide for its column, when the table has no caption to name it. */
  tableScrollableLabel: string;
  /** Accordion: visible text of the toggle of a closed section (“Show”); `accordionSectionToggle` says the rest to screen readers. */
  accordionShowSection: string;
  /** Accordion: visible text of the toggle of an open section (“Hide”). */
  accordionHideSection: string;
  /** Accordion: what screen readers hear for a section's toggle, such as “Show this section”. {action} is `accordionShowSection` or `accordionHideSection`, shown as it is; only the text around it is added, visually hidden, so {action} must stay in the template. */
  accordionSectionToggle: string;
  /** Accordion: text of the button above the sections that opens them all. */
  accordionShowAll: string;
  /** Accordion: text of the button above the sections once they are all open; it closes them all. */
  accordionHideAll: string;
  /** Skip link: its text when the page's own link gives none; it takes keyboard users past the header to the main content. */
  skipLink: string;
  /** Back link: its text when the page's own link gives none; it goes to the previous page. */
  backLink: string;
  /** Breadcrumbs: accessible name of the navigation landmark around the trail of links (screen readers add “navigation”). */
  breadcrumbsLabel: string;
  /** Breadcrumbs: accessible name of the “…” button of a trail collapsed on a narrow screen; {count} is how many links it shows (2 or more). */
  breadcrumbsShowMore: PluralMessage;
  /** Pagination: default accessible name of its navigation landmark (screen readers add “navigation”). */
  paginationLabel: string;
  /** Pagination: visible text (and accessible name) of the link to the previous page. */
  paginationPrevious: string;
  /** Pagination: visible text (and accessible name) of the link to the next page. */
  paginationNext: string;
  /** Pagination: accessible name of a numbered page link, read instead of the bare number people see; {page} is the number, formatted for the language, and must stay in the text. */
  paginationPage: string;
}

export type MessageKey = keyof Messages;

/** A locale as registered: any subset of the messages, the rest falls back to English. */
export type PartialMessages = Partial<Messages>;
