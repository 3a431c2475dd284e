export { PolisElement } from './base/polis-element.js';
export { PolisFormControl, type ValidityResult, type Validator } from './base/polis-form-control.js';
export { devMode, warnOnce } from './base/dev.js';
export { LocalizeController, dateLocale, type Direction } from './i18n/localize-controller.js';
export {
  registerLocale,
  registeredLocales,
  loadLocale,
  onMissingString,
  type MissingString,
  createCatalogue,
  BUILT_IN_LOCALES,
  translate,
  format,
  localeChain,
  type Catalogue,
  type LocaleLoader,
  type MessageArgs,
} from './i18n/registry.js';
export type { Message, MessageKey, Messages, PartialMessages, PluralMessage } from './i18n/types.js';
export { en } from './i18n/locales/en.js';
export { LANGUAGES, type Language } from './i18n/languages.js';
export * from './events.js';
export {
  announce,
  ensureAnnouncer,
  ANNOUNCE_DELAY,
  type AnnounceOptions,
  type Politeness,
} from './base/announcer.js';
export {
  setStoragePolicy,
  mayPersist,
  onStoragePolicyChange,
  remember,
  recall,
  forget,
  type StoragePurpose,
} from './base/storage.js';
export {
  PolisButton,
  BUTTON_TYPES,
  BUTTON_VARIANTS,
  type ButtonType,
  type ButtonVariant,
} from './components/button/button.js';
export {
  PolisTextInput,
  TEXT_INPUT_TYPES,
  TEXT_INPUT_WIDTHS,
  type TextInputType,
  type TextInputWidth,
} from './components/text-input/text-input.js';
export { PolisErrorSummary, type ErrorSummaryItem } from './components/error-summary/error-summary.js';
export {
  PolisNotificationBanner,
  NOTIFICATION_BANNER_TYPES,
  type NotificationBannerType,
} from './components/notification-banner/notification-banner.js';
export { PolisAlert, ALERT_VARIANTS, type AlertVariant } from './components/alert/alert.js';
export {
  PolisServiceAlert,
  SERVICE_ALERT_SEVERITIES,
  serviceAlertStorageKey,
  type ServiceAlertSeverity,
} from './components/service-alert/service-alert.js';
export { PolisTag, TAG_COLORS, type TagColor } from './components/tag/tag.js';
export { PolisPhaseBanner, PHASES, type Phase } from './components/phase-banner/phase-banner.js';
export { PolisWarningText } from './components/warning-text/warning-text.js';
export { PolisInsetText } from './components/inset-text/inset-text.js';
export {
  PolisToast,
  TOAST_VARIANTS,
  MIN_TOAST_DURATION,
  type ToastVariant,
} from './components/toast/toast.js';
export {
  PolisToastRegion,
  showToast,
  TOAST_REGION_PLACEMENTS,
  type ShowToastOptions,
  type ToastRegionPlacement,
} from './components/toast-region/toast-region.js';
export {
  PolisTextarea,
  countCharacters,
  countWords,
  COUNT_ANNOUNCE_DELAY,
} from './components/textarea/textarea.js';
export {
  PolisSelect,
  readSelectItems,
  type SelectItem,
  type SelectOptionData,
  type SelectGroupData,
} from './components/select/select.js';
export {
  PolisPasswordInput,
  PASSWORD_AUTOCOMPLETE,
  type PasswordAutocomplete,
} from './components/password-input/password-input.js';
export { PolisRadios } from './components/radios/radios.js';
export { PolisRadio, radioChanged } from './components/radio/radio.js';
export { PolisCheckbox, CHECKBOX_SIZES, type CheckboxSize } from './components/checkbox/checkbox.js';
export { PolisCheckboxes } from './components/checkboxes/checkboxes.js';
export {
  PolisDateInput,
  DATE_PARTS,
  DATE_MUST_BE,
  type DatePart,
  type DateMustBe,
} from './components/date-input/date-input.js';
export {
  PolisFieldset,
  FIELDSET_LEGEND_SIZES,
  type FieldsetLegendSize,
} from './components/fieldset/fieldset.js';
export { PolisFileUpload, parseFileSize, fileMatchesAccept } from './components/file-upload/file-upload.js';
export { safeHref } from './base/url.js';
export { VERSION } from './version.js';
export {
  PolisDisplaySettings,
  applyDisplaySettings,
  getDisplaySettings,
  setDisplaySettings,
  onDisplaySettingsChange,
  displaySettingsPersist,
  DISPLAY_THEMES,
  TEXT_SIZES,
  type DisplaySettings,
  type DisplayTheme,
  type TextSize,
} from './components/display-settings/display-settings.js';
// Building blocks for elements built on Polis (the patterns package uses them): the shared
// base styles, heading levels, and where focus goes when something that held it goes away.
export { baseStyles } from './styles/shared.styles.js';
export { headingTag, HEADING_LEVELS } from './base/heading.js';
export { focusAfterDismiss, hasFocusWithin } from './base/focus-after-dismiss.js';
export * from './components/skip-link/skip-link.js';
export * from './components/header/header.js';
export * from './components/service-navigation/service-navigation.js';
export * from './components/footer/footer.js';
export * from './components/back-link/back-link.js';
export * from './components/breadcrumbs/breadcrumbs.js';
export * from './components/pagination/pagination.js';
export * from './components/language-switcher/language-switcher.js';
export * from './components/accordion/accordion.js';
export * from './components/accordion-section/accordion-section.js';
export * from './components/details/details.js';
export * from './components/tabs/tabs.js';
export * from './components/summary-list/summary-list.js';
export * from './components/table/table.js';
export * from './components/panel/panel.js';
export * from './components/task-list/task-list.js';
export * from './components/step-indicator/step-indicator.js';
export * from './components/exit-this-page/exit-this-page.js';
