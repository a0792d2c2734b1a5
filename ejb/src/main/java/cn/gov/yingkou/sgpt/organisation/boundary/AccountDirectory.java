package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.entity.Account;

/** Looks accounts up for the people and systems that are logged in. */
@Stateless
public class AccountDirectory {

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    public Optional<AccountView> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(AccountView::of);
    }

    /**
     * The person behind a portal session, for the services to authorise against; empty if the account is
     * gone or no longer active.
     */
    public Optional<Caller> caller(String username, Channel channel, String address) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(a -> a.kind() == AccountKind.PERSON && a.status() == AccountStatus.ACTIVE)
                .findFirst()
                .map(a -> new Caller(a.username(), a.kind(), a.roles(), Set.of(), Departments.ref(a.department()),
                        a.department().unit().kind(), channel, address));
    }
}
