import { PolisFileUpload } from './file-upload.js';

PolisFileUpload.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-file-upload': PolisFileUpload;
  }
}

export { PolisFileUpload };
