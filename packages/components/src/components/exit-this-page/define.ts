import { PolisExitThisPage } from './exit-this-page.js';

PolisExitThisPage.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-exit-this-page': PolisExitThisPage;
  }
}

export { PolisExitThisPage };
