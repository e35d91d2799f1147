// Loaded with `node --require` (NODE_OPTIONS) by the test that builds the site a second time: the
// build's clock reads 400 days and 7 hours later than the machine's, so any date taken from the
// clock (instead of data/dates.json) would come out different. CommonJS and --require, because
// such a preload runs in worker threads too, where Kit prerenders the pages (--import does not).
const SHIFT = (400 * 24 + 7) * 3600 * 1000;
const RealDate = Date;
class ShiftedDate extends RealDate {
	constructor(...args) {
		if (args.length === 0) super(RealDate.now() + SHIFT);
		else super(...args);
	}
	static now() {
		return RealDate.now() + SHIFT;
	}
}
globalThis.Date = ShiftedDate;
