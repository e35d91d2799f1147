/**
 * The projector theme: light text and marks on near-black, for a projector in a lit room. The
 * presenter turns it on and off with `t`; it overrides the system's setting while presenting, and
 * is remembered (localStorage) for the next time. Reading mode always follows the system.
 */
const KEY = 'story-present-theme';

function stored(): boolean {
	try {
		return localStorage.getItem(KEY) === 'projector';
	} catch {
		// Storage refused (a file opened from disk in some browsers, private modes): not remembered.
		return false;
	}
}

/** The theme while presenting: applied to the page now, taken off when presenting ends. */
export function projectorTheme() {
	let on = $state(stored());
	$effect(() => {
		const root = document.documentElement;
		if (on) root.dataset.theme = 'projector';
		else delete root.dataset.theme;
		return () => delete root.dataset.theme;
	});
	return {
		toggle() {
			on = !on;
			try {
				if (on) localStorage.setItem(KEY, 'projector');
				else localStorage.removeItem(KEY);
			} catch {
				// Not remembered; still applied.
			}
		}
	};
}
