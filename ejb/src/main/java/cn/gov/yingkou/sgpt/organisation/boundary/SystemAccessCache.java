package cn.gov.yingkou.sgpt.organisation.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.organisation.control.AddressRange;
import cn.gov.yingkou.sgpt.organisation.entity.SystemAccess;

/**
 * What authenticating a system needs to know of its account, kept between requests. An entry is used only
 * while the versions of the account, its access and its department in the database are still those it was
 * built from (one indexed row read per request), so a disabled account, a new secret or a narrower
 * allow-list applies to the next request on every node.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemAccessCache {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    /** The account's, its access's and its department's versions. */
    public record Versions(long account, long access, long department) {
    }

    /** An external system's account as authentication sees it; the secret stays sealed. */
    public record Facts(Versions versions, long accountId, String username, AccountKind kind, AccountStatus status,
            Set<Role> roles, String secretCipher, Set<SystemChannel> channels, Set<Operation> operations,
            List<AddressRange> addresses, DepartmentRef department, UnitKind unitKind, Set<DepartmentRef> actsFor,
            int failedAuths, Instant cooldownUntil) {

        public boolean coolingDown(Instant now) {
            return cooldownUntil != null && now.isBefore(cooldownUntil);
        }

        public boolean mayCallFrom(String address) {
            return addresses.stream().anyMatch(range -> range.contains(address));
        }

        public static Facts of(SystemAccess access, Versions versions) {
            var account = access.account();
            var department = account.department();
            return new Facts(versions, account.id(), account.username(), account.kind(), account.status(),
                    Set.copyOf(account.roles()), access.secretCipher(), Set.copyOf(access.channels()),
                    Set.copyOf(access.operations()), access.addresses().stream().map(AddressRange::parse).toList(),
                    Departments.ref(department), department.unit().kind(), access.actsFor().stream().map(Departments::ref)
                            .collect(Collectors.toUnmodifiableSet()), access.failedAuths(), access.cooldownUntil());
        }
    }

    private final Map<String, Facts> entries = new ConcurrentHashMap<>();

    public Optional<Facts> current(String username, Versions versions) {
        Facts facts = entries.get(username);
        return facts != null && facts.versions().equals(versions) ? Optional.of(facts) : Optional.empty();
    }

    private Facts keep(Facts facts) {
        entries.put(facts.username(), facts);
        return facts;
    }

    /** Reads the account afresh (its versions changed, or it is not cached yet) and keeps it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Facts> load(String username, Versions versions) {
        return em.createNamedQuery("SystemAccess.findByUsername", SystemAccess.class).setParameter("username", username)
                .getResultStream().findFirst().map(access -> keep(Facts.of(access, versions)));
    }
}
