import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '@polis-ds/tokens/tokens.css';
import './preview.css';
import { LANGUAGES, loadLocale } from '@polis-ds/components';
import { PolisDocsContainer } from './blocks/source-links.js';
import './blocks/story-frames.js';

/**
 * Controls and API tables come from the custom elements manifests that each package
 * generates from its JSDoc at build time (never hand-written argTypes). Both packages'
 * manifests are merged into one.
 */
type Manifest = { schemaVersion: string; modules: unknown[] };
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '2.1.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every built-in language, named as its speakers name it.
        items: LANGUAGES.map(({ code, name }) => ({ value: code, title: name, right: code })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'The language’s direction' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (data-polis-theme on <html>; "System" leaves it off)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'system', title: 'System', right: 'prefers-color-scheme' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'brand', title: 'Brand', right: 'example' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // Load the chosen language's strings before the story renders, as a page that imports its
  // locale would; elements would otherwise show English for a moment, then re-render.
  // Stories that show another language (the "French" examples) name it in
  // `parameters.languages`; French is the default so every component page can show it.
  loaders: [
    ({ globals, parameters }) =>
      Promise.all(
        [String(globals.locale ?? 'en'), ...((parameters.languages as string[] | undefined) ?? [])].map(
          (lang) => loadLocale(lang),
        ),
      ).then(() => ({})),
  ],
  initialGlobals: { locale: 'en', dir: 'auto', theme: 'light' },
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      const locale = String(context.globals.locale ?? 'en');
      const dir = String(context.globals.dir ?? 'auto');
      root.lang = locale;
      // Arabic reads right to left unless the toolbar forces a direction.
      root.dir =
        dir === 'auto' ? (LANGUAGES.find((language) => language.code === locale)?.dir ?? 'ltr') : dir;
      const theme = String(context.globals.theme ?? 'light');
      // "System": no attribute, so tokens.css follows the system's light or dark setting.
      if (theme === 'system') delete root.dataset.polisTheme;
      else root.dataset.polisTheme = theme;
      return story();
    },
  ],
  parameters: {
    languages: ['fr'],
    layout: 'padded',
    controls: { expanded: true },
    // Every docs page made from a stories file ends with links to its source and tests.
    docs: { toc: true, container: PolisDocsContainer },
    options: {
      // The sidebar, in the order people need it: what Polis is, how to start, the foundations,
      // the patterns that combine components, the components, then everything else.
      // Within a group, anything not listed is in alphabetical order.
      storySort: {
        method: 'alphabetical',
        order: [
          'Introduction',
          'Get started',
          ['Service teams', 'Designers'],
          'Foundations',
          [
            'Design tokens',
            'Colour',
            'Typography',
            'Spacing',
            'Focus',
            'Themes',
            'Languages',
            'Right to left and forced colours',
          ],
          'Patterns',
          [
            'Overview',
            'Question pages',
            'Validation',
            'Check answers',
            'Confirmation pages',
            'Cookies and consent',
            'Consent',
            'Notifications',
            'Proactive services',
          ],
          'Components',
          'Accessibility',
          ['Accessibility statement', 'How we test'],
          'About Polis',
          ['Digital government', 'Changelog'],
          '*',
        ],
      },
    },
    a11y: {
      // Every story is an accessibility test: a violation fails it (in Storybook and in Vitest).
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
        // WCAG 2.2 target size (2.5.8) is off in axe by default; Polis wants it checked.
        rules: { 'target-size': { enabled: true } },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
