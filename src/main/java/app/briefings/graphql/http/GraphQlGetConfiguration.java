package app.briefings.graphql.http;

import app.briefings.graphql.BriefingsGraphQlProperties;
import app.briefings.graphql.persisted.BoundedPersistedQueryCache;
import app.briefings.graphql.sse.CodedSseHandler;
import app.briefings.graphql.sse.SseWriters;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes {@code GET /graphql} to {@link GraphQlGetHandler}, ahead of the POST-only
 * default, answers POSTs with the statuses {@link ResponseStatuses} selects, and sends
 * refusals over server-sent events with their codes ({@link CodedSseHandler}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetConfiguration {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler graphQl) {
		return new CodedStatusGraphQlHttpHandler(graphQl);
	}

	@Bean
	GraphQlSseHandler graphQlSseHandler(WebGraphQlHandler graphQl, GraphQlProperties properties, SseWriters writers) {
		GraphQlProperties.Sse sse = properties.getHttp().getSse();
		return new CodedSseHandler(graphQl, sse.getTimeout(), sse.getKeepAlive(), writers);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler graphQl, BoundedPersistedQueryCache cache,
			JsonMapper json, GraphQlProperties graphQlProperties, BriefingsGraphQlProperties properties) {
		GraphQlGetHandler handler = new GraphQlGetHandler(graphQl, cache, json, properties.get().maxAge());
		return RouterFunctions.route(RequestPredicates.GET(graphQlProperties.getHttp().getPath())
			.and(RequestPredicates.param("query", (value) -> true)
				.or(RequestPredicates.param("extensions", (value) -> true))), handler::handle);
	}

}
