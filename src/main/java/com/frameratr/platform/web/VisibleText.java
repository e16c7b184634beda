package com.frameratr.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Text with at least one visible character. Java's {@code \S} and {@code String.isBlank()} count
 * a no-break space, an ideographic space or a zero-width space as content, so a name of only those
 * would pass them and show as empty. Null passes (combine with {@code @NotNull}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Validator.class)
public @interface VisibleText {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, also for code that trims names before storing them. */
    final class Validator implements ConstraintValidator<VisibleText, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || hasVisible(value);
        }

        /** True when some code point is neither white space, a separator, a control nor a format character. */
        public static boolean hasVisible(String text) {
            return text.codePoints().anyMatch(Validator::visible);
        }

        /** The text without invisible code points at either end (what {@code strip()} misses, too). */
        public static String trim(String text) {
            int start = 0;
            int end = text.length();
            while (start < end && !visible(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            while (end > start && !visible(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            return text.substring(start, end);
        }

        private static boolean visible(int c) {
            return !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT;
        }
    }
}
