package dev.wheelhouse.workflow.edit;

/**
 * The one contiguous region in which two texts differ: at {@code offset}, {@code removed} was
 * replaced by {@code inserted}. Everything before and after is byte for byte the same.
 */
public record TextChange(int offset, String removed, String inserted) {

    /** The smallest single change that turns {@code before} into {@code after}. */
    public static TextChange between(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, before.substring(prefix, before.length() - suffix),
                after.substring(prefix, after.length() - suffix));
    }

    public boolean isEmpty() {
        return removed.isEmpty() && inserted.isEmpty();
    }

    /** Applies this change to the text it was computed from. */
    public String applyTo(String text) {
        if (!text.startsWith(removed, offset)) {
            throw new IllegalStateException("the text changed since this edit was computed");
        }
        return text.substring(0, offset) + inserted + text.substring(offset + removed.length());
    }
}
