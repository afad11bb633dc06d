package org.offerrules.validation.jackson3;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

class ProbeScratchTest {
    static final String MIN = OfferWriter.toJson(Offers.minimal());
    static final String BAD = MIN.substring(0, MIN.length() - 1).replace("\"ssl\":1", "\"ssl\":\"yes\"") + ",\"cap_tpye\": 1}";
    interface Call { Object run() throws Throwable; }
    static void p(String label, Call c) {
        try { Object o = c.run(); String s = String.valueOf(o); System.out.println("PROBE " + label + " => OK " + (s.length() > 400 ? s.substring(0, 400) : s)); }
        catch (Throwable t) {
            String rep = "";
            if (t instanceof org.offerrules.validation.jackson.InvalidOfferException e) rep = vs(e.report().violations());
            if (t instanceof InvalidOfferException e) rep = vs(e.report().violations());
            System.out.println("PROBE " + label + " => " + t.getClass().getName() + " " + rep + "\n    MSG: " + t.getMessage() + (t.getCause() != null ? "\n    CAUSE: " + t.getCause() : ""));
        }
    }
    static String vs(List<Violation> l) { StringBuilder b = new StringBuilder("["); for (Violation v : l) b.append(v.codeNumber()).append(' ').append(v.pointer()).append(' ').append(v.line()).append(':').append(v.column()).append("; "); return b.append(']').toString(); }
    public record Holder(Object value) {}
    public record Opt(Optional<Offer> offer) {}

    @Test void j2() throws Exception {
        var ptv = com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build();
        var m = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new org.offerrules.validation.jackson.OfferRulesModule());
        var typed = m.copy().activateDefaultTyping(ptv, com.fasterxml.jackson.databind.ObjectMapper.DefaultTyping.EVERYTHING, com.fasterxml.jackson.annotation.JsonTypeInfo.As.PROPERTY);
        p("J2 typed write", () -> typed.writeValueAsString(Offers.minimal()));
        p("J2 typed holder write", () -> typed.writeValueAsString(new Holder(Offers.minimal())));
        p("J2 typed roundtrip", () -> { String s = typed.writeValueAsString(new Holder(Offers.minimal())); return typed.readValue(s, Holder.class); });
        p("J2 typed read bad", () -> typed.readValue("{\"value\":{\"@class\":\"org.offerrules.validation.model.Offer\"," + BAD.substring(1) + "}", Holder.class));
        p("J2 typed read bad late id", () -> typed.readValue("{\"value\":" + BAD.substring(0, BAD.length() - 1) + ",\"@class\":\"org.offerrules.validation.model.Offer\"}}", Holder.class));
        var wrap = m.copy().activateDefaultTyping(ptv, com.fasterxml.jackson.databind.ObjectMapper.DefaultTyping.NON_FINAL);
        p("J2 nonfinal holder write", () -> wrap.writeValueAsString(new Holder(Offers.minimal())));
        p("J2 nonfinal roundtrip", () -> wrap.readValue(wrap.writeValueAsString(new Holder(Offers.minimal())), Holder.class));
        p("J2 pretty", () -> m.writerWithDefaultPrettyPrinter().writeValueAsString(Offers.minimal()));
        p("J2 valueToTree", () -> m.treeToValue(m.valueToTree(Offers.minimal()), Offer.class).equals(Offers.minimal()));
        p("J2 convert offer to map", () -> m.convertValue(Offers.minimal(), Map.class));
        p("J2 mixin", () -> m.copy().addMixIn(Offer.class, Mix.class).readValue(BAD, Offer.class));
        p("J2 wrap root write", () -> m.copy().enable(com.fasterxml.jackson.databind.SerializationFeature.WRAP_ROOT_VALUE).writeValueAsString(Offers.minimal()));
        p("J2 non-null incl", () -> m.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS).writeValueAsString(Offers.minimal()));
        p("J2 map of offers", () -> m.readValue("{\"a\":" + MIN + ",\"b\":" + BAD + "}", new com.fasterxml.jackson.core.type.TypeReference<Map<String, Offer>>() {}));
        p("J2 deep inside unknown high limit", () -> com.fasterxml.jackson.databind.json.JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(100000).build()).build()).addModule(new org.offerrules.validation.jackson.OfferRulesModule()).build().readValue(MIN.replace("{", "{\"x\":" + "[".repeat(50000) + "]".repeat(50000) + ","), Offer.class));
        p("J2 big offer high limit", () -> com.fasterxml.jackson.databind.json.JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(100_000_000).build()).build()).addModule(new org.offerrules.validation.jackson.OfferRulesModule()).build().readValue(MIN.replace("{", "{\"description\":\"" + "a".repeat(9_000_000) + "\","), Offer.class));
    }
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    @com.fasterxml.jackson.databind.annotation.JsonNaming(com.fasterxml.jackson.databind.PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    interface Mix {}

    @Test void j3() throws Exception {
        var ptv = tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build();
        var m = tools.jackson.databind.json.JsonMapper.builder().addModule(new OfferRulesModule()).build();
        var typed = m.rebuild().activateDefaultTyping(ptv, tools.jackson.databind.DefaultTyping.NON_FINAL_AND_RECORDS, com.fasterxml.jackson.annotation.JsonTypeInfo.As.PROPERTY).build();
        p("J3 typed write", () -> typed.writeValueAsString(Offers.minimal()));
        p("J3 typed holder write", () -> typed.writeValueAsString(new Holder(Offers.minimal())));
        p("J3 typed roundtrip", () -> { String s = typed.writeValueAsString(new Holder(Offers.minimal())); return typed.readValue(s, Holder.class); });
        p("J3 typed read bad", () -> typed.readValue("{\"value\":{\"@class\":\"org.offerrules.validation.model.Offer\"," + BAD.substring(1) + "}", Holder.class));
        p("J3 pretty", () -> m.writerWithDefaultPrettyPrinter().writeValueAsString(Offers.minimal()));
        p("J3 valueToTree", () -> m.treeToValue(m.valueToTree(Offers.minimal()), Offer.class).equals(Offers.minimal()));
        p("J3 map of offers", () -> m.readValue("{\"a\":" + MIN + ",\"b\":" + BAD + "}", new tools.jackson.core.type.TypeReference<Map<String, Offer>>() {}));
        p("J3 optional", () -> m.readValue("{\"offer\":" + BAD + "}", Opt.class));
        p("J3 big offer high limit", () -> tools.jackson.databind.json.JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder().maxStringLength(100_000_000).build()).build()).addModule(new OfferRulesModule()).build().readValue(MIN.replace("{", "{\"description\":\"" + "a".repeat(9_000_000) + "\","), Offer.class));
    }
}
