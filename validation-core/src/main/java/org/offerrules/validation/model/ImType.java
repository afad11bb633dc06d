package org.offerrules.validation.model;

/** The instant-messaging service of an {@code im_type} ({@link SetAdvertiser}); the list is decided, see docs/decisions/requests.md. */
public enum ImType implements ApiValue {
    /** {@code Skype}. */
    SKYPE("Skype"),
    /** {@code Telegram}. */
    TELEGRAM("Telegram"),
    /** {@code WhatsApp}. */
    WHATSAPP("WhatsApp"),
    /** {@code WeChat}. */
    WECHAT("WeChat"),
    /** {@code QQ}. */
    QQ("QQ"),
    /** {@code ICQ}. */
    ICQ("ICQ"),
    /** {@code Other}. */
    OTHER("Other");

    private final String apiValue;

    ImType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
