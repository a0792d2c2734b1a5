package cn.gov.yingkou.sgpt.platform.boundary;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One-time challenges for the public forms (a complaint without login): a few characters the platform draws as a
 * picture itself, with no outside service. Each is answered once, within ten minutes, on any node (they live in the
 * database); a wrong answer uses it up too, so guessing costs a new picture each time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicChallenges {

    /** Letters and digits that are not mistaken for one another in a picture (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    static final int LENGTH = 5;
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    /** A new challenge's id; the expired ones are cleared on the way. */
    public String issue() {
        Instant now = Instant.now();
        em.createNativeQuery("delete from public_challenge where expires_at < ?").setParameter(1, now).executeUpdate();
        String id = UUID.randomUUID().toString();
        StringBuilder answer = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            answer.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        em.createNativeQuery("insert into public_challenge (id, answer, expires_at) values (?, ?, ?)")
                .setParameter(1, id).setParameter(2, answer.toString()).setParameter(3, now.plus(LIFETIME))
                .executeUpdate();
        return id;
    }

    /** The characters to draw for a challenge still open; nothing for one used or expired. */
    public Optional<String> picture(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return em.createNativeQuery("select answer from public_challenge where id = ? and expires_at >= ?", String.class)
                .setParameter(1, id).setParameter(2, Instant.now()).getResultStream().findFirst().map(String.class::cast);
    }

    /** Whether the answer is right (case does not matter); the challenge is used up either way. */
    public boolean passes(String id, String answer) {
        Optional<String> expected = picture(id);
        if (expected.isEmpty()) {
            return false;
        }
        int removed = em.createNativeQuery("delete from public_challenge where id = ?").setParameter(1, id)
                .executeUpdate();
        return removed == 1 && answer != null && expected.get().equalsIgnoreCase(answer.strip());
    }
}
