package app.briefings.sync;

import app.briefings.StoredFieldNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change log's field-name constants name what Spring Data stores for its entries, so
 * a renamed component fails here instead of a range read silently finding nothing.
 */
class ChangeLogFieldsTests {

	private final StoredFieldNames stored = new StoredFieldNames();

	@Test
	void shouldNameTheStoredFieldsOfChangeEntries() {
		assertThat(this.stored.collectionOf(ChangeEntry.class)).isEqualTo(ChangeLogFields.ENTRIES);
		assertThat(this.stored.of(ChangeEntry.class)).contains(ChangeLogFields.SEQUENCE, ChangeLogFields.CHANGED_AT);
	}

}
