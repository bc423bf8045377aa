/** Pastes smaller than this are ordinary editing, and not reported to reviewers. */
export const LARGE_PASTE_CHARS = 80;
