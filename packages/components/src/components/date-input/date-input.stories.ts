import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import '../button/define.js';
import { DATE_MUST_BE, type PolisDateInput } from './date-input.js';

type Args = Partial<
  Pick<
    PolisDateInput,
    | 'legend'
    | 'hint'
    | 'errorMessage'
    | 'errorParts'
    | 'name'
    | 'min'
    | 'max'
    | 'mustBe'
    | 'autocomplete'
    | 'required'
    | 'disabled'
  >
> & { value?: string };

const meta: Meta<Args> = {
  title: 'Components/Date input',
  component: 'polis-date-input',
  argTypes: {
    mustBe: { control: 'select', options: DATE_MUST_BE },
  },
  args: { legend: 'When was your passport issued?', hint: 'For example, 27 3 2007', name: 'issued' },
  render: (args) =>
    html`<polis-date-input
      legend=${ifDefined(args.legend)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      error-parts=${ifDefined(args.errorParts)}
      name=${ifDefined(args.name)}
      value=${ifDefined(args.value)}
      min=${ifDefined(args.min)}
      max=${ifDefined(args.max)}
      must-be=${ifDefined(args.mustBe)}
      autocomplete=${ifDefined(args.autocomplete)}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></polis-date-input>`,
};
export default meta;
type Story = StoryObj<Args>;

function parts(canvasElement: HTMLElement): HTMLInputElement[] {
  const el = canvasElement.querySelector('polis-date-input')!;
  return [...el.shadowRoot!.querySelectorAll('input')];
}

function invalid(canvasElement: HTMLElement): string[] {
  return parts(canvasElement)
    .filter((input) => input.getAttribute('aria-invalid') === 'true')
    .map((input) => input.id);
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('polis-date-input')!;
    const [day, month, year] = parts(canvasElement) as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    await expect(day).toHaveAccessibleName('Day');
    await expect(month).toHaveAccessibleName('Month');
    await expect(year).toHaveAccessibleName('Year');
    await userEvent.type(day, '27');
    await userEvent.type(month, '3');
    await userEvent.type(year, '2007');
    await expect(el.value).toBe('2007-03-27');
    const group = el.shadowRoot!.querySelector('fieldset')!;
    await expect(group).toHaveAccessibleName('When was your passport issued?');
    await expect(group).toHaveAccessibleDescription('For example, 27 3 2007');
  },
};

export const DateOfBirth: Story = {
  name: 'Date of birth (autocomplete="bday")',
  args: {
    legend: 'What is your date of birth?',
    hint: 'For example, 31 3 1980',
    name: 'dob',
    autocomplete: 'bday',
    mustBe: 'past',
  },
  play: async ({ canvasElement }) => {
    await expect(parts(canvasElement).map((input) => input.autocomplete)).toEqual([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
  },
};

export const WithValue: Story = { name: 'With a value', args: { value: '2007-03-27' } };

export const ErrorMissingPart: Story = {
  name: 'Error: missing part (from the server)',
  args: {
    value: '',
    errorMessage: 'Date your passport was issued must include a month',
    errorParts: 'month',
  },
  play: async ({ canvasElement }) => {
    await expect(invalid(canvasElement)).toEqual(['month']);
  },
};

/** Client-side validation: each kind of error, found when the form is submitted. */
function errorStory(
  typed: [string, string, string],
  extra: Partial<Args>,
  expected: string[],
  message: string,
): Story {
  return {
    args: { legend: 'Date of birth', hint: 'For example, 31 3 1980', name: 'dob', ...extra },
    render: (args) =>
      html`<form>
        ${meta.render!(args, {} as never)}
        <polis-button>Continue</polis-button>
      </form>`,
    play: async ({ canvasElement }) => {
      const form = canvasElement.querySelector('form')!;
      form.addEventListener('submit', (event) => event.preventDefault());
      const inputs = parts(canvasElement);
      for (const [i, text] of typed.entries()) if (text) await userEvent.type(inputs[i]!, text);
      form.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const el = canvasElement.querySelector('polis-date-input')!;
      await expect(el.shadowRoot!.querySelector('[part="error-message"]')).toHaveTextContent(message);
      await expect(invalid(canvasElement)).toEqual(expected);
    },
  };
}

export const ErrorRequired = {
  ...errorStory(['', '', ''], { required: true }, ['day', 'month', 'year'], 'Enter date of birth'),
  name: 'Error: nothing entered',
};

export const ErrorMissingDayAndYear = {
  ...errorStory(['', '3', ''], {}, ['day', 'year'], 'Date of birth must include a day and year'),
  name: 'Error: missing day and year',
};

export const ErrorNotReal = {
  ...errorStory(['31', '2', '1980'], {}, ['day'], 'Date of birth must be a real date'),
  name: 'Error: not a real date',
};

export const ErrorYearDigits = {
  ...errorStory(['3', '5', '80'], {}, ['year'], 'Date of birth must include a year with 4 numbers'),
  name: 'Error: year with 2 numbers',
};

export const ErrorPast = {
  ...errorStory(
    ['1', '1', '2999'],
    { mustBe: 'past' },
    ['day', 'month', 'year'],
    'Date of birth must be in the past',
  ),
  name: 'Error: must be in the past',
};

export const ErrorMin = {
  ...errorStory(
    ['31', '12', '1899'],
    { min: '1900-01-01' },
    ['day', 'month', 'year'],
    'Date of birth must be the same as or after',
  ),
  name: 'Error: before min',
};

export const ErrorMax = {
  ...errorStory(
    ['1', '1', '2999'],
    { max: 'today' },
    ['day', 'month', 'year'],
    'Date of birth must be the same as or before',
  ),
  name: 'Error: after max (today)',
};

export const Disabled: Story = { args: { disabled: true, value: '2007-03-27' } };

export const French: Story = {
  name: 'In French (lang="fr")',
  render: () =>
    html`<div lang="fr">
      <form>
        <polis-date-input
          legend="Date de naissance"
          name="naissance"
          autocomplete="bday"
          required
        ></polis-date-input>
        <polis-button>Continuer</polis-button>
      </form>
    </div>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    const inputs = parts(canvasElement);
    await expect(inputs[0]).toHaveAccessibleName('Jour');
    await userEvent.type(inputs[0]!, '12');
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const el = canvasElement.querySelector('polis-date-input')!;
    await expect(el.shadowRoot!.querySelector('[part="error-message"]')).toHaveTextContent(
      'Date de naissance doit comporter un mois et une année',
    );
  },
};

/** A question page: the date is sent as ISO, Enter submits. */
export const InAForm: Story = {
  name: 'In a form',
  render: () =>
    html`<form action="#" method="get">
      <polis-date-input legend="Date of birth" name="dob" autocomplete="bday" required></polis-date-input>
      <polis-button>Continue</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const submitted: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(String(new FormData(form).get('dob')));
    });
    const [day, month, year] = parts(canvasElement) as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    await userEvent.type(day, '9');
    await userEvent.type(month, '11');
    await userEvent.type(year, '1989{Enter}');
    await expect(submitted).toEqual(['1989-11-09']);
  },
};
