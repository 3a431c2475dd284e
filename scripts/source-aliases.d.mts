import type { Alias } from 'vite';
export declare const sourceAliases: Alias[];
