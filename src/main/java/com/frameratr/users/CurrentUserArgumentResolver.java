package com.frameratr.users;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the verified token of the request into a controller argument: {@link CurrentUser} where
 * sign-in is required, {@code Optional<CurrentUser>} on public reads that add the reader's own state
 * when a valid token came (an invalid one on a public path is no token, see {@link SecurityConfig}).
 */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    // getNestedParameterType() of a plain parameter is the parameter's own type (Optional); only
    // nestedIfOptional() looks inside. Unsupported, an Optional<CurrentUser> fell through to Spring's
    // data binding, which built a CurrentUser from query parameters (?uid=...)
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class
                || (parameter.getParameterType() == Optional.class
                        && parameter.nestedIfOptional().getNestedParameterType() == CurrentUser.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        CurrentUser user = fromToken();
        if (parameter.getParameterType() == Optional.class) {
            return Optional.ofNullable(user);
        }
        if (user == null) {
            throw new AuthenticationCredentialsNotFoundException("no verified token");
        }
        return user;
    }

    private static @Nullable CurrentUser fromToken() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return null;
        }
        var jwt = token.getToken();
        return new CurrentUser(
                jwt.getSubject(),
                jwt.getClaimAsString("email"),
                jwt.getClaimAsString("name"),
                jwt.getClaimAsString("picture"));
    }
}
