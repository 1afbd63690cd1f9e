import type { Plugin } from 'vite';
export const PRIVATE_PROPERTY: RegExp;
export function mangle(options?: { write?: boolean }): Plugin;
