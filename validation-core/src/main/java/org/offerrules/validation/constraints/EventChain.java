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

import org.offerrules.validation.internal.rules.EventChainValidator;

/**
 * A present, non-empty event list must hold at most {@link #maxEvents()} events, exactly one initial
 * event ({@code pre_event_id} -1, active, public, not an end point), unique ids and tokens, and
 * {@code pre_event_id}s naming another event of the list without a cycle; each problem is reported at
 * the element's field ({@code /events/2/pre_event_id}). Null and empty are valid.
 */
@Documented
@Constraint(validatedBy = EventChainValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EventChain {
    /** The largest number of events, the initial one included. */
    int maxEvents() default 10;

    /** The code readers report when {@code events} is not an array of event objects: "Invalid event list". */
    int malformedCode();

    /** More than {@link #maxEvents()} events; reported on the list. */
    int tooManyCode();

    /** No initial event; reported on the list. */
    int noInitialCode();

    /** An initial event after the first one; reported at its {@code pre_event_id}. */
    int extraInitialCode();

    /** A null element of the list; reported at the element ({@code /events/2}). */
    int nullEventCode();

    /** The initial event is inactive ({@code status} 0). */
    int initialInactiveCode();

    /** The initial event is private ({@code is_private} 1). */
    int initialPrivateCode();

    /** The initial event is an end point ({@code is_end_point} 1). */
    int initialEndPointCode();

    /** A {@code pre_event_id} that is neither -1 nor an event id (0 or below -1). */
    int notInitialValueCode();

    /** A {@code pre_event_id} naming the event itself. */
    int selfCode();

    /** A {@code pre_event_id} naming no event of the list. */
    int unknownCode();

    /** A {@code pre_event_id} chain that runs in a circle; reported once per cycle, at its first event. */
    int cycleCode();

    /** An event id already used by an earlier event. */
    int duplicateIdCode();

    /** A valid event token already used by an earlier event. */
    int duplicateTokenCode();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
