/**
 * Imported first by the preload: zod compiles object parsers with `new Function` unless told not
 * to, and the page's CSP (script-src 'self', no 'unsafe-eval') reports even its probe for that as
 * a violation. The browser host's bridge script does the same. Must run before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
