package app.briefings.graphql.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.persisted.BoundedPersistedQueryCache;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over {@code GET /graphql} (GraphQL over HTTP): {@code query},
 * {@code operationName}, {@code variables} and {@code extensions} as URL parameters,
 * persisted queries included. Only queries run over GET, so a link or a prefetch can
 * never change data; successful answers carry {@code Cache-Control}: public for anonymous
 * callers, private for callers with a key, and an {@code ETag} ({@link AnswerTag}): a
 * request whose {@code If-None-Match} names it gets 304 with no body.
 */
class GraphQlGetHandler {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private final WebGraphQlHandler graphQl;

	private final BoundedPersistedQueryCache persistedQueries;

	private final JsonMapper json;

	private final Duration maxAge;

	GraphQlGetHandler(WebGraphQlHandler graphQl, BoundedPersistedQueryCache persistedQueries, JsonMapper json,
			Duration maxAge) {
		this.graphQl = graphQl;
		this.persistedQueries = persistedQueries;
		this.json = json;
		this.maxAge = maxAge;
	}

	ServerResponse handle(ServerRequest request) {
		Map<String, Object> body;
		try {
			body = requestBody(request);
		}
		catch (ApiException ex) {
			return error(HttpStatus.BAD_REQUEST, ex.code(), ex.getMessage(), request);
		}
		OperationDefinition.Operation operation = selectedOperation(body);
		if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
			return error(HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.SUBSCRIPTION_TRANSPORT_REQUIRED,
					SubscriptionsNotOverPlainHttp.MESSAGE, request);
		}
		if (operation == OperationDefinition.Operation.MUTATION) {
			return error(HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.METHOD_NOT_ALLOWED,
					"Only queries run over GET; send mutations with POST", request);
		}
		request.attributes().put(SubscriptionsNotOverPlainHttp.PLAIN_HTTP_REQUEST, Boolean.TRUE);
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
				UUID.randomUUID().toString(), request.servletRequest().getLocale());
		return ServerResponse
			.async(this.graphQl.handleRequest(graphQlRequest).map((response) -> respond(request, response)));
	}

	private Map<String, Object> requestBody(ServerRequest request) {
		Map<String, Object> body = new HashMap<>();
		request.param("query").ifPresent((query) -> body.put("query", query));
		request.param("operationName")
			.filter((name) -> !name.isEmpty())
			.ifPresent((name) -> body.put("operationName", name));
		putJson(body, "variables", request.param("variables").orElse(null));
		putJson(body, "extensions", request.param("extensions").orElse(null));
		if (body.containsKey("query")) {
			return body;
		}
		if (persistedQueryHash(body) == null) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT, "A GET request needs a 'query' parameter",
					Map.of("field", "query"));
		}
		body.put("query", PersistedQuerySupport.PERSISTED_QUERY_MARKER);
		return body;
	}

	private void putJson(Map<String, Object> body, String name, @Nullable String value) {
		if (value == null || value.isEmpty()) {
			return;
		}
		try {
			body.put(name, this.json.readValue(value, Map.class));
		}
		catch (JacksonException ex) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT, "'" + name + "' is not a JSON object",
					Map.of("field", name));
		}
	}

	private OperationDefinition.Operation selectedOperation(Map<String, Object> body) {
		Document document = documentOf(body);
		if (document == null) {
			return OperationDefinition.Operation.QUERY;
		}
		String operationName = (String) body.get("operationName");
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (OperationDefinition operation : operations) {
			boolean selected = operationName == null || operationName.equals(operation.getName());
			if (selected && operation.getOperation() != OperationDefinition.Operation.QUERY) {
				return operation.getOperation();
			}
		}
		return OperationDefinition.Operation.QUERY;
	}

	private @Nullable Document documentOf(Map<String, Object> body) {
		Object query = body.get("query");
		if (query instanceof String text && !text.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
			try {
				return Parser.parse(text);
			}
			catch (InvalidSyntaxException ex) {
				return null;
			}
		}
		String hash = persistedQueryHash(body);
		PreparsedDocumentEntry cached = (hash != null) ? this.persistedQueries.find(hash) : null;
		return (cached != null) ? cached.getDocument() : null;
	}

	private static @Nullable String persistedQueryHash(Map<String, Object> body) {
		if (body.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") instanceof Map<?, ?> persistedQuery
				&& persistedQuery.get("sha256Hash") instanceof String hash) {
			return hash;
		}
		return null;
	}

	private ServerResponse respond(ServerRequest request, WebGraphQlResponse response) {
		MediaType mediaType = responseMediaType(request);
		CacheControl cacheControl = cacheControl(request, response);
		String etag = response.getExecutionResult().getErrors().isEmpty() ? AnswerTag.of(response, this.json) : null;
		if (etag != null && AnswerTag.matches(request.headers().header(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.cacheControl(cacheControl)
				.header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT)
				.headers((headers) -> headers.addAll(response.getResponseHeaders()))
				.build();
		}
		ServerResponse.BodyBuilder builder = ServerResponse.status(ResponseStatuses.select(response, mediaType))
			.contentType(mediaType)
			.cacheControl(cacheControl)
			.header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT)
			.headers((headers) -> headers.addAll(response.getResponseHeaders()));
		if (etag != null) {
			builder.eTag(etag);
		}
		return builder.body(response.toMap());
	}

	private CacheControl cacheControl(ServerRequest request, WebGraphQlResponse response) {
		if (!response.getExecutionResult().getErrors().isEmpty()) {
			return CacheControl.noStore();
		}
		boolean withKey = request.headers().firstHeader(HttpHeaders.AUTHORIZATION) != null;
		CacheControl fresh = CacheControl.maxAge(this.maxAge);
		return withKey ? fresh.cachePrivate() : fresh.cachePublic();
	}

	private static ServerResponse error(HttpStatus status, ErrorCode code, String message, ServerRequest request) {
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("code", code.name(), "classification", code.classification().name()));
		ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(responseMediaType(request));
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.allow(HttpMethod.POST);
		}
		return builder.cacheControl(CacheControl.noStore()).body(Map.of("errors", List.of(error)));
	}

	private static MediaType responseMediaType(ServerRequest request) {
		for (MediaType accepted : request.headers().accept()) {
			if (accepted.isCompatibleWith(GRAPHQL_RESPONSE) && !accepted.isWildcardType()) {
				return GRAPHQL_RESPONSE;
			}
			if (accepted.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return MediaType.APPLICATION_JSON;
	}

}
