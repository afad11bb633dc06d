package org.offerrules.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.offerrules.validation.internal.Question;
import org.offerrules.validation.internal.data.DataEntity;
import org.offerrules.validation.internal.data.DataFile;
import org.offerrules.validation.internal.data.EmailOwners;

/**
 * The network's data, offline: an {@link OfferLookup} that answers the existence questions from a folder
 * of the network's lists, saved from its API. The folder has one file per entity, named after it —
 * {@code advertisers}, {@code affiliates}, {@code offers}, {@code categories}, {@code offer_groups},
 * {@code payout_tiers}, {@code managers}, {@code applications}, {@code postbacks} — each as
 * {@code NAME.json} (an array of records, or the API's list answer saved as it is), {@code NAME.ndjson}
 * or {@code NAME.csv} with a header, in the API's own field names ({@code id}, {@code email};
 * {@code post_back_id} for post-back URLs); other fields are ignored. A missing file means "not
 * known": the questions it would answer stay skipped ({@link #answers}). docs/network-data.md
 * describes each file.
 *
 * <p>The files are read in parallel and indexed once: ids as sorted {@code int} arrays, e-mail addresses
 * (compared case-insensitively) in an open-addressing table beside an {@code int} array of owners. The
 * result is immutable and thread-safe. Every record that cannot be indexed is a problem of the folder,
 * thrown together as {@link BadDataException}: none is skipped.
 */
public final class NetworkData implements OfferLookup {

    private final Map<DataEntity, DataFile.Table> tables;

    private NetworkData(Map<DataEntity, DataFile.Table> tables) {
        this.tables = tables;
    }

    /**
     * Reads the data folder {@code folder}.
     *
     * @throws BadDataException when a record cannot be indexed, an entity has two files, or a data file's
     *                          name is no entity's (every problem, {@code FILE:LINE: what})
     * @throws IOException      when the folder or a file cannot be read
     */
    public static NetworkData load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder) ? new NotDirectoryException(folder.toString())
                    : new NoSuchFileException(folder.toString(), null, "no such data folder");
        }
        List<String> problems = new ArrayList<>();
        Map<DataEntity, Path> files = new EnumMap<>(DataEntity.class);
        for (Path file : sorted(folder)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!DataEntity.EXTENSIONS.contains(extension)) {
                continue;
            }
            DataEntity entity = entity(name.substring(0, dot));
            if (!Files.isRegularFile(file)) {
                // a data file's name on a folder, a dangling link or a pipe is no "missing file": its lookups would
                // be skipped in silence (and a pipe nobody writes to would hold the load for good)
                if (entity != null) {
                    problems.add(show(file) + ": " + notAFile(file));
                }
                continue;
            }
            if (entity == null) {
                problems.add(show(file) + ": not a data file: the names are " + names() + " (.json, .ndjson, .csv)");
            } else if (files.containsKey(entity)) {
                problems.add(show(file) + ": " + entity.fileName() + " has another file, "
                        + files.get(entity).getFileName() + "; keep one");
            } else {
                files.put(entity, file);
            }
        }
        List<DataFile.Table> read;
        try {
            read = files.entrySet().parallelStream().map(e -> {
                try {
                    return DataFile.read(e.getKey(), e.getValue(), show(e.getValue()));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<DataEntity, DataFile.Table> tables = new EnumMap<>(DataEntity.class);
        for (DataFile.Table table : read) {
            problems.addAll(table.problems());
            tables.put(table.entity(), table);
        }
        if (!problems.isEmpty()) {
            throw new BadDataException(problems);
        }
        return new NetworkData(tables);
    }

    /** Why {@code file}, which is no regular file, cannot be a data file. */
    private static String notAFile(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder, not a data file";
        }
        if (!Files.exists(file)) {
            return "a symbolic link to nothing (its target does not exist, or the links make a loop)";
        }
        return "not a regular file (a pipe or a device): a data file is a file";
    }

    /**
     * The problems {@link #load} would report of {@code file} were it the folder's file {@code name}
     * ({@code advertisers.ndjson}: the entity, and the format by the extension), each {@code NAME:LINE:
     * what}: none when every record can be indexed. For a program that writes a data file under another
     * name first and must not move one the folder refuses into place.
     *
     * @throws IllegalArgumentException when {@code name} is no data file's name
     * @throws IOException              when the file cannot be read
     */
    public static List<String> problems(Path file, String name) throws IOException {
        int dot = name.lastIndexOf('.');
        DataEntity entity = dot < 0 ? null : entity(name.substring(0, dot));
        if (entity == null || !DataEntity.EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a data file's name: " + name + "; the names are " + names()
                    + " (.json, .ndjson, .csv)");
        }
        return DataFile.read(entity, file, name).problems();
    }

    private static List<Path> sorted(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(files::add);
        }
        Collections.sort(files);
        return files;
    }

    private static DataEntity entity(String name) {
        for (DataEntity e : DataEntity.values()) {
            if (e.fileName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String names() {
        List<String> names = new ArrayList<>();
        for (DataEntity e : DataEntity.values()) {
            names.add(e.fileName());
        }
        return String.join(", ", names);
    }

    private static String show(Path file) {
        return file.toString().replace('\\', '/');
    }

    /**
     * Whether a file of the folder answers the {@link OfferLookup} method named {@code lookupMethod}
     * (e.g. {@code advertiserExists}); the rules it decides are active, the others skipped.
     */
    public boolean answers(String lookupMethod) {
        for (Question q : Question.values()) {
            if (q.methodName().equals(lookupMethod)) {
                DataEntity entity = DataEntity.answering(q);
                return entity != null && tables.containsKey(entity);
            }
        }
        return false;
    }

    /** The questions its files answer. */
    java.util.Set<Question> answered() {
        java.util.Set<Question> answered = java.util.EnumSet.noneOf(Question.class);
        tables.keySet().forEach(entity -> answered.addAll(entity.answers()));
        return answered;
    }

    /** The files read, by entity name ({@code advertisers}), each with its count of records. */
    public Map<String, Integer> records() {
        Map<String, Integer> counts = new TreeMap<>();
        tables.forEach((entity, table) -> counts.put(entity.fileName(), table.records()));
        return Collections.unmodifiableMap(counts);
    }

    private boolean has(DataEntity entity, int id) {
        DataFile.Table table = tables.get(entity);
        return table == null || table.ids().contains(id);
    }

    private Integer owner(DataEntity entity, String email) {
        DataFile.Table table = tables.get(entity);
        if (table == null || email == null) {
            return null;
        }
        int owner = table.emails().owner(EmailOwners.normal(email));
        return owner == 0 ? null : owner;
    }

    @Override
    public boolean advertiserExists(int advertiserId) {
        return has(DataEntity.ADVERTISERS, advertiserId);
    }

    @Override
    public boolean offerExists(int offerId) {
        return has(DataEntity.OFFERS, offerId);
    }

    @Override
    public boolean geoOfferGroupExists(int groupId) {
        return has(DataEntity.OFFER_GROUPS, groupId);
    }

    @Override
    public boolean payoutTierExists(int tierId) {
        return has(DataEntity.PAYOUT_TIERS, tierId);
    }

    @Override
    public boolean categoryExists(int categoryId) {
        return has(DataEntity.CATEGORIES, categoryId);
    }

    @Override
    public boolean advertiserManagerExists(int managerId) {
        return has(DataEntity.MANAGERS, managerId);
    }

    @Override
    public Integer advertiserWithEmail(String email) {
        return owner(DataEntity.ADVERTISERS, email);
    }

    @Override
    public boolean affiliateExists(int affiliateId) {
        return has(DataEntity.AFFILIATES, affiliateId);
    }

    @Override
    public Integer affiliateWithEmail(String email) {
        return owner(DataEntity.AFFILIATES, email);
    }

    @Override
    public boolean affiliateManagerExists(int managerId) {
        return has(DataEntity.MANAGERS, managerId);
    }

    @Override
    public boolean offerApplicationExists(int applicationId) {
        return has(DataEntity.APPLICATIONS, applicationId);
    }

    @Override
    public boolean postbackUrlExists(int postBackId) {
        return has(DataEntity.POSTBACKS, postBackId);
    }

    /** A data folder with records that cannot be indexed: each problem, {@code FILE:LINE: what}. */
    public static final class BadDataException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** The problems, in file order then line order. */
        private final List<String> problems;

        BadDataException(List<String> problems) {
            super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            this.problems = List.copyOf(problems);
        }

        /** Every problem, {@code FILE:LINE: what}, in file order then line order. */
        public List<String> problems() {
            return problems;
        }
    }
}
