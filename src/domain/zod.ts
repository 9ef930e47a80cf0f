import { en } from "zod/locales";
import { z } from "zod/mini";

// Every schema in src/domain takes `z` from here, so this configuration runs before any schema exists:
// - zod/mini ships without English messages (built-in issues would read "Invalid input"); classic zod installs them.
// - jitless: zod probes `new Function("")` when the first object schema is built; under our CSP (no 'unsafe-eval')
//   the browser reports that probe as a violation even though zod catches it.
if (!z.config().localeError) z.config(en());
z.config({ jitless: true });

export { z };
