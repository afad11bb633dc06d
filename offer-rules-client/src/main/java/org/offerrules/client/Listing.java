package org.offerrules.client;

import org.offerrules.validation.ApiError;
import org.offerrules.validation.ClientAction;
import org.offerrules.validation.ValidationReport;

/**
 * What became of reading a list method page by page ({@link NetworkClient#list}): {@link Done} (every
 * page read), {@link Failed} (the API refused a page, or kept failing), {@link TooManyPages} (the
 * pages did not end within the bound) or {@link Invalid} (the paging broke the API's rules; nothing sent). A value: nothing here is thrown.
 */
public sealed interface Listing {

    /** The API method read, e.g. {@code getAffiliates}. */
    String method();

    /** How many records were handed over. */
    long records();

    /**
     * Every page was read: the last was empty or shorter than the limit.
     *
     * @param method  the API method
     * @param pages   how many pages had records
     * @param records how many records they had
     */
    record Done(String method, int pages, long records) implements Listing {
    }

    /**
     * The API answered a page with an error that retrying did not cure (or must not: a key that is not
     * valid). The pages before it were handed over.
     *
     * @param method   the API method
     * @param page     the page that failed, from 1
     * @param error    the decoded answer
     * @param attempts how many times that page was asked for
     * @param records  how many records the pages before it had
     */
    record Failed(String method, int page, ApiError error, int attempts, long records) implements Listing {

        /** What to do about it: the error's client action. */
        public ClientAction action() {
            return error.action();
        }
    }

    /**
     * Every page of the bound was full, so the list may go on (or the server ignores {@code page}); the
     * pages read were handed over, and the list is not known to be complete.
     *
     * @param method  the API method
     * @param pages   the bound, every page of it read
     * @param records how many records they had
     */
    record TooManyPages(String method, int pages, long records) implements Listing {
    }

    /**
     * The paging asked for breaks the API's rules (a {@code limit} it does not allow): nothing was sent,
     * as for a request ({@link Result.Invalid}).
     *
     * @param method the API method
     * @param report the paging's violations, with their codes and pointers ({@code /limit})
     */
    record Invalid(String method, ValidationReport report) implements Listing {

        /** None: nothing was read. */
        @Override
        public long records() {
            return 0;
        }
    }
}
