package app.briefings.security;

import java.time.Instant;
import java.util.List;

import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.GraphQlSliceConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The API key administration fields mapped onto {@link ApiKeyController} with method
 * security on (as in the application) and the administration mocked: an administrator's
 * input reaches it and the new key renders with its global ID and secret, while a reader
 * is refused with {@code FORBIDDEN}, a caller without a key with {@code UNAUTHENTICATED},
 * and the ID of another type with {@code INVALID_ID}.
 */
@GraphQlTest(ApiKeyController.class)
@Import(GraphQlSliceConfiguration.class)
class ApiKeysGraphQlSliceTests {

	private static final String CREATE = """
			mutation {
			  createApiKey(input: { partner: "wire", roles: [PARTNER] }) {
			    key { id partner roles createdAt revokedAt }
			    secret
			  }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	ApiKeyAdministration administration;

	@AfterEach
	void forgetTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldCreateAKeyForAnAdministratorAndAnswerItsGlobalIdAndSecret() {
		callAs(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
		given(this.administration.create(new CreateApiKeyInput("wire", List.of(Role.PARTNER))))
			.willReturn(new CreateApiKeyPayload(new ApiKey("k-1", "wire", List.of(Role.PARTNER), "hash",
					Instant.parse("2026-12-06T10:00:00Z"), null, null), "secret-1"));

		GraphQlTester.Response response = this.graphQl.document(CREATE).execute();

		response.path("createApiKey.key.id").entity(String.class).isEqualTo(GlobalId.encode("ApiKey", "k-1"));
		response.path("createApiKey.key.roles").entityList(String.class).containsExactly("PARTNER");
		response.path("createApiKey.key.createdAt").entity(String.class).isEqualTo("2026-12-06T10:00:00Z");
		response.path("createApiKey.key.revokedAt").valueIsNull();
		response.path("createApiKey.secret").entity(String.class).isEqualTo("secret-1");
	}

	@Test
	void shouldRefuseAReaderWithForbidden() {
		callAs(new TestingAuthenticationToken("reader", null, "ROLE_READER"));

		expectCode(this.graphQl.document(CREATE).execute(), "FORBIDDEN");
		then(this.administration).should(never()).create(any());
	}

	@Test
	void shouldAskACallerWithoutAKeyForOne() {
		callAs(new AnonymousAuthenticationToken("anonymous", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		expectCode(this.graphQl.document(CREATE).execute(), "UNAUTHENTICATED");
		then(this.administration).should(never()).create(any());
	}

	@Test
	void shouldRefuseToRevokeTheIdOfAnotherType() {
		callAs(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));

		expectCode(this.graphQl.document("mutation($id: ID!) { revokeApiKey(id: $id) { key { id } } }")
			.variable("id", GlobalId.encode("Official", "sergey-lavrov"))
			.execute(), "INVALID_ID");
		then(this.administration).should(never()).revoke(any(), any());
	}

	private static void callAs(Authentication caller) {
		SecurityContextHolder.getContext().setAuthentication(caller);
	}

	private static void expectCode(GraphQlTester.Response response, String code) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", code)));
	}

}
