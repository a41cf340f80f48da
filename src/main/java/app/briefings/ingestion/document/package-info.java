/**
 * Raw documents as partners send them: validation, identity and ids, the stored state
 * machine of each document with its versions and earlier texts, and the repair of
 * documents an interruption left inconsistent.
 */
@NullMarked
package app.briefings.ingestion.document;

import org.jspecify.annotations.NullMarked;
