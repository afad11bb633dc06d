package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;

/**
 * What {@link BatchCheck} reports is what it declares ({@link BatchCheck#rules}), request by request, and
 * where a reader placed the claimed values ({@link BatchCheck.Claims#at}).
 */
class BatchCheckRulesTest {

    /** A body of {@code request} that claims all its batch rules read, for the object {@code id}; null for none. */
    private static Object claiming(Request request, int id) {
        return switch (request) {
            case SET_OFFER -> Offers.minimal().toBuilder().id(id).build();
            case SET_ADVERTISER -> Requests.advertiser().toBuilder().id(id).build();
            case SET_AFFILIATE_BASE_INFO -> AffiliateRequests.affiliate().toBuilder().id(id).build();
            case SET_AFFILIATE_POSTBACK -> AffiliateRequests.postback().toBuilder().id(id).build();
            default -> null;
        };
    }

    @Test
    void theRequestsWithBatchRulesAreTheOnesThatClaim() {
        List<String> withRules = new ArrayList<>();
        for (Request request : Request.values()) {
            if (!BatchCheck.rules(request).isEmpty()) {
                withRules.add(request.method());
            }
            // a request that claims something in its valid example has rules that say what
            assertThat(BatchCheck.claimsOf(Requests.valid(request)) == null || !BatchCheck.rules(request).isEmpty())
                    .as(request.method()).isTrue();
        }
        assertThat(withRules).containsExactly("setOffer", "setAdvertiser", "setAffiliateBaseInfo",
                "setAffiliatePostback");
        assertThat(BatchCheck.codes()).containsExactly(6006, 6113, 6207);
    }

    @Test
    void eachRequestReportsExactlyTheRulesItDeclares() {
        for (Request request : Request.values()) {
            if (BatchCheck.rules(request).isEmpty()) {
                continue;
            }
            // object 5, object 6 with 5's values (its e-mail claimed twice), object 5 again (updated twice)
            BatchCheck batch = new BatchCheck();
            List<Tuple> found = new ArrayList<>();
            for (int id : new int[] {5, 6, 5}) {
                for (Violation v : batch.check(claiming(request, id), List.of())) {
                    found.add(tuple(v.codeNumber(), v.pointer()));
                }
            }
            List<Tuple> declared = BatchCheck.rules(request).stream()
                    .map(rule -> tuple(rule.code(), rule.pointer())).toList();
            assertThat(found).as(request.method()).containsExactlyInAnyOrderElementsOf(declared);
            assertThat(BatchCheck.rules(request)).allSatisfy(rule -> {
                assertThat(rule.kind()).isEqualTo(Rule.Kind.BATCH);
                assertThat(request.catalog().rules(rule.code())).doesNotContain(rule);
            });
        }
    }

    @Test
    void theFindingsAreWhereTheReaderPlacedTheClaimedValues() {
        BatchCheck.Claims first = BatchCheck.claimsOf(claiming(Request.SET_ADVERTISER, 5));
        BatchCheck.Claims second = BatchCheck.claimsOf(claiming(Request.SET_ADVERTISER, 6));
        assertThat(second.pointers()).containsExactly("/email", "/id");
        BatchCheck.Claims placed = second.at("/email", 3, 14).at("/id", 4, 9);

        BatchCheck batch = new BatchCheck();
        assertThat(batch.check(first, List.of())).isEmpty();
        assertThat(batch.check(placed, List.of())).extracting(Violation::codeNumber, Violation::line, Violation::column)
                .containsExactly(tuple(6113, 3, 14));
        assertThat(batch.check(BatchCheck.claimsOf(claiming(Request.SET_ADVERTISER, 5)).at("/id", 2, 7), List.of()))
                .extracting(Violation::codeNumber, Violation::line, Violation::column)
                .containsExactly(tuple(6006, 2, 7));
        // unplaced claims (a request built in code) give findings without a position
        assertThat(new BatchCheck().check(second, List.of())).isEmpty();
        BatchCheck unplaced = new BatchCheck();
        unplaced.check(first, List.of());
        assertThat(unplaced.check(second, List.of())).extracting(Violation::hasLocation).containsExactly(false);
    }

    @Test
    void everyCodeTheBatchReportsIsARuleKey() {
        assertThat(RuleSettings.codes()).containsAll(BatchCheck.codes());
    }
}
