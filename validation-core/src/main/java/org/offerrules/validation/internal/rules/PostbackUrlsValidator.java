package org.offerrules.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offerrules.validation.constraints.PostbackUrls;
import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.model.PostbackType;
import org.offerrules.validation.model.PostbackUrl;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link PostbackUrls}: the rules across the postback URLs of one request. Linear in the list. */
public final class PostbackUrlsValidator extends RuleValidator<PostbackUrls, List<PostbackUrl>> {

    private int max;
    private int tooMany;
    private int nullEntry;
    private int duplicateUrl;
    private int imagePixels;

    @Override
    public void initialize(PostbackUrls annotation) {
        max = annotation.max();
        tooMany = annotation.tooManyCode();
        nullEntry = annotation.nullEntryCode();
        duplicateUrl = annotation.duplicateUrlCode();
        imagePixels = annotation.imagePixelsCode();
    }

    @Override
    public void check(List<PostbackUrl> entries, Reporter reporter) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        if (entries.size() > max) {
            reporter.report(tooMany, entries.size());
        }
        Set<String> urls = new HashSet<>();
        boolean image = false;
        for (int i = 0; i < entries.size(); i++) {
            PostbackUrl entry = entries.get(i);
            if (entry == null) {
                reporter.report(null, i, nullEntry, null, Map.of());
                continue;
            }
            if (entry.url() != null && !entry.url().isBlank() && !urls.add(entry.url())) {
                reporter.report("url", i, duplicateUrl, entry.url(), Map.of());
            }
            if (ApiValue.matches(PostbackType.IMAGE_PIXEL.apiValue(), entry.type())) {
                if (image) {
                    reporter.report("type", i, imagePixels, entry.type(), Map.of());
                }
                image = true;
            }
        }
    }

    @Override
    public void schema(PostbackUrls annotation, SchemaPiece piece) {
        piece.maxItems(annotation.max());
    }
}
