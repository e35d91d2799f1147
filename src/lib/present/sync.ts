/**
 * Keeps the presentation and the presenter view on the same step, whichever one is driven.
 * BroadcastChannel reaches every window of the site; postMessage to the window that opened this
 * one (or that this one opened) covers the single file opened from disk, whose windows have no
 * shared origin. A message carries only a step slug, which the receiver checks against the story.
 * Whatever arrives is read as untrusted: anything but a well-formed message from another of the
 * story's windows is dropped, never passed on.
 */
import { storyId } from 'virtual:dataset/vocabulary';

// The story's own channel: windows of another story on the same site never take its messages.
const CHANNEL = `${storyId}-story`;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SyncMessage =
	{ type: 'step'; slug: string } | { type: 'blank'; on: boolean } | { type: 'hello' };

interface Envelope {
	source: typeof CHANNEL;
	from: string;
	message: SyncMessage;
}

export interface Sync {
	send(message: SyncMessage): void;
	/** Another window to talk to directly (the presenter view this one opened). */
	addPeer(win: Window): void;
	close(): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

/**
 * The message in what arrived, rebuilt from its checked fields; null for anything else (another
 * page's message, this window's own, a malformed or unknown one).
 */
export function readEnvelope(data: unknown, self: string): SyncMessage | null {
	if (!isRecord(data) || data.source !== CHANNEL) return null;
	if (typeof data.from !== 'string' || data.from === self) return null;
	const m = data.message;
	if (!isRecord(m)) return null;
	switch (m.type) {
		case 'step':
			return typeof m.slug === 'string' && m.slug.length <= 100 && SLUG.test(m.slug)
				? { type: 'step', slug: m.slug }
				: null;
		case 'blank':
			return typeof m.on === 'boolean' ? { type: 'blank', on: m.on } : null;
		case 'hello':
			return { type: 'hello' };
		default:
			return null;
	}
}

// The windows this one talks to directly: kept for the page's life, so that a presentation left
// and entered again still reaches the presenter view it opened.
const peers = new Set<Window>();

export function createSync(receive: (message: SyncMessage) => void): Sync {
	const id = Math.random().toString(36).slice(2);
	if (window.opener) peers.add(window.opener as Window);
	// File pages have an opaque origin: their messages can only be addressed to '*'.
	const target = location.protocol === 'file:' ? '*' : location.origin;

	const accept = (data: unknown) => {
		const message = readEnvelope(data, id);
		if (message) receive(message);
	};
	let channel: BroadcastChannel | null = null;
	try {
		channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = (e) => accept(e.data);
	} catch {
		channel = null;
	}
	// Window messages only from the windows this one knows (the one that opened it, the presenter
	// view it opened), and, on the web, from the site's own origin.
	const onMessage = (e: MessageEvent) => {
		if (!peers.has(e.source as Window)) return;
		if (location.protocol === 'file:' || e.origin === location.origin) accept(e.data);
	};
	window.addEventListener('message', onMessage);

	return {
		send(message) {
			const envelope: Envelope = { source: CHANNEL, from: id, message };
			channel?.postMessage(envelope);
			for (const peer of peers) {
				if (peer.closed) peers.delete(peer);
				else peer.postMessage(envelope, target);
			}
		},
		addPeer(win) {
			peers.add(win);
		},
		close() {
			channel?.close();
			window.removeEventListener('message', onMessage);
		}
	};
}
