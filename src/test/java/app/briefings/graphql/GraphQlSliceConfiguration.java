package app.briefings.graphql;

import app.briefings.graphql.node.GlobalIdConfiguration;
import app.briefings.graphql.paging.PageRequestArgumentResolver;
import app.briefings.graphql.scalar.ScalarConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What a {@code @GraphQlTest} slice needs besides its controller to answer like the
 * application: the custom scalars, global IDs on {@code Node} types, the data loader
 * options, the paging argument and method security (so {@code @PreAuthorize} guards the
 * controller as it does in the application). The slice already includes the wiring,
 * instrumentation and exception handler components of this package.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
@Import({ ScalarConfiguration.class, GlobalIdConfiguration.class, DataLoaderConfiguration.class,
		PageRequestArgumentResolver.class })
public class GraphQlSliceConfiguration {

}
