import { createRequire } from 'node:module';

// chardet and iconv-lite are loaded on first use: most files are UTF-8 and never need them.
const require = createRequire(import.meta.url);
let libraries: { chardet: typeof import('chardet').default; iconv: typeof import('iconv-lite') } | null = null;
const encodingLibraries = () => (libraries ??= { chardet: require('chardet') as typeof import('chardet').default, iconv: require('iconv-lite') as typeof import('iconv-lite') });

export interface Decoded {
  text: string;
  encoding: string;
  /** Problems found while decoding that still leave the text usable. */
  warnings: string[];
}

/** A file that cannot be used at all: the batch reports it and goes on. */
export class UnusableFileError extends Error {}

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Encodings chardet may name that are read as their Chinese superset. */
const SUPERSETS: { [name: string]: string } = { 'gb2312': 'gb18030', 'gbk': 'gb18030', 'gb18030': 'gb18030', 'big5': 'big5', 'euc-tw': 'big5' };
const CHINESE_CANDIDATES = ['gb18030', 'big5'];

/**
 * Decodes a file's bytes: a byte-order mark decides; else valid UTF-8; else UTF-16 without a mark
 * (told by its characters); else the encoding chardet detects, read with iconv-lite.
 * `forced` names an encoding to use whatever the bytes say.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  if (bytes.length === 0) throw new UnusableFileError('empty file');
  if (forced) return decodeWith(bytes, normalizeName(forced));
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decodeWith(bytes.subarray(bom.length), encoding, `${encoding} (BOM)`);
  }
  const utf8 = decodeUtf8(bytes) ?? mostlyUtf8(bytes);
  if (utf8) return utf8;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeWith(bytes, utf16);
  if (bytes.includes(0)) throw new UnusableFileError('binary file, not text');
  return chinese(decodeWith(bytes, detectChinese(bytes)));
}

function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  if (!encodingLibraries().iconv.encodingExists(lower)) throw new UnusableFileError(`unknown encoding "${name}"`);
  return SUPERSETS[lower] ?? lower;
}

/** Valid UTF-8, or UTF-8 whose only flaw is a multibyte sequence cut off at the very end. */
function decodeUtf8(bytes: Uint8Array): Decoded | null {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    const text = strictUtf8(bytes.subarray(0, bytes.length - cut));
    if (text === null) continue;
    const warnings = cut ? [`truncated multibyte sequence at the end (${cut} byte${cut > 1 ? 's' : ''} dropped)`] : [];
    return checked({ text, encoding: 'utf-8', warnings });
  }
  return null;
}

/** Invalid sequences allowed in UTF-8 text: one for this many valid non-ASCII characters. */
const VALID_PER_INVALID = 50;

/**
 * UTF-8 with a few bad bytes (one flipped byte, a cut sequence, CESU-8 surrogates) stays UTF-8:
 * the bad sequences become �, and a warning names where they are. Another encoding read as UTF-8
 * gives far more bad sequences than good characters, and is left to detection.
 */
function mostlyUtf8(bytes: Uint8Array): Decoded | null {
  const { invalid, validMultibyte } = scanUtf8(bytes);
  if (invalid.length === 0 || invalid.length * VALID_PER_INVALID > validMultibyte) return null;
  const shown = invalid.slice(0, 10).join(', ') + (invalid.length > 10 ? ' …' : '');
  const warning = `${invalid.length} invalid UTF-8 byte sequence${invalid.length > 1 ? 's' : ''} replaced by � (at byte${invalid.length > 1 ? 's' : ''} ${shown})`;
  return checked({ text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [warning] });
}

/**
 * The byte offsets of invalid UTF-8 sequences (each as long as TextDecoder replaces by one �:
 * the valid start of a sequence that breaks off), and how many valid multibyte characters there are.
 */
export function scanUtf8(bytes: Uint8Array): { invalid: number[]; validMultibyte: number } {
  const invalid: number[] = [];
  let validMultibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 1;
    // The second byte's range excludes overlong forms, surrogates (CESU-8) and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    while (k < length && i + k < bytes.length && bytes[i + k]! >= (k === 1 ? low : 0x80) && bytes[i + k]! <= (k === 1 ? high : 0xbf)) k++;
    if (length > 1 && k === length) validMultibyte++;
    else invalid.push(i);
    i += k;
  }
  return { invalid, validMultibyte };
}

/**
 * Text detected as an encoding that gives mostly characters Chinese text is not made of
 * (windows-1252 letters, for one) is garbage: refused, so that it is reported, not read as nothing.
 */
function chinese(decoded: Decoded): Decoded {
  const sample = decoded.text.slice(0, 65536);
  const wide = (sample.match(/[^\u0000-\u007f]/g) ?? []).length;
  const han = (sample.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u201f]/gu) ?? []).length;
  if (wide >= 20 && han < wide / 2)
    throw new UnusableFileError(`decoded as ${decoded.encoding}, it is mostly not Chinese text: give its encoding with --encoding`);
  return decoded;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a byte-order mark: the reading in which nearly every character is one that
 * Chinese text is made of (Han, ASCII, CJK punctuation, full-width forms). Bytes of another
 * encoding read as UTF-16 scatter over the whole plane and fail this.
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length % 2 !== 0) return null;
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192));
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = new TextDecoder(encoding).decode(sample);
    const plausible = (text.match(/[\p{Script=Han}\u0020-\u007e\s\u3000-\u303f\uff00-\uffef\u2010-\u201f]/gu) ?? []).length;
    if (plausible >= text.length * 0.95) return encoding;
  }
  return null;
}

function detectChinese(bytes: Uint8Array): string {
  const { chardet, iconv } = encodingLibraries();
  const ranked = chardet.analyse(bytes).map((m) => ({ name: SUPERSETS[m.name.toLowerCase()] ?? m.name.toLowerCase(), confidence: m.confidence }));
  const chinese = ranked.find((m) => CHINESE_CANDIDATES.includes(m.name) && m.confidence >= 10);
  return chinese?.name ?? ranked.find((m) => iconv.encodingExists(m.name))?.name ?? 'gb18030';
}

function decodeWith(bytes: Uint8Array, encoding: string, label = encoding): Decoded {
  const text = encodingLibraries().iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  const warnings = replaced ? [`${replaced} byte sequence${replaced > 1 ? 's' : ''} not valid in ${encoding}, replaced by �`] : [];
  return checked({ text, encoding: label, warnings });
}

/** Text that is mostly control characters is a binary file that happened to decode. */
function checked(decoded: Decoded): Decoded {
  const { text } = decoded;
  if (text.trim().length === 0) throw new UnusableFileError('empty file (only white space)');
  const sample = text.slice(0, 4096);
  const controls = (sample.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > sample.length * 0.05) throw new UnusableFileError('binary file, not text');
  return decoded;
}
