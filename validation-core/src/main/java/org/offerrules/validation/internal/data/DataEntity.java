package org.offerrules.validation.internal.data;

import java.util.List;

import org.offerrules.validation.internal.Question;

/**
 * The files of a data folder, as rows: the entity's file name (without its extension), the fields that
 * hold its id (the first one a record has), whether its records carry an owned {@code email}, and the
 * {@link org.offerrules.validation.OfferLookup} questions it answers. Nothing else names an entity.
 */
public enum DataEntity {
    ADVERTISERS("advertisers", List.of("id"), true, Question.ADVERTISER_EXISTS, Question.ADVERTISER_WITH_EMAIL),
    AFFILIATES("affiliates", List.of("id"), true, Question.AFFILIATE_EXISTS, Question.AFFILIATE_WITH_EMAIL),
    OFFERS("offers", List.of("id"), false, Question.OFFER_EXISTS),
    CATEGORIES("categories", List.of("id"), false, Question.CATEGORY_EXISTS),
    OFFER_GROUPS("offer_groups", List.of("id"), false, Question.GEO_OFFER_GROUP_EXISTS),
    PAYOUT_TIERS("payout_tiers", List.of("id"), false, Question.PAYOUT_TIER_EXISTS),
    // the network's employees: an advertiser's and an affiliate's am_id name the same people
    MANAGERS("managers", List.of("id"), false, Question.ADVERTISER_MANAGER_EXISTS, Question.AFFILIATE_MANAGER_EXISTS),
    APPLICATIONS("applications", List.of("id"), false, Question.OFFER_APPLICATION_EXISTS),
    // a saved setAffiliatePostback answer names its URLs by post_back_id; a plain list by id
    POSTBACKS("postbacks", List.of("post_back_id", "id"), false, Question.POSTBACK_URL_EXISTS);

    /** The extensions a data file may have, in the order the folder is searched. */
    public static final List<String> EXTENSIONS = List.of("json", "ndjson", "csv");

    private final String fileName;
    private final List<String> idFields;
    private final boolean emails;
    private final List<Question> answers;

    DataEntity(String fileName, List<String> idFields, boolean emails, Question... answers) {
        this.fileName = fileName;
        this.idFields = idFields;
        this.emails = emails;
        this.answers = List.of(answers);
    }

    /** The file's name without its extension: {@code advertisers}. */
    public String fileName() {
        return fileName;
    }

    /** The fields that may hold a record's id, in order of preference. */
    public List<String> idFields() {
        return idFields;
    }

    /** Whether a record's {@code email} is indexed (the owner questions). */
    public boolean emails() {
        return emails;
    }

    /** The lookup questions its file answers. */
    public List<Question> answers() {
        return answers;
    }

    /** The entity whose file answers {@code question}; null when none does. */
    public static DataEntity answering(Question question) {
        for (DataEntity e : values()) {
            if (e.answers.contains(question)) {
                return e;
            }
        }
        return null;
    }
}
