import { PolisTable } from './table.js';

PolisTable.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-table': PolisTable;
  }
}

export { PolisTable };
