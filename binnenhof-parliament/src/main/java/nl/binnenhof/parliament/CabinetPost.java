package nl.binnenhof.parliament;

/**
 * A post held in a cabinet on a given day. A member may hold several (vicepremier and minister, or two
 * ministries for a while), so members are the distinct names of the posts.
 *
 * @param role      premier, vicepremier, minister or staatssecretaris
 * @param portfolio the ministry or domain, or empty
 * @param party     the party the holder was appointed for, or empty
 */
public record CabinetPost(String name, String role, String portfolio, String party) {
}
