// The story's words, served by the Vite plugin in src/lib/server/copy-plugin.ts.
declare module 'virtual:story-copy' {
	/** Every edition's content, with where each string was written (server only). */
	const editions: Record<import('$lib/format').Locale, import('$lib/copy/load').LoadedEdition>;
	export default editions;
}

// The 404 page's words in every edition: small, as the site loads its error page with every page.
declare module 'virtual:story-copy/not-found' {
	export const notFound: Record<
		import('$lib/format').Locale,
		import('$lib/story/types').NotFoundContent
	>;
}
