export { PolisElement } from './base/polis-element.js';
export { PolisFormControl, type ValidityResult } from './base/polis-form-control.js';
export { devMode, warnOnce } from './base/dev.js';
export { LocalizeController, type Direction } from './i18n/localize-controller.js';
export {
  registerLocale,
  registeredLocales,
  translate,
  format,
  localeChain,
  type MessageArgs,
} from './i18n/registry.js';
export type { Message, MessageKey, Messages, PartialMessages, PluralMessage } from './i18n/types.js';
export { en } from './i18n/locales/en.js';
export { fr } from './i18n/locales/fr.js';
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
export { VERSION } from './version.js';
