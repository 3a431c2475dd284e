// Register a birth: the server. It renders every page as HTML, answers the forms' posts and
// serves the Vite-built bundle, on 127.0.0.1 only, with the strict security headers of
// scripts/secure-server.mjs (CSP with Trusted Types). The server is the authority: it checks
// every answer again, whatever the browser did, and keeps the answers in memory for the
// journey only (server/sessions.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  consentState,
  handleConsentForm,
  renderBannerHtml,
  safeReturnTo,
} from '@polis-ds/patterns/consent/server';
import { serveSecurely } from '../../scripts/secure-server.mjs';
import { SERVICE_NAME, SESSION_COOKIE, consentConfig } from './consent-config.mjs';
import { firstUnanswered, questions, registration } from './server/journey.mjs';
import {
  checkAnswersPage,
  childBenefitPage,
  confirmationPage,
  cookiesPage,
  forbiddenPage,
  layout,
  notFoundPage,
  questionPage,
  sessionEndedPage,
  startPage,
  suggestionsPage,
} from './server/pages.mjs';
import { DEFAULT_TIMEOUT, createSessionStore } from './server/sessions.mjs';

/** The largest form this service accepts (its biggest is well under 2 KiB). */
const MAX_BODY = 16 * 1024;
/** How many consent records the in-memory log keeps (the newest). */
const MAX_LOG = 1000;
/** Files in dist/ that are not under /assets/ (copied from public/ by Vite). */
const PUBLIC_FILES = new Set(['/favicon.svg', '/analytics.js']);
/** Reference numbers use letters and digits that cannot be mistaken for each other. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The script and stylesheets of the client bundle, from Vite's manifest. */
function readAssets(root) {
  const manifest = JSON.parse(readFileSync(join(root, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error(`No entry in ${root}/.vite/manifest.json: run the build first.`);
  return { script: `/${entry.file}`, styles: (entry.css ?? []).map((file) => `/${file}`) };
}

function parseCookies(header) {
  const cookies = new Map();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    try {
      if (!cookies.has(name)) cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // A value that is not URI-encoded is no value.
    }
  }
  return cookies;
}

/** Reads a posted body of at most `limit` bytes. */
function readBody(req, limit = MAX_BODY) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'The form was too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A form post (`application/x-www-form-urlencoded`, what every form here sends). */
async function readForm(req) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'Send the form as a form.');
  return new URLSearchParams(await readBody(req));
}

/** Whether two strings are equal, in a time that does not depend on where they differ. */
function same(a, b) {
  const left = Buffer.from(String(a ?? ''));
  const right = Buffer.from(String(b ?? ''));
  return left.length === right.length && timingSafeEqual(left, right);
}

function newReference() {
  let code = '';
  for (let i = 0; i < 8; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `RB-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** `path` with `name=value` added to its query. */
function withParam(path, name, value) {
  const url = new URL(path, 'http://localhost');
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

/**
 * Starts the service.
 * @param {object} [options]
 * @param {string} [options.root] The Vite build (default `dist/` beside this file).
 * @param {number} [options.port] 0 (default) for any free port.
 * @param {number} [options.sessionTimeout] Milliseconds without a request before answers are deleted (30 minutes).
 * @param {boolean} [options.secureCookies] Mark cookies `Secure`: set it when the service is behind https.
 * @param {() => Date} [options.now] The clock, for "today" in date checks.
 */
export async function serve({
  root = fileURLToPath(new URL('dist', import.meta.url)),
  port = 0,
  sessionTimeout = DEFAULT_TIMEOUT,
  secureCookies = false,
  now = () => new Date(),
} = {}) {
  const assets = readAssets(root);
  const sessions = createSessionStore({ timeout: sessionTimeout });
  /** The consent log: every record made, in the browser (posted here) or by the no-JavaScript form. */
  const consentLog = [];
  const keep = (record) => {
    consentLog.push({ received: new Date().toISOString(), record });
    if (consentLog.length > MAX_LOG) consentLog.shift();
  };
  const config = { ...consentConfig, onRecord: keep };

  const secure = secureCookies ? '; Secure' : '';
  // No Max-Age or Expires: a session cookie, gone when the browser closes. HttpOnly: no script needs it.
  const sessionCookie = (id) => `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax${secure}`;
  const clearSessionCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;

  const sessionOf = (req) => sessions.get(parseCookies(req.headers.cookie).get(SESSION_COOKIE));

  /** The no-JavaScript banner: the question until a choice is made, the confirmation once after. */
  async function bannerFor(req, url) {
    const { record, needsChoice, gpc } = consentState(req, config);
    const clean = new URL(url);
    clean.searchParams.delete('cookies');
    const returnTo = safeReturnTo(`${clean.pathname}${clean.search}`);
    if (record && url.searchParams.get('cookies') === 'saved') {
      return renderBannerHtml({ config, service: SERVICE_NAME, confirmation: record, returnTo });
    }
    if (!needsChoice) return '';
    return renderBannerHtml({ config, service: SERVICE_NAME, action: '/cookies', returnTo, gpc });
  }

  function headers(res, cookies) {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    if (cookies.length) res.setHeader('Set-Cookie', cookies);
  }

  async function sendPage(req, res, url, status, page, cookies = []) {
    const body = layout({ assets, banner: await bannerFor(req, url), ...page }).toString();
    res.statusCode = status;
    headers(res, cookies);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(body);
  }

  function redirect(res, location, cookies = []) {
    res.statusCode = 303;
    headers(res, cookies);
    res.setHeader('Location', location);
    res.end();
  }

  /** The journey of this request, or a redirect to "start again" (and `null`). */
  function journey(req, res) {
    const session = sessionOf(req);
    if (!session) redirect(res, '/session-ended');
    return session;
  }

  async function postedBy(req, res, url, session) {
    const form = await readForm(req);
    if (same(form.get('csrf'), session.csrf)) return form;
    await sendPage(req, res, url, 403, forbiddenPage());
    return null;
  }

  const routes = {
    '/': { GET: (req, res, url) => sendPage(req, res, url, 200, startPage()) },
    '/start': {
      POST: (req, res) => {
        // The first cookie of the journey, set only now that the person asked for the service.
        if (sessionOf(req)) return redirect(res, '/child-name');
        const session = sessions.create();
        redirect(res, '/child-name', [sessionCookie(session.id)]);
      },
    },
    '/check-answers': {
      GET: async (req, res, url) => {
        const session = journey(req, res);
        if (!session) return;
        const pending = firstUnanswered(session.answers);
        if (pending) return redirect(res, pending.path);
        await sendPage(
          req,
          res,
          url,
          200,
          checkAnswersPage({ answers: session.answers, csrf: session.csrf }),
        );
      },
    },
    '/confirmation': {
      GET: (req, res) => redirect(res, '/session-ended'),
      POST: async (req, res, url) => {
        const session = journey(req, res);
        if (!session) return;
        if (!(await postedBy(req, res, url, session))) return;
        const pending = firstUnanswered(session.answers);
        if (pending) return redirect(res, pending.path);
        const details = registration(session.answers);
        // The registration is made: its answers go now, before the confirmation is sent.
        sessions.end(session.id);
        const page = confirmationPage({ reference: newReference(), registration: details });
        await sendPage(req, res, url, 200, page, [clearSessionCookie]);
      },
    },
    '/session-ended': { GET: (req, res, url) => sendPage(req, res, url, 200, sessionEndedPage()) },
    '/cookies': {
      GET: async (req, res, url) => {
        const { record } = consentState(req, config);
        const saved = Boolean(record) && url.searchParams.get('settings') === 'saved';
        await sendPage(req, res, url, 200, cookiesPage({ record, saved }));
      },
      // The no-JavaScript banner (accept or reject) and settings form (save) post here.
      POST: async (req, res, url) => {
        const form = await readForm(req);
        const result = handleConsentForm(form, { config, headers: req.headers, secure: secureCookies });
        if (result.errors) {
          const { record } = consentState(req, config);
          return sendPage(req, res, url, 400, cookiesPage({ record, errors: result.errors }));
        }
        const cookies = [result.setCookie, ...result.clearCookies].filter(Boolean);
        const back =
          form.get('consent') === 'save'
            ? '/cookies?settings=saved'
            : withParam(result.returnTo, 'cookies', 'saved');
        redirect(res, back, cookies);
      },
    },
    // The browser's consent manager posts each record here (onRecord), as a real service would
    // post it to its consent log.
    '/consent-log': {
      POST: async (req, res) => {
        let record = null;
        try {
          record = JSON.parse(await readBody(req, 4096));
        } catch (error) {
          if (error instanceof HttpError) throw error;
        }
        const valid =
          record &&
          typeof record === 'object' &&
          typeof record.id === 'string' &&
          typeof record.choices === 'object';
        if (valid) keep(record);
        res.statusCode = valid ? 204 : 400;
        res.end();
      },
    },
    '/suggestions': { GET: (req, res, url) => sendPage(req, res, url, 200, suggestionsPage()) },
    '/child-benefit/claim': { GET: (req, res, url) => sendPage(req, res, url, 200, childBenefitPage()) },
  };

  questions.forEach((question, index) => {
    const backFrom = (change) => (change ? '/check-answers' : (questions[index - 1]?.path ?? '/'));
    routes[question.path] = {
      GET: async (req, res, url) => {
        const session = journey(req, res);
        if (!session) return;
        // No skipping ahead: the first question without answers comes first.
        const pending = firstUnanswered(session.answers);
        if (pending && questions.indexOf(pending) < index) return redirect(res, pending.path);
        const change = url.searchParams.has('change') && !pending;
        // After a rejected post: what was typed and what is wrong, shown once.
        const rejected = session.rejected?.path === question.path ? session.rejected : null;
        session.rejected = null;
        const page = questionPage({
          question,
          values: rejected?.values ?? session.answers,
          errors: rejected?.errors ?? [],
          csrf: session.csrf,
          change,
          back: backFrom(change),
          now: now(),
        });
        await sendPage(req, res, url, 200, page);
      },
    };
    // The form posts to an address of its own: a post to the page's own address would replace
    // the page in the browser's history (Chromium does), and Back would skip it.
    routes[`${question.path}/answer`] = {
      // Reached by reloading or a bookmark: the question itself.
      GET: (req, res, url) => redirect(res, `${question.path}${url.search}`),
      POST: async (req, res, url) => {
        const session = journey(req, res);
        if (!session) return;
        const form = await postedBy(req, res, url, session);
        if (!form) return;
        const change = url.searchParams.has('change');
        const values = question.read(form);
        const errors = question.validate(values, { now: now() });
        if (errors.length) {
          // Post, redirect, get: the page with the errors is a GET, so Back and reload never
          // post the form again.
          session.rejected = { path: question.path, values, errors };
          return redirect(res, change ? `${question.path}?change` : question.path);
        }
        for (const field of question.fields) session.answers[field] = values[field];
        const pending = firstUnanswered(session.answers);
        if (change) return redirect(res, pending?.path ?? '/check-answers');
        redirect(res, questions[index + 1]?.path ?? '/check-answers');
      },
    };
  });

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : null;
    if (!route) {
      // The bundle and public files: scripts/secure-server.mjs serves them from dist/.
      if (method === 'GET' && (url.pathname.startsWith('/assets/') || PUBLIC_FILES.has(url.pathname))) {
        return false;
      }
      await sendPage(req, res, url, 404, notFoundPage());
      return true;
    }
    const action = route[method];
    try {
      if (!action) throw new HttpError(405, 'Method not allowed');
      await action(req, res, url);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(error);
      if (!res.headersSent) {
        res.statusCode = status;
        if (status === 405) res.setHeader('Allow', Object.keys(route).join(', '));
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(status === 500 ? 'Sorry, there is a problem with the service.' : error.message);
      }
    }
    return true;
  }

  const server = await serveSecurely({ root, port, handle });
  return {
    url: server.url,
    /** The journeys held in memory (for tests: `sessions.size`). */
    sessions,
    /** The consent log, newest last. */
    consentLog,
    async close() {
      sessions.close();
      await server.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({
    port: Number(process.env.PORT ?? 3000),
    secureCookies: process.env.SECURE_COOKIES === '1',
  });
  console.log(`Register a birth (Polis example service) on ${url}`);
}
