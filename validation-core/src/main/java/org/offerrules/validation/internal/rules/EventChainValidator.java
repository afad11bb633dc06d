package org.offerrules.validation.internal.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offerrules.validation.constraints.EventChain;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link EventChain}: the rules across the events of one offer. Linear in the list: lists up to
 * {@value #SMALL} events are scanned without allocating; longer ones use hash maps, and the
 * {@code pre_event_id} graph (each event names at most one predecessor) is walked iteratively, each
 * event visited a bounded number of times.
 */
public final class EventChainValidator extends RuleValidator<EventChain, List<Event>> {

    /** Lists up to this size are scanned (two state bits per event fit in a long); longer ones use maps. */
    static final int SMALL = 16;

    private static final int UNSEEN = 0;
    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    private int maxEvents;
    private int tooMany;
    private int noInitial;
    private int extraInitial;
    private int nullEvent;
    private int initialInactive;
    private int initialPrivate;
    private int initialEndPoint;
    private int notInitialValue;
    private int self;
    private int unknown;
    private int cycle;
    private int duplicateId;
    private int duplicateToken;

    @Override
    public void initialize(EventChain annotation) {
        maxEvents = annotation.maxEvents();
        tooMany = annotation.tooManyCode();
        noInitial = annotation.noInitialCode();
        extraInitial = annotation.extraInitialCode();
        nullEvent = annotation.nullEventCode();
        initialInactive = annotation.initialInactiveCode();
        initialPrivate = annotation.initialPrivateCode();
        initialEndPoint = annotation.initialEndPointCode();
        notInitialValue = annotation.notInitialValueCode();
        self = annotation.selfCode();
        unknown = annotation.unknownCode();
        cycle = annotation.cycleCode();
        duplicateId = annotation.duplicateIdCode();
        duplicateToken = annotation.duplicateTokenCode();
    }

    @Override
    public void check(List<Event> events, Reporter reporter) {
        if (events == null || events.isEmpty()) {
            return;
        }
        int n = events.size();
        if (n > maxEvents) {
            reporter.report(tooMany, n);
        }
        boolean large = n > SMALL;
        Map<Integer, Integer> indexById = large ? new HashMap<>() : null;
        Set<String> tokens = large ? new HashSet<>() : null;
        int initials = 0;
        int initialLike = 0;
        for (int i = 0; i < n; i++) {
            Event event = events.get(i);
            if (event == null) {
                reporter.report(null, i, nullEvent, null, Map.of());
                continue;
            }
            Integer id = event.id();
            if (id != null && id > 0 && (large ? indexById.putIfAbsent(id, i) != null : idBefore(events, i, id))) {
                reporter.report("id", i, duplicateId, id, Map.of());
            }
            String token = event.eTkn();
            if (EventTokenValidator.isToken(token) && (large ? !tokens.add(token) : tokenBefore(events, i, token))) {
                reporter.report("eTkn", i, duplicateToken, token, Map.of());
            }
            Integer pre = event.preEventId();
            if (pre == null) {
                continue;
            }
            if (pre == -1) {
                initials++;
                initialLike++;
                if (initials > 1) {
                    reporter.report("preEventId", i, extraInitial, pre, Map.of());
                }
                checkInitial(event, i, reporter);
            } else if (pre <= 0) {
                initialLike++;
                reporter.report("preEventId", i, notInitialValue, pre, Map.of());
            } else if (id != null && pre.intValue() == id.intValue()) {
                reporter.report("preEventId", i, self, pre, Map.of());
            }
        }
        if (initialLike == 0) {
            reporter.report(noInitial, null);
        }
        // each event's predecessor, found once: in an array for long lists, else four bits per event
        // (SMALL events have indexes 0..15) and one bit for "has one", so that a valid list allocates nothing
        int[] predecessors = large ? new int[n] : null;
        long packed = 0;
        int having = 0;
        for (int i = 0; i < n; i++) {
            int p = large ? predecessorByMap(events, i, indexById) : predecessorByScan(events, i);
            if (large) {
                predecessors[i] = p;
            } else if (p >= 0) {
                packed |= (long) p << (4 * i);
                having |= 1 << i;
            }
            if (p < 0 && pointsElsewhere(events.get(i))) {
                reporter.report("preEventId", i, unknown, events.get(i).preEventId(), Map.of());
            }
        }
        findCycles(n, predecessors, packed, having, reporter, events);
    }

    private void checkInitial(Event event, int i, Reporter reporter) {
        if (event.status() != null && event.status() == 0) {
            reporter.report("status", i, initialInactive, event.status(), Map.of());
        }
        if (event.isPrivate() != null && event.isPrivate() == 1) {
            reporter.report("isPrivate", i, initialPrivate, event.isPrivate(), Map.of());
        }
        if (event.isEndPoint() != null && event.isEndPoint() == 1) {
            reporter.report("isEndPoint", i, initialEndPoint, event.isEndPoint(), Map.of());
        }
    }

    /**
     * Reports each cycle of the predecessor graph once, at its event with the lowest index. Each walk
     * stops at an event seen before, so every event is visited at most three times. The predecessors are
     * {@code predecessors} for a long list, else {@code packed} and {@code having} (see {@link #predecessor}).
     */
    private void findCycles(int n, int[] predecessors, long packed, int having, Reporter reporter, List<Event> events) {
        byte[] state = predecessors == null ? null : new byte[n];
        long bits = 0;   // two state bits per event when the list is small
        for (int start = 0; start < n; start++) {
            if (state(bits, state, start) != UNSEEN) {
                continue;
            }
            int v = start;
            while (v >= 0 && state(bits, state, v) == UNSEEN) {
                bits = mark(bits, state, v, ON_PATH);
                v = predecessor(predecessors, packed, having, v);
            }
            if (v >= 0 && state(bits, state, v) == ON_PATH) {
                int first = v;
                for (int u = predecessor(predecessors, packed, having, v); u != v;
                        u = predecessor(predecessors, packed, having, u)) {
                    first = Math.min(first, u);
                }
                reporter.report("preEventId", first, cycle, events.get(first).preEventId(), Map.of());
            }
            if (state == null) {
                // the events ON_PATH are exactly this walk's (the earlier ones are all DONE): 01 becomes 10
                long onPath = bits & 0x5555_5555_5555_5555L;
                bits = (bits & ~onPath) | (onPath << 1);
                continue;
            }
            for (int u = start; u >= 0 && state(bits, state, u) == ON_PATH; u = predecessor(predecessors, packed, having, u)) {
                bits = mark(bits, state, u, DONE);
            }
        }
    }

    private static int state(long bits, byte[] state, int i) {
        return state != null ? state[i] : (int) (bits >>> (2 * i)) & 3;
    }

    private static long mark(long bits, byte[] state, int i, int value) {
        if (state != null) {
            state[i] = (byte) value;
            return bits;
        }
        return (bits & ~(3L << (2 * i))) | ((long) value << (2 * i));
    }

    /**
     * The index of event {@code i}'s predecessor, or -1: {@code predecessors[i]} for a long list; for a
     * small one, bit {@code i} of {@code having} says whether it has one and bits {@code 4i..4i+3} of
     * {@code packed} hold it.
     */
    private static int predecessor(int[] predecessors, long packed, int having, int i) {
        if (predecessors != null) {
            return predecessors[i];
        }
        return (having & 1 << i) == 0 ? -1 : (int) (packed >>> (4 * i)) & 15;
    }

    /** Whether the event names another event as its predecessor (a positive id that is not its own). */
    private static boolean pointsElsewhere(Event event) {
        if (event == null || event.preEventId() == null || event.preEventId() <= 0) {
            return false;
        }
        return event.id() == null || event.id().intValue() != event.preEventId().intValue();
    }

    /** The index of the first event whose id is event {@code i}'s predecessor id, or -1. */
    private static int predecessorByScan(List<Event> events, int i) {
        Event event = events.get(i);
        if (!pointsElsewhere(event)) {
            return -1;
        }
        int pre = event.preEventId();
        for (int k = 0, n = events.size(); k < n; k++) {
            Event other = events.get(k);
            if (other != null && other.id() != null && other.id() == pre) {
                return k;
            }
        }
        return -1;
    }

    private static int predecessorByMap(List<Event> events, int i, Map<Integer, Integer> indexById) {
        Event event = events.get(i);
        if (!pointsElsewhere(event)) {
            return -1;
        }
        Integer k = indexById.get(event.preEventId());
        return k == null ? -1 : k;
    }

    private static boolean idBefore(List<Event> events, int i, int id) {
        for (int k = 0; k < i; k++) {
            Event other = events.get(k);
            if (other != null && other.id() != null && other.id() == id) {
                return true;
            }
        }
        return false;
    }

    private static boolean tokenBefore(List<Event> events, int i, String token) {
        for (int k = 0; k < i; k++) {
            Event other = events.get(k);
            if (other != null && token.equals(other.eTkn())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void schema(EventChain annotation, SchemaPiece piece) {
        piece.maxItems(annotation.maxEvents());
    }
}
