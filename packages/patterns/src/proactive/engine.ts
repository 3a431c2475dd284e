/**
 * The proactive-services engine: which offers apply to a person, and why, worked out on the
 * device from facts the service already holds. Plain TypeScript with no DOM and no network:
 * it runs in a browser, in a worker or on a server, and sends nothing anywhere.
 *
 * Eligibility rules are JSON Logic, applied by json-logic-js. Before a rule runs, the engine
 * checks the whole offer (its shape, every operation and every fact it reads), so a mistake is
 * reported with the offer's id and what to do, instead of showing an offer wrongly. A single
 * malformed offer or fact makes the whole evaluation throw: a partial list could be wrong too.
 */
import jsonLogic from 'json-logic-js';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  dateLocale,
  localDate,
  monthsBetween,
  parseIsoDate,
  toIsoDate,
  yearsBetween,
  type CalendarDate,
} from './dates.js';
import {
  FACT_TYPES,
  type EvaluateOptions,
  type EvaluatedFact,
  type EvaluatedOffer,
  type FactType,
  type FactValue,
  type Facts,
  type LocalizedText,
  type Offer,
} from './types.js';

/**
 * Thrown by `evaluate()` when an offer, its rule or a fact it uses is malformed. The message
 * names the offer and the problem and says what to do; `offerId` and `fact` carry the same for
 * code. Nothing is returned when this is thrown, so no wrong offer is ever shown.
 */
export class ProactiveRuleError extends Error {
  override readonly name = 'ProactiveRuleError';

  constructor(
    /** The offer at fault, or `null` when the problem is in the call itself. */
    readonly offerId: string | null,
    /** What is wrong and what to do, without the offer's name. */
    readonly problem: string,
    /** The fact at fault, when there is one. */
    readonly fact: string | null = null,
  ) {
    super(offerId === null ? `Proactive services: ${problem}` : `Offer "${offerId}": ${problem}`);
  }
}

/** The standard JSON Logic operations a rule may use (`log` is left out: it would print personal data). */
const STANDARD_OPERATIONS = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
]);

/** Operations whose second argument runs on each item of a list, not on the facts. */
const SCOPED_OPERATIONS = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some']);

/** The units `date_add` takes. */
export const DATE_UNITS = ['days', 'months', 'years'] as const;
export type DateUnit = (typeof DATE_UNITS)[number];

/**
 * The date operations Polis adds to JSON Logic, part of the published rule format. Each takes
 * ISO dates (`YYYY-MM-DD`) and counts whole days in the device's time zone, from the `now` of
 * the evaluation.
 *
 * - `{"today": []}`: today's date, `YYYY-MM-DD`.
 * - `{"days_since": [date]}`: whole days from the date to today (negative if it is later).
 * - `{"days_until": [date]}`: whole days from today to the date (negative if it has passed).
 * - `{"months_since": [date]}`: whole calendar months from the date to today.
 * - `{"years_since": [date]}`: whole years from the date to today (an age).
 * - `{"date_add": [date, amount, "days" | "months" | "years"]}`: another date, `YYYY-MM-DD`.
 *   Months and years stay inside the month: 31 January + 1 month is the last day of February.
 */
export const DATE_OPERATIONS = [
  'today',
  'days_since',
  'days_until',
  'months_since',
  'years_since',
  'date_add',
] as const;
export type DateOperation = (typeof DATE_OPERATIONS)[number];

/** How many arguments each date operation takes. */
const DATE_ARITY: Record<DateOperation, number> = {
  today: 0,
  days_since: 1,
  days_until: 1,
  months_since: 1,
  years_since: 1,
  date_add: 3,
};

const KNOWN_OPERATIONS = new Set<string>([...STANDARD_OPERATIONS, ...DATE_OPERATIONS]);

/** Fact and offer names: safe as JSON Logic variables, storage keys and element ids. */
const FACT_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OFFER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SCRIPT_SCHEME = /^\s*(javascript|data|vbscript):/i;
const MAX_DEPTH = 64;

/** A date operation given something that is not a date. Caught and reported with the offer. */
class DateArgumentError extends Error {
  constructor(
    readonly operation: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`${operation}: ${expected}`);
  }
}

/** Today's date for the date operations: the `now` of the evaluation running, else the clock. */
let evaluationToday: CalendarDate | null = null;
const today = (): CalendarDate => evaluationToday ?? localDate(new Date());

function dateArgument(operation: string, value: unknown): CalendarDate {
  const date = parseIsoDate(value);
  if (!date) throw new DateArgumentError(operation, value, 'a date in the form YYYY-MM-DD');
  return date;
}

const dateOperations: Record<DateOperation, (...args: unknown[]) => unknown> = {
  today: () => toIsoDate(today()),
  days_since: (date) => daysBetween(dateArgument('days_since', date), today()),
  days_until: (date) => daysBetween(today(), dateArgument('days_until', date)),
  months_since: (date) => monthsBetween(dateArgument('months_since', date), today()),
  years_since: (date) => yearsBetween(dateArgument('years_since', date), today()),
  date_add: (date, amount, unit) => {
    const start = dateArgument('date_add', date);
    if (typeof amount !== 'number' || !Number.isInteger(amount)) {
      throw new DateArgumentError('date_add', amount, 'a whole number as its second argument');
    }
    let result: CalendarDate;
    if (unit === 'days') result = addDays(start, amount);
    else if (unit === 'months') result = addMonths(start, amount);
    else if (unit === 'years') result = addMonths(start, amount * 12);
    else throw new DateArgumentError('date_add', unit, '"days", "months" or "years" as its third argument');
    // A huge amount gives no date ("NaN-NaN-NaN") or a year ISO cannot write in 4 digits; either
    // would compare as text against real dates and could make a wrong offer.
    if (
      !Number.isInteger(result.year) ||
      result.year < 0 ||
      result.year > 9999 ||
      !Number.isInteger(result.day)
    ) {
      throw new DateArgumentError(
        'date_add',
        amount,
        'an amount that gives a date between the years 0000 and 9999',
      );
    }
    return toIsoDate(result);
  },
};

/**
 * json-logic-js has one shared set of operations per page and no way to make a private one,
 * so the date operations are (re)registered on it before every evaluation: another script
 * that registered the same names cannot change what Polis rules mean. Outside an evaluation
 * they count from the device's clock, so a service's own JSON Logic may use them too.
 */
function registerDateOperations(): void {
  for (const name of DATE_OPERATIONS) jsonLogic.add_operation(name, dateOperations[name]);
}

// ---------------------------------------------------------------------------------------------
// Checking offers

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return typeof value;
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return typeof value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (!isRecord(value)) return false;
  const texts = Object.values(value);
  return texts.length > 0 && texts.every((text) => typeof text === 'string' && text.trim() !== '');
}

/** Where a rule reads facts and which operations it uses, found by walking its JSON. */
interface RuleReport {
  facts: Set<string>;
}

/**
 * Walks a rule: every node must be JSON, every operation known, every fact it reads named
 * plainly and listed in `uses`, and date operations must be given dates.
 */
function checkRule(offer: Offer, rule: unknown, where: 'rule' | 'deadline'): RuleReport {
  const report: RuleReport = { facts: new Set() };
  const fail = (problem: string, fact: string | null = null) =>
    new ProactiveRuleError(offer.id, `the ${where} ${problem}`, fact);
  const readsFact = (name: unknown, operation: string) => {
    if (typeof name !== 'string' && typeof name !== 'number') {
      throw fail(
        `uses "${operation}" with ${describe(name)}. Name the fact as a string, such as {"var": "childBirthDate"}.`,
      );
    }
    const root = String(name).split('.')[0] ?? '';
    if (root === '')
      throw fail(`reads all the facts at once ({"${operation}": ""}). Name each fact it needs.`);
    if (!Object.hasOwn(offer.uses, root)) {
      throw fail(
        `reads the fact "${root}", which is not listed in "uses". Add it to "uses" with its type and label, or correct the name.`,
        root,
      );
    }
    report.facts.add(root);
  };
  const walk = (node: unknown, depth: number, scoped: boolean): void => {
    if (depth > MAX_DEPTH) throw fail(`is nested more than ${MAX_DEPTH} levels deep. Simplify it.`);
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw fail(`contains ${String(node)}, which is not a JSON number.`);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1, scoped);
      return;
    }
    if (!isRecord(node) || Object.getPrototypeOf(node) !== Object.prototype) {
      throw fail(
        `contains ${typeof node === 'object' ? 'an object that is not plain JSON' : `a ${typeof node}`}. Rules are JSON only.`,
      );
    }
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      throw fail(
        `contains an object with ${keys.length === 0 ? 'no keys' : `the keys ${keys.map((key) => `"${key}"`).join(', ')}`}. In JSON Logic each operation is an object with exactly one key, its name.`,
      );
    }
    const operation = keys[0]!;
    if (operation === 'log') {
      throw fail('uses "log", which would print personal data to the console. Remove it.');
    }
    if (!KNOWN_OPERATIONS.has(operation)) {
      throw fail(
        `uses the operation "${operation}", which Polis rules do not have. Use a standard JSON Logic operation or one of the date operations (${DATE_OPERATIONS.join(', ')}).`,
      );
    }
    const raw = node[operation];
    const args = Array.isArray(raw) ? raw : [raw];
    if (operation === 'var') {
      if (!scoped) {
        if (isRecord(args[0]) || Array.isArray(args[0])) {
          throw fail(
            'computes the name of a fact in "var". Name each fact plainly, so people can be told what was used.',
          );
        }
        readsFact(args[0] ?? '', 'var');
      }
      for (const arg of args.slice(1)) walk(arg, depth + 1, scoped);
      return;
    }
    if ((operation === 'missing' || operation === 'missing_some') && !scoped) {
      const names = operation === 'missing_some' ? args[1] : Array.isArray(args[0]) ? args[0] : args;
      if (!Array.isArray(names)) throw fail(`uses "${operation}" without a list of fact names.`);
      for (const name of names as unknown[]) readsFact(name, operation);
      if (operation === 'missing_some') walk(args[0], depth + 1, scoped);
      return;
    }
    if ((DATE_OPERATIONS as readonly string[]).includes(operation)) {
      const arity = DATE_ARITY[operation as DateOperation];
      const given = raw === undefined || (Array.isArray(raw) && raw.length === 0) ? 0 : args.length;
      if (given !== arity) {
        throw fail(
          `gives "${operation}" ${given} argument${given === 1 ? '' : 's'}; it takes ${arity === 0 ? 'none ({"today": []})' : arity}.`,
        );
      }
      const first = args[0];
      if (arity > 0 && isRecord(first) && Object.keys(first)[0] === 'var' && !scoped) {
        const name = String((Array.isArray(first.var) ? first.var[0] : first.var) ?? '').split('.')[0] ?? '';
        const use = offer.uses[name];
        if (use && use.type !== 'date') {
          throw fail(
            `applies "${operation}" to the fact "${name}", which is a ${use.type}, not a date.`,
            name,
          );
        }
      }
      if (
        operation === 'date_add' &&
        typeof args[2] === 'string' &&
        !(DATE_UNITS as readonly string[]).includes(args[2])
      ) {
        throw fail(`gives "date_add" the unit "${args[2]}"; use "days", "months" or "years".`);
      }
    }
    args.forEach((arg, index) =>
      walk(arg, depth + 1, scoped || (SCOPED_OPERATIONS.has(operation) && index === 1)),
    );
  };
  walk(rule, 0, false);
  return report;
}

/** The `{name}` placeholders of a template. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '');
}

/** Checks everything about an offer that does not depend on the facts. Returns the facts its rule and deadline read. */
function checkOffer(offer: unknown, index: number, seen: Set<string>): { offer: Offer; reads: Set<string> } {
  if (!isRecord(offer)) {
    throw new ProactiveRuleError(
      null,
      `offer ${index + 1} is ${describe(offer)}, not an object. Each offer is an object with an id, a rule and its texts.`,
    );
  }
  const id = offer.id;
  if (typeof id !== 'string' || !OFFER_ID.test(id)) {
    throw new ProactiveRuleError(
      null,
      `offer ${index + 1} has the id ${describe(id)}. Give it a stable id of letters, digits, "-", "_" or ".", such as "child-benefit".`,
    );
  }
  const fail = (problem: string, fact: string | null = null) => new ProactiveRuleError(id, problem, fact);
  if (seen.has(id))
    throw fail(
      'the id is used by another offer too. Each offer needs its own id, because people’s choices are remembered by it.',
    );
  seen.add(id);
  for (const key of ['title', 'summary', 'explanation'] as const) {
    if (!isLocalizedText(offer[key])) {
      throw fail(
        `"${key}" is ${describe(offer[key])}. Give text, or an object of texts by language such as {"en": "…", "fr": "…"}.`,
      );
    }
  }
  const action = offer.action;
  if (!isRecord(action) || !isLocalizedText(action.label)) {
    throw fail('"action" needs a "label" (the text of the link or button) and usually an "href".');
  }
  const href = (action as Record<string, unknown>).href;
  if (href !== undefined && (typeof href !== 'string' || href.trim() === '')) {
    throw fail(`"action.href" is ${describe(href)}. Give a web address, or leave it out to get a button.`);
  }
  if (typeof href === 'string' && SCRIPT_SCHEME.test(href.replace(/[\t\n\r]/g, ''))) {
    throw fail('"action.href" would run script (javascript:, data: or vbscript:). Give a web address.');
  }
  const uses = offer.uses;
  if (!isRecord(uses)) {
    throw fail(
      '"uses" must be an object of the facts it uses, such as {"childBirthDate": {"type": "date", "label": "Your child’s date of birth"}}.',
    );
  }
  for (const [name, use] of Object.entries(uses as Record<string, unknown>)) {
    if (!FACT_NAME.test(name)) {
      throw fail(
        `"uses" names the fact "${name}". Fact names are letters, digits and "_", starting with a letter.`,
        name,
      );
    }
    if (!isRecord(use) || !(FACT_TYPES as readonly string[]).includes(use.type as string)) {
      throw fail(`the fact "${name}" in "uses" needs a "type": one of ${FACT_TYPES.join(', ')}.`, name);
    }
    if (!isLocalizedText((use as Record<string, unknown>).label)) {
      throw fail(
        `the fact "${name}" in "uses" needs a "label" that says what it is, for "Why am I seeing this?".`,
        name,
      );
    }
  }
  const checked = offer as unknown as Offer;
  if (!isRecord(offer.rule)) {
    throw fail(
      `"rule" is ${describe(offer.rule)}. Give a JSON Logic rule, an object such as {"==": [{"var": "claimsChildBenefit"}, false]}.`,
    );
  }
  const reads = checkRule(checked, offer.rule, 'rule').facts;
  if (offer.deadline !== undefined) {
    if (!isRecord(offer.deadline)) {
      throw fail(
        `"deadline" is ${describe(offer.deadline)}. Give a JSON Logic expression that gives a date, such as {"date_add": [{"var": "childBirthDate"}, 3, "months"]}.`,
      );
    }
    for (const fact of checkRule(checked, offer.deadline, 'deadline').facts) reads.add(fact);
  }
  const templates = Object.values(
    typeof offer.explanation === 'string'
      ? { text: offer.explanation }
      : (offer.explanation as Record<string, string>),
  );
  const mentioned = new Set<string>();
  for (const template of templates) {
    for (const name of placeholders(template)) {
      if (name === 'deadline') {
        if (offer.deadline === undefined)
          throw fail('the explanation shows {deadline}, but the offer has no "deadline".');
        continue;
      }
      if (!Object.hasOwn(uses as object, name)) {
        throw fail(
          `the explanation shows {${name}}, which is not a fact listed in "uses". Add it to "uses" or correct the name.`,
          name,
        );
      }
      if ((uses as Record<string, { type: FactType }>)[name]!.type === 'boolean') {
        throw fail(
          `the explanation shows {${name}}, which is true or false. Write the sentence for the case the rule offers instead.`,
          name,
        );
      }
      mentioned.add(name);
    }
  }
  for (const name of Object.keys(uses as object)) {
    if (!reads.has(name) && !mentioned.has(name)) {
      throw fail(
        `lists the fact "${name}" in "uses", but neither the rule, the deadline nor the explanation uses it. Remove it, so people are not told it was used.`,
        name,
      );
    }
  }
  return { offer: checked, reads };
}

// ---------------------------------------------------------------------------------------------
// Facts

interface ResolvedFact {
  value: Exclude<FactValue, null>;
  source: LocalizedText | null;
}

/** A fact's value and source, or `null` when it is not known. Throws when it is malformed. */
function resolveFact(offer: Offer, name: string, type: FactType, input: unknown): ResolvedFact | null {
  const fail = (problem: string) => new ProactiveRuleError(offer.id, `the fact "${name}" ${problem}`, name);
  let value: unknown = input;
  let source: LocalizedText | null = null;
  if (isRecord(input)) {
    const extra = Object.keys(input).filter((key) => key !== 'value' && key !== 'source');
    if (!Object.hasOwn(input, 'value') || extra.length > 0) {
      throw fail(
        `is ${describe(input)}. Give a plain value, or {"value": …, "source": "…"} with nothing else.`,
      );
    }
    value = input.value;
    if (input.source !== undefined && input.source !== null) {
      if (!isLocalizedText(input.source))
        throw fail(`has the source ${describe(input.source)}. Give text that says where it came from.`);
      source = input.source as LocalizedText;
    }
  }
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'date':
      if (!parseIsoDate(value)) {
        throw fail(
          `must be a date in the form YYYY-MM-DD (ISO 8601), but it is ${describe(value)}. Correct the fact where it is made.`,
        );
      }
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw fail(`must be a number, but it is ${describe(value)}.`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') throw fail(`must be true or false, but it is ${describe(value)}.`);
      break;
    case 'text':
      if (typeof value !== 'string') throw fail(`must be text, but it is ${describe(value)}.`);
      break;
    case 'list':
      if (
        !Array.isArray(value) ||
        !value.every(
          (item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)),
        )
      ) {
        throw fail(`must be a list of texts or numbers, but it is ${describe(value)}.`);
      }
      break;
  }
  return { value: value as Exclude<FactValue, null>, source };
}

// ---------------------------------------------------------------------------------------------
// Texts

function normaliseLang(code: string): string {
  return code.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * The text of a `LocalizedText` for `lang`: the exact language, then its primary subtag
 * (`fr-CA` → `fr`), then English, then the first text given.
 */
export function localText(text: LocalizedText | null | undefined, lang: string): string {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  const entries = Object.entries(text).filter(([, value]) => typeof value === 'string');
  const wanted = normaliseLang(lang || 'en');
  const find = (code: string) => entries.find(([key]) => normaliseLang(key) === code)?.[1];
  return find(wanted) ?? find(wanted.split('-')[0] ?? '') ?? find('en') ?? entries[0]?.[1] ?? '';
}

/** A fact's value in words for the language. */
function factText(type: FactType, value: Exclude<FactValue, null>, lang: string): string {
  const locale = dateLocale(lang);
  if (type === 'date') return formatDate(parseIsoDate(value)!, lang);
  if (type === 'number') return new Intl.NumberFormat(locale).format(value as number);
  if (type === 'list') {
    const items = (value as readonly (string | number)[]).map((item) =>
      typeof item === 'number' ? new Intl.NumberFormat(locale).format(item) : item,
    );
    try {
      return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  }
  return String(value);
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

function toMoment(now: EvaluateOptions['now']): Date {
  const moment =
    now === undefined ? new Date() : now instanceof Date ? new Date(now.getTime()) : new Date(now);
  if (Number.isNaN(moment.getTime())) {
    throw new ProactiveRuleError(
      null,
      `"now" is ${describe(now)}, which is not a date. Give a Date, a timestamp or an ISO date.`,
    );
  }
  return moment;
}

function runError(offer: Offer, where: 'rule' | 'deadline', error: unknown): ProactiveRuleError {
  if (error instanceof ProactiveRuleError) return error;
  if (error instanceof DateArgumentError) {
    return new ProactiveRuleError(
      offer.id,
      `the ${where} gives "${error.operation}" ${describe(error.value)}; it needs ${error.expected}.`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProactiveRuleError(
    offer.id,
    `json-logic-js could not apply the ${where}: ${message}. Check it against https://jsonlogic.com/operations.html.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/**
 * The offers that apply to a person, each with the reason in plain language and the facts it
 * used with where they came from, in the order given.
 *
 * Facts are plain values or `{ value, source }`. An offer is made only when every fact it
 * `uses` is known and of its type, its rule gives `true`, and its deadline (if any) has not
 * passed. Everything runs here: nothing is fetched or sent.
 *
 * @throws {ProactiveRuleError} when any offer, rule or fact it uses is malformed: the message
 *   names the offer and the problem. Nothing is returned then, so no wrong offer is shown.
 *
 * @example
 * evaluate(offers, { childBirthDate: { value: '2026-03-03', source: 'Birth registration' } }, { now: new Date() });
 * // [{ id: 'child-benefit', reason: 'Because you registered the birth of a child on 3 March 2026', … }]
 */
export function evaluate(
  offers: readonly Offer[],
  facts: Facts,
  options: EvaluateOptions = {},
): EvaluatedOffer[] {
  if (!Array.isArray(offers)) {
    throw new ProactiveRuleError(null, `the offers are ${describe(offers)}. Give an array of offers.`);
  }
  if (!isRecord(facts)) {
    throw new ProactiveRuleError(null, `the facts are ${describe(facts)}. Give an object of facts by name.`);
  }
  const moment = toMoment(options.now);
  // An ISO date without a time ("2026-06-04") means that calendar day wherever the device is;
  // new Date() would read it as UTC midnight, which is the day before west of UTC.
  const calendarDay = parseIsoDate(options.now);
  const day =
    typeof options.now === 'string' && !options.now.includes('T') && calendarDay
      ? calendarDay
      : localDate(moment);
  const lang = typeof options.lang === 'string' && options.lang.trim() ? options.lang.trim() : 'en';
  const seen = new Set<string>();
  // Check every offer first: one malformed offer stops everything, before any rule runs.
  const checked = offers.map((offer, index) => checkOffer(offer, index, seen));

  const results: EvaluatedOffer[] = [];
  registerDateOperations();
  const previousToday = evaluationToday;
  evaluationToday = day;
  try {
    for (const { offer } of checked) {
      const result = evaluateOne(offer, facts, lang);
      if (result) results.push(result);
    }
  } finally {
    evaluationToday = previousToday;
  }
  return results;
}

function evaluateOne(offer: Offer, facts: Facts, lang: string): EvaluatedOffer | null {
  const resolved = new Map<string, ResolvedFact>();
  let unknown = false;
  for (const [name, use] of Object.entries(offer.uses)) {
    const fact = resolveFact(offer, name, use.type, Object.hasOwn(facts, name) ? facts[name] : undefined);
    if (fact) resolved.set(name, fact);
    else unknown = true;
  }
  // Malformed facts are reported even when another fact is unknown; then the offer is not made.
  if (unknown) return null;

  // The rule sees only the facts the offer lists, as plain values.
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, fact] of resolved) data[name] = fact.value;

  let outcome: unknown;
  try {
    outcome = jsonLogic.apply(offer.rule, data);
  } catch (error) {
    throw runError(offer, 'rule', error);
  }
  if (typeof outcome !== 'boolean') {
    throw new ProactiveRuleError(
      offer.id,
      `the rule gave ${describe(outcome)}, not true or false. Make it a comparison, or wrap it in {"!!": …}.`,
    );
  }
  if (!outcome) return null;

  let deadline: EvaluatedOffer['deadline'] = null;
  if (offer.deadline !== undefined) {
    let value: unknown;
    try {
      value = jsonLogic.apply(offer.deadline, data);
    } catch (error) {
      throw runError(offer, 'deadline', error);
    }
    const date = parseIsoDate(value);
    if (!date) {
      throw new ProactiveRuleError(
        offer.id,
        `the deadline gave ${describe(value)}, not a date in the form YYYY-MM-DD.`,
      );
    }
    // A deadline that has gone is not help: the offer is not made.
    if (daysBetween(today(), date) < 0) return null;
    deadline = { date: toIsoDate(date), text: formatDate(date, lang) };
  }

  const texts: Record<string, string> = {};
  const used: EvaluatedFact[] = [];
  for (const [name, use] of Object.entries(offer.uses)) {
    const fact = resolved.get(name)!;
    const text = factText(use.type, fact.value, lang);
    texts[name] = text;
    used.push({
      name,
      type: use.type,
      label: localText(use.label, lang),
      value: fact.value,
      text,
      source: fact.source === null ? null : localText(fact.source, lang),
    });
  }
  if (deadline) texts.deadline = deadline.text;

  return {
    id: offer.id,
    lang,
    title: localText(offer.title, lang),
    summary: localText(offer.summary, lang),
    action: { label: localText(offer.action.label, lang), href: offer.action.href ?? null },
    reason: fill(localText(offer.explanation, lang), texts),
    facts: used,
    deadline,
  };
}

/**
 * Checks offers without facts: their shape, every operation and every fact their rules read.
 * Throws the same `ProactiveRuleError` as `evaluate()` would. Use it in a test or a build step
 * over a published rule set.
 */
export function validateOffers(offers: readonly Offer[]): void {
  if (!Array.isArray(offers)) {
    throw new ProactiveRuleError(null, `the offers are ${describe(offers)}. Give an array of offers.`);
  }
  const seen = new Set<string>();
  offers.forEach((offer, index) => checkOffer(offer, index, seen));
}
