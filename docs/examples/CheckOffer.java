import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.model.*;

public class CheckOffer {
    public static void main(String[] args) {
        OfferValidator validator = OfferValidator.create();   // build once, share: thread-safe
        Offer offer = Offer.builder()
                .advertiserId(12).name("Summer Sale").status(OfferStatus.ACTIVE)
                .expireDate("2030/12/31").type(OfferType.MOBILE)
                .url("https://track.example.com/click").accessType(AccessType.PUBLIC)   // no {TID}
                .ssl(1).trackingProtocol(TrackingProtocol.SERVER_POSTBACK_URL).currency(1)
                .payoutType(PayoutType.CPA).payout(2.5)
                .build();
        ValidationReport report = validator.validate(offer);
        report.violations().forEach(v -> System.out.println(v.code().number() + " " + v.pointer() + " " + v.message()));
    }
}
