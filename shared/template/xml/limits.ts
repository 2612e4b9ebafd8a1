// Bounds for untrusted template files (vendor downloads, the internet).
// The guide: "The file size should be less than 1 MB".
export const MAX_TEMPLATE_BYTES = 1024 * 1024;
/** Real templates nest 7 deep (Information/Scenarios/Scenario/Requests/Request/Outputs/Output). */
export const MAX_DEPTH = 64;
/** A 1 MB file of the smallest useful elements holds about 20,000 of them. */
export const MAX_ELEMENTS = 20_000;
export const MAX_ATTRIBUTES_PER_ELEMENT = 64;
export const MAX_NAME_LENGTH = 256;
