/**
 * From extracted items to stored briefings: the entity registry that gives every name an
 * id in the knowledge base, the extractor loaded from it, and the assembly and writing of
 * a document version's briefings.
 */
@NullMarked
package app.briefings.ingestion.linking;

import org.jspecify.annotations.NullMarked;
