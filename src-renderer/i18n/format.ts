/** Filling in placeholders and formatting numbers and times for the customer's language (no catalogs). */
import { formatYen, type Locale } from '../../src-shared/domain/money.js';

export type Lang = Locale;
export type Vars = Record<string, string | number>;

/** `text` with its {placeholders} filled in; an unknown placeholder stays visible. */
export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The placeholder names a message uses, sorted: both catalogs must agree on them. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

export function yen(amount: number, lang: Lang): string {
  return formatYen(amount, lang);
}

// The formatters are built at first use: the login screen loads this module and formats no date,
// and building an Intl formatter costs more than the form's first render.
let sendTime: Intl.DateTimeFormat | undefined;
const dateTimes: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** "2025/01/02 13:45:10" in Japan time, exactly as the bank's mails print the send time. */
export function mailTime(iso: string): string {
  sendTime ??= new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  });
  return sendTime.format(new Date(iso));
}

/** A date and time in Japan time for lists and receipts. */
export function dateTime(iso: string, lang: Lang): string {
  dateTimes[lang] ??= new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });
  return dateTimes[lang].format(new Date(iso));
}

/** "9:05" for a countdown (minutes:seconds); never negative. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
