package app.briefings.security;

import app.briefings.StoredFieldNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API-key field-name constants name what Spring Data stores for {@link ApiKey}, so a
 * renamed component fails here instead of a key look-up silently matching nothing.
 */
class ApiKeyFieldsTests {

	@Test
	void shouldNameTheStoredFieldsOfApiKeys() {
		StoredFieldNames stored = new StoredFieldNames();
		assertThat(stored.collectionOf(ApiKey.class)).isEqualTo(ApiKeyFields.COLLECTION);
		assertThat(stored.of(ApiKey.class)).contains(ApiKeyFields.ID, ApiKeyFields.SECRET_HASH, ApiKeyFields.CREATED_AT,
				ApiKeyFields.LAST_USED_AT, ApiKeyFields.REVOKED_AT);
	}

}
