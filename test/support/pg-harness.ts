/** Scratch databases for tests: the server's own helper, used by its migration tool too. */
export { createScratchDatabase, scratchName, type ScratchDatabase } from '@hero/server/src/db/scratch';
