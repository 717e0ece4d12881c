// V8 settings for the command and the language server, set when this module loads (import it
// first). The checker's cue patterns are long alternations (a helper's many names, a list of
// activities) run a few times each on a short plan. By default V8 first runs a new pattern in its
// bytecode interpreter and compiles it to machine code only when it is used again; for these patterns
// the interpreted first runs cost more than compiling them at once: the first check of a 5 KB plan
// spent about 200 ms there. Compiling each pattern straight to machine code gives the same matches.
import * as v8 from 'node:v8';

/** The V8 flags the command and the server run with. */
export const V8_FLAGS = ['--no-regexp-tier-up'];

for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
