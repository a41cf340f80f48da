package app.briefings.sync;

import java.util.List;

import app.briefings.graphql.paging.Cursor;

/**
 * An opaque sync token: the format version and the sequence number of the last change the
 * client has, base64url-encoded. Sequence numbers live in the database, so a token is
 * valid on every instance and after restarts.
 */
record SyncToken(long sequence) {

	private static final String KIND = "sync";

	private static final String FORMAT = "1";

	String encode() {
		return Cursor.encode(KIND, FORMAT, Long.toString(this.sequence));
	}

	static SyncToken decode(String token) {
		List<String> keys = Cursor.decode(token, 3);
		if (!KIND.equals(keys.get(0)) || !FORMAT.equals(keys.get(1))) {
			throw Cursor.invalid(token);
		}
		try {
			long sequence = Long.parseLong(keys.get(2));
			if (sequence < 0) {
				throw Cursor.invalid(token);
			}
			return new SyncToken(sequence);
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(token);
		}
	}

}
