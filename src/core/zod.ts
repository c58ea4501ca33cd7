// zod/mini, as the extension and the CLI use it: `import * as z from '../zod'` (the path to this file) in place of
// `zod/mini`. zod/mini builds schemas from functions that esbuild can leave out when unused, where zod classic puts
// every method on every schema; the web bundle is smaller by what this project does not call. Descriptions (for the
// generated JSON schema) go where zod classic's `.describe(text)` put them: `.register(z.globalRegistry, { description })`.
//
// zod/mini loads no error messages of its own: without a locale every issue reads "Invalid input". zod classic
// installs English when its first schema is made, and users see these messages (a wrong option in .postmortemrc.json,
// bad command arguments), so English is installed here, the way zod classic does: unless a locale is set already.
import * as z from 'zod/mini';

if (!z.config().localeError) z.config(z.locales.en());

export * from 'zod/mini';
