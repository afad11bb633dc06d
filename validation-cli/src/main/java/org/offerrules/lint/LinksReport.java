package org.offerrules.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.linkcheck.CaseResult;
import org.offerrules.linkcheck.LinkCase;

/**
 * The report of {@code offer-lint links}: one entry per case, then a summary. JSON:
 * {@code {"cases":[{"file","document","country","device","url","previewUrl","status","landing",
 * "hops":[{"url","status"}],"message"}],"summary":{…}}}, {@code document} 0-based. Skipped offers are
 * lines of the text report, and lines on standard error with {@code --format json}.
 */
final class LinksReport {

    enum Format { text, json }

    /** A case's result, and where its offer is. */
    record Checked(String file, int document, CaseResult result) {
    }

    private final Format format;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> skippedLines = new ArrayList<>();
    private int offers;
    private int skipped;
    private int omitted;

    LinksReport(Format format, PrintWriter out, PrintWriter err) {
        this.format = format;
        this.out = out;
        this.err = err;
    }

    /** An offer that is not checked, and why. */
    void skipped(String file, int document, String reason) {
        skipped++;
        String line = Printable.of(file) + "#" + document + ": skipped: " + Printable.of(reason);
        if (format == Format.json) {
            err.println("offer-lint links: " + line);
        } else {
            skippedLines.add(line);
        }
    }

    /** An offer with cases, and how many more its targeting gives beyond --max-cases. */
    void offer(int omittedCases) {
        offers++;
        omitted += omittedCases;
    }

    /** The plan of a dry run: every case, status {@code planned}; nothing sent. */
    void plan(List<LinksCommand.Planned> planned) throws IOException {
        if (format == Format.json) {
            JsonGenerator json = start();
            for (LinksCommand.Planned p : planned) {
                writeCase(json, p.file(), p.document(), p.linkCase(), "planned", null, List.of(), null);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            counts(json, planned.size());
            json.writeNumberField("calls", planned.size());
            end(json);
            return;
        }
        skippedLines.forEach(out::println);
        for (LinksCommand.Planned p : planned) {
            LinkCase c = p.linkCase();
            out.println(Printable.of(p.file()) + "#" + p.document() + "  " + Printable.of(c.country()) + "  "
                    + c.device().apiValue() + "  " + Printable.of(c.url())
                    + (c.previewUrl() == null ? "" : "  preview " + Printable.of(c.previewUrl())));
        }
        out.println(plural(offers, "offer") + ", " + plural(planned.size(), "case") + " (" + plural(planned.size(), "AffiliTest call")
                + ")" + tail());
        out.flush();
    }

    /** The results, in plan order; {@code notRun} cases were not sent because the run stopped. */
    void results(List<Checked> results, int notRun) throws IOException {
        Map<CaseResult.Status, Integer> counts = new EnumMap<>(CaseResult.Status.class);
        for (CaseResult.Status s : CaseResult.Status.values()) {
            counts.put(s, 0);
        }
        results.forEach(r -> counts.merge(r.result().status(), 1, Integer::sum));
        if (format == Format.json) {
            JsonGenerator json = start();
            for (Checked r : results) {
                CaseResult c = r.result();
                writeCase(json, r.file(), r.document(), c.linkCase(), c.status().label(), c.landing(), c.hops(), c.message());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            counts(json, results.size());
            for (Map.Entry<CaseResult.Status, Integer> e : counts.entrySet()) {
                json.writeNumberField(e.getKey().label(), e.getValue());
            }
            json.writeNumberField("notRun", notRun);
            end(json);
            return;
        }
        skippedLines.forEach(out::println);
        for (Checked r : results) {
            CaseResult c = r.result();
            LinkCase k = c.linkCase();
            // the file's name, the offer's URLs and the server's words: never a raw control character
            out.println(Printable.of(r.file()) + "#" + r.document() + "  " + Printable.of(k.country()) + "  "
                    + k.device().apiValue() + "  " + c.status().label() + "  " + Printable.of(k.url()));
            for (CaseResult.Hop hop : c.hops()) {
                out.println("    " + (hop.status() == null ? "---" : hop.status()) + " " + Printable.of(hop.url()));
            }
            if (c.message() != null) {
                out.println("    " + Printable.of(c.message()));
            }
        }
        StringBuilder summary = new StringBuilder(plural(results.size(), "case")).append(':');
        counts.forEach((s, n) -> summary.append(' ').append(n).append(' ').append(s.label()).append(','));
        summary.setLength(summary.length() - 1);
        if (notRun > 0) {
            summary.append("; ").append(notRun).append(" not run");
        }
        out.println(summary + tail());
        out.flush();
    }

    private String tail() {
        String text = "";
        if (omitted > 0) {
            text += "; " + plural(omitted, "case") + " over --max-cases left out";
        }
        if (skipped > 0) {
            text += "; " + plural(skipped, "offer") + " skipped";
        }
        return text;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private JsonGenerator start() throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeArrayFieldStart("cases");
        return json;
    }

    private void counts(JsonGenerator json, int cases) throws IOException {
        json.writeNumberField("offers", offers);
        json.writeNumberField("skipped", skipped);
        json.writeNumberField("cases", cases);
        json.writeNumberField("omitted", omitted);
    }

    private void end(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeEndObject();
        json.close();
        out.println();
        out.flush();
    }

    private static void writeCase(JsonGenerator json, String file, int document, LinkCase c, String status, String landing,
            List<CaseResult.Hop> hops, String message) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file);
        json.writeNumberField("document", document);
        json.writeStringField("country", c.country());
        json.writeStringField("device", c.device().apiValue());
        json.writeStringField("url", c.url());
        json.writeStringField("previewUrl", c.previewUrl());
        json.writeStringField("status", status);
        json.writeStringField("landing", landing);
        json.writeArrayFieldStart("hops");
        for (CaseResult.Hop hop : hops) {
            json.writeStartObject();
            json.writeStringField("url", hop.url());
            if (hop.status() == null) {
                json.writeNullField("status");
            } else {
                json.writeNumberField("status", hop.status());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("message", message);
        json.writeEndObject();
    }
}
