import { act } from '@testing-library/react';

/** Lets every task queued so far run (Radix returns focus from a task it queues when a layer unmounts). */
export const queuedTasks = () => act(() => new Promise<void>((done) => setTimeout(done, 0)));
