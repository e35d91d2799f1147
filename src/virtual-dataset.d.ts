// The validated dataset, served by the Vite plugin in src/lib/server/dataset-plugin.ts.
declare module 'virtual:dataset' {
	const dataset: import('$lib/data/dataset').Dataset;
	export default dataset;
}
