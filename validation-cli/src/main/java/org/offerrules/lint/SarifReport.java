package org.offerrules.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.HouseRule;
import org.offerrules.validation.Rule;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;

/**
 * SARIF 2.1.0: one run whose results carry 1-based regions and a {@code partialFingerprints} entry hashed
 * from code, file, document and pointer, so that code-scanning alerts stay the same when lines move,
 * and whose {@code tool.driver.rules} are the codes the run reports (id = the code; the registry's rules
 * that report it in {@code properties.rules}; a house rule's code is a rule of its own, family {@code HOUSE}), as code
 * scanning expects: a report of two findings
 * does not carry the whole catalog. The results are streamed, so the rules, known only at the end, follow
 * them (JSON members have no order); a rule's index is the order of its first result.
 *
 * <p>With a baseline every result has a {@code baselineState}: {@code new}, or {@code unchanged} for a
 * finding the baseline holds (listed, not dropped: code scanning closes the alert of a result that is no
 * longer uploaded, and would open it again on the next run without the baseline). Baselined findings that
 * are fixed are not results ({@code absent}): a result needs a location, which a fixed finding no longer
 * has, and code scanning closes their alerts as they are not uploaded; the run's {@code properties}
 * count them.
 */
final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "offerLint/v1";

    private final JsonGenerator json;
    private final String version;
    private final boolean baseline;
    /** The codes reported, in the order of their first result: the rules' indexes. */
    private final Map<ErrorCode, Integer> ruleIndex = new LinkedHashMap<>();
    /** Per rule, whether every finding of it in this run was a warning: its default level then. */
    private final Map<ErrorCode, Boolean> onlyWarnings = new HashMap<>();
    /** The run's house rules by code, for their rules' descriptions. */
    private final Map<ErrorCode, HouseRule> houseRules = new HashMap<>();

    SarifReport(JsonGenerator json, String version) {
        this(json, version, false, List.of());
    }

    /**
     * With {@code baseline}, every result says whether the baseline holds it; {@code houseRules} are the run's
     * house rules, whose codes are rules of their own.
     */
    SarifReport(JsonGenerator json, String version, boolean baseline, List<HouseRule> houseRules) {
        this.json = json;
        this.version = version;
        this.baseline = baseline;
        houseRules.forEach(rule -> this.houseRules.put(rule.code(), rule));
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        // SARIF's default, said out loud: columns are UTF-16 code units, as the reader counts them
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
    }

    private void writeRules() throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "offer-lint");
        json.writeStringField("semanticVersion", version.replace("-SNAPSHOT", ""));
        json.writeStringField("version", version);
        json.writeArrayFieldStart("rules");
        for (ErrorCode code : ruleIndex.keySet()) {
            if (code.isHouse()) {
                houseRule(houseRules.get(code));
                continue;
            }
            json.writeStartObject();
            json.writeStringField("id", String.valueOf(code.number()));
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", code.messageTemplate());
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", code.number() + " " + code.messageTemplate() + " (" + code.family()
                    + " family; the API answers HTTP " + code.httpStatus() + ")");
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", help(code));
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            // the API's codes are errors, but some findings are warnings by their rule (6820, 6006) or the
            // settings: a rule whose every finding here is one says so, as its results do
            json.writeStringField("level", onlyWarnings.getOrDefault(code, false) ? "warning" : "error");
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("family", code.family().name());
            json.writeNumberField("httpStatus", code.httpStatus());
            json.writeStringField("action", code.action().name());
            json.writeStringField("check", code.check().name());
            List<RequestRules.Of> rules = RequestRules.rulesOf(code.number());
            if (!rules.isEmpty()) {
                json.writeArrayFieldStart("requests");
                for (String method : RequestRules.requestsOf(code.number())) {
                    json.writeString(method);
                }
                json.writeEndArray();
                // the registry's rules that report the code: which request, where, and what they say
                json.writeArrayFieldStart("rules");
                for (RequestRules.Of of : rules) {
                    Rule rule = of.rule();
                    reportingRule(of.method(), rule.kind().name(), rule.pointer(), rule.sentence());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A house rule as a rule of its own: its code, message, sentence, severity, request and pointer. */
    private void houseRule(HouseRule rule) throws IOException {
        ErrorCode code = rule.code();
        json.writeStartObject();
        json.writeStringField("id", code.id());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", code.messageTemplate());
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", code.id() + " " + rule.sentence() + " (a house rule of " + rule.request().method()
                + ")");
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", help(code));
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("family", code.family().name());
        json.writeArrayFieldStart("requests");
        json.writeString(rule.request().method());
        json.writeEndArray();
        json.writeArrayFieldStart("rules");
        reportingRule(rule.request().method(), "HOUSE", rule.pointer(), rule.sentence());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** One rule that reports a code, in the code's {@code properties.rules}: which request, where, and what it says. */
    private void reportingRule(String request, String kind, String pointer, String sentence) throws IOException {
        json.writeStartObject();
        json.writeStringField("request", request);
        json.writeStringField("kind", kind);
        json.writeStringField("pointer", pointer);
        json.writeStringField("text", sentence);
        json.writeEndObject();
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    static String help(ErrorCode code) {
        if (code.isHouse()) {
            return "Fix the request: it breaks your team's house rule " + code.id() + " (not the network API's). "
                    + "`offer-lint explain " + code.id() + "` with the same house rules shows the rule.";
        }
        return switch (code.action()) {
            case FIX_REQUEST -> "Fix the offer: the network API rejects it with " + code.number()
                    + ". `offer-lint explain " + code.number() + "` shows the rule and, for offer codes, a failing "
                    + "and a passing example (docs/rules.md#" + code.number() + ").";
            case REAUTHENTICATE -> "Authenticate again: the credentials are missing, malformed or invalid.";
            case CHECK_PERMISSION -> "Check the account's permissions and remaining call budget.";
            case THROTTLE -> "Slow down: the API limits how often it may be called.";
            case RETRY -> "Retry later: the server could not complete the request.";
        };
    }

    @Override
    public void beginFile(String file) {
    }

    @Override
    public void document(String file, int document, List<Violation> violations) throws IOException {
        results(file, document, violations, baseline ? "new" : null);
    }

    @Override
    public boolean listsBaselined() {
        return true;
    }

    @Override
    public void baselined(String file, int document, List<Violation> violations) throws IOException {
        results(file, document, violations, "unchanged");
    }

    private void results(String file, int document, List<Violation> violations, String baselineState)
            throws IOException {
        for (Violation v : violations) {
            json.writeStartObject();
            json.writeStringField("ruleId", v.code().id());
            json.writeNumberField("ruleIndex", ruleIndex.computeIfAbsent(v.code(), n -> ruleIndex.size()));
            onlyWarnings.merge(v.code(), v.severity() != Severity.ERROR, Boolean::logicalAnd);
            json.writeStringField("level", level(v.severity()));
            json.writeObjectFieldStart("message");
            json.writeStringField("text", v.message() + " (" + (v.pointer().isEmpty() ? "document " + document
                    : v.pointer()) + ")");
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", uri(file));
            if (file.equals(LintRun.STDIN)) {
                // no file: the same name as in the other formats, as a relative reference, and what it is
                json.writeObjectFieldStart("description");
                json.writeStringField("text", "standard input");
                json.writeEndObject();
            }
            json.writeEndObject();
            if (v.hasLocation()) {
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", v.line());
                json.writeNumberField("startColumn", Math.max(1, v.column()));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT, fingerprint(v.code().id(), file, document, v.pointer()));
            json.writeEndObject();
            if (baselineState != null) {
                json.writeStringField("baselineState", baselineState);
            }
            json.writeObjectFieldStart("properties");
            json.writeNumberField("document", document);
            json.writeStringField("pointer", v.pointer());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /**
     * The file as a URI reference (RFC 3986), what SARIF's {@code uri} must be: every byte of its UTF-8
     * outside a path's characters percent-encoded, non-ASCII included; a colon in the first name of a
     * relative path too, which would read as a scheme (java.net.URI took {@code offers-10:30.json} for
     * an opaque URI and gave null, written as {@code "uri": null}); a Windows drive path is a
     * {@code file:} URI.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        boolean drive = path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(0) < 0x80
                && path.charAt(1) == ':' && path.charAt(2) == '/';
        StringBuilder out = new StringBuilder(drive ? "file:///" : "");
        boolean firstName = !drive && !path.startsWith("/");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c == '/') {
                firstName = false;
            }
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0 || c == ':' && !firstName)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    private static final String HEX = "0123456789ABCDEF";

    static String fingerprint(String code, String file, int document, String pointer) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((code + "\u0000" + file + "\u0000" + document + "\u0000" + pointer)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void endFile(String file) throws IOException {
        json.flush();
    }

    @Override
    public void finish(Summary summary) throws IOException {
        json.writeEndArray();
        writeRules();
        if (summary.notListed() > 0) {
            // past the report's bound: said where code scanning shows a run's own messages
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField("executionSuccessful", true);
            json.writeArrayFieldStart("toolExecutionNotifications");
            json.writeStartObject();
            json.writeStringField("level", "warning");
            json.writeObjectFieldStart("message");
            json.writeStringField("text", String.format(Locale.ROOT,
                    "%d more findings are not listed: the report lists at most %d", summary.notListed(), LintRun.maxListed()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
        }
        if (summary.notListed() > 0 || summary.baselineGiven()) {
            json.writeObjectFieldStart("properties");
            if (summary.notListed() > 0) {
                json.writeNumberField("notListed", summary.notListed());
            }
            if (summary.baselineGiven()) {
                json.writeNumberField("baselined", summary.baselined());
                json.writeNumberField("baselinedFixed", summary.fixed());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
