/**
 * Locale resolution from the script of the text: Greek, Armenian and Georgian
 * letters name their language; Latin script (or none) falls back to the default.
 */

import { ADDRESS } from './analysis.js';

/** The locale a text is written in, judged on at most its first 4,000 characters (links and addresses not counted). */
export function detectLocale(text: string, fallback = 'en'): string {
  let sample = text.length > 4000 ? text.slice(0, 4000) : text;
  // Only where another script is present: a Latin text needs no second pass.
  if (/[\u0370-\u03ff\u1f00-\u1fff\u0530-\u058f\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/.test(sample)) sample = sample.replace(ADDRESS, ' ');
  const end = sample.length;
  let latin = 0;
  let greek = 0;
  let armenian = 0;
  let georgian = 0;
  // One pass over char codes: this runs once per conversation.
  for (let i = 0; i < end; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c <= 0x24f) {
      if (c >= 0xc0) latin++;
    } else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) greek++;
    else if ((c >= 0x530 && c <= 0x58f) || (c >= 0xfb13 && c <= 0xfb17)) armenian++;
    else if ((c >= 0x10a0 && c <= 0x10ff) || (c >= 0x1c90 && c <= 0x1cbf) || (c >= 0x2d00 && c <= 0x2d2f)) georgian++;
  }
  const best = Math.max(latin, greek, armenian, georgian);
  if (best === 0 || best === latin) return fallback;
  return best === greek ? 'el' : best === armenian ? 'hy' : 'ka';
}
