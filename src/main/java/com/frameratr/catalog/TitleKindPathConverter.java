package com.frameratr.catalog;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The {@code {kind}} path variable of every per-kind endpoint ({@code movies} or {@code tv}, as
 * the first version's paths have them) as a {@link TitleKind}: one handler serves both kinds.
 * Handlers restrict the variable to those two values in their path patterns, so an unknown kind is
 * an unknown path (404), never a conversion error.
 */
@Component
class TitleKindPathConverter implements Converter<String, TitleKind> {

    @Override
    public TitleKind convert(String plural) {
        return TitleKind.ofPlural(plural).orElseThrow(() -> new IllegalArgumentException("not a title kind"));
    }
}
