package app.briefings.official;

import java.util.List;

import app.briefings.entity.EntityFields;
import app.briefings.entity.ReviewStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person holding or having held an official position, with every form of their name.
 */
@Document(EntityFields.OFFICIALS)
public record Official(@Id String id, String name, List<String> aliases, @Nullable String description,
		List<Position> positions, ReviewStatus reviewStatus) {

	public Official {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		positions = (positions != null) ? List.copyOf(positions) : List.of();
	}

}
