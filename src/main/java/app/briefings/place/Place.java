package app.briefings.place;

import java.util.List;

import app.briefings.entity.EntityFields;
import app.briefings.entity.ReviewStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** A city, country or region. */
@Document(EntityFields.PLACES)
public record Place(@Id String id, String name, List<String> aliases, @Nullable String kind,
		@Field(EntityFields.COUNTRY) @Nullable String countryId, ReviewStatus reviewStatus) {

	public Place {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

}
