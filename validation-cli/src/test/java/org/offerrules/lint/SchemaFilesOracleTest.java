package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offerrules.lint.SchemaValidation.Engine;
import org.offerrules.validation.guide.Snippets;

/**
 * The published schema file {@code docs/schema/setOffer.schema.json}, read as a user's editor reads it (not
 * from the generator, wherever it lives), held by networknt's validator to the domain brief's literal
 * findings: a create document the brief accepts passes; one whose mistake the schema can express fails at
 * the brief's pointer, and nowhere else. The same documents and findings as the wire's
 * {@code BriefOracleTest}, which holds offer-rules' own engines to them. Single quotes stand for double quotes.
 */
class SchemaFilesOracleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The brief's valid create document (table 1.1), as BriefOracleTest's base. */
    private static final String BASE = "'advertiser_id': 12, 'name': 'Summer Sale', 'status': 'Active',"
            + " 'expire_date': '2030/12/31', 'type': 'Mobile', 'url': 'https://t.example.com/c?tid={TID}',"
            + " 'access_type': 'Public', 'ssl': 1, 'tracking_protocol': 'Server Postback URL', 'currency': 1,"
            + " 'payout_type': 'CPA', 'payout': 2.5";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // members put into the base ('absent' removes one)              | the pointer the schema rejects, if any
            "JDK        | ``                                                   | ",
            "JDK        | 'advertiser_id': '12', 'ssl': '1', 'payout': '1.5'   | ",
            "JDK        | 'status': 'Paused', 'type': 'Tablet', 'access_type': 'Need Approval' | ",
            "JDK        | 'payout_type': 'CPA+CPS', 'payout_percent': 10        | ",
            "JDK        | 'has_cap_limit': 1, 'cap_type': 'Budget', 'cap_overall_limit': 1500.5, 'cap_interval': 'Daily', 'cap_interval_limit': 500, 'cap_affiliate_overall_limit': 300, 'cap_affiliate_interval': 'Weekly', 'cap_affiliate_interval_limit': 100 | ",
            "JDK        | 'app_id': 'id284882215'                              | ",
            "JDK        | 'advertiser_id': 'absent'                             | /advertiser_id",
            "JDK        | 'name': 'absent'                                    | /name",
            "JDK        | 'status': 'Live'                                     | /status",
            "JDK        | 'type': 'TV'                                         | /type",
            "JDK        | 'access_type': 'Open'                                | /access_type",
            "JDK        | 'tracking_protocol': 'Postback'                      | /tracking_protocol",
            "JDK        | 'session_lifespan': '1 Year'                         | /session_lifespan",
            "JDK        | 'conversion_point': 'Lead'                           | /conversion_point",
            "JDK        | 'payout_type': 'CPL'                                 | /payout_type",
            "JDK        | 'price_model': 'CPL'                                 | /price_model",
            "JDK        | 'revenue_type': 'RPL'                                | /revenue_type",
            "JDK        | 'ssl': 2                                             | /ssl",
            "JDK        | 'ssl': true                                          | /ssl",
            "JDK        | 'hide_referrer': 2                                   | /hide_referrer",
            "JDK        | 'currency': 69                                       | /currency",
            "JDK        | 'advertiser_id': 0                                   | /advertiser_id",
            "JDK        | 'payout': -1                                         | /payout",
            "JDK        | 'payout_percent': 101                                | /payout_percent",
            "JDK        | 'url': 'https://t.example.com/c'                     | /url",
            "JDK        | 'geo_targeting': 0, 'geo_countries': 'US'            | /geo_countries",
            "JDK        | 'geo_countries': ['US']                              | /geo_targeting",
            "ECMASCRIPT | ``                                                   | ",
            "ECMASCRIPT | 'advertiser_id': '12', 'ssl': '1'                    | ",
            "ECMASCRIPT | 'payout_type': 'CPL'                                 | /payout_type",
            "ECMASCRIPT | 'ssl': '2'                                           | /ssl",
            "ECMASCRIPT | 'events': [{'id': 1, 'event_name': 'Install', 'pre_event_id': -1, 'payout_type': 'CPA', 'payout': 1, 'revenue_type': 'RPA', 'revenue': 2}, {'id': 2, 'e_tkn': 'a b', 'event_name': 'Sale', 'pre_event_id': 1, 'payout_type': 'CPA', 'payout': 1, 'revenue_type': 'RPA', 'revenue': 2}] | /events/1/e_tkn",
            "ECMASCRIPT | 'events': [{'id': 1, 'event_name': 'Install', 'pre_event_id': -1, 'payout_type': 'CPA', 'payout': 1}] | /events/0/revenue_type",
            "JDK        | 'payout_type': 'CPA + CPS', 'payout_percent': 5        | ",
    })
    void theSchemaFileRejectsExactlyWhatTheBriefRejects(Engine engine, String members, String pointer)
            throws IOException {
        SchemaValidation schema = setOffer(engine);
        String json = document(members == null ? "" : members);
        if (pointer == null) {
            assertThat(schema.problems(json)).as(json).isEmpty();
        } else {
            assertThat(schema.pointers(json)).as(json).containsExactly(pointer);
        }
    }

    /** The schema file of one {@code setOffer} document: its array form left out, so errors are at the document's pointers. */
    private static SchemaValidation setOffer(Engine engine) throws IOException {
        ObjectNode schema = (ObjectNode) JSON.readTree(Files.readString(
                Snippets.root().resolve("docs/schema/setOffer.schema.json")));
        schema.set("$ref", schema.remove("oneOf").get(0).get("$ref"));
        return SchemaValidation.of(JSON.writeValueAsString(schema), SpecificationVersion.DRAFT_2020_12, engine);
    }

    /** The base with {@code members} put in: a member replaces the base's of the same name, 'absent' removes it. */
    private static String document(String members) throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(("{" + BASE + "}").replace('\'', '"'));
        JSON.readTree(("{" + members + "}").replace('\'', '"')).properties().forEach(member -> {
            doc.remove(member.getKey());
            if (!member.getValue().asText().equals("absent")) {
                doc.set(member.getKey(), member.getValue());
            }
        });
        return JSON.writeValueAsString(doc);
    }
}
