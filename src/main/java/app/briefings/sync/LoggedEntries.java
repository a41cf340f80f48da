package app.briefings.sync;

/**
 * The sequence numbers that one call of {@link BriefingChangeLog#record} gave its
 * entries: {@code first} to {@code last}, both included, none when {@code last < first}.
 */
public record LoggedEntries(long first, long last) {

	/** No entries, or entries whose sequence numbers are not known. */
	public static final LoggedEntries NONE = new LoggedEntries(0, -1);

	public boolean isEmpty() {
		return this.last < this.first;
	}

}
