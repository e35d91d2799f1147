/**
 * The folder of the story the site is built from, relative to the project: `STORY` in the
 * environment, or the one story this project has. Everything of a story is read from there (its
 * skeleton, its copy, its checker rules); its dataset stays in the top-level `data/` folder.
 */
export const DEFAULT_STORY_DIR = 'stories/miit-h1-2025';

export const storyDir = (): string => process.env.STORY ?? DEFAULT_STORY_DIR;
