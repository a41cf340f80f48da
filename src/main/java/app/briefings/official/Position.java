package app.briefings.official;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.mapping.Field;

/** A title an official held in an organization for a period; open-ended while current. */
public record Position(String title, @Field("organization") @Nullable String organizationId, @Nullable LocalDate from,
		@Nullable LocalDate to) {

}
