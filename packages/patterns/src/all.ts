/**
 * Registers every Polis pattern element and the components they are built from.
 */
import '@polis-ds/components/all';

export * from './index.js';
