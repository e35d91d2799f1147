import dataset from 'virtual:dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ figures: dataset.figures });
