import { PolisSummaryList } from './summary-list.js';

PolisSummaryList.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-summary-list': PolisSummaryList;
  }
}

export { PolisSummaryList };
