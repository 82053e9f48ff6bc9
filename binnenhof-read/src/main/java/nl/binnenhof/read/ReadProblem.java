package nl.binnenhof.read;

/**
 * Something in the input that could not be read as an article; it is reported and skipped.
 *
 * @param location the file, {@code file:line} or {@code <stdin>} where the problem is
 * @param message  what is wrong and, where it helps, what to do about it
 */
public record ReadProblem(String location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
