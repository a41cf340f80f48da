package app.briefings.deadline;

/**
 * A request's deadline passed before a database command could be sent, so it was not
 * sent: the client has been, or is about to be, answered {@code REQUEST_TIMEOUT}.
 */
public class RequestDeadlineExceededException extends RuntimeException {

	public RequestDeadlineExceededException(String operation) {
		super("The request's deadline passed before " + operation + " could be sent");
	}

}
