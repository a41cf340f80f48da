package app.briefings.security;

import java.util.List;

import app.briefings.graphql.node.GlobalId;

/** A new key and its secret, which is shown this once and never again. */
record CreateApiKeyPayload(ApiKey key, String secret) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode(ApiKeyController.TYPE, this.key.id()));
	}

}
