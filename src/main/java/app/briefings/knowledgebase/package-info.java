/**
 * The knowledge base as a whole: curated data loaded at start-up, the entities the extractor links to, and new entities found by extraction.
 */
@NullMarked
package app.briefings.knowledgebase;

import org.jspecify.annotations.NullMarked;
