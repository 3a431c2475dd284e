// Written by scripts/write-version.mjs from package.json; do not edit by hand.
export const VERSION = '0.1.0';
