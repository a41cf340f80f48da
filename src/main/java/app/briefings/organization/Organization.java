package app.briefings.organization;

import java.util.List;

import app.briefings.entity.EntityFields;
import app.briefings.entity.ReviewStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** An organization or one of its bodies, with every form of its name. */
@Document(EntityFields.ORGANIZATIONS)
public record Organization(@Id String id, String name, List<String> aliases, @Nullable String description,
		@Field(EntityFields.PARENT) @Nullable String parentId, ReviewStatus reviewStatus) {

	public Organization {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

}
