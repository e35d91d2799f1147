/**
 * Chinese typography's one rule here: punctuation that touches Chinese is full width (，：；（）！？),
 * whatever the source file writes; digits and Latin stay half width. The rule is the Chinese
 * language's (`$lib/languages/zh-CN`); this module names it for the tests of the built files
 * (tests/e2e/typography.test.ts), which use the very same rule. Relative imports only: those tests
 * load it outside Kit.
 */
export { CHINESE_TEXT, HALF_WIDTH_IN_CHINESE, halfWidthIn } from './languages/zh-CN.ts';
