/**
 * What the reading graphic shows, decided at each step change: the step's still figure (markup the
 * page already carries, copied in: see ./stills) or the live scene, which moves its marks from one
 * step to the next.
 *
 * A step change shows the still when the step brings a new scene: the change then costs one
 * insertion of finished markup. The live scene is drawn ahead, hidden, once the reader has stayed
 * on a step whose neighbour shares its scene (`prepare`); the next step within that scene then
 * shows the live scene and moves its marks there, a keyed transition that rebuilds nothing.
 */

/** What the stage needs to know of a step. */
export interface StageStep {
	slug: string;
	scene: { type: string };
}

export class Stage<S extends StageStep> {
	/** Which of the two the graphic shows. */
	shown = $state<'still' | 'live'>('still');
	/** The step whose still figure is shown (or was, last). */
	still = $state.raw<S | null>(null);
	/** The step the live scene draws, shown or hidden; none until one is prepared. */
	live = $state.raw<S | null>(null);
	/** The live scene has been drawn (hidden or not): showing it changes only what it draws. */
	liveReady = $state(false);

	constructor(first: S | null = null) {
		this.still = first;
	}

	/** A step change: the live scene if it is drawn and has this step's scene, else the still. */
	show(step: S) {
		if (this.live && this.liveReady && this.live.scene.type === step.scene.type) {
			this.live = step;
			this.shown = 'live';
		} else {
			this.still = step;
			this.shown = 'still';
		}
	}

	/**
	 * Draw the live scene ahead for `step`, the one on show, hidden until a step with the same scene
	 * comes. Nothing to do when the live scene already has this scene.
	 */
	prepare(step: S) {
		if (this.live?.scene.type === step.scene.type) return;
		this.liveReady = false;
		this.live = step;
	}

	/** Whether a step near this one shares its scene: only then is drawing the live scene of use. */
	static worthPreparing(step: StageStep, near: readonly StageStep[]) {
		return near.some((s) => s.slug !== step.slug && s.scene.type === step.scene.type);
	}
}
