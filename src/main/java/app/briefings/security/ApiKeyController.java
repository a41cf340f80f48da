package app.briefings.security;

import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Key management for admins: {@code apiKeys}, {@code createApiKey}, {@code rotateApiKey}
 * and {@code revokeApiKey}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyController {

	static final String TYPE = "ApiKey";

	private final ApiKeyAdministration administration;

	ApiKeyController(ApiKeyAdministration administration) {
		this.administration = administration;
	}

	@QueryMapping
	Connection<ApiKey> apiKeys(PageRequest page) {
		return this.administration.page(page);
	}

	@MutationMapping
	CreateApiKeyPayload createApiKey(@Argument CreateApiKeyInput input) {
		return this.administration.create(input);
	}

	@MutationMapping
	RotateApiKeyPayload rotateApiKey(@Argument String id) {
		return this.administration.rotate(GlobalId.decode(id, TYPE), id);
	}

	@MutationMapping
	RevokeApiKeyPayload revokeApiKey(@Argument String id) {
		return this.administration.revoke(GlobalId.decode(id, TYPE), id);
	}

}
