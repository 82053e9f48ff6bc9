package nl.binnenhof.events.topics;

/**
 * A major topic of the Comparative Agendas Project.
 *
 * @param code  CAP's code (1 Macroeconomics … 23 Culture)
 * @param name  CAP's English name
 * @param label the Dutch label
 */
public record CapTopic(int code, String name, String label) {
}
