package org.beamcat.messages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A message breaks the contract. Carries every problem found (not just the first), so a producer can fix
 * them in one go; the message text lists them as {@code "field: reason; field: reason"}.
 *
 * <p>Unchecked because the records validate in their constructors (a record can never hold an invalid
 * message), and record constructors cannot declare checked exceptions. It is an
 * {@link IllegalArgumentException} because that is what it is: a value that does not fit.
 */
public class InvalidMessageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    /** Keeps log lines and HTTP 400 bodies readable even for a message that is wrong everywhere. */
    private static final int LISTED_IN_MESSAGE = 20;

    private final transient List<Problem> problems;

    public InvalidMessageException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid message needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidMessageException(String path, String reason) {
        this(List.of(new Problem(path, reason)));
    }

    /** Every problem found, in document order where there is one. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String listed = problems.stream().limit(LISTED_IN_MESSAGE).map(Problem::toString)
                .collect(Collectors.joining("; "));
        int more = problems.size() - LISTED_IN_MESSAGE;
        return more > 0 ? listed + "; and " + more + " more" : listed;
    }
}
