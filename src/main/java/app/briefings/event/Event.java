package app.briefings.event;

import java.time.LocalDate;
import java.util.List;

import app.briefings.entity.EntityFields;
import app.briefings.entity.ReviewStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** A dated happening such as a meeting or a conference. */
@Document(EntityFields.EVENTS)
public record Event(@Id String id, String name, List<String> aliases, @Nullable LocalDate date,
		@Field(EntityFields.PLACE) @Nullable String placeId,
		@Field(EntityFields.ORGANIZATION) @Nullable String organizationId, ReviewStatus reviewStatus) {

	public Event {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

}
