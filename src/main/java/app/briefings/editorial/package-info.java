/**
 * The editorial workflow over the knowledge base: candidates left by extraction, editors'
 * reviews, aliases, merges and quote corrections, and the re-extraction they trigger.
 */
@NullMarked
package app.briefings.editorial;

import org.jspecify.annotations.NullMarked;
