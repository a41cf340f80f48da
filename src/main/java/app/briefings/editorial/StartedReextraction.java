package app.briefings.editorial;

import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/** The payload of {@code reextractDocuments}: the job that started. */
record StartedReextraction(ReextractionJob reextraction) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode("ReextractionJob", this.reextraction.id()));
	}

}
