package org.offerrules.validation.wire;

/**
 * One document of a file, before each module wraps it in its public {@code Document}.
 *
 * @param index   the 0-based index of the document in its file
 * @param line    the 1-based line where the document starts
 * @param outcome what reading and validating it gave, positions in the whole file
 */
public record WireDocument(int index, int line, Outcome outcome) {
}
