/**
 * Keeps the presentation and the presenter view on the same step, whichever one is driven.
 * BroadcastChannel reaches every window of the site; postMessage to the window that opened this
 * one (or that this one opened) covers the single file opened from disk, whose windows have no
 * shared origin. A message carries only a step slug, which the receiver checks against the story.
 */
const CHANNEL = 'miit-h1-2025-story';

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

export function createSync(receive: (message: SyncMessage) => void): Sync {
	const id = Math.random().toString(36).slice(2);
	const peers = new Set<Window>();
	if (window.opener) peers.add(window.opener as Window);
	// File pages have an opaque origin: their messages can only be addressed to '*'.
	const target = location.protocol === 'file:' ? '*' : location.origin;

	const accept = (data: unknown) => {
		const envelope = data as Envelope | null;
		if (envelope?.source !== CHANNEL || envelope.from === id) return;
		receive(envelope.message);
	};
	let channel: BroadcastChannel | null = null;
	try {
		channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = (e) => accept(e.data);
	} catch {
		channel = null;
	}
	const onMessage = (e: MessageEvent) => {
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
