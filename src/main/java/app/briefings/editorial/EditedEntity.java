package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;
import org.jspecify.annotations.Nullable;

/**
 * The payload of an editor's change to an entity: the entity as stored now and the
 * re-extraction the change started, null when it changed nothing that extraction uses.
 *
 * @param entity an {@code Official}, {@code Organization}, {@code Operation},
 * {@code Place} or {@code Event}
 */
record EditedEntity(Object entity, String entityGlobalId,
		@Nullable ReextractionJob reextraction) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		List<String> ids = new ArrayList<>(List.of(this.entityGlobalId));
		if (this.reextraction != null) {
			ids.add(GlobalId.encode("ReextractionJob", this.reextraction.id()));
		}
		return ids;
	}

}
