/**
 * A step's share controls, under its card: share the step's link (the system's share sheet where
 * there is one, else copy it and say so beside the button, or show it to copy by hand), save its
 * share poster (a plain download on a laptop; on a phone the poster opened over the page, to press
 * and hold to save or send it, as phones and chat apps save pictures), and show its embed code to
 * copy. The article is static HTML, so what these say is written as text into the page, never as
 * markup. Loaded when the reader first does something: the page's first load carries none of it.
 */
import styles from './share.css?inline';
import { embedCode } from '$lib/embed/size';
import type { UiKey } from './types';

type Ui = Record<UiKey, string>;

export interface ShareContext {
	ui: Ui;
	/** A step's title and the link to share for it, by slug. */
	step: (slug: string) => { title: string; url: string } | undefined;
	/** The deployed site's address, when the build knew it; else empty (this host then). */
	siteUrl: string;
}

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** Writes `message` (and a link to copy, if given) into the status beside `control` for a while. */
function say(control: HTMLElement, message: string, url = '') {
	const status = control.closest('.share, .embed-code')?.querySelector('[role="status"]');
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

export async function share(button: HTMLElement, url: string, title: string, ui: Ui) {
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

/** Makes an element with a class and, if given, its text. */
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') =>
	Object.assign(document.createElement(tag), { className, textContent: text });

/** The poster over the page, whole on the screen, with what to do with it and a way back. */
function showPoster(link: HTMLAnchorElement, title: string, ui: Ui) {
	const dialog = make('dialog', 'poster-view');
	dialog.setAttribute('aria-label', title);
	const image = Object.assign(new Image(), { src: link.href, alt: title });
	const close = make('button', 'poster-close', ui.close);
	close.type = 'button';
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => dialog.remove());
	dialog.append(image, make('p', 'poster-hint', ui.posterHint), close);
	document.body.append(dialog);
	dialog.showModal();
}

/** Shows (or hides) the step's embed code under its share controls, with a button to copy it. */
function toggleEmbed(button: HTMLElement, title: string, { ui, siteUrl }: ShareContext) {
	const share = button.closest('.share')!;
	const open = share.nextElementSibling?.classList.contains('embed-code')
		? share.nextElementSibling
		: null;
	button.setAttribute('aria-expanded', String(!open));
	if (open) return open.remove();
	const src = new URL(button.dataset.embed!, siteUrl || location.href).href;
	const panel = make('div', 'embed-code');
	const code = make('textarea', '');
	code.value = embedCode(src, title);
	code.readOnly = true;
	code.rows = 5;
	code.setAttribute('aria-label', ui.embed);
	code.addEventListener('focus', () => code.select());
	const copy = make('button', '', ui.copyCode);
	copy.type = 'button';
	copy.addEventListener('click', () =>
		navigator.clipboard.writeText(code.value).then(
			() => say(copy, ui.codeCopied),
			() => code.select()
		)
	);
	const status = make('span', 'share-status');
	status.setAttribute('role', 'status');
	panel.append(make('p', 'embed-hint', ui.embedHint), code, copy, status);
	share.after(panel);
}

/**
 * The controls' styles, added to the page the first time one is used: as text in this module, not
 * a stylesheet it imports, which Kit would add to every page's first load with the story's own.
 */
function addStyles() {
	if (document.getElementById('share-styles')) return;
	document.head.append(
		Object.assign(document.createElement('style'), { id: 'share-styles', textContent: styles })
	);
}

/** Answers one of a step's share controls (`data-share`, `data-poster`, `data-embed`). */
export function answer(control: HTMLElement, context: ShareContext) {
	addStyles();
	const slug = control.closest<HTMLElement>('[data-step]')?.dataset.step ?? '';
	const step = context.step(slug);
	if (!step) return;
	if (control.dataset.share !== undefined) share(control, step.url, step.title, context.ui);
	else if (control.dataset.poster !== undefined)
		showPoster(control as HTMLAnchorElement, step.title, context.ui);
	else if (control.dataset.embed !== undefined) toggleEmbed(control, step.title, context);
}
