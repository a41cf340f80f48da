/**
 * An exact account of what ingesting a document costs: the thread CPU time and the bytes
 * allocated by each stage of it, switched on for benchmarks only.
 */
@NullMarked
package app.briefings.ingestion.accounting;

import org.jspecify.annotations.NullMarked;
