package nl.binnenhof.kb;

import java.time.LocalDate;

/**
 * Seats a party won in an election.
 *
 * @param chamber "TK" (Tweede Kamer, 150 seats) or "EK" (Eerste Kamer, 75 seats)
 */
public record SeatResult(String chamber, LocalDate election, String party, int seats, String source) {
}
