/** `npm run preview`: the built site on http://localhost:4321 under its base path, with the right types (.docx …). */
import { resolve } from 'node:path';
import { serveSite } from '../src/lib/publish/static-server.ts';
import { settings } from '../src/lib/settings.ts';

const port = Number(process.env.PORT) || 4321;
const { url } = await serveSite(resolve(settings.out), { base: settings.base, port, host: 'localhost' });
console.log(`serving ${settings.out}/ at ${url}${settings.base}`);
