package app.briefings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

/**
 * What Spring Data stores for a mapped record, read from its mapping metadata without a
 * database: the collection and the stored field names, for tests that hold field-name
 * constants to them.
 */
public final class StoredFieldNames {

	private final MongoMappingContext mapping = new MongoMappingContext();

	public StoredFieldNames() {
		this.mapping.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
	}

	/** The collection the record is stored in. */
	public String collectionOf(Class<?> type) {
		return this.mapping.getRequiredPersistentEntity(type).getCollection();
	}

	/** The names the record's components are stored under. */
	public Set<String> of(Class<?> type) {
		MongoPersistentEntity<?> entity = this.mapping.getRequiredPersistentEntity(type);
		Set<String> names = new HashSet<>();
		for (MongoPersistentProperty property : entity) {
			names.add(property.getFieldName());
		}
		return names;
	}

}
