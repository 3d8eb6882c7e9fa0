import type { ClaimType } from '../schema.js';

/** How each claim type is coloured: a chalk colour for the terminal, a light tint and an ink for HTML. */
export const TYPE_COLORS: Record<ClaimType, { terminal: 'magenta' | 'cyan' | 'blue' | 'green' | 'yellow' | 'greenBright' | 'yellowBright' | 'cyanBright' | 'red'; tint: string; ink: string }> = {
  valuation: { terminal: 'magenta', tint: '#f3e3fb', ink: '#7b2d9b' },
  headcount: { terminal: 'cyan', tint: '#dcf3f5', ink: '#146b75' },
  compute_deal: { terminal: 'blue', tint: '#dfe8fd', ink: '#2448a8' },
  hiring: { terminal: 'green', tint: '#ddf4df', ink: '#25702e' },
  funding: { terminal: 'yellow', tint: '#fcf0cc', ink: '#86610a' },
  revenue: { terminal: 'greenBright', tint: '#e8f6cf', ink: '#4d6d11' },
  compensation: { terminal: 'yellowBright', tint: '#fde4d2', ink: '#9a4a12' },
  user_count: { terminal: 'cyanBright', tint: '#d9eefc', ink: '#1b5d8c' },
  departure: { terminal: 'red', tint: '#fbe0e0', ink: '#a12b2b' },
};
