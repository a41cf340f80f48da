package app.briefings.ingestion.extraction;

/** A half-open character range [start, end) in an item's body. */
public record Span(int start, int end) {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
		}
	}

}
