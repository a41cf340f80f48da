package app.briefings.mongo;

/**
 * Whether the database was closed cleanly before this start, where the application can
 * know it: the embedded file storage can (it saves its ordered indexes only when it
 * closes, and the first write removes that mark); a MongoDB server gives no such promise,
 * so without this bean start-up checks must assume an unclean stop.
 */
@FunctionalInterface
public interface ShutdownHistory {

	/**
	 * Whether every write before this start was followed by a clean close, so that no
	 * process was killed between two writes of the same piece of work.
	 */
	boolean closedCleanlyBeforeThisStart();

}
