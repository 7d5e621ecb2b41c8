import type { APIRoute } from 'astro';
import { browseData } from '../../site/library.ts';

/** /browse/cells.json: the browse manifest (cells and their passage counts). */
export const GET: APIRoute = async () => Response.json((await browseData()).manifest);
