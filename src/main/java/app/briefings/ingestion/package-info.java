/**
 * Raw documents in, briefings out: the ingestion service other features call, the
 * completion of each document version, the events it publishes and the sample page. Raw
 * documents live in {@code document}, linking to the knowledge base in {@code linking},
 * the GraphQL API in {@code api} and the rule-based extractor in {@code extraction}.
 */
@NullMarked
package app.briefings.ingestion;

import org.jspecify.annotations.NullMarked;
