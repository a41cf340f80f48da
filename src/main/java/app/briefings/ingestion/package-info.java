/**
 * Raw documents in, briefings out: validation, idempotent storage of the raw input and the sample page.
 */
@NullMarked
package app.briefings.ingestion;

import org.jspecify.annotations.NullMarked;
