/**
 * Words held to the source as figures are. The claims register (`data/claims.json`) against the
 * source text, and the copy against the register: each rule is shown to fail on the kind of
 * mistake it exists for, among them the misattributions a fact-check of the story once found.
 */
import { describe, expect, it } from 'vitest';
import { zh as content } from '../support/content';
import { attributes } from '$lib/data/claims';
import { readable } from '$lib/data/source-text';
import { buildDataset, DatasetError } from '$lib/data/validate';
import { readDataFiles } from '$lib/server/read-data';
import { copyFacts, checkCopy } from '$lib/story/copy-check';
import { buildStory, StoryError } from '$lib/story/resolve';
import type { Content } from '$lib/story/types';

const files = readDataFiles('data');
const dataset = buildDataset(files);
const source = readable(files.sourceText.content);
const facts = copyFacts(dataset);

type RawClaim = Record<string, unknown>;
type RawRegister = { speakers: Record<string, unknown>[]; claims: RawClaim[] };

/** The dataset built with the register changed by `change`; returns the problems it reports. */
function registerProblems(change: (register: RawRegister) => void): string {
	const copy = structuredClone(files);
	change(copy.claims.content as RawRegister);
	try {
		buildDataset(copy);
		return '';
	} catch (error) {
		if (!(error instanceof DatasetError)) throw error;
		return error.message;
	}
}

/** The story built with one step's first paragraph replaced; returns the problems it reports. */
function copyProblems(slug: string, text: string, field: 'text' | 'alt' = 'text'): string {
	const broken = structuredClone(content) as Content;
	const step = [...broken.opening.steps, ...broken.chapters.flatMap((c) => c.steps)].find(
		(s) => s.slug === slug
	)!;
	if (field === 'text') step.text[0] = text;
	else step.alt = text;
	try {
		buildStory(broken, dataset);
		return '';
	} catch (error) {
		if (!(error instanceof StoryError)) throw error;
		return error.message;
	}
}

describe('the register in data/claims.json', () => {
	it('validates against the source', () => {
		expect(dataset.claims.length).toBeGreaterThan(20);
		expect(dataset.speakers.map((s) => s.name)).toEqual(
			expect.arrayContaining(['谢少锋', '陶青', '谢存', '龙小红', '会议'])
		);
	});

	it('quotes only words that are in the source verbatim', () => {
		for (const c of dataset.claims.filter((c) => c.kind === 'quote' && c.words)) {
			// Figures inside a quote are written as the story writes them, which is as the source does.
			const words = c.words!.replace(/\{([^{}|]+)\}/g, (_, id: string) => {
				const f = dataset.figures.find((x) => x.id === id)!;
				return `${f.qualifier === '超过' ? '超过' : ''}${f.value}`;
			});
			const fragments = words.split(/\d+(?:\.\d+)?/).filter(Boolean);
			for (const fragment of fragments) expect(source, c.id).toContain(readable(fragment));
		}
	});

	it('gives each speaker the title the source gives them', () => {
		for (const s of dataset.speakers.filter((s) => s.role)) {
			expect(source).toContain(readable(s.role! + s.name));
		}
	});
});

describe('a register entry fails the build', () => {
	const claim = (register: RawRegister, id: string) => register.claims.find((c) => c.id === id)!;

	it('when it attributes a reporter’s line to an official (新动能不断积蓄 is not 陶青’s)', () => {
		const message = registerProblems((r) => {
			r.claims.push({
				id: 'new-momentum',
				kind: 'quote',
				part: 'xinhua-miit',
				speaker: 'tao-qing',
				words: '新动能不断积蓄',
				passage:
					'新动能不断积蓄。工业和信息化部运行监测协调局局长陶青表示，上半年，我国装备制造业延续较好增势'
			});
		});
		expect(message).toContain('claim "new-momentum", field "speaker"');
		expect(message).toContain('does not attribute “新动能不断积蓄” to 陶青');
	});

	it('when it gives 谢少锋 the sentence before his name (中试平台是……重要载体)', () => {
		const message = registerProblems((r) => {
			r.claims.push({
				id: 'pilot-carrier',
				kind: 'quote',
				part: 'xinhua-miit',
				speaker: 'xie-shaofeng',
				words: '制造业中试平台是输出中试服务能力的重要载体',
				passage:
					'制造业中试平台是输出中试服务能力的重要载体，是推动制造业中试工作的重要着力点。谢少锋表示，当前'
			});
		});
		expect(message).toContain(
			'does not attribute “制造业中试平台是输出中试服务能力的重要载体” to 谢少锋'
		);
	});

	it('when a quotation adds a word inside its marks', () => {
		const message = registerProblems((r) => {
			claim(r, 'xie-resilience').words = '在一季度良好开局的基础上展现出很强韧性';
		});
		expect(message).toContain('claim "xie-resilience", field "words": not verbatim');
	});

	it('when its passage is not in the source, or names no speaker', () => {
		expect(
			registerProblems((r) => {
				claim(r, 'tao-equipment').passage = '陶青表示，上半年装备制造业增长很快。';
			})
		).toContain('claim "tao-equipment", field "passage": not in the source');
		expect(
			registerProblems((r) => {
				claim(r, 'xie-partners').speaker = 'tao-qing';
			})
		).toContain('claim "xie-partners", field "passage": does not name the speaker 陶青');
	});

	it('when a speaker’s title is not the one the source writes', () => {
		const message = registerProblems((r) => {
			r.speakers.find((s) => s.id === 'tao-qing')!.role = '工业和信息化部副部长';
		});
		expect(message).toContain('the source never writes “工业和信息化部副部长陶青”');
	});

	it('reads a quotation across the source’s mid-word line breaks', () => {
		// “……中小微企\n\n业。”谢少锋介绍: the line break falls inside the quoted words.
		expect(files.sourceText.content).toContain('中小微企\n');
		const c = dataset.claims.find((c) => c.id === 'xie-finance-guide')!;
		const speaker = dataset.speakers.find((s) => s.id === 'xie-shaofeng')!;
		expect(attributes(c.passage!, c.words!, speaker)).toBe(true);
	});
});

describe('the copy fails the build', () => {
	it('on a reporter’s line put in an official’s mouth', () => {
		// The fact-check's finding: “新动能不断积蓄”，……局长陶青这样概括.
		const message = copyProblems(
			'equipment-share',
			'“新动能不断积蓄”，工信部运行监测协调局局长陶青这样概括。'
		);
		expect(message).toContain('unregistered quotation “新动能不断积蓄”');
		expect(message).toContain('“概括” attributes words to someone');
	});

	it('on words attributed with no register entry (谢少锋说，中试平台是……)', () => {
		const message = copyProblems(
			'pilot-fields',
			'谢少锋说，中试平台是输出中试服务能力的重要载体。'
		);
		expect(message).toContain('step pilot-fields: field "text.0"');
		expect(message).toContain(
			'“说” attributes words to someone, but the sentence refers to no claim'
		);
	});

	it('on a quotation given to someone else than its speaker', () => {
		const message = copyProblems('robots', '{by:tao-equipment}表示，{q:xie-robots}。');
		expect(message).toContain('quotes 谢少锋 (xie-robots) without naming them');
		const named = copyProblems('robots', '{q:xie-robots}，陶青表示。');
		expect(named).toContain('names 陶青, but its claims are 谢少锋');
	});

	it('on an unregistered quotation', () => {
		expect(copyProblems('competition-order', '这是“反内卷”的信号。')).toContain(
			'unregistered quotation “反内卷”'
		);
	});

	it('on a period the source sentence does not give (上半年 for robot output)', () => {
		const message = copyProblems('robots', '上半年，{q:xie-robots}，{by:xie-robots}表示。');
		expect(message).toContain('names the period “上半年”');
	});

	it.each([
		['增长{industrial-value-added-growth},明显高于整体。', '“6.4%,明显高于”'],
		['{q:xie-robots},{by:xie-robots}表示。', '“5%”,谢少锋表示”'],
		['装备制造业(上半年)占比较高。', '“装备制造业(上半年)”']
	])('on half-width punctuation touching Chinese: %s', (text, shown) => {
		const message = copyProblems('equipment-share', text);
		expect(message).toContain('half-width punctuation in Chinese text');
		expect(message).toContain(shown.slice(1, 4));
	});
});

describe('the rules', () => {
	it('pass the copy as it is', () => {
		expect(() => buildStory(content, dataset)).not.toThrow();
	});

	it('let a registered term stand in quotation marks, and a quote stand with its speaker named', () => {
		expect(checkCopy('专精特新“小巨人”企业', facts)).toEqual([]);
		expect(checkCopy('{q:xie-pilot-reserve}，{by:xie-pilot-reserve}说。', facts)).toEqual([]);
	});

	it('read 说明 and 说法 as no attribution', () => {
		expect(checkCopy('这说明了什么？', facts)).toEqual([]);
		expect(checkCopy('这是本文的说法。', facts)).toEqual([]);
	});
});
