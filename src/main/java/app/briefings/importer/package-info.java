/**
 * The {@code import} command: reads documents from {@code .txt}, {@code .json} and
 * {@code .ndjson} files and ingests them in bulk, without starting the web server.
 */
@NullMarked
package app.briefings.importer;

import org.jspecify.annotations.NullMarked;
