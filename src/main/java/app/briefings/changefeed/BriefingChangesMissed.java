package app.briefings.changefeed;

/**
 * Published on an instance whose change feed had to begin again at the present, so that
 * changes written since the last one it published may never be published: listeners that
 * keep state derived from briefings (the search index) catch up by reading them again,
 * and live delivery notes that subscribers may have missed some. It is published after
 * the new stream has begun, so every change after the catch-up's read is still published.
 *
 * @param reason why the feed began again
 */
public record BriefingChangesMissed(Reason reason) {

	/** Why the change feed began again at the present. */
	public enum Reason {

		/**
		 * The oplog no longer holds the feed's position (ChangeStreamHistoryLost, 286, or
		 * a resume token the server rejects).
		 */
		HISTORY_LOST,

		/**
		 * The {@code briefings} collection was dropped or renamed (a restore with
		 * {@code --drop}): briefings may have vanished without a change of their own.
		 */
		COLLECTION_REPLACED

	}

}
