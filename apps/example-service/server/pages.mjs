// The pages of the service, as template functions. Every page has the same frame: the cookie
// banner first in <body>, the skip link, the header, an optional back link, the main content
// and the footer. Values are escaped by `html` (./html.mjs) unless they are HTML it made.
import { consentMessages } from '@polis-ds/patterns/consent';
import { SERVICE_NAME, consentConfig } from '../consent-config.mjs';
import { attr, html, jsonData, trusted } from './html.mjs';
import { formatDate, summaryRows } from './journey.mjs';

/** Where the person's answers came from, as "Why am I seeing this?" says it. */
export const FACT_SOURCE = 'You told us on the Register a birth service';

const t = (key, values) => consentMessages.translate(key, 'en', values);

/**
 * The whole page.
 * @param {object} options
 * @param {{ script: string, styles: string[] }} options.assets The built bundle (from Vite's manifest).
 * @param {string} options.title The page's own title; the service name follows it.
 * @param {boolean} [options.error] The page shows errors: the title starts with "Error: ".
 * @param {string} [options.banner] The no-JavaScript cookie banner (from `renderBannerHtml`), or ''.
 * @param {string} [options.back] Where the back link goes; none without it.
 * @param {unknown} options.main The content of `<main>`, made with `html`.
 */
export function layout({ assets, title, error = false, banner = '', back, main }) {
  const full = `${error ? 'Error: ' : ''}${title === SERVICE_NAME ? title : `${title} – ${SERVICE_NAME}`}`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${full}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        ${assets.styles.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
        <script type="module" src="${assets.script}"></script>
      </head>
      <body>
        <polis-consent-banner service="${SERVICE_NAME}">${trusted(banner)}</polis-consent-banner>
        <polis-skip-link><a href="#main-content">Skip to main content</a></polis-skip-link>
        <polis-header service-name="${SERVICE_NAME}" service-href="/"></polis-header>
        <div class="page">
          <main id="main-content" class="main">
            ${
              // First in <main>, not before it as on GOV.UK: inside a landmark, people who move by
              // landmarks find it too, and the skip link still lands just before it.
              back ? html`<polis-back-link><a href="${back}">Back</a></polis-back-link>` : ''
            }
            ${main}
          </main>
        </div>
        <polis-footer>
          <ul slot="meta">
            <li><a href="/cookies">Cookies</a></li>
            <li><a href="/suggestions">Suggestion settings</a></li>
          </ul>
          <p slot="licence">An example service built with Polis. Nothing you enter is sent anywhere.</p>
          <p slot="copyright">© City of Example</p>
        </polis-footer>
        <script type="text/plain" data-polis-consent="analytics" src="/analytics.js"></script>
      </body>
    </html> `;
}

/** The error summary of a question page: links to the fields the server found wrong. */
function errorSummary(errors) {
  return html`<polis-error-summary for="question"
    >${errors.map((error) => html`<a href="#${error.field}">${error.message}</a>`)}</polis-error-summary
  >`;
}

export function startPage() {
  return {
    title: SERVICE_NAME,
    main: html`
      <h1>${SERVICE_NAME}</h1>
      <p>Use this service to register the birth of a child born in the City of Example.</p>
      <p>You should register the birth within 42 days of the child being born.</p>
      <p>You’ll need:</p>
      <ul class="list">
        <li>the child’s name and date of birth</li>
        <li>your name and email address</li>
      </ul>
      <p>It takes about 5 minutes.</p>
      <form method="post" action="/start">
        <polis-button start>Start now</polis-button>
      </form>
      <h2>Before you start</h2>
      <p>
        This is an example. Your answers are kept on the server only while you use it, and deleted when you
        finish or after 30 minutes without activity. Nothing is sent anywhere else.
      </p>
    `,
  };
}

/** A question page, with the person's answers and, after a rejected post, the errors. */
export function questionPage({ question, values, errors, csrf, change, back, now }) {
  const action = `${question.path}/answer${change ? '?change' : ''}`;
  return {
    title: question.title,
    error: errors.length > 0,
    back,
    main: html`
      ${errorSummary(errors)}
      <h1>${question.title}</h1>
      <form id="question" method="post" action="${action}">
        <input type="hidden" name="csrf" value="${csrf}" />
        ${question.render({ values, errors, now })}
        <polis-button>Continue</polis-button>
      </form>
    `,
  };
}

function summaryList(rows) {
  return html`<polis-summary-list>
    <dl>
      ${rows.map(
        (row) =>
          html`<div>
            <dt>${row.key}</dt>
            <dd>${row.value}</dd>
            <dd><a href="${row.change}?change">Change</a></dd>
          </div>`,
      )}
    </dl>
  </polis-summary-list>`;
}

export function checkAnswersPage({ answers, csrf }) {
  const rows = summaryRows(answers);
  return {
    title: 'Check your answers before registering the birth',
    back: '/parent-details',
    main: html`
      <h1>Check your answers before registering the birth</h1>
      <h2>About the child</h2>
      ${summaryList(rows.child)}
      <h2>About you</h2>
      ${summaryList(rows.parent)}
      <h2>Now register the birth</h2>
      <p>
        By registering this birth you confirm that, to the best of your knowledge, the details you gave are
        correct.
      </p>
      <form method="post" action="/confirmation">
        <input type="hidden" name="csrf" value="${csrf}" />
        <polis-button>Accept and register</polis-button>
      </form>
    `,
  };
}

/**
 * The confirmation, sent in answer to the registration itself: by then the answers are
 * deleted, so the page carries the little it needs. The facts for the proactive prompt are a
 * JSON data block, read by the page's script, which works the offer out in the browser.
 */
export function confirmationPage({ reference, registration }) {
  const facts = {
    childBirthDate: { value: registration.childBirthDate, source: FACT_SOURCE },
  };
  return {
    title: 'Birth registered',
    main: html`
      <polis-panel heading="Birth registered" reference="${reference}">
        <p>
          You have registered the birth of ${registration.childName}, born on
          ${formatDate(registration.childBirthDate)}.
        </p>
      </polis-panel>
      <h2>What happens next</h2>
      <p>Keep your reference number: you will need it to order a birth certificate.</p>
      <p>
        This is an example, so no birth has been registered and no email has been sent. Your answers have been
        deleted from the server.
      </p>
      <polis-service-prompt heading-level="2" preferences-href="/suggestions"></polis-service-prompt>
      <script type="application/json" id="journey-facts">
        ${jsonData(facts)}
      </script>
      <p><a href="/">Register another birth</a></p>
    `,
  };
}

export function sessionEndedPage() {
  return {
    title: 'You need to start again',
    main: html`
      <h1>You need to start again</h1>
      <p>
        We have deleted your answers. We do this when you finish, or after 30 minutes without any activity, to
        keep your information safe.
      </p>
      <polis-button href="/">Start again</polis-button>
    `,
  };
}

/** The no-JavaScript form of the cookie settings: the same question, as native radios. */
function settingsFallback({ record, errors }) {
  const categories = Object.entries(consentConfig.categories);
  return html`<form method="post" action="/cookies" class="consent-fallback">
    ${
      errors.length
        ? html`<div class="consent-fallback__errors" role="alert">
            <h2>There is a problem</h2>
            <ul>
              ${errors.map((error) => html`<li><a href="#consent-${error.field}-yes">${error.message}</a></li>`)}
            </ul>
          </div>`
        : ''
    }
    <h2>${t('consentSettingsHeading')}</h2>
    <input type="hidden" name="consent" value="save" />
    <input type="hidden" name="returnTo" value="/cookies" />
    ${categories.map(([id, category]) => {
      const chosen = record?.choices?.[id];
      const error = errors.find((item) => item.field === id);
      return html`<fieldset class="consent-fallback__question">
        <legend>${t('consentUse', { category: category.label })}</legend>
        <p>${category.description}</p>
        ${error ? html`<p class="consent-fallback__error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : ''}
        <div>
          <input
            type="radio"
            id="consent-${id}-yes"
            name="${id}"
            value="yes"
            ${attr('checked', chosen === true)}
          />
          <label for="consent-${id}-yes">${t('consentYes')}</label>
        </div>
        <div>
          <input
            type="radio"
            id="consent-${id}-no"
            name="${id}"
            value="no"
            ${attr('checked', chosen === false)}
          />
          <label for="consent-${id}-no">${t('consentNo')}</label>
        </div>
      </fieldset>`;
    })}
    <button type="submit" class="consent-fallback__button">${t('consentSave')}</button>
  </form>`;
}

export function cookiesPage({ record, errors = [], saved = false }) {
  return {
    title: 'Cookies',
    error: errors.length > 0,
    main: html`
      ${
        saved
          ? html`<polis-notification-banner type="success"
              ><p>${t('consentSaved')}</p></polis-notification-banner
            >`
          : ''
      }
      <h1>Cookies</h1>
      <p>
        Cookies are small files saved on your phone, tablet or computer when you visit a website. This service
        needs two to work, and, if you agree, uses one more to count the pages you visit.
      </p>
      <table class="cookie-table">
        <caption>
          Cookies on ${SERVICE_NAME}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Purpose</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>polis_consent</td>
            <td>Strictly necessary: remembers your cookie choices</td>
            <td>1 year, or 6 months if you reject additional cookies</td>
          </tr>
          <tr>
            <td>register_birth_session</td>
            <td>
              Strictly necessary: set when you press “Start now”, so the service can find your answers from
              one page to the next
            </td>
            <td>When you close your browser or finish</td>
          </tr>
          <tr>
            <td>_rb_visits</td>
            <td>Analytics, only if you accept: counts the pages you visit on this service</td>
            <td>1 year</td>
          </tr>
        </tbody>
      </table>
      <polis-consent-settings heading-level="2"
        >${settingsFallback({ record, errors })}</polis-consent-settings
      >
    `,
  };
}

export function suggestionsPage() {
  return {
    title: 'Suggestion settings',
    main: html`
      <h1>Suggestion settings</h1>
      <p>
        After you register a birth, this service may suggest other services you might need, such as Child
        Benefit. Each suggestion says why you are seeing it. It is worked out in your browser, and nothing is
        sent anywhere.
      </p>
      <polis-proactive-preferences heading-level="2"></polis-proactive-preferences>
    `,
  };
}

/** Where the Child Benefit offer leads: the end of this example. */
export function childBenefitPage() {
  return {
    title: 'Claim Child Benefit',
    back: '/',
    main: html`
      <h1>Claim Child Benefit</h1>
      <p>
        This is where the Child Benefit service would start. The Register a birth example ends here: nothing
        you told it was passed on.
      </p>
    `,
  };
}

export function notFoundPage() {
  return {
    title: 'Page not found',
    main: html`
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p><a href="/">Go to the start of ${SERVICE_NAME}</a></p>
    `,
  };
}

export function forbiddenPage() {
  return {
    title: 'Sorry, there is a problem with the service',
    main: html`
      <h1>Sorry, there is a problem with the service</h1>
      <p>We could not accept that form. Go back, reload the page, and try again.</p>
      <p><a href="/">Go to the start of ${SERVICE_NAME}</a></p>
    `,
  };
}
