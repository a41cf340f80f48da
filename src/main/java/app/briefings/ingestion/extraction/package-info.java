/**
 * Turns the raw text of a news document into items with their linked mentions, quotes and
 * dates: plain Java, no Spring, deterministic rules over a gazetteer of the knowledge
 * base.
 */
@NullMarked
package app.briefings.ingestion.extraction;

import org.jspecify.annotations.NullMarked;
