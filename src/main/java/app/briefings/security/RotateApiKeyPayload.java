package app.briefings.security;

import java.util.List;

import app.briefings.graphql.node.GlobalId;

/** A key with its new secret, shown this once; the old secret no longer works. */
record RotateApiKeyPayload(ApiKey key, String secret) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode(ApiKeyController.TYPE, this.key.id()));
	}

}
