package app.briefings.security;

import java.util.List;

import app.briefings.graphql.node.GlobalId;

/** A key after its revocation. */
record RevokeApiKeyPayload(ApiKey key) implements AuditTargets {

	@Override
	public List<String> auditTargetIds() {
		return List.of(GlobalId.encode(ApiKeyController.TYPE, this.key.id()));
	}

}
