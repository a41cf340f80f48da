package app.briefings.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.graphql.error.ErrorCode;
import app.briefings.security.Introspection;
import app.briefings.security.ApiKeyPrincipal;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The SDL the application serves, as committed: every schema file in name order, joined
 * by a line feed (as {@code tools/graphql/schema.mjs} reads them), for codegen tools that
 * want a file rather than an introspection query. Closed to callers without an API key
 * where introspection is ({@code briefings.security.introspection=authenticated}).
 */
class SchemaDownload {

	static final MediaType SDL = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final String sdl;

	private final Introspection introspection;

	SchemaDownload(Resource[] files, Introspection introspection) throws IOException {
		List<String> texts = new ArrayList<>();
		for (Resource file : files) {
			texts.add(file.getContentAsString(StandardCharsets.UTF_8));
		}
		this.sdl = String.join("\n", texts);
		this.introspection = introspection;
	}

	ServerResponse handle(ServerRequest request) {
		if (this.introspection == Introspection.AUTHENTICATED && !hasApiKey()) {
			Map<String, Object> error = Map.of("message", "The schema download needs an API key", "extensions",
					Map.of("code", ErrorCode.INTROSPECTION_DISABLED.name(), "classification",
							ErrorCode.INTROSPECTION_DISABLED.classification().name()));
			return ServerResponse.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("errors", List.of(error)));
		}
		return ServerResponse.ok().contentType(SDL).cacheControl(CacheControl.noCache()).body(this.sdl);
	}

	private static boolean hasApiKey() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal;
	}

}
