/**
 * Imported first by the page's bridge script: zod compiles object parsers with `new Function`
 * unless told not to, and its probe for that alone is a CSP violation report under the renderer's
 * script-src 'self' (no 'unsafe-eval'). Must run before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
