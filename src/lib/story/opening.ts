/**
 * The id of the story's opening chapter, whose steps belong to the story's own page rather than a
 * chapter's: alone, so that the addresses the browser builds do not carry the whole vocabulary.
 */
export { openingChapter as OPENING } from 'virtual:dataset/vocabulary';
