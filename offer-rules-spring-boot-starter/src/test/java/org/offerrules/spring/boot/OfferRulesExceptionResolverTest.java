package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A client that hangs up before its problem answer is written (Tomcat's {@code ClientAbortException},
 * a broken pipe): the answer is given up quietly, where it was an {@code UncheckedIOException} that the
 * container logged as an ERROR with a stack trace; any other failure to write still fails.
 */
class OfferRulesExceptionResolverTest {

    private static final OfferValidationException INVALID = new OfferValidationException(ValidationReport.of(List.of(
            Violation.of(ErrorCode.of(6309), "/name", ""))));

    private final OfferRulesExceptionResolver resolver = new OfferRulesExceptionResolver("https://offer-rules.org/problems/");

    @Test
    void aClientThatHungUpIsNoFailure() {
        MockHttpServletResponse response = failingOn(new ClientAbortException(new IOException("Broken pipe")));
        assertThat(resolver.resolveException(new MockHttpServletRequest(), response, null, INVALID)).isNotNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void anyOtherWriteFailureStillFails() {
        MockHttpServletResponse response = failingOn(new IOException("disk full"));
        assertThatThrownBy(() -> resolver.resolveException(new MockHttpServletRequest(), response, null, INVALID))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }

    /** A response whose body cannot be written: {@code failure} on the first byte. */
    private static MockHttpServletResponse failingOn(IOException failure) {
        return new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw failure;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        throw failure;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
            }
        };
    }
}
