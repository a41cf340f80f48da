package app.briefings.security;

/**
 * The collection and stored field names of {@link ApiKey}, for the queries, updates and
 * indexes written on API keys. The names follow the record components; a renamed
 * component is renamed here once.
 */
final class ApiKeyFields {

	/** The collection {@link ApiKey} is stored in. */
	static final String COLLECTION = "apiKeys";

	static final String ID = "_id";

	static final String SECRET_HASH = "secretHash";

	static final String CREATED_AT = "createdAt";

	static final String LAST_USED_AT = "lastUsedAt";

	static final String REVOKED_AT = "revokedAt";

	private ApiKeyFields() {
	}

}
