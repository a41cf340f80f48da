package app.briefings.event;

import java.time.LocalDate;
import java.util.List;

import app.briefings.entity.ReviewStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** A dated happening such as a meeting or a conference. */
@Document("events")
public record Event(@Id String id, String name, List<String> aliases, @Nullable LocalDate date,
		@Field("place") @Nullable String placeId, @Field("organization") @Nullable String organizationId,
		ReviewStatus reviewStatus) {

	public Event {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

}
