/**
 * Raw documents in, briefings out: validation, idempotent storage of the raw input,
 * linking of extracted names to the knowledge base, and the sample page.
 */
@NullMarked
package app.briefings.ingestion;

import org.jspecify.annotations.NullMarked;
