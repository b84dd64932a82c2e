/**
 * Directory readings in Latin letters (romaji), for customers who use the app in English or have
 * no Japanese input at hand. A katakana reading is written out in Hepburn (readingInLatin). For
 * search, both it and what the customer typed are brought to one loose form (looseLatin): the
 * common spellings of one reading (shinjuku / sinjuku, tokyo / toukyou / tōkyō, sapporo /
 * saporo, shinbashi / shimbashi) end up the same. For showing, readingToShow splits off the
 * usual endings of bank and branch names as words ("Aoyama Shiten", "Sanpuru Shintaku Ginko").
 */

const VOWELS: Record<string, string> = { ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o' };

/** Each row's consonant; the vowel comes from the column (ア イ ウ エ オ). */
const ROWS: [row: string, consonant: string][] = [
  ['カキクケコ', 'k'], ['ガギグゲゴ', 'g'], ['サシスセソ', 's'], ['ザジズゼゾ', 'z'], ['タチツテト', 't'], ['ダヂヅデド', 'd'],
  ['ナニヌネノ', 'n'], ['ハヒフヘホ', 'h'], ['バビブベボ', 'b'], ['パピプペポ', 'p'], ['マミムメモ', 'm'], ['ラリルレロ', 'r'],
];

/** Syllables whose Hepburn spelling is not consonant + vowel. */
const IRREGULAR: Record<string, string> = {
  シ: 'shi', ジ: 'ji', チ: 'chi', ヂ: 'ji', ツ: 'tsu', ヅ: 'zu', フ: 'fu',
  ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ワ: 'wa', ヰ: 'i', ヱ: 'e', ヲ: 'o', ン: 'n', ヴ: 'vu',
  ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o',
};

const SYLLABLES: Record<string, string> = { ...VOWELS };
for (const [row, consonant] of ROWS) {
  [...row].forEach((kana, i) => (SYLLABLES[kana] = consonant + 'aiueo'[i]!));
}
Object.assign(SYLLABLES, IRREGULAR);

/** A small ャ ュ ョ after an i-syllable: キャ kya, シャ sha, チャ cha, ジャ ja. */
const SMALL_Y: Record<string, string> = { ャ: 'a', ュ: 'u', ョ: 'o' };
/** A small vowel after a syllable with a consonant takes the vowel's place: ファ fa, ティ ti, ヴァ va. */
const SMALL_VOWEL: Record<string, string> = { ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o' };

function withSmallY(syllable: string, vowel: string): string {
  if (syllable === 'shi' || syllable === 'chi' || syllable === 'ji') return syllable.slice(0, -1) + vowel;
  return syllable.slice(0, -1) + 'y' + vowel;
}

/** Half-width katakana made full-width (NFKC, which also makes full-width letters ordinary) and hiragana made katakana. */
export function asKatakana(text: string): string {
  return text.normalize('NFKC').replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** A reading (katakana, also half-width, or hiragana) in Hepburn, lower-case, without long-vowel marks; other characters are left out. */
export function readingInLatin(kana: string): string {
  let out = '';
  let doubleNext = false;
  const chars = [...asKatakana(kana)];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === 'ッ') {
      doubleNext = true;
      continue;
    }
    let syllable: string | undefined;
    if (c === 'ー') syllable = out.at(-1) && 'aiueo'.includes(out.at(-1)!) ? out.at(-1) : '';
    else syllable = SYLLABLES[c];
    if (syllable === undefined) continue;
    const next = chars[i + 1];
    if (next !== undefined && SMALL_Y[next] !== undefined && syllable.endsWith('i') && syllable.length > 1) {
      syllable = withSmallY(syllable, SMALL_Y[next]);
      i += 1;
    } else if (next !== undefined && SMALL_VOWEL[next] !== undefined && syllable.length > 1) {
      syllable = syllable.slice(0, -1) + SMALL_VOWEL[next];
      i += 1;
    }
    if (doubleNext && syllable !== '') {
      out += syllable.startsWith('ch') ? 't' : syllable[0];
      doubleNext = false;
    }
    out += syllable;
  }
  return out;
}

/**
 * One form for the ways a reading is spelt in Latin letters: lower-case ASCII letters only
 * (macrons and accents dropped), Hepburn's shi/chi/tsu/fu/ji/sha… as sh→s, ch→t, ts→t, f→h, j→z
 * (with the y of sha, cha, ja), m before b/p/m as n, doubled consonants single, and the long
 * vowels ou, oo, uu, ei as one vowel.
 */
export function looseLatin(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/tch/g, 'ch')
    .replace(/sh([auo])/g, 'sy$1')
    .replace(/ch([auo])/g, 'ty$1')
    .replace(/j([auo])/g, 'zy$1')
    .replace(/shi/g, 'si')
    .replace(/chi/g, 'ti')
    .replace(/tsu/g, 'tu')
    .replace(/fu/g, 'hu')
    .replace(/ji/g, 'zi')
    .replace(/m(?=[bpm])/g, 'n')
    .replace(/([bcdfghjklmnpqrstvwxyz])\1+/g, '$1')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/ei/g, 'e');
}

/** Whether a search text is meant as a reading in Latin letters (it has some, and little else). */
export function isLatinQuery(text: string): boolean {
  return /^[\p{Script=Latin}\s'’-]+$/u.test(text.normalize('NFKC')) && looseLatin(text).length >= 2;
}

/** Endings of bank and branch names, each shown as words of their own; longest first. */
const NAME_ENDINGS: readonly (readonly string[])[] = [
  ['シンタク', 'ギンコウ'], ['シンヨウ', 'キンコ'], ['シンヨウ', 'クミアイ'], ['シュッチョウジョ'], ['エイギョウブ'], ['ギンコウ'], ['シテン'], ['ホンテン'],
];

/** One word of a reading as shown: Hepburn with long vowels as one letter (as on a passport), capitalized. */
function wordToShow(kana: string): string {
  const latin = readingInLatin(kana).replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** A katakana reading as an English reader can say it: "アオヤマシテン" → "Aoyama Shiten". */
export function readingToShow(kana: string): string {
  const words: string[] = [];
  let rest = asKatakana(kana);
  for (;;) {
    const ending = NAME_ENDINGS.find((parts) => rest.endsWith(parts.join('')));
    if (!ending) break;
    words.unshift(...ending.map(wordToShow));
    rest = rest.slice(0, rest.length - ending.join('').length);
  }
  if (rest !== '') words.unshift(wordToShow(rest));
  return words.filter((w) => w !== '').join(' ');
}
