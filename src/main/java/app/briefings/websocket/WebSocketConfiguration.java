package app.briefings.websocket;

import java.util.function.Supplier;

import app.briefings.graphql.BriefingsGraphQlProperties;
import app.briefings.graphql.subscription.SharedPayloads;
import app.briefings.security.CallerAuthenticator;
import app.briefings.security.CorsProperties;
import app.briefings.security.SecurityProperties;
import app.briefings.security.WebSocketUpgradeChecks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Replaces Boot's graphql-ws handler with {@link GuardedGraphQlWebSocketHandler}, built
 * from the same {@code spring.graphql.websocket.*} settings; its handshake admits the
 * browser origins HTTP admits ({@code briefings.security.cors.allowed-origins}) besides
 * the application's own, and clients that send no {@code Origin}. The container's
 * per-socket message buffers are sized by {@link WebSocketBuffers}, which also says
 * whether sockets may be compressed; the connector's buffers of every connection by
 * {@link ConnectionBuffers}. Upgrades and operations over a socket are not observed as
 * HTTP and GraphQL requests ({@link WebSocketObservations}); an upgrade goes from its
 * checks straight to the handshake ({@link UpgradeShortcutFilter}), and one that takes
 * the dispatcher's way finds the upgrade's handler mapping asked first
 * ({@link UpgradeMappingFirst}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSocketConfiguration {

	@Bean
	Connections graphQlWebSocketConnections(WebSocketLimits limits, CallerAuthenticator authenticator,
			SecurityProperties security) {
		return new Connections(limits, authenticator, security.keyRecheckInterval());
	}

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQl, GraphQlProperties properties,
			CorsProperties cors, Connections connections, CallerAuthenticator authenticator, WebSocketLimits limits,
			WebSocketBuffers buffers, JsonMapper json, BriefingsGraphQlProperties requestTimeout,
			SharedPayloads sharedPayloads) {
		GraphQlProperties.Websocket websocket = properties.getWebsocket();
		return new GuardedGraphQlWebSocketHandler(graphQl, new JacksonJsonHttpMessageConverter(json),
				websocket.getConnectionInitTimeout(), websocket.getKeepAlive(), allowedOrigins(cors), connections,
				authenticator, limits, Math.toIntExact(buffers.maxMessageSize().toBytes()), json,
				requestTimeout.requestTimeout(), new Frames(json, sharedPayloads));
	}

	@Bean
	static UpgradeMappingFirst upgradeMappingFirst() {
		return new UpgradeMappingFirst();
	}

	@Bean
	WebSocketObservations webSocketObservations() {
		return new WebSocketObservations();
	}

	@Bean
	ServletServerContainerFactoryBean webSocketContainer(WebSocketBuffers buffers) {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(Math.toIntExact(buffers.textBuffer().toBytes()));
		container.setMaxBinaryMessageBufferSize(Math.toIntExact(buffers.binaryBuffer().toBytes()));
		return container;
	}

	@Bean
	ConnectionBuffersCustomizer connectionBuffersCustomizer(ConnectionBuffers buffers) {
		return new ConnectionBuffersCustomizer(buffers);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "briefings.websocket.buffers.compression", havingValue = false,
			matchIfMissing = true)
	FilterRegistrationBean<UncompressedUpgradeFilter> uncompressedUpgradeFilter(GraphQlProperties properties) {
		FilterRegistrationBean<UncompressedUpgradeFilter> registration = new FilterRegistrationBean<>(
				new UncompressedUpgradeFilter());
		registration.addUrlPatterns(properties.getWebsocket().getPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@ConditionalOnProperty("spring.graphql.websocket.path")
	FilterRegistrationBean<UpgradeShortcutFilter> upgradeShortcutFilter(WebSocketUpgradeChecks checks,
			GraphQlProperties properties, BriefingsGraphQlProperties requestTimeout, BeanFactory beans) {
		String path = properties.getWebsocket().getPath();
		Supplier<HttpRequestHandler> handshake = SingletonSupplier.of(() -> handshakeOf(
				beans.getBean(UpgradeMappingFirst.GRAPHQL_WEBSOCKET_MAPPING, WebSocketHandlerMapping.class), path));
		FilterRegistrationBean<UpgradeShortcutFilter> registration = new FilterRegistrationBean<>(
				new UpgradeShortcutFilter(checks, handshake, requestTimeout.requestTimeout()));
		registration.addUrlPatterns(path);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	private static HttpRequestHandler handshakeOf(WebSocketHandlerMapping mapping, String path) {
		Object handler = mapping.getUrlMap().get(path);
		Assert.state(handler instanceof HttpRequestHandler, () -> "No WebSocket handshake is mapped to " + path);
		return (HttpRequestHandler) handler;
	}

	private static CorsConfiguration allowedOrigins(CorsProperties cors) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(cors.allowedOrigins());
		return configuration;
	}

}
