package app.briefings.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Installs the request limits: the body-shape filter on the GraphQL path, the parser
 * token limit and the checks on each validated operation.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	static final int INSTRUMENTATION_ORDER = 0;

	@Bean
	FilterRegistrationBean<RequestShapeFilter> requestShapeFilter(QueryLimits limits,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<RequestShapeFilter> registration = new FilterRegistrationBean<>(
				new RequestShapeFilter(limits.maxBodySize().toBytes()));
		registration.addUrlPatterns(path);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	@Order(INSTRUMENTATION_ORDER)
	QueryLimitsInstrumentation queryLimitsInstrumentation(QueryLimits limits,
			@Value("${briefings.security.introspection:all}") Introspection introspection) {
		return new QueryLimitsInstrumentation(limits, introspection);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	QueryLimitsInterceptor queryLimitsInterceptor(QueryLimits limits) {
		return new QueryLimitsInterceptor(limits);
	}

}
