package uk.police.ecu.casework.people;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;

/**
 * Contact details in the one form they are compared in: phone numbers in E.164 (a UK number however written,
 * {@code 07700 900123}, {@code +44 7700 900123}, {@code (0)7700-900123}, is {@code +447700900123}), email
 * addresses trimmed and in lower case, postcodes in upper case without spaces. A detail that cannot be put
 * in that form (a phone "number" of letters, an email without {@code @}) is no evidence: null.
 */
public final class ContactKeys {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactKeys() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(phone, "GB");
            return PHONES.isPossibleNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException notANumber) {
            return null;
        }
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        String key = email.strip().toLowerCase(Locale.ROOT);
        return key.indexOf('@') > 0 ? key : null;
    }

    public static String postcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        String key = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }
}
