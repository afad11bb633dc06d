package org.offerrules.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.client.standin.StandInNetwork.Reply;
import org.offerrules.validation.ClientAction;
import org.offerrules.validation.Request;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;

/**
 * Answers of the wrong shape on a success: each is a {@link Result} that says what came, or a
 * {@link NetworkException} of one line naming why the answer is not understood, with the key masked and no
 * stack trace in its message; never a guess taken for the network's word.
 */
@Timeout(30)
class WrongShapesTest {

    private final StandInNetwork network = NetworkClientTest.standIn();

    /**
     * A create's answer: the new id is a whole number above 0, written as a number or as text. Anything else
     * (no {@code data}, null, text that is no number, a list, an object, a fraction, 0, a negative number, a
     * number past a {@code long}, or from 2^53 on written with a fraction or an exponent: 9007199254740993.0 reads
     * as the double 2^53, so 2^53 is no longer known to be the id sent) is a success without an id, never a
     * wrong one: {@code 1e300} was the id 9223372036854775807, {@code -5} the id -5.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"httpStatus\":201,\"data\":1042}                  | 1042",
        "{\"httpStatus\":201,\"data\":\"1042\"}              | 1042",
        "{\"httpStatus\":201,\"data\":\" 1042 \"}            | 1042",
        "{\"httpStatus\":201,\"data\":1042.0}                | 1042",
        "{\"httpStatus\":201,\"data\":1.042e3}               | 1042",
        "{\"httpStatus\":201,\"data\":9007199254740991.0}    | 9007199254740991",
        "{\"httpStatus\":201,\"data\":9223372036854775807}   | 9223372036854775807",
        "{\"httpStatus\":201}                                | ",
        "{\"httpStatus\":201,\"data\":null}                  | ",
        "{\"httpStatus\":201,\"data\":\"created\"}           | ",
        "{\"httpStatus\":201,\"data\":[1042]}                | ",
        "{\"httpStatus\":201,\"data\":{\"id\":1042}}         | ",
        "{\"httpStatus\":201,\"data\":1042.5}                | ",
        "{\"httpStatus\":201,\"data\":0}                     | ",
        "{\"httpStatus\":201,\"data\":-5}                    | ",
        "{\"httpStatus\":201,\"data\":\"-5\"}                | ",
        "{\"httpStatus\":201,\"data\":true}                  | ",
        "{\"httpStatus\":201,\"data\":1e300}                 | ",
        "{\"httpStatus\":201,\"data\":9007199254740992.0}    | ",
        "{\"httpStatus\":201,\"data\":9007199254740993.0}    | ",
        "{\"httpStatus\":201,\"data\":9007199254740994.0}    | ",
        "{\"httpStatus\":201,\"data\":9223372036854775808}   | ",
        "{\"httpStatus\":201,\"data\":123456789012345678901234567890} | "})
    void aCreatesIdIsAWholeNumberAboveZeroOrNone(String body, Long id) {
        network.always(Reply.of(201, body));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            assertThat(client.send(Offers.minimal())).isInstanceOfSatisfying(Result.Done.class, done -> {
                assertThat(done.httpStatus()).isEqualTo(201);
                assertThat(done.id()).isEqualTo(java.util.Optional.ofNullable(id));
            });
        }
        assertThat(network.seen()).hasSize(1);
    }

    /**
     * The body's {@code httpStatus} against the HTTP status: it may turn a success into the failure it names
     * (a gateway that answers 200 for everything), and names which success; text that is no status is not
     * read; it never turns an HTTP error into a success.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "200 | {\"httpStatus\":201,\"data\":7}                                      | done 201",
        "201 | {\"httpStatus\":200,\"data\":7}                                      | done 200",
        "200 | {\"httpStatus\":\"abc\",\"data\":7}                                  | done 200",
        "201 | {\"httpStatus\":400,\"errorCode\":6304,\"message\":\"Offer does not exist\"} | failed 400 6304 FIX_REQUEST",
        "200 | {\"httpStatus\":403,\"message\":\"Forbidden\"}                       | failed 403 0 CHECK_PERMISSION",
        "400 | {\"httpStatus\":200,\"data\":7}                                      | failed 400 0 FIX_REQUEST",
        "404 | {\"httpStatus\":201,\"data\":7}                                      | failed 404 0 FIX_REQUEST"})
    void theBodysStatusAgainstTheHttpStatus(int status, String body, String outcome) {
        network.always(Reply.of(status, body));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            Result result = client.send(NetworkClientTest.update());
            String[] expected = outcome.split(" ");
            if (expected[0].equals("done")) {
                assertThat(result).isInstanceOfSatisfying(Result.Done.class, d -> {
                    assertThat(d.httpStatus()).isEqualTo(Integer.parseInt(expected[1]));
                    assertThat(d.data()).isEqualTo(7);
                });
            } else {
                assertThat(result).isInstanceOfSatisfying(Result.Failed.class, f -> {
                    assertThat(f.error().httpStatus()).isEqualTo(Integer.parseInt(expected[1]));
                    assertThat(f.error().number()).isEqualTo(Integer.parseInt(expected[2]));
                    assertThat(f.action()).isEqualTo(ClientAction.valueOf(expected[3]));
                    assertThat(f.attempts()).isEqualTo(1);
                });
            }
        }
    }

    /**
     * A success that is no answer of the API, each named in one line with where it went wrong, never its
     * text: a member twice in one object was read as its last value, silently.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                  | the body is empty",
        "'   '                                               | the body is empty",
        "<html>OK</html>                                     | not JSON (line 1, column 1)",
        "{\"httpStatus\":200,\"data\":                       | not JSON (line 1, column 26)",
        "{\"httpStatus\":200,\"data\":7,\"data\":8}          | the member \"data\" twice in one object (line 1, column 34)",
        "{\"httpStatus\":200,\"data\":{\"id\":1,\"id\":2}}   | the member \"id\" twice in one object (line 1, column 38)",
        "{\"httpStatus\":200,\"data\":7} {\"httpStatus\":500} | more than one JSON value (line 1, column 29)",
        "[{\"id\":\"1\"}]                                    | a list, not the API's object",
        "\"ok\"                                              | a string, not the API's object",
        "7                                                   | a number, not the API's object",
        "null                                                | null, not the API's object",
        "{\"status\":\"UP\"}                                 | an object without httpStatus, data or errorCode"})
    void aSuccessThatIsNoAnswerOfTheApiSaysWhy(String body, String why) {
        network.always(Reply.of(200, body));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            NetworkException e = catchThrowableOfType(NetworkException.class,
                    () -> client.send(Requests.valid(Request.GET_OFFER_BY_ID)));
            assertThat(e).hasMessageStartingWith("GET " + network.url() + "/api/v1/getOfferById?key=***&id=")
                    .hasMessageEndingWith(" failed after 1 attempt: HTTP 200 without the API's JSON answer: " + why)
                    .hasMessageNotContaining("\n");
            assertThat(e.getCause()).isNull();
        }
        assertThat(network.seen()).hasSize(1);
    }

    /**
     * JSON nested deeper than any answer is refused by the parser's bound (Jackson's 1000 levels, which gives
     * no location), in a line, not a stack overflow.
     */
    @Test
    void anAnswerNestedTooDeepIsNotUnderstood() {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"data\":" + "[".repeat(100_000)));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            NetworkException e = catchThrowableOfType(NetworkException.class,
                    () -> client.list("getAdvertisers", Map.of(), 500, 3, page -> { }));
            assertThat(e).hasMessageEndingWith("failed after 1 attempt: HTTP 200 without the API's JSON answer: not JSON")
                    .hasMessageNotContaining("\n");
        }
    }

    /** A key the server echoes in a duplicated member is masked in the failure, as everywhere. */
    @Test
    void theKeyIsMaskedInAnAnswerNotUnderstood() {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"" + NetworkClientTest.KEY + "\":1,\"" + NetworkClientTest.KEY + "\":2}"));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            NetworkException e = catchThrowableOfType(NetworkException.class, () -> client.send(NetworkClientTest.update()));
            assertThat(e).hasMessageEndingWith("HTTP 200 without the API's JSON answer: the member \"***\" twice in one "
                    + "object (line 1, column " + (2 * NetworkClientTest.KEY.length() + 26) + ")");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(NetworkClientTest.KEY).doesNotContain("SECRET");
        }
    }

    @AfterEach
    void stop() {
        network.close();
    }
}
