/**
 * A step's share button: the system's share sheet where there is one, else copy the link and say
 * so beside the button (or, when copying fails, show the link to copy by hand). The article is
 * static HTML, so what it says is written as text into the button's status, never as markup.
 */
import type { UiKey } from './types';

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** Writes `message` (and a link to copy, if given) into the status beside `button` for a while. */
function say(button: HTMLButtonElement, message: string, url = '') {
	const status = button.parentElement?.querySelector('.share-status');
	if (!status) return;
	status.textContent = message;
	if (url) {
		const shown = document.createElement('span');
		shown.className = 'share-url';
		shown.textContent = url;
		status.append(shown);
	}
	clearTimeout(timers.get(status));
	timers.set(
		status,
		setTimeout(() => (status.textContent = ''), url ? 8000 : 2500)
	);
}

export async function share(
	button: HTMLButtonElement,
	url: string,
	title: string,
	ui: Record<UiKey, string>
) {
	if (navigator.share) {
		try {
			await navigator.share({ title: ui.shareTitle.replace('%title%', title), url });
			return;
		} catch (error) {
			// The reader closed the share sheet: nothing to say.
			if ((error as DOMException).name === 'AbortError') return;
		}
	}
	try {
		await navigator.clipboard.writeText(url);
		say(button, ui.copied);
	} catch {
		say(button, ui.copyFailed, url);
	}
}
