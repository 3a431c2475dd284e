import { PolisStepIndicator } from './step-indicator.js';

PolisStepIndicator.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-step-indicator': PolisStepIndicator;
  }
}

export { PolisStepIndicator };
