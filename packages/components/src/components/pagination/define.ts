import { PolisPagination } from './pagination.js';

PolisPagination.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-pagination': PolisPagination;
  }
}

export { PolisPagination };
