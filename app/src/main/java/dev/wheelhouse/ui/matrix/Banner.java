package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.workflow.WorkflowParseException;
import dev.wheelhouse.workflow.edit.EditException;
import dev.wheelhouse.workflow.io.WorkflowFileException;

/**
 * A message across the top of the editor: what happened and, where there is one, what to do.
 *
 * @param offer what the banner's button does, if it has one
 */
public record Banner(Kind kind, String text, Offer offer) {

    public enum Kind { ERROR, WARNING, INFO }

    /** An action the banner offers beside its text. */
    public enum Offer { NONE, RELOAD, SAVE_LOCAL }

    public Banner(Kind kind, String text) {
        this(kind, text, Offer.NONE);
    }

    public static Banner error(String text) {
        return new Banner(Kind.ERROR, text);
    }

    public static Banner warning(String text) {
        return new Banner(Kind.WARNING, text);
    }

    public static Banner info(String text) {
        return new Banner(Kind.INFO, text);
    }

    /**
     * What went wrong, for the user. Parse errors and refused edits or file operations already say
     * it in the user's words; anything else is described.
     *
     * @param context what was being read ("a.yml: "), or empty
     */
    public static Banner failure(String context, Throwable error) {
        if (error instanceof WorkflowParseException parse) {
            return error(context + parse.userMessage());
        }
        if (error instanceof EditException || error instanceof WorkflowFileException) {
            return error(error.getMessage());
        }
        return error(context + UserMessages.describe(error));
    }
}
