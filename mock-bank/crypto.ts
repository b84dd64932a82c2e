/** Hashing and random values: passwords with scrypt, OTPs as HMACs, tokens and ids. */
import { createHmac, hash, randomBytes, randomInt, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';

/**
 * Each hash works in 16 MiB (128 * N * r bytes). On Linux, glibc keeps that area in the arena of
 * the thread-pool thread that ran the hash after the first one is freed (its dynamic mmap
 * threshold), so the bank's resident memory carries about 16 MiB per thread that has hashed (bank
 * at rest: 154 MB resident, 104 MB with MALLOC_MMAP_THRESHOLD_=131072). Kept, because handing the
 * area back made every hash fault its pages in again: 80 ms a hash instead of 30 (median of 30).
 */
const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

/**
 * Password checks (login and confirmation passwords, the bursts a busy bank sees) run at most this
 * many scrypts at once, leaving a core to the event loop. Node's thread pool would run four at
 * once: a burst of logins then took both cores of a small machine and every other request (a
 * transfer, its mail, a balance) waited behind them. The hashes are not cheaper (same parameters);
 * they queue instead of crowding out the rest. New hashes (seed, start of use) do not queue.
 */
const HASHES_AT_ONCE = Math.max(1, availableParallelism() - 1);
let hashing = 0;
const waiting: (() => void)[] = [];

function releaseHashSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else hashing -= 1;
}

function scryptAsync(password: BinaryLike, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEYLEN, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function scryptQueued(password: BinaryLike, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise<void>((start) => {
    if (hashing < HASHES_AT_ONCE) {
      hashing += 1;
      start();
    } else {
      waiting.push(start);
    }
  }).then(() => new Promise<Buffer>((resolve, reject) => {
    try {
      scrypt(password, salt, KEYLEN, options, (error, key) => {
        releaseHashSlot();
        if (error) reject(error);
        else resolve(key);
      });
    } catch (error) {
      releaseHashSlot(); // parameters refused before any work started
      reject(error);
    }
  }));
}

/** "scrypt$N$r$p$salt$hash" (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A stored hash to compare against when the login ID is unknown, so timing does not tell. */
export const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptQueued(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function hmac(secret: Buffer, text: string): Buffer {
  return createHmac('sha256', secret).update(text, 'utf8').digest();
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** One-shot hash: no Hash object per call (this runs on every authenticated request). */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** n decimal digits from the CSPRNG, leading zeros kept. */
export function randomDigits(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(randomInt(0, 10));
  return s;
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`;
}
