import { PolisBreadcrumbs } from './breadcrumbs.js';

PolisBreadcrumbs.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-breadcrumbs': PolisBreadcrumbs;
  }
}

export { PolisBreadcrumbs };
