import * as z from 'zod';

// The apps run under a content security policy without 'unsafe-eval'; zod would otherwise probe `new Function` to
// compile its object parsers, which the browser reports as a violation.
z.config({ jitless: true });
