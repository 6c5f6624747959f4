package de.kjchessen.build.jobcenter;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * German phone numbers as the Redaktion writes them (DIN 5008: "06074 8058-100", "0561 929990",
 * "+49 561 929990") and the tel: link a phone dials (E.164: "tel:+496074 8058100" without spaces).
 */
public final class PhoneNumber {

    /** Area code with 0 or +49, a space, the number (groups separated by spaces), an optional extension after "-". */
    static final Pattern FORM = Pattern.compile("(0|\\+49 )[1-9][0-9]{1,4} [0-9]+( [0-9]+)*(-[0-9]{1,5})?");

    private PhoneNumber() {
    }

    public static boolean valid(String number) {
        if (number == null || !FORM.matcher(number).matches()) {
            return false;
        }
        int digits = national(number).length();
        return digits >= 6 && digits <= 13; // E.164: at most 15 digits with the country code 49
    }

    /** The tel: link, or empty for a number that is not in the form above. */
    public static Optional<String> tel(String number) {
        return valid(number) ? Optional.of("tel:+49" + national(number)) : Optional.empty();
    }

    /** The national number without the leading 0 or +49: digits only. */
    private static String national(String number) {
        String digits = number.startsWith("+49") ? number.substring(3) : number.substring(1);
        return digits.replaceAll("[^0-9]", "");
    }
}
