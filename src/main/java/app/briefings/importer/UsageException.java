package app.briefings.importer;

/** The command line cannot be run as given: an unknown option, a missing path. */
class UsageException extends Exception {

	UsageException(String message) {
		super(message);
	}

}
