package app.briefings.graphql.error;

import org.springframework.graphql.execution.ErrorType;

/**
 * The closed set of {@code extensions.code} values an error of this API can carry, each
 * with its GraphQL error classification.
 */
public enum ErrorCode {

	/**
	 * An argument or input field is invalid; {@code extensions.field} names it where
	 * known.
	 */
	BAD_USER_INPUT(ErrorType.BAD_REQUEST),
	/** A global ID is malformed or names a different type than the field expects. */
	INVALID_ID(ErrorType.BAD_REQUEST),
	/** A paging cursor is malformed. */
	INVALID_CURSOR(ErrorType.BAD_REQUEST),
	/** {@code first} or {@code last} is outside 1..100. */
	PAGE_SIZE_OUT_OF_RANGE(ErrorType.BAD_REQUEST),
	/** The document could not be parsed as GraphQL. */
	GRAPHQL_PARSE_FAILED(ErrorType.BAD_REQUEST),
	/** The document does not validate against the schema. */
	GRAPHQL_VALIDATION_FAILED(ErrorType.BAD_REQUEST),
	/**
	 * An automatic persisted query's hash is unknown: send the document with its hash
	 * again.
	 */
	PERSISTED_QUERY_NOT_FOUND(ErrorType.BAD_REQUEST),
	/** The hash sent does not match the SHA-256 of the document sent with it. */
	PERSISTED_QUERY_HASH_MISMATCH(ErrorType.BAD_REQUEST),
	/** The operation cannot run over this HTTP method: only queries run over GET. */
	METHOD_NOT_ALLOWED(ErrorType.BAD_REQUEST),
	/** The request body is larger than the limit (HTTP 413). */
	REQUEST_TOO_LARGE(ErrorType.BAD_REQUEST),
	/**
	 * The request could not be read: a body that is not JSON, or a required part missing
	 * (HTTP 400).
	 */
	MALFORMED_REQUEST(ErrorType.BAD_REQUEST),
	/**
	 * The request body did not arrive within
	 * {@code briefings.limits.slow-clients.body-read-timeout}; the connection is closed
	 * (HTTP 408).
	 */
	REQUEST_BODY_TIMEOUT(ErrorType.BAD_REQUEST),
	/**
	 * More request bodies from the caller's address are being received at once than
	 * {@code briefings.limits.slow-clients.max-body-reads-per-address} allows (HTTP 429).
	 */
	TOO_MANY_CONCURRENT_REQUESTS(ErrorType.FORBIDDEN),
	/** A JSON array of operations was sent: one operation per request (HTTP 400). */
	BATCH_NOT_SUPPORTED(ErrorType.BAD_REQUEST),
	/**
	 * The body is not JSON (a form, plain text, XML, {@code application/graphql}, or no
	 * {@code Content-Type} at all): GraphQL requests are {@code application/json} (HTTP
	 * 415).
	 */
	UNSUPPORTED_MEDIA_TYPE(ErrorType.BAD_REQUEST),
	/** The document has more parser tokens than the caller's limit. */
	TOO_MANY_TOKENS(ErrorType.BAD_REQUEST),
	/** Fields are nested deeper than the limit. */
	QUERY_TOO_DEEP(ErrorType.BAD_REQUEST),
	/** More aliased fields than the limit. */
	TOO_MANY_ALIASES(ErrorType.BAD_REQUEST),
	/** More selected fields than the limit. */
	TOO_MANY_FIELDS(ErrorType.BAD_REQUEST),
	/**
	 * More nodes requested through connections than the limit, counted GitHub's way: each
	 * connection's page size multiplied by those of the connections above it.
	 */
	TOO_MANY_NODES(ErrorType.BAD_REQUEST),
	/**
	 * An introspection query repeats introspection fields or nests them more than any
	 * tool needs (graphql-java's good-faith introspection check).
	 */
	BAD_FAITH_INTROSPECTION(ErrorType.BAD_REQUEST),
	/**
	 * The caller's cost budget for the hour is spent; {@code extensions.resetAt} says
	 * until when (HTTP 429).
	 */
	RATE_LIMITED(ErrorType.FORBIDDEN),
	/** Schema introspection is closed to callers without an API key. */
	INTROSPECTION_DISABLED(ErrorType.FORBIDDEN),
	/** The operation needs an API key and none was sent. */
	UNAUTHENTICATED(ErrorType.UNAUTHORIZED),
	/**
	 * The API key sent is unknown, or was revoked or rotated; on a graphql-ws socket this
	 * ends its operations and the socket (close code 4401).
	 */
	INVALID_API_KEY(ErrorType.UNAUTHORIZED),
	/** The API key lacks the role the operation needs. */
	FORBIDDEN(ErrorType.FORBIDDEN),
	/** The object a mutation names by its ID does not exist. */
	NOT_FOUND(ErrorType.NOT_FOUND),
	/**
	 * The object is not in a state that allows the change, such as a candidate already
	 * decided or a new entity whose id is taken; {@code extensions.field} names the input
	 * at fault.
	 */
	CONFLICT(ErrorType.BAD_REQUEST),
	/** The database cannot be reached; retry later. */
	UNAVAILABLE(ErrorType.INTERNAL_ERROR),
	/**
	 * The request ran longer than {@code briefings.graphql.request-timeout} and was
	 * abandoned; a mutation may or may not have been applied, so retry it (ingestion is
	 * idempotent).
	 */
	REQUEST_TIMEOUT(ErrorType.INTERNAL_ERROR),
	/**
	 * A subscriber read its events more slowly than they were published and its buffer
	 * overflowed; the subscription ends with this error. Subscribe again (missed events
	 * can be read from the feed).
	 */
	SLOW_CONSUMER(ErrorType.INTERNAL_ERROR),
	/**
	 * A sync token is older than the change log keeps changes
	 * ({@code briefings.sync.retention}): changes after it were dropped. Resync from the
	 * feed, then call {@code briefingChanges} without {@code after}.
	 */
	SYNC_TOKEN_EXPIRED(ErrorType.BAD_REQUEST),
	/** An unexpected failure; the message carries an id to quote when reporting it. */
	INTERNAL_ERROR(ErrorType.INTERNAL_ERROR),
	/**
	 * A WebSocket upgrade beyond a connection cap: HTTP 429 when the client's address
	 * holds its most sockets, 503 when the server does; {@code extensions.scope} and
	 * {@code extensions.limit} say which.
	 */
	TOO_MANY_CONNECTIONS(ErrorType.FORBIDDEN),
	/**
	 * A graphql-ws {@code subscribe} beyond the operations one connection may run at
	 * once; {@code extensions.limit} names the cap.
	 */
	TOO_MANY_SUBSCRIPTIONS(ErrorType.FORBIDDEN),
	/**
	 * A query or mutation sent for server-sent events: they carry subscriptions only, so
	 * send it as a plain POST (or GET for a query). Nothing ran.
	 */
	SUBSCRIPTIONS_ONLY(ErrorType.BAD_REQUEST),
	/**
	 * A subscription sent as a plain HTTP request, which carries one answer only:
	 * subscribe over graphql-ws (WebSocket on the same path) or as a POST with
	 * {@code Accept: text/event-stream} (HTTP 400 for POST, 405 for GET). Nothing ran.
	 */
	SUBSCRIPTION_TRANSPORT_REQUIRED(ErrorType.BAD_REQUEST),
	/**
	 * The search index is being rebuilt in the background (it was missing, damaged or of
	 * an older layout): search again shortly; everything else answers meanwhile.
	 */
	SEARCH_INDEX_REBUILDING(ErrorType.INTERNAL_ERROR);

	private final ErrorType classification;

	ErrorCode(ErrorType classification) {
		this.classification = classification;
	}

	public ErrorType classification() {
		return this.classification;
	}

}
