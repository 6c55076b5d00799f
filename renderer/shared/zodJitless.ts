// Imported first by every screen's entry: the Content-Security-Policy forbids eval, so zod must not
// probe for it (zod probes when the first schema is built, which happens while the contract modules load).
import { config } from 'zod';

config({ jitless: true });
