package app.briefings.ingestion.document;

import java.time.Instant;

/**
 * An earlier text of a document, kept when a correction replaced it: the raw input is
 * never lost.
 *
 * @param version the document version in which this text was current last
 * @param receivedAt when this text was received
 */
public record DocumentRevision(int version, String text, String contentHash, Instant receivedAt) {

}
