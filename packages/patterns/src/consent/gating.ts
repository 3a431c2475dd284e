/**
 * Gating: third-party scripts and embeds written in the page wait for consent.
 *
 * Scripts are written inert and run once their categories are granted:
 *
 * ```html
 * <script type="text/plain" data-polis-consent="analytics" src="/js/analytics.js"></script>
 * <script type="text/plain" data-polis-consent="analytics">startAnalytics();</script>
 * <script type="text/plain" data-polis-consent="analytics marketing" data-polis-type="module" src="/js/ads.js"></script>
 * ```
 *
 * Embeds (`iframe`, `video`, `audio`, `img`) carry their address in `data-src` and show a
 * placeholder until their categories are granted:
 *
 * ```html
 * <iframe data-polis-consent="marketing" data-src="https://www.youtube-nocookie.com/embed/…" title="How to apply"></iframe>
 * ```
 *
 * The placeholder is light DOM with no inline style (strict CSP), styled by the service or the
 * elements' stylesheet through these classes:
 *
 * - `.polis-consent-placeholder`: the box (`role="group"`, named "Content not loaded: {title}");
 * - `.polis-consent-placeholder__text`: the paragraph that says what loading it means;
 * - `.polis-consent-placeholder__actions`: wraps the button and the link;
 * - `.polis-consent-placeholder__button`: the "Allow … cookies" button;
 * - `.polis-consent-placeholder__link`: the link to `config.cookiesPage`.
 *
 * A script that has run, or an embed that has loaded, stays: refusing later cannot unload
 * code that ran. The `polis-consent-change` event tells the service, which can reload the
 * page (`location.reload()`) when a category is withdrawn.
 */
import { warnOnce } from '@polis-ds/components';
import type { ConsentManager } from './manager.js';
import { CONSENT_CHANGE_EVENT } from './manager.js';
import { categoryList, consentMessages, listText, localText } from './messages.js';
import { categoryOf } from './record.js';
import { safeUrl } from './url.js';

/** The attribute that names the categories (space-separated) an element needs. */
export const CONSENT_ATTRIBUTE = 'data-polis-consent';
/** Set on an inert script once its live copy has been inserted. */
export const RAN_ATTRIBUTE = 'data-polis-consent-ran';
/** The class of a blocked embed's placeholder. */
export const PLACEHOLDER_CLASS = 'polis-consent-placeholder';

const SCRIPTS = `script[type="text/plain"][${CONSENT_ATTRIBUTE}]:not([${RAN_ATTRIBUTE}])`;
const EMBEDS = ['iframe', 'video', 'audio', 'img']
  .map((tag) => `${tag}[${CONSENT_ATTRIBUTE}][data-src]`)
  .join(', ');

/** Placeholders by embed, shared by every gating instance so two never add two. */
const placeholders = new WeakMap<Element, HTMLElement>();
/** Embeds this module hid (their `hidden` is removed again when they load). */
const hiddenByUs = new WeakSet<Element>();

function isDocument(node: Node): node is Document {
  return node.nodeType === 9; // Node.DOCUMENT_NODE
}

function isElement(node: Node | ParentNode): node is Element {
  return (node as Node).nodeType === 1; // Node.ELEMENT_NODE
}

function categoriesOf(element: Element): string[] {
  return (element.getAttribute(CONSENT_ATTRIBUTE) ?? '').split(/\s+/).filter(Boolean);
}

function allowed(manager: ConsentManager, categories: string[]): boolean {
  const unknown = categories.filter((category) => !categoryOf(manager.config, category));
  if (categories.length === 0 || unknown.length > 0) {
    warnOnce(
      `consent-unknown-category:${unknown.join(' ')}`,
      `${CONSENT_ATTRIBUTE}="${categories.join(' ')}" names no configured category (${unknown.join(', ') || 'none given'}); what it gates never loads.`,
    );
    return false;
  }
  return categories.every((category) => manager.isGranted(category));
}

function langOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || 'en';
}

function hostOf(url: string, base: string): string {
  try {
    return new URL(url, base).hostname || url;
  } catch {
    return url;
  }
}

const SKIPPED = new Set(['type', CONSENT_ATTRIBUTE, 'data-polis-type', RAN_ATTRIBUTE, 'nonce']);

function makeLive(script: HTMLScriptElement, type: string | null): void {
  if (type) script.setAttribute('type', type);
  else script.removeAttribute('type');
  // Inserted scripts are async by default; keep the page's order unless it asked for async.
  if (!script.hasAttribute('async')) script.async = false;
}

/**
 * Runs an inert script once: a new `<script>` with the same attributes (except `type` and the
 * consent attributes), nonce and inline text is inserted after it, and the original is marked
 * `data-polis-consent-ran`.
 *
 * Under Trusted Types (`require-trusted-types-for 'script'`) a script cannot be made from
 * strings without a policy, and Polis creates none. There the original element itself is made
 * live and moved after an inert, marked copy left in its place: the page looks the same, and
 * the browser trusts the text because its own parser wrote it.
 */
function run(script: HTMLScriptElement): void {
  script.setAttribute(RAN_ATTRIBUTE, '');
  const type = script.getAttribute('data-polis-type');
  if (script.hasAttribute('src')) {
    // An external script is cloned: the copy keeps its address without setting it from a
    // string, so a page with Trusted Types neither blocks it nor reports a violation.
    const copy = script.cloneNode(false) as HTMLScriptElement;
    for (const name of SKIPPED) copy.removeAttribute(name);
    if (script.nonce) copy.nonce = script.nonce;
    makeLive(copy, type);
    script.after(copy);
    return;
  }
  const live = script.ownerDocument.createElement('script');
  try {
    for (const attribute of script.attributes) {
      if (!SKIPPED.has(attribute.name)) live.setAttribute(attribute.name, attribute.value);
    }
    // The nonce attribute is hidden from the DOM once a page loads; the property keeps it.
    if (script.nonce) live.nonce = script.nonce;
    if (!script.hasAttribute('src')) live.text = script.text;
  } catch {
    // Trusted Types refused a string: make the original live instead (see above).
    const marker = script.cloneNode(true) as HTMLScriptElement;
    script.before(marker);
    script.remove();
    for (const name of [CONSENT_ATTRIBUTE, RAN_ATTRIBUTE, 'data-polis-type']) script.removeAttribute(name);
    makeLive(script, type);
    marker.after(script);
    return;
  }
  makeLive(live, type);
  script.after(live);
}

/**
 * Starts gating the scripts and embeds in `root` (and those added later) on `manager`'s
 * consent. Returns a function that stops watching; what already ran or loaded stays. With the
 * page-wide `consentManager`, call it after `configure`. Does nothing without a document.
 *
 * @example
 * import { configure, consentManager, startGating } from '@polis-ds/patterns/consent';
 * configure(config);
 * startGating(consentManager);
 */
export function startGating(
  manager: ConsentManager,
  root: Document | Element | null = globalThis.document ?? null,
): () => void {
  if (!root) return () => {};
  // Checked by node type rather than `instanceof`, so a frame's document (another realm) works too.
  const document = isDocument(root) ? root : root.ownerDocument;

  function check(scope: ParentNode): void {
    const scripts: HTMLScriptElement[] = [];
    if (isElement(scope) && scope.matches(SCRIPTS)) scripts.push(scope as HTMLScriptElement);
    scripts.push(...scope.querySelectorAll<HTMLScriptElement>(SCRIPTS));
    for (const script of scripts) {
      if (allowed(manager, categoriesOf(script))) run(script);
    }
    const embeds: HTMLElement[] = [];
    if (isElement(scope) && scope.matches(EMBEDS)) embeds.push(scope as HTMLElement);
    embeds.push(...scope.querySelectorAll<HTMLElement>(EMBEDS));
    for (const embed of embeds) gateEmbed(embed);
  }

  function gateEmbed(embed: HTMLElement): void {
    if (embed.hasAttribute('data-polis-consent-loaded')) return;
    const categories = categoriesOf(embed);
    if (allowed(manager, categories)) {
      load(embed);
      return;
    }
    if (!embed.hidden) {
      embed.hidden = true;
      hiddenByUs.add(embed);
    }
    // An existing placeholder is left alone, so a button that has focus keeps it.
    if (placeholders.get(embed)?.isConnected) return;
    if (embed.hasAttribute('src')) {
      warnOnce(
        'consent-embed-src',
        `An embed gated by ${CONSENT_ATTRIBUTE} also had a src, so it may have loaded before consent. Put its address in data-src only.`,
      );
      embed.removeAttribute('src');
    }
    const placeholder = document.createElement('div');
    placeholders.set(embed, placeholder);
    embed.before(placeholder);
    fill(placeholder, embed, categories);
    const lang = langOf(embed);
    if (!consentMessages.isReady(lang)) {
      void consentMessages.load(lang).then(() => {
        if (placeholders.get(embed) === placeholder && placeholder.isConnected)
          fill(placeholder, embed, categories);
      });
    }
  }

  function fill(placeholder: HTMLElement, embed: HTMLElement, categories: string[]): void {
    const lang = langOf(embed);
    const t = consentMessages.translate.bind(consentMessages);
    const url = embed.getAttribute('data-src') ?? '';
    const host = hostOf(url, document.baseURI);
    const known = categories.map((id) => categoryOf(manager.config, id)).filter((c) => c !== undefined);
    const label = categoryList(manager.config, lang, categories);
    const purposes = known.map((category) => localText(category.purpose, lang));
    const text =
      known.length > 0 && purposes.every(Boolean)
        ? t('consentEmbedText', lang, { host, purpose: listText(purposes, lang) })
        : t('consentEmbedTextGeneric', lang, { host, category: label });
    const title = embed.getAttribute('title') || embed.getAttribute('alt') || host;

    placeholder.className = PLACEHOLDER_CLASS;
    placeholder.setAttribute('role', 'group');
    placeholder.setAttribute('aria-label', t('consentEmbedLabel', lang, { title }));
    placeholder.setAttribute('data-polis-consent-for', categories.join(' '));

    const paragraph = document.createElement('p');
    paragraph.className = `${PLACEHOLDER_CLASS}__text`;
    paragraph.textContent = text;

    const actions = document.createElement('div');
    actions.className = `${PLACEHOLDER_CLASS}__actions`;
    if (known.length === categories.length && known.length > 0) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `${PLACEHOLDER_CLASS}__button`;
      button.textContent = t('consentEmbedAllow', lang, { category: label });
      button.addEventListener('click', () => {
        const grant = Object.fromEntries(categories.map((id) => [id, true]));
        manager.save({ ...manager.choices(), ...grant }, 'embed');
      });
      actions.append(button);
    }
    const page = safeUrl(manager.config.cookiesPage ?? null);
    if (page) {
      const link = document.createElement('a');
      link.className = `${PLACEHOLDER_CLASS}__link`;
      link.href = page;
      link.textContent = t('consentEmbedSettings', lang);
      actions.append(link);
    }
    placeholder.replaceChildren(paragraph, actions);
  }

  function load(embed: HTMLElement): void {
    const placeholder = placeholders.get(embed);
    const hadFocus = !!placeholder && placeholder.contains(document.activeElement);
    placeholder?.remove();
    placeholders.delete(embed);
    const src = safeUrl(embed.getAttribute('data-src'));
    if (src === null) {
      warnOnce(
        'consent-embed-unsafe',
        `An embed's data-src would run script and was not loaded; use a web address.`,
      );
      return;
    }
    embed.setAttribute('data-polis-consent-loaded', '');
    embed.setAttribute('src', src);
    if (hiddenByUs.has(embed)) {
      embed.hidden = false;
      hiddenByUs.delete(embed);
    }
    // The person pressed "Allow" inside the placeholder: focus follows to what it loaded.
    if (hadFocus) {
      if (embed.tabIndex < 0 && !embed.hasAttribute('tabindex')) {
        embed.setAttribute('tabindex', '-1');
        embed.addEventListener('blur', () => embed.removeAttribute('tabindex'), { once: true });
      }
      embed.focus({ preventScroll: true });
    }
  }

  const recheck = () => check(root);
  const unsubscribe = manager.subscribe(recheck);
  // Another manager instance (another bundle) may record consent: the event tells us too.
  document.addEventListener(CONSENT_CHANGE_EVENT, recheck);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (isElement(node)) check(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  check(root);

  return function stop(): void {
    observer.disconnect();
    unsubscribe();
    document.removeEventListener(CONSENT_CHANGE_EVENT, recheck);
  };
}
