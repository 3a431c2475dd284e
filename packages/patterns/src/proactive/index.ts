/**
 * `@polis-ds/patterns/proactive`: proactive services, offers of help made before people ask,
 * each with the reason in plain language.
 *
 * ```ts
 * import { evaluate, visibleOffers } from '@polis-ds/patterns/proactive';
 * const offers = evaluate(ruleSet, facts, { now: new Date(), lang: 'en' });
 * list.offers = visibleOffers(offers); // or give them all to <polis-prompt-list>, which filters
 * ```
 *
 * - `evaluate()` runs JSON Logic rules (json-logic-js) on the device: nothing is fetched or
 *   sent. A malformed offer, rule or fact throws a `ProactiveRuleError` naming the offer.
 * - The preferences functions (`snooze`, `dismiss`, `setEnabled`, …) remember a person's
 *   choices only as their consent allows: on the device with consent to remember settings,
 *   otherwise for the browser session.
 * - `proactiveMessages` holds the elements' strings, English bundled and French on demand.
 */
export {
  evaluate,
  validateOffers,
  localText,
  ProactiveRuleError,
  DATE_OPERATIONS,
  DATE_UNITS,
  type DateOperation,
  type DateUnit,
} from './engine.js';
export {
  FACT_TYPES,
  type EvaluateOptions,
  type EvaluatedDeadline,
  type EvaluatedFact,
  type EvaluatedOffer,
  type FactInput,
  type FactType,
  type FactUse,
  type FactValue,
  type Facts,
  type LocalizedText,
  type Offer,
  type OfferAction,
  type Rule,
  type SourcedFact,
} from './types.js';
export {
  PROACTIVE_STORAGE_KEY,
  DEFAULT_SNOOZE_DAYS,
  getProactivePreferences,
  isEnabled,
  setEnabled,
  snooze,
  unsnooze,
  dismiss,
  undismiss,
  showAgain,
  isVisible,
  visibleOffers,
  hasSeen,
  markSeen,
  resetProactivePreferences,
  proactivePreferencesPersist,
  subscribe,
  type ProactivePreferences,
} from './preferences.js';
export {
  PolisPromptAcceptEvent,
  PolisPromptSnoozeEvent,
  PolisPromptDismissEvent,
  PolisProactiveChangeEvent,
  type ProactiveChangeDetail,
  type PromptEventDetail,
  type PromptAcceptDetail,
  type PromptSnoozeDetail,
} from './events.js';
export { proactiveMessages, proactiveEn, type ProactiveMessages } from './messages.js';
export { exampleOffers, exampleFacts, EXAMPLE_NOW, EXAMPLE_EXPECTED } from './example-offers.js';
