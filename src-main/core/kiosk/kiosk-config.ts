/**
 * Branch kiosks: the optional `kiosk.json` that branch IT puts on the terminal, and how it changes
 * the core's settings. Pure: the caller hands in argv, env and a file reader, and gets either the
 * settings or a list of plain problems (a bad file stops the app with a message, never a crash).
 *
 * Kiosk mode is on with `--kiosk`, with NETBANK_KIOSK=1, or whenever a kiosk file is given
 * (`--kiosk-config <file>`, NETBANK_KIOSK_CONFIG, or the host's default location when that file exists).
 */
import * as z from 'zod';
import { BankProfile } from '../../../src-shared/bank-profile/index.js';
import { Language } from '../../../src-shared/ipc/contract.js';
import type { CoreConfig } from '../config.js';
import { flagValue, hasFlag } from '../config.js';

/** Shortest and longest idle time a kiosk may have: a shared screen must not stay logged in long. */
export const KIOSK_IDLE_MIN_S = 30;
export const KIOSK_IDLE_MAX_S = 1800;
export const KIOSK_IDLE_DEFAULT_S = 180;

export const KioskFile = z.strictObject({
  /** The bank's profile (as in a --profile file); the built-in one when absent. */
  bankProfile: BankProfile.optional(),
  /** Seconds without activity before the customer is logged out and everything is wiped. */
  idleTimeoutSeconds: z.number().int().min(KIOSK_IDLE_MIN_S).max(KIOSK_IDLE_MAX_S).default(KIOSK_IDLE_DEFAULT_S),
  /** Languages the customer may choose; the first is the one every fresh login screen starts in. */
  languages: z.array(Language).min(1).max(2).refine((l) => new Set(l).size === l.length, 'languages must not repeat').default(['ja', 'en']),
  /** Whether receipts and statements may go to the branch printer; files are never saved in a kiosk. */
  allowPrinting: z.boolean().default(false),
});
export type KioskFile = z.infer<typeof KioskFile>;

export interface KioskSettings {
  idleTimeoutSeconds: number;
  languages: Language[];
  allowPrinting: boolean;
  /** Where the settings came from, for the log ("flag" when only --kiosk was given). */
  source: 'flag' | string;
}

export type KioskLoad =
  | { ok: true; kiosk: KioskSettings | null; config: CoreConfig }
  | { ok: false; problems: string[] };

/** Parses the text of a kiosk file; each problem names the file and the field. */
export function parseKioskFile(text: string, name: string): { ok: true; value: KioskFile } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [`kiosk file ${name} is not JSON`] };
  }
  const parsed = KioskFile.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `kiosk file ${name}: ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`),
  };
}

export interface KioskSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  readFile: (path: string) => string;
  /** The host's default kiosk.json (e.g. in the app's data folder); used only when it exists. */
  defaultFile?: string;
  exists?: (path: string) => boolean;
}

function isOn(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** Applies kiosk mode to an already loaded core config. Without kiosk mode, the config is returned unchanged. */
export function loadKiosk(src: KioskSources, config: CoreConfig): KioskLoad {
  const explicit = flagValue(src.argv, 'kiosk-config') ?? src.env.NETBANK_KIOSK_CONFIG;
  const fallback = src.defaultFile && src.exists?.(src.defaultFile) ? src.defaultFile : undefined;
  const file = explicit ?? fallback;
  const on = file !== undefined || hasFlag(src.argv, 'kiosk') || isOn(src.env.NETBANK_KIOSK) || config.kiosk;
  if (!on) return { ok: true, kiosk: null, config };

  let settings: KioskFile = KioskFile.parse({});
  if (file !== undefined) {
    let text: string;
    try {
      text = src.readFile(file);
    } catch {
      return { ok: false, problems: [`kiosk file cannot be read: ${file}`] };
    }
    const parsed = parseKioskFile(text, file);
    if (!parsed.ok) return parsed;
    settings = parsed.value;
  }
  // Without a kiosk file, idle timeouts set in the environment (NETBANK_IDLE_TIMEOUT_S) stand;
  // only when neither says anything does the kiosk's own shorter default apply.
  const envTimeouts = file === undefined && src.env.NETBANK_IDLE_TIMEOUT_S !== undefined;
  const idle = envTimeouts ? config.timeouts.idleSeconds : settings.idleTimeoutSeconds;
  // A kiosk session never lasts longer than half an hour (or the idle time, when that is longer).
  const absoluteSeconds = Math.min(config.timeouts.absoluteSeconds, Math.max(idle, 1800));
  const next: CoreConfig = {
    ...config,
    kiosk: true,
    allowPrinting: settings.allowPrinting,
    kioskLanguages: [...settings.languages],
    profile: settings.bankProfile ?? config.profile,
    timeouts: envTimeouts
      ? { ...config.timeouts, absoluteSeconds }
      : {
          ...config.timeouts,
          idleSeconds: idle,
          // The warning comes a minute before the end, or at half time on very short settings.
          idleWarningSeconds: idle > 120 ? idle - 60 : Math.floor(idle / 2),
          absoluteSeconds,
        },
  };
  return { ok: true, kiosk: { idleTimeoutSeconds: idle, languages: settings.languages, allowPrinting: settings.allowPrinting, source: file ?? 'flag' }, config: next };
}
