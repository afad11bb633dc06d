package org.offerrules.validation.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The {@link ParserProvider}s present, newest Jackson first; looked up once, when first asked. */
final class ParserProviders {

    static final List<ParserProvider> PRESENT = load();

    private ParserProviders() {
    }

    private static List<ParserProvider> load() {
        List<ParserProvider> found = new ArrayList<>();
        ServiceLoader.load(ParserProvider.class, ParserProvider.class.getClassLoader()).forEach(found::add);
        if (found.isEmpty() && Thread.currentThread().getContextClassLoader() != null) {
            ServiceLoader.load(ParserProvider.class).forEach(found::add); // a container that loads the modules apart
        }
        found.sort(Comparator.comparingInt(ParserProvider::jacksonVersion).reversed());
        return List.copyOf(found);
    }
}
