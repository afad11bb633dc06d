package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.PostbackUrlsValidator;

/**
 * A present list of postback URLs ({@link org.offerrules.validation.model.PostbackUrl}) holds at most
 * {@link #max()} entries, no null entry, no URL twice and at most one {@code Image Pixel}; a repeated URL
 * or a second image pixel is reported at the later entry's field ({@code /post_back_urls/2/url}). Null and
 * empty are valid.
 */
@Documented
@Constraint(validatedBy = PostbackUrlsValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PostbackUrls {
    /** The most entries accepted. */
    int max() default 20;

    /** More than {@link #max()} entries; reported on the list. */
    @RuleText("`{field}`: at most {max} postback URLs")
    int tooManyCode();

    /** A null entry; reported at the entry. */
    @RuleText(value = "`{field}`: no entry is null", pointer = "/*")
    int nullEntryCode();

    /** A URL an earlier entry has (compared exactly); reported at the later entry's {@code url}. */
    @RuleText(value = "`{field}`: no URL twice", pointer = "/*/url")
    int duplicateUrlCode();

    /** A second {@code Image Pixel} entry; reported at its {@code type}. */
    @RuleText(value = "`{field}`: at most one `Image Pixel`", pointer = "/*/type")
    int imagePixelsCode();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
