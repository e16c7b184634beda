package com.frameratr.catalog;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

/**
 * Documents every {@code {kind}} path variable ({@link TitleKindPathConverter}) in one place: the
 * two values a client sends, not the enum's constants.
 */
@Component
class TitleKindPathDocs implements ParameterCustomizer {

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        if (parameter != null && methodParameter.getParameterType() == TitleKind.class) {
            parameter.description("movies or tv").schema(new StringSchema()._enum(List.of("movies", "tv")));
        }
        return parameter;
    }
}
