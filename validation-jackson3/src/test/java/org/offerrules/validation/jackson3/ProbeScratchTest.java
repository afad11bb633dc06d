package org.offerrules.validation.jackson3;

import java.nio.charset.StandardCharsets;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

class ProbeScratchTest {
    static final String MIN = OfferWriter.toJson(Offers.minimal());
    static final String BAD = MIN.substring(0, MIN.length() - 1).replace("\"ssl\":1", "\"ssl\":\"yes\"").replace("Summer", "Sümmer€😀") + ",\"cap_tpye\": 1,\"ssl\":2, \"status\":\"x\"}";
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

    @Test void probes() throws Exception {
        p("reader", () -> vs(OfferReader.create().read(BAD).report().violations()));
        var m2 = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new org.offerrules.validation.jackson.OfferRulesModule());
        var m3 = tools.jackson.databind.json.JsonMapper.builder().addModule(new OfferRulesModule()).build();
        p("J2 string", () -> m2.readValue(BAD, Offer.class));
        p("J3 string", () -> m3.readValue(BAD, Offer.class));
        var d2 = com.fasterxml.jackson.databind.json.JsonMapper.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(new org.offerrules.validation.jackson.OfferRulesModule()).build();
        var d3 = tools.jackson.databind.json.JsonMapper.builder().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(new OfferRulesModule()).build();
        p("J2 dup", () -> d2.readValue(BAD, Offer.class));
        p("J3 dup", () -> d3.readValue(BAD, Offer.class));
        var s2 = com.fasterxml.jackson.databind.json.JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build()).addModule(new org.offerrules.validation.jackson.OfferRulesModule()).build();
        var s3 = tools.jackson.databind.json.JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder().enable(tools.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build()).addModule(new OfferRulesModule()).build();
        byte[] b = BAD.getBytes(StandardCharsets.UTF_8);
        byte[] pad = new byte[b.length + 10]; System.arraycopy(b, 0, pad, 5, b.length); for (int i = 0; i < 5; i++) pad[i] = '['; 
        p("J2 bytes src", () -> s2.readValue(b, Offer.class));
        p("J3 bytes src", () -> s3.readValue(b, Offer.class));
        p("J2 slice src", () -> s2.readValue(pad, 5, b.length, Offer.class));
        p("J3 slice src", () -> s3.readValue(pad, 5, b.length, Offer.class));
        p("J2 stream src", () -> s2.readValue(new java.io.ByteArrayInputStream(b), Offer.class));
        p("J3 stream src", () -> s3.readValue(new java.io.ByteArrayInputStream(b), Offer.class));
        p("J2 nested slice src", () -> s2.readValue(("[1,\n" + BAD + "]").getBytes(StandardCharsets.UTF_8), new com.fasterxml.jackson.core.type.TypeReference<List<Object>>() {}));
        p("J2 list slice src", () -> s2.readValue(("[\n" + MIN + ",\n" + BAD + "]").getBytes(StandardCharsets.UTF_8), new com.fasterxml.jackson.core.type.TypeReference<List<Offer>>() {}));
        p("J3 list slice src", () -> s3.readValue(("[\n" + MIN + ",\n" + BAD + "]").getBytes(StandardCharsets.UTF_8), new tools.jackson.core.type.TypeReference<List<Offer>>() {}));
        p("J2 list str", () -> m2.readValue(("[\n" + MIN + ",\n" + BAD + "]"), new com.fasterxml.jackson.core.type.TypeReference<List<Offer>>() {}));
        p("J2 list bytes slice src", () -> { byte[] x = ("[\n" + MIN + ",\n" + BAD + "]").getBytes(StandardCharsets.UTF_8); byte[] y = new byte[x.length + 7]; System.arraycopy(x, 0, y, 7, x.length); return s2.readValue(y, 7, x.length, new com.fasterxml.jackson.core.type.TypeReference<List<Offer>>() {}); });
        p("J3 list bytes slice src", () -> { byte[] x = ("[\n" + MIN + ",\n" + BAD + "]").getBytes(StandardCharsets.UTF_8); byte[] y = new byte[x.length + 7]; System.arraycopy(x, 0, y, 7, x.length); return s3.readValue(y, 7, x.length, new tools.jackson.core.type.TypeReference<List<Offer>>() {}); });
        p("J2 string src reader", () -> s2.readValue(new java.io.StringReader(BAD), Offer.class));
        p("J2 char[] slice", () -> { char[] c = ("xxxx" + BAD).toCharArray(); return s2.readValue(s2.getFactory().createParser(c, 4, BAD.length()), Offer.class); });
        p("J3 char[] slice", () -> { char[] c = ("xxxx" + BAD).toCharArray(); return s3.readValue(s3.tokenStreamFactory().createParser(tools.jackson.core.ObjectReadContext.empty(), c, 4, BAD.length()), Offer.class); });
    }
}
