/**
 * Chinese typography of everything a reader or presenter is shown: full-width punctuation in every
 * string of the resolved story (copy, figure labels, periods, excerpts, formulas, sources, the
 * register, presenter notes, meta descriptions), in the 404 page, and in the text of every chart
 * at a phone's, a laptop's and a projector's size; and chart labels that wrap as Chinese is set.
 * The built pages are read again, as files, by tests/e2e/typography.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { zh as content, notFound } from '../support/content';
import { layoutScene } from '$lib/scenes/layouts';
import { wrapText, type Size } from '$lib/scenes/marks';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { halfWidthIn } from '$lib/typography';
import { allSteps, buildStory } from '$lib/story/resolve';

const story = buildStory(content, loadDataset('data'));
const ctx = sceneContext(story);
const steps = allSteps(story);

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	}
	return [];
}

const SIZES: [string, Size][] = [
	['phone', { width: 358, height: 420 }],
	['laptop', { width: 640, height: 560 }],
	['projector', { width: 1100, height: 700 }]
];

/** Every line of chart text of every step, at each size. */
const chartLines = steps.flatMap((step) =>
	SIZES.flatMap(([name, size]) =>
		layoutScene(step.scene, ctx, size).texts.map((t) => ({ where: `${step.slug} (${name})`, t }))
	)
);

/** Punctuation that closes, which Chinese never sets at the start of a line. */
const CLOSING = /^[，。、；：！？）》”’,.;:!?)]/;

describe('full-width punctuation in Chinese', () => {
	it('in every string of the story: copy, labels, periods, excerpts, sources, the register, notes', () => {
		const found = strings(story).flatMap(([path, text]) =>
			halfWidthIn(text).map((bad) => `${path}: ${bad}`)
		);
		expect(found).toEqual([]);
		// The walk does reach the places a reader sees.
		const paths = strings(story).map(([p]) => p);
		for (const part of ['.notes', '.alt', '.excerpt', '.periodLabel', 'claims[0].passage'])
			expect(
				paths.some((p) => p.includes(part)),
				part
			).toBe(true);
	});

	it('with every reference resolved: no {figure-id} or {year} left in what a reader sees', () => {
		const left = strings(story).filter(([, text]) => /\{[a-z0-9:|=,-]+\}/.test(text));
		expect(left).toEqual([]);
		expect(story.opening.kicker).toContain(`${story.year}年`);
	});

	it('on the 404 page', () => {
		expect(strings(notFound['zh-CN']).flatMap(([, t]) => halfWidthIn(t))).toEqual([]);
	});

	it('in the text of every chart, at every size', () => {
		const found = chartLines.flatMap(({ where, t }) =>
			halfWidthIn(t.text).map((bad) => `${where}: ${bad}`)
		);
		expect(found).toEqual([]);
		expect(chartLines.length).toBeGreaterThan(1000);
	});

	it.each([
		['增长6.4%,明显', '%,明'],
		['”,工信部', '”,工'],
		['装备制造业(上半年)', '业(上'],
		['来源:新华社', '源:新'],
		['真的吗?', '吗?']
	])('the check catches %s', (text, part) => {
		const found = halfWidthIn(text);
		expect(found.length).toBeGreaterThan(0);
		expect(found.join('')).toContain(part);
	});

	it('leaves digits, Latin and formulas alone: 1660个 ÷ (1 + 8.6%), 5G+, 2025-07-18', () => {
		expect(halfWidthIn('1660个 ÷ (1 + 8.6%) → 1529个')).toEqual([]);
		expect(halfWidthIn('“5G+工业互联网”')).toEqual([]);
		expect(halfWidthIn('55,788 yuan; 2025-07-18')).toEqual([]);
	});
});

describe('chart labels wrap as Chinese is set', () => {
	// Lines of one wrapped label share a key up to a line number (legend-label-x-0, -1 …) and
	// stand one under another at one x; a row of weekdays or ruler marks is not a label.
	const wrapped = new Map<string, string[]>();
	for (const { where, t } of chartLines) {
		const m = /^(.*?)[-:](\d+)$/.exec(t.key);
		if (!m || !/[\u4e00-\u9fff]/.test(t.text)) continue;
		const key = `${where} ${m[1]} @${t.x}`;
		wrapped.set(key, [...(wrapped.get(key) ?? []), t.text]);
	}
	const multi = [...wrapped].filter(([, lines]) => lines.length > 1);

	it('some labels do wrap, so the checks below see wrapped lines', () => {
		expect(multi.length).toBeGreaterThan(5);
	});

	it('no line of a wrapped label starts with closing punctuation', () => {
		const bad = multi.flatMap(([key, lines]) =>
			lines.filter((l) => CLOSING.test(l)).map((l) => `${key}: ${l}`)
		);
		expect(bad).toEqual([]);
	});

	it('no line of a wrapped label is one character alone', () => {
		const bad = multi.flatMap(([key, lines]) =>
			lines
				.filter((l) => [...l.replace(/[，。、；：！？）》”\s]/g, '')].length === 1)
				.map((l) => `${key}: ${l}`)
		);
		expect(bad).toEqual([]);
	});

	it.each([
		['云计算、大数据服务占软件业务收入', 14 * 15.5],
		['首批重点培育中试平台占储备库比例（推算） 约10%', 14 * 16.5],
		['绿色工厂贷、工信数转贷等产品支持融资，累计', 14 * 8.4],
		['制造业增加值占GDP，基本保持稳定', 14 * 7.5]
	])('wrapText keeps a last character company and punctuation off a line start: %s', (text, w) => {
		const lines = wrapText(text, w, 14);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(text.replace(/\s+/g, ' '));
		for (const line of lines) {
			expect(line).not.toMatch(CLOSING);
			expect([...line.replace(/[，。、；：！？）》”\s]/g, '')].length, line).toBeGreaterThan(1);
		}
	});
	it('wrapText never breaks inside a figure with a thousands separator (1,660 stays whole)', () => {
		const text = 'Started projects of 100 million yuan or more: 1,660';
		// At every measure from a few words to the whole line.
		for (let w = 14 * 6; w <= 14 * 32; w += 7) {
			const lines = wrapText(text, w, 14);
			expect(lines.join(' '), String(w)).toContain('1,660');
			expect(
				lines.some((l) => l.endsWith('1,')),
				String(w)
			).toBe(false);
		}
	});
});
