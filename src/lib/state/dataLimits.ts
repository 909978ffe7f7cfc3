/** Limits on a dataset loaded with `?data=` (kept apart so that tests can read them). */

/** How long a `?data=` file may take to arrive before the load is given up. */
export const DATA_TIMEOUT_MS = 30_000;

/** The largest `?data=` file accepted, in bytes (50 MB). */
export const DATA_MAX_BYTES = 50_000_000;
