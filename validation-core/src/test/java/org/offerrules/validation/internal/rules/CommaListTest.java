package org.offerrules.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.constraints.NumberList;
import org.offerrules.validation.constraints.OneOfList;
import org.offerrules.validation.model.Browser;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/**
 * The comma-list rules share one scan ({@link CommaList}): the same items accepted and refused by each
 * rule, blanks around an item aside, and no allocation on a valid list.
 */
class CommaListTest {

    /** One field per list rule, as the model writes them. */
    record Lists(@IdList(6302) String ids, @NumberList(code = 6910, min = 1, max = 4, value = {1, 2, 4}) String numbers,
                 @OneOfList(code = 6820, value = Browser.class) String browsers) {
    }

    /** The codes {@code validator} reports for each value, in order (0: none). */
    private static List<Integer> codes(RuleValidator<?, String> validator, String... values) {
        List<Integer> codes = new ArrayList<>();
        for (String value : values) {
            int[] code = {0};
            validator.check(value, reporter(code));
            codes.add(code[0]);
        }
        return codes;
    }

    private static Reporter reporter(int[] code) {
        return new Reporter() {
            @Override
            public void report(String property, int index, int reported, Object rejected, Map<String, ?> arguments) {
                code[0] = reported;
            }

            @Override
            public java.time.Clock clock() {
                return java.time.Clock.systemUTC();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <A extends java.lang.annotation.Annotation> RuleValidator<A, String> validator(
            RuleValidator<A, String> validator, String component, Class<A> type) {
        for (RecordComponent c : Lists.class.getRecordComponents()) {
            if (c.getName().equals(component)) {
                validator.initialize(c.getAnnotation(type));
            }
        }
        return validator;
    }

    private static final RuleValidator<IdList, String> IDS = validator(new IdListValidator(), "ids", IdList.class);
    private static final RuleValidator<NumberList, String> NUMBERS =
            validator(new NumberListValidator(), "numbers", NumberList.class);
    private static final RuleValidator<OneOfList, String> BROWSERS =
            validator(new OneOfListValidator(), "browsers", OneOfList.class);

    @Test
    void eachRuleReadsTheSameItems() {
        assertThat(codes(IDS, "1", " 12 ,\t7\n", "2147483647", "", " ", "1,,2", "1,", ",1", "0", "2147483648",
                "12345678901", "1 2", "x", "-1", "1\u2003,\u20032"))
                .containsExactly(0, 0, 0, 0, 0, 6302, 6302, 6302, 6302, 6302, 6302, 6302, 6302, 6302, 0);
        assertThat(codes(NUMBERS, "1", "1, 2 ,4", "004", "3", "1,,2", "5", "-1", "1,x", ""))
                .containsExactly(0, 0, 0, 6910, 6910, 6910, 6910, 6910, 0);
        String browser = Browser.values()[0].apiValue();
        String other = Browser.values()[1].apiValue();
        assertThat(codes(BROWSERS, browser, " " + browser.toUpperCase(java.util.Locale.ROOT) + " , " + other,
                browser + ",", browser + "," + browser + "x", "nobrowser"))
                .containsExactly(0, 0, 6820, 6820, 6820);
    }

    /**
     * The bytes the current thread has allocated, through the JDK's management bean; by reflection, as the
     * core module (whose tests compile inside it) reads no management module, and the tests run on the
     * class path, where every module of the JDK is read.
     */
    private static long allocated() throws ReflectiveOperationException {
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class)
                .invoke(threads, Thread.currentThread().getId());
    }

    @Test
    void aValidListAllocatesNothing() throws ReflectiveOperationException {
        String browsers = " " + Browser.values()[0].apiValue() + " , " + Browser.values()[1].apiValue().toLowerCase(
                java.util.Locale.ROOT);
        int[] code = {0};
        Reporter reporter = reporter(code);
        Runnable lists = () -> {
            IDS.check("12, 7 ,2147483647", reporter);
            NUMBERS.check(" 1,2 , 4", reporter);
            BROWSERS.check(browsers, reporter);
        };
        for (int i = 0; i < 20_000; i++) {
            lists.run(); // compiled, as in a long run
        }
        allocated(); // its own first call loads classes
        long before = allocated();
        for (int i = 0; i < 10_000; i++) {
            lists.run();
        }
        long allocated = allocated() - before;
        assertThat(code[0]).isZero();
        // 30,000 checks of lists of two or three items: one substring each would be hundreds of kilobytes
        assertThat(allocated).as("bytes allocated by 30,000 valid lists").isLessThan(4_096);
    }
}
