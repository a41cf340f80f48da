/**
 * The curated knowledge base shipped with the application, written into its collections
 * at start-up.
 */
@NullMarked
package app.briefings.knowledgebase;

import org.jspecify.annotations.NullMarked;
