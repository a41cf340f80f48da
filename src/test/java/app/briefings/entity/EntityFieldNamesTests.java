package app.briefings.entity;

import app.briefings.StoredFieldNames;
import app.briefings.official.Official;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field names the entity pages and merge redirects query by are the names Spring Data
 * stores for their records, so a renamed component fails here instead of a query matching
 * nothing.
 */
class EntityFieldNamesTests {

	private final StoredFieldNames stored = new StoredFieldNames();

	@Test
	void shouldNameTheStoredFieldsThatEntityPagesSortAndFilterBy() {
		assertThat(this.stored.collectionOf(Official.class)).isEqualTo(EntityFields.OFFICIALS);
		assertThat(this.stored.of(Official.class)).contains(EntityFields.ID, EntityFields.NAME,
				EntityFields.REVIEW_STATUS);
	}

	@Test
	void shouldNameTheStoredFieldsOfMergeRedirects() {
		assertThat(this.stored.of(EntityRedirect.class)).contains(EntityFields.ID, EntityRedirect.COLLECTION,
				EntityRedirect.MERGED_ID, EntityRedirect.SURVIVOR_ID);
	}

}
