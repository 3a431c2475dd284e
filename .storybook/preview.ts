import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '@polis-ds/tokens/tokens.css';
import './preview.css';
import { loadLocale } from '@polis-ds/components';

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
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // Load the chosen language's strings before the story renders, as a page that imports its
  // locale would; elements would otherwise show English for a moment, then re-render.
  loaders: [({ globals }) => loadLocale(String(globals.locale ?? 'en')).then(() => ({}))],
  initialGlobals: { locale: 'en', dir: 'ltr', theme: 'light' },
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      root.lang = String(context.globals.locale ?? 'en');
      root.dir = String(context.globals.dir ?? 'ltr');
      root.dataset.polisTheme = String(context.globals.theme ?? 'light');
      return story();
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: { toc: true },
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
