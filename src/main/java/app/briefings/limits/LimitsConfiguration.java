package app.briefings.limits;

import app.briefings.security.SecurityProperties;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
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
	FilterRegistrationBean<RequestShapeFilter> requestShapeFilter(QueryLimits limits, GraphQlProperties graphQl) {
		FilterRegistrationBean<RequestShapeFilter> registration = new FilterRegistrationBean<>(
				new RequestShapeFilter(limits.maxBodySize().toBytes()));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	@Order(INSTRUMENTATION_ORDER)
	QueryLimitsInstrumentation queryLimitsInstrumentation(QueryLimits limits, SecurityProperties security) {
		return new QueryLimitsInstrumentation(limits, security.introspection());
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	QueryLimitsInterceptor queryLimitsInterceptor(QueryLimits limits) {
		return new QueryLimitsInterceptor(limits);
	}

}
