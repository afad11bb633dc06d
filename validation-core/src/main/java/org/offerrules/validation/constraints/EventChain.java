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
    @RuleText("`{field}`: `events` is an array of event objects")
    int malformedCode();

    /** More than {@link #maxEvents()} events; reported on the list. */
    @RuleText("`{field}`: at most {maxEvents} events, the initial one included")
    int tooManyCode();

    /** No initial event; reported on the list. */
    @RuleText("`{field}`: a present event list has an initial event (pre_event_id -1)")
    int noInitialCode();

    /** An initial event after the first one; reported at its {@code pre_event_id}. */
    @RuleText(value = "`{field}`: a present event list has exactly one initial event and no null event",
            pointer = "/*/pre_event_id")
    int extraInitialCode();

    /** A null element of the list; reported at the element ({@code /events/2}). */
    @RuleText(value = "`{field}`: no event is null", pointer = "/*")
    int nullEventCode();

    /** The initial event is inactive ({@code status} 0). */
    @RuleText(value = "`{field}`: the initial event is active (status 1)", pointer = "/*/status")
    int initialInactiveCode();

    /** The initial event is private ({@code is_private} 1). */
    @RuleText(value = "`{field}`: the initial event is public (is_private 0)", pointer = "/*/is_private")
    int initialPrivateCode();

    /** The initial event is an end point ({@code is_end_point} 1). */
    @RuleText(value = "`{field}`: the initial event is not an end point (is_end_point 0)",
            pointer = "/*/is_end_point")
    int initialEndPointCode();

    /** A {@code pre_event_id} that is neither -1 nor an event id (0 or below -1). */
    @RuleText(value = "`{field}`: pre_event_id is -1 or the id of another event", pointer = "/*/pre_event_id")
    int notInitialValueCode();

    /** A {@code pre_event_id} naming the event itself. */
    @RuleText(value = "`{field}`: an event's pre_event_id is not its own id", pointer = "/*/pre_event_id")
    int selfCode();

    /** A {@code pre_event_id} naming no event of the list. */
    @RuleText(value = "`{field}`: an event's pre_event_id is the id of an event of the same offer", pointer = "/*/pre_event_id")
    int unknownCode();

    /** A {@code pre_event_id} chain that runs in a circle; reported once per cycle, at its first event. */
    @RuleText(value = "`{field}`: the pre_event_id chain has no cycle", pointer = "/*/pre_event_id")
    int cycleCode();

    /** An event id already used by an earlier event. */
    @RuleText(value = "`{field}`: no event id appears twice", pointer = "/*/id")
    int duplicateIdCode();

    /** A valid event token already used by an earlier event. */
    @RuleText(value = "`{field}`: no e_tkn appears twice (reported on the second)", pointer = "/*/e_tkn")
    int duplicateTokenCode();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
