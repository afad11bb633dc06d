package org.offerrules.validation.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.offerrules.validation.wire.ArraySplitter;
import org.offerrules.validation.wire.WireReader;

/**
 * The elements of a file holding a JSON array of offers, cut apart by a scan of its bytes so that
 * they can be read on several threads with exactly the results of {@link OfferReader#documents(InputStream)}:
 * the same document numbers, messages, lines and UTF-16 columns. The scan is conservative: on anything
 * it is not sure of (a file that is no array of objects, a byte order mark, bytes that are not UTF-8,
 * broken brackets, trailing content, very deep or very long elements) it gives up ({@link #gaveUp()}),
 * and the file must be read with {@link OfferReader#documents(InputStream)}, its first
 * {@link #handedOut()} documents skipped: those were handed out already, and read alone they give what
 * the sequential reading gives. An element with broken JSON is handed out too (its 6055 is its
 * document): the scan's elements are ones whose end the sequential reading is certain of, so it goes on
 * after them as the workers do. Memory stays bounded (a few megabytes) whatever the size of the file.
 * Not thread-safe; its elements may be read on any thread.
 */
public final class ArrayElements {

    private final ArraySplitter splitter;
    private final WireReader reader;

    /** A scan of {@code in} (which the caller closes) whose elements {@code reader} reads. */
    public ArrayElements(OfferReader reader, InputStream in) {
        this.reader = reader.wire();
        this.splitter = new ArraySplitter(in);
    }

    /**
     * The next elements, at most {@code maxElements} of them and about {@code maxBytes}; empty at the
     * end of the array or when the scan gave up.
     *
     * @throws IOException when the input cannot be read
     */
    public List<Element> next(int maxElements, int maxBytes) throws IOException {
        List<ArraySplitter.Element> found = splitter.next(maxElements, maxBytes);
        List<Element> elements = new ArrayList<>(found.size());
        for (ArraySplitter.Element e : found) {
            elements.add(new Element(e, reader));
        }
        return elements;
    }

    /** Whether the scan gave up: the rest of the file must be read sequentially. */
    public boolean gaveUp() {
        return splitter.gaveUp();
    }

    /** How many elements {@link #next} has handed out: the documents a sequential reading must skip. */
    public int handedOut() {
        return splitter.handedOut();
    }

    /** One element of the array; immutable, and read on any thread. */
    public static final class Element {

        private final ArraySplitter.Element element;
        private final WireReader reader;

        private Element(ArraySplitter.Element element, WireReader reader) {
            this.element = element;
            this.reader = reader;
        }

        /** Its 0-based document index in the file. */
        public int index() {
            return element.index();
        }

        /** Its length in bytes. */
        public int length() {
            return element.bytes().length;
        }

        /**
         * Reads and validates it: its document, positions in the whole file. Broken JSON in it is a
         * 6055 of its own, and the documents after it are read as the sequential reading reads them:
         * an element is handed out only when its end is certain.
         */
        public Document read() {
            return Document.of(reader.readElement(element));
        }
    }
}
