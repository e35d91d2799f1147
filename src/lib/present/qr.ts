/**
 * A QR code as one SVG path, made in the browser from the link: no image, no network.
 * Loaded only when a presenter asks for it.
 */
import { generate } from 'lean-qr/nano';

export interface QrPath {
	/** Modules across, including a four-module quiet zone on each side. */
	size: number;
	d: string;
}

export function qrPath(text: string): QrPath {
	const code = generate(text);
	const quiet = 4;
	let d = '';
	for (let y = 0; y < code.size; y++) {
		for (let x = 0; x < code.size; x++) {
			if (code.get(x, y)) d += `M${x + quiet},${y + quiet}h1v1h-1z`;
		}
	}
	return { size: code.size + quiet * 2, d };
}
