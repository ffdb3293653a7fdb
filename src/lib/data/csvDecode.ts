/**
 * From a file's bytes to text, refusing what is not text. Runs before any
 * parsing, so a photo or a spreadsheet renamed .csv gets a plain message
 * instead of a table of gibberish.
 */

export type DecodeResult = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

/** Binary content shows itself early: only the start of the file is examined. */
export const SNIFF_LENGTH = 64 * 1024;

/**
 * Text of any kind has few control characters (tab, line feed and carriage
 * return aside); above this share the file is taken for binary.
 */
const CONTROL_SHARE_LIMIT = 0.1;

const SAVE_AS_CSV = 'In your spreadsheet program, choose Save As (or Download) and pick “CSV”.';

/** Formats learners most often pick by mistake, by their first bytes, for a more useful message. */
const SIGNATURES: { bytes: number[]; message: string }[] = [
	{
		bytes: [0x50, 0x4b, 0x03, 0x04],
		message: `This is a zipped file (an Excel .xlsx, a LibreOffice .ods or a .zip), not CSV text. ${SAVE_AS_CSV}`
	},
	{
		bytes: [0xd0, 0xcf, 0x11, 0xe0],
		message: `This is an old Excel (.xls) file, not CSV text. ${SAVE_AS_CSV}`
	},
	{ bytes: [0x25, 0x50, 0x44, 0x46], message: 'This is a PDF document, not CSV text.' }
];

const BINARY_MESSAGE = `This file looks binary (an image, a program or a spreadsheet), not CSV text, so it was not read. ${SAVE_AS_CSV}`;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

function isControlCode(code: number): boolean {
	return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** A message when the first bytes are binary, or null when they may be text. */
export function sniffBinaryBytes(bytes: Uint8Array): string | null {
	for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) return signature.message;
	const length = Math.min(bytes.length, SNIFF_LENGTH);
	let controls = 0;
	for (let i = 0; i < length; i++) {
		// NUL never occurs in UTF-8 or single-byte text (UTF-16, which has many, is recognised by its BOM first)
		if (bytes[i] === 0) return BINARY_MESSAGE;
		if (isControlCode(bytes[i])) controls++;
	}
	return length > 0 && controls / length > CONTROL_SHARE_LIMIT ? BINARY_MESSAGE : null;
}

/**
 * The same test on text already decoded (text pasted or handed over as a
 * string). The replacement character counts as a control: it is what bytes
 * that were not text turn into when decoded leniently.
 */
export function sniffBinaryText(text: string): string | null {
	const length = Math.min(text.length, SNIFF_LENGTH);
	let controls = 0;
	for (let i = 0; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0) return BINARY_MESSAGE;
		if (isControlCode(code) || code === 0xfffd) controls++;
	}
	return length > 0 && controls / length > CONTROL_SHARE_LIMIT ? BINARY_MESSAGE : null;
}

/**
 * Decodes as UTF-8 (the BOM, if any, is dropped), or as UTF-16 when a UTF-16
 * BOM says so (Excel's “Unicode text”). Bytes that are not valid UTF-8 are
 * read as Windows-1252, what older Excel versions write on Western systems,
 * and a note says so, since accented letters may then be wrong.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
	if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le');
	if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be');
	const binary = sniffBinaryBytes(bytes);
	if (binary) return { ok: false, message: binary };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
	} catch {
		return {
			ok: true,
			text: new TextDecoder('windows-1252').decode(bytes),
			notes: [
				'The file is not UTF-8 text, so it was read as Windows-1252 (Western European). If accented letters look wrong, save it again as “CSV UTF-8”.'
			]
		};
	}
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
	try {
		const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
		const binary = sniffBinaryText(text);
		if (binary) return { ok: false, message: binary };
		return { ok: true, text, notes: ['The file is UTF-16 text; it was read as such.'] };
	} catch {
		return { ok: false, message: BINARY_MESSAGE };
	}
}
