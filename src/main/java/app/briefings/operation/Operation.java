package app.briefings.operation;

import java.util.List;

import app.briefings.entity.EntityFields;
import app.briefings.entity.ReviewStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** A named operation, training, exercise or set of measures, with its editions. */
@Document(EntityFields.OPERATIONS)
public record Operation(@Id String id, String name, List<String> aliases, OperationKind kind,
		@Nullable String description, @Field(EntityFields.ORGANIZATION) @Nullable String organizationId,
		List<OperationEdition> editions, ReviewStatus reviewStatus) {

	public Operation {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		editions = (editions != null) ? List.copyOf(editions) : List.of();
	}

}
