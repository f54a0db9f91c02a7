package lt.dienynas.web.api;

import java.util.List;

/**
 * An error as the API returns it: a machine-readable key (the message-bundle key of the rule that
 * refused), the arguments, and the message in Lithuanian and English.
 */
public record ApiError(String error, List<String> args, String message, String messageEn) {}
