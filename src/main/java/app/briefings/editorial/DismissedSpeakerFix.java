package app.briefings.editorial;

import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.security.AuditTargets;

/** The payload of dismissing a speaker fix: the fix as stored now. */
record DismissedSpeakerFix(SpeakerFix speakerFix) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode(EditorialController.SPEAKER_FIX, this.speakerFix.id()),
				GlobalId.encode("Briefing", this.speakerFix.briefingId()));
	}

}
