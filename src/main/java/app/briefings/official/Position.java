package app.briefings.official;

import java.time.LocalDate;

import app.briefings.entity.EntityFields;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.mapping.Field;

/** A title an official held in an organization for a period; open-ended while current. */
public record Position(String title, @Field(EntityFields.ORGANIZATION) @Nullable String organizationId,
		@Nullable LocalDate from, @Nullable LocalDate to) {

}
