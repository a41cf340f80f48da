/**
 * Events of the knowledge base, the GraphQL {@code Event} type: dated meetings, summits,
 * conferences and sessions that briefings mention. Not application events: those are
 * past-tense records such as {@code DocumentIngested} published by the features that
 * raise them, and the change feed lives in {@code changefeed}.
 */
@NullMarked
package app.briefings.event;

import org.jspecify.annotations.NullMarked;
