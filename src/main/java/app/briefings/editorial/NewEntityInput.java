package app.briefings.editorial;

import app.briefings.briefing.MentionedEntityType;
import org.jspecify.annotations.Nullable;

/** The entity a candidate becomes: its type and its common English name. */
record NewEntityInput(@Nullable MentionedEntityType type, @Nullable String name) {

}
