package app.briefings.limits;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Installs the slow-body filter ahead of every other filter, security included, so that a
 * body is read with a deadline before any work is spent on it.
 */
@Configuration(proxyBeanMethods = false)
class SlowClientConfiguration {

	@Bean
	FilterRegistrationBean<SlowBodyFilter> slowBodyFilter(SlowClientProperties properties, QueryLimits limits) {
		FilterRegistrationBean<SlowBodyFilter> registration = new FilterRegistrationBean<>(
				new SlowBodyFilter(properties, limits.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
