// The questions of "Register a birth", one thing per page, in order. Each question reads its
// answers from a post, validates them (the server is the authority: the browser's checks are
// a convenience), and renders its fields with the answers and errors it is given.
//
// The messages are the ones the components show in the browser, so a person sees the same
// words whichever side found the problem: the built-in ones follow from each field's label
// ("Date of birth must include a month"), and where GOV.UK words it more specifically the
// field's `messages` attribute overrides the built-in string and the server uses the same text.
import { attr, html } from './html.mjs';

/** The fields' `messages` attribute: JSON of the built-in strings this field overrides. */
const messages = (overrides) => attr('messages', JSON.stringify(overrides));

/** What a post gave for a field: text, trimmed; anything else is no answer. */
function text(form, name) {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Characters as people count them (an emoji is one), as the components count them. */
const length = (value) => [...value].length;

const NAME_MAX = 100;
const EMAIL_MAX = 254;
/** The HTML standard's definition of a valid email address, which `type="email"` checks. */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** The error of `field`, if any. */
const errorOf = (errors, field) => errors.find((error) => error.field === field);

/** `error-message` for a field the server found wrong. */
const errorAttr = (errors, field) => attr('error-message', errorOf(errors, field)?.message);

function textField({ name, label, hint, autocomplete, type, required = true, values, errors, overrides }) {
  return html`<polis-text-input
    id="${name}"
    name="${name}"
    label="${label}"
    ${attr('hint', hint)}${attr('type', type)}${attr('autocomplete', autocomplete)}
    spellcheck="false"
    maxlength="${type === 'email' ? EMAIL_MAX : NAME_MAX}"
    ${attr('required', required)}
    value="${values[name] ?? ''}"
    ${errorAttr(errors, name)}${messages(overrides)}
  ></polis-text-input>`;
}

/** Checks a required name: present and not too long. */
function checkName(values, name, label, missing) {
  const value = values[name] ?? '';
  if (value === '') return { field: name, message: missing };
  if (length(value) > NAME_MAX) {
    return { field: name, message: `${label} must be ${NAME_MAX} characters or fewer` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates, checked as the date input checks them, with its messages

const DATE_PARTS = ['day', 'month', 'year'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value, size) => String(value).padStart(size, '0');
const daysInMonth = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `yyyy-mm-dd` when the numbers make a real date, else `null`. */
function toIso(year, month, day) {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The server's calendar date, `yyyy-mm-dd`. */
export function todayIso(now = new Date()) {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** "27 March 2026". */
export function formatDate(iso) {
  const match = ISO.exec(iso ?? '');
  if (!match) return '';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

const MISSING = {
  day: 'a day',
  month: 'a month',
  year: 'a year',
  'day month': 'a day and month',
  'day year': 'a day and year',
  'month year': 'a month and year',
};

/**
 * What is wrong with a date typed as three parts, and which parts to mark, in the order the
 * date input checks: nothing typed, parts missing, not numbers or out of range, a year
 * without 4 numbers, a date that does not exist, then the latest date allowed.
 */
export function checkDate(parts, { label, missing, latest, latestMessage }) {
  const trimmed = Object.fromEntries(DATE_PARTS.map((part) => [part, (parts[part] ?? '').trim()]));
  const absent = DATE_PARTS.filter((part) => trimmed[part] === '');
  if (absent.length === 3) return { message: missing, parts: [...DATE_PARTS] };
  if (absent.length) return { message: `${label} must include ${MISSING[absent.join(' ')]}`, parts: absent };
  const digits = (part) => /^\d+$/.test(trimmed[part]);
  const day = Number(trimmed.day);
  const month = Number(trimmed.month);
  const wrong = [
    ...(!digits('day') || day < 1 || day > 31 ? ['day'] : []),
    ...(!digits('month') || month < 1 || month > 12 ? ['month'] : []),
    ...(!digits('year') ? ['year'] : []),
  ];
  if (wrong.length) return { message: `${label} must be a real date`, parts: wrong };
  if (trimmed.year.length !== 4) {
    return { message: `${label} must include a year with 4 numbers`, parts: ['year'] };
  }
  const iso = toIso(Number(trimmed.year), month, day);
  if (!iso) return { message: `${label} must be a real date`, parts: ['day'] };
  if (latest && iso > latest) return { message: latestMessage, parts: [...DATE_PARTS] };
  return null;
}

/**
 * The parts as `yyyy-mm-dd` for the date input's `value`, so they are put back in the fields:
 * possible when they are numbers of the right size, even for a date that does not exist
 * (2026-02-31). The date input cannot be given a missing part or letters (a known gap).
 */
function partsAsValue(parts) {
  const day = (parts.day ?? '').trim();
  const month = (parts.month ?? '').trim();
  const year = (parts.year ?? '').trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return '';
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The parts as a real `yyyy-mm-dd` date, or `''`. */
function partsAsDate(parts) {
  if (!DATE_PARTS.every((part) => /^\d+$/.test(parts[part] ?? '')) || parts.year.length !== 4) return '';
  return toIso(Number(parts.year), Number(parts.month), Number(parts.day)) ?? '';
}

// ---------------------------------------------------------------------------------------------
// The questions

const CHILD_FIRST = 'child-first-name';
const CHILD_LAST = 'child-last-name';
const DATE = 'child-date-of-birth';
const SEX = 'child-sex';
const PARENT_NAME = 'parent-name';
const PARENT_EMAIL = 'parent-email';

/** The answers to "What is your child's sex?", as submitted and as shown. */
export const SEX_OPTIONS = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  {
    value: 'not-determined',
    label: 'Not yet determined',
    hint: 'A doctor or midwife could not yet say. You can update the register later.',
  },
];

const FIRST_MISSING = 'Enter your child’s first name';
const LAST_MISSING = 'Enter your child’s last name';
const DATE_MISSING = 'Enter your child’s date of birth';
const DATE_LATEST = 'Date of birth must be today or in the past';
const SEX_MISSING = 'Select your child’s sex';
const PARENT_MISSING = 'Enter your full name';
const EMAIL_MISSING = 'Enter your email address';
const EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.com';

/** A date about two weeks ago, for the hint: "For example, 22 11 2026". */
function exampleDate(now) {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 14);
  return `${day.getDate()} ${day.getMonth() + 1} ${day.getFullYear()}`;
}

/**
 * Each question: its address, its page title (also the `<h1>`), the answers it owns, how to
 * read them from a post, how to check them, and its fields.
 */
export const questions = [
  {
    path: '/child-name',
    title: 'What is your child’s name?',
    fields: [CHILD_FIRST, CHILD_LAST],
    read: (form) => ({ [CHILD_FIRST]: text(form, CHILD_FIRST), [CHILD_LAST]: text(form, CHILD_LAST) }),
    validate: (values) =>
      [
        checkName(values, CHILD_FIRST, 'First name', FIRST_MISSING),
        checkName(values, CHILD_LAST, 'Last name', LAST_MISSING),
      ].filter(Boolean),
    render: ({ values, errors }) => html`
      ${textField({
        name: CHILD_FIRST,
        label: 'First name',
        hint: 'Include any middle names',
        values,
        errors,
        overrides: { valueMissing: FIRST_MISSING },
      })}
      ${textField({
        name: CHILD_LAST,
        label: 'Last name',
        values,
        errors,
        overrides: { valueMissing: LAST_MISSING },
      })}
    `,
  },
  {
    path: '/date-of-birth',
    title: 'What is your child’s date of birth?',
    fields: [DATE],
    read: (form) => {
      const parts = Object.fromEntries(DATE_PARTS.map((part) => [part, text(form, `${DATE}-${part}`)]));
      // A post without the parts (not from the date input) may still give the date itself.
      const iso = ISO.exec(text(form, DATE));
      if (iso && DATE_PARTS.every((part) => parts[part] === '')) {
        Object.assign(parts, { year: iso[1], month: iso[2], day: iso[3] });
      }
      return { [DATE]: partsAsDate(parts), parts };
    },
    validate: (values, { now }) => {
      const problem = checkDate(values.parts ?? {}, {
        label: 'Date of birth',
        missing: DATE_MISSING,
        latest: todayIso(now),
        latestMessage: DATE_LATEST,
      });
      return problem ? [{ field: DATE, message: problem.message, parts: problem.parts }] : [];
    },
    render: ({ values, errors, now }) => {
      const error = errorOf(errors, DATE);
      // After an error, the parts as typed (as far as the date input can take them back).
      const value = error && values.parts ? partsAsValue(values.parts) : (values[DATE] ?? '');
      return html`<polis-date-input
        id="${DATE}"
        name="${DATE}"
        legend="Date of birth"
        hint="For example, ${exampleDate(now)}"
        max="today"
        required
        value="${value}"
        ${attr('error-message', error?.message)}${attr('error-parts', error?.parts.join(' '))}${messages({
          valueMissing: DATE_MISSING,
          dateMax: DATE_LATEST,
        })}
      ></polis-date-input>`;
    },
  },
  {
    path: '/sex',
    title: 'What is your child’s sex?',
    fields: [SEX],
    read: (form) => ({ [SEX]: text(form, SEX) }),
    validate: (values) =>
      SEX_OPTIONS.some((option) => option.value === values[SEX])
        ? []
        : [{ field: SEX, message: SEX_MISSING }],
    render: ({ values, errors }) =>
      html`<polis-radios
        id="${SEX}"
        name="${SEX}"
        legend="Sex"
        hint="As recorded by the doctor or midwife at the birth"
        required${attr('value', values[SEX] || null)}${errorAttr(errors, SEX)}${messages({
          radiosValueMissing: SEX_MISSING,
        })}
      >
        ${SEX_OPTIONS.map(
          (option) =>
            html`<polis-radio
              value="${option.value}"
              label="${option.label}"
              ${attr('hint', option.hint)}
            ></polis-radio>`,
        )}
      </polis-radios>`,
  },
  {
    path: '/parent-details',
    title: 'Your details',
    fields: [PARENT_NAME, PARENT_EMAIL],
    read: (form) => ({ [PARENT_NAME]: text(form, PARENT_NAME), [PARENT_EMAIL]: text(form, PARENT_EMAIL) }),
    validate: (values) => {
      const errors = [checkName(values, PARENT_NAME, 'Full name', PARENT_MISSING)];
      const email = values[PARENT_EMAIL] ?? '';
      if (email === '') errors.push({ field: PARENT_EMAIL, message: EMAIL_MISSING });
      else if (length(email) > EMAIL_MAX) {
        errors.push({
          field: PARENT_EMAIL,
          message: `Email address must be ${EMAIL_MAX} characters or fewer`,
        });
      } else if (!EMAIL.test(email)) errors.push({ field: PARENT_EMAIL, message: EMAIL_FORMAT });
      return errors.filter(Boolean);
    },
    render: ({ values, errors }) => html`
      <p>You must be the child’s mother or father to register the birth.</p>
      ${textField({
        name: PARENT_NAME,
        label: 'Full name',
        autocomplete: 'name',
        values,
        errors,
        overrides: { valueMissing: PARENT_MISSING },
      })}
      ${textField({
        name: PARENT_EMAIL,
        label: 'Email address',
        hint: 'We will only use this to contact you about this registration',
        type: 'email',
        autocomplete: 'email',
        values,
        errors,
        overrides: { valueMissing: EMAIL_MISSING },
      })}
    `,
  },
];

/** Whether a question's answers are all there (every field of every question is required). */
export const answered = (question, answers) => question.fields.every((field) => Boolean(answers[field]));

/** The first question without its answers, or `null` when the journey is complete. */
export const firstUnanswered = (answers) =>
  questions.find((question) => !answered(question, answers)) ?? null;

/** The rows of "Check your answers", in two groups, each with the page that changes it. */
export function summaryRows(answers) {
  const sex = SEX_OPTIONS.find((option) => option.value === answers[SEX]);
  return {
    child: [
      { key: 'Name', value: `${answers[CHILD_FIRST]} ${answers[CHILD_LAST]}`, change: '/child-name' },
      { key: 'Date of birth', value: formatDate(answers[DATE]), change: '/date-of-birth' },
      { key: 'Sex', value: sex?.label ?? '', change: '/sex' },
    ],
    parent: [
      { key: 'Full name', value: answers[PARENT_NAME], change: '/parent-details' },
      { key: 'Email address', value: answers[PARENT_EMAIL], change: '/parent-details' },
    ],
  };
}

/** What the confirmation needs, taken from the answers before they are deleted. */
export function registration(answers) {
  return {
    childName: `${answers[CHILD_FIRST]} ${answers[CHILD_LAST]}`,
    childBirthDate: answers[DATE],
  };
}
