import type { Messages } from '../types.js';

/** English: the reference locale, always loaded. Reviewed by a native speaker. */
export const en = {
  errorPrefix: 'Error:',
  errorTitlePrefix: 'Error: ',
  errorSummaryTitle: 'There is a problem',
  valueMissing: 'Enter {label:lower}',
  typeMismatchEmail: 'Enter an email address in the correct format, like name@example.com',
  typeMismatchUrl: 'Enter a web address in the correct format, like https://www.example.com',
  badInputNumber: '{label:upper} must be a number',
  patternMismatch: 'Enter {label:lower} in the correct format',
  tooShort: {
    one: '{label:upper} must be {count} character or more',
    other: '{label:upper} must be {count} characters or more',
  },
  tooLong: {
    one: '{label:upper} must be {count} character or fewer',
    other: '{label:upper} must be {count} characters or fewer',
  },
  opensInNewTab: '(opens in new tab)',
} satisfies Messages;
