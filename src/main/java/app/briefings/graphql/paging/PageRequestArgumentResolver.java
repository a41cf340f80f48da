package app.briefings.graphql.paging;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Gives a controller method its connection field's {@code first}, {@code after},
 * {@code last} and {@code before} arguments as one validated {@link PageRequest}, so that
 * every connection pages and refuses bad sizes the same way. Spring Boot registers every
 * {@link HandlerMethodArgumentResolver} bean with the annotated controllers.
 */
@Component
public class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageRequest.class;
	}

	@Override
	public PageRequest resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		return PageRequest.of(environment.getArgument("first"), environment.getArgument("after"),
				environment.getArgument("last"), environment.getArgument("before"));
	}

}
