// setupFiles of the `conformance-durable` jest project: the same suite, with every server on the PostgreSQL store.
import { CONFORMANCE_STORE_VARIABLE } from './durable-store';

process.env[CONFORMANCE_STORE_VARIABLE] = 'postgres';
