import type { ConsentConfig } from '@polis-ds/patterns/consent';

export const SESSION_COOKIE: string;
export const ANALYTICS_COOKIE: string;
export const SERVICE_NAME: string;
export const consentConfig: ConsentConfig;
